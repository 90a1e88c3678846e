"""Every draft an importer writes is a spec the project accepts: its text goes through the same loader, schema
and semantic checks as a spec in the folder, next to its provider's spec when the specs folder has it.

A draft that fails is an importer bug (it states something the format cannot hold): refused with the problems.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...parser.build import _ModelChecker, build_project
from ...parser.diagnostics import SpecProblem
from ...parser.load import SpecDocument, load_specs, parse_document
from ...parser.project import schema_path
from ...parser.schema import bundled_schema, check_schema
from .common import SourceDocument, spec_text


def check_drafts(drafts: list[tuple[Path, dict[str, Any]]], specs_dir: Path | None) -> tuple[list[SpecProblem], bool]:
    """The problems of (file, draft) pairs as specs, and whether their provider's spec was found to check them
    against (without it, the model checks that need it, such as the API names, are skipped)."""
    schema = schema_path(specs_dir) if specs_dir is not None and specs_dir.is_dir() else bundled_schema()
    documents: list[SpecDocument] = []
    problems: list[SpecProblem] = []
    for path, draft in drafts:
        doc, found = parse_document(spec_text(draft), str(path))
        problems.extend(found)
        if doc is not None:
            documents.append(doc)
    passed, found = check_schema(documents, schema)
    problems.extend(found)
    if problems:
        return problems, True
    providers = _providers(specs_dir, {d.data["provider"] for d in passed}, schema)
    if {p.data["id"] for p in providers} >= {d.data["provider"] for d in passed}:
        _, found = build_project([*providers, *passed])
        return found, True
    for doc in passed:  # no provider spec to build against: the parameters' own checks
        checker = _ModelChecker(doc)
        for i, param in enumerate(doc.data["parameters"]):
            checker.check_parameter(("parameters", i), param)
        problems.extend(checker.problems)
    return problems, False


def _providers(specs_dir: Path | None, wanted: set[str], schema: Path) -> list[SpecDocument]:
    """The valid provider specs among `wanted` in the specs folder (a broken one is the folder's problem, not
    the draft's: left out, so the drafts are checked without it)."""
    if specs_dir is None or not (specs_dir / "providers").is_dir():
        return []
    documents, _ = load_specs(specs_dir / "providers")
    candidates = [
        d
        for d in documents
        if isinstance(d.data, dict) and d.data.get("kind") == "provider" and d.data.get("id") in wanted
    ]
    passed, _ = check_schema(candidates, schema)
    return passed


def declared_url(drafts: list[dict[str, Any]], document: SourceDocument, kind: str, specs_dir: Path) -> str | None:
    """The public address the provider spec declares for the local copy the drafts come from: its only document
    of this kind, or the one listing their models. None for a URL (already an address) or no single match."""
    if document.location.startswith(("http://", "https://")):
        return None
    wanted = {d["provider"] for d in drafts}
    providers = _providers(specs_dir, wanted, bundled_schema()) if len(wanted) == 1 else []
    if not providers:
        return None
    entries = [e for e in providers[0].data.get("documents") or [] if e["kind"] == kind]
    ids = {d["id"] for d in drafts}
    matches = [e for e in entries if ids & set(e.get("models", ()))] or (entries if len(entries) == 1 else [])
    return matches[0]["url"] if len(matches) == 1 else None
