"""Drift: every spec against its provider's facts lock (`sources/<provider>.facts.json`).

A difference passes only when the spec records it under `deviations` (fact, what the provider says, what
the spec says, why, source). A recorded deviation that no longer differs is stale and fails too, and so
does a model the provider documents that has neither a spec nor an entry under the provider's
`excluded_models`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..parser.diagnostics import KeyPath, SpecError, SpecProblem
from ..parser.load import SpecDocument, load_specs
from ..parser.project import load_project
from .facts import ABSENT, PRESENT, differences, model_facts
from .lock_file import LockError, read_lock


@dataclass
class DriftReport:
    problems: list[SpecProblem] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


def lock_path(sources_dir: Path, provider: str) -> Path:
    return sources_dir / f"{provider}.facts.json"


def _show(value: Any) -> str:
    return value if value in (ABSENT, PRESENT) else json.dumps(value, ensure_ascii=False)


def _key_path(spec: dict[str, Any], fact: str) -> KeyPath:
    """Where in the spec a fact lives (or would live), for the line number."""
    parts = fact.split(".")
    if parts[0] == "parameters" and len(parts) > 1:
        for i, param in enumerate(spec.get("parameters") or []):
            if param.get("name") == parts[1]:
                rest = tuple(parts[2:])
                path: KeyPath = ("parameters", i, *rest)
                while len(path) > 2 and not _has(spec, path):
                    path = path[:-1]
                return path
        return ("parameters",)
    path = tuple(parts)
    while path and not _has(spec, path):
        path = path[:-1]
    return path


def _has(data: Any, path: KeyPath) -> bool:
    for part in path:
        if isinstance(part, int) and isinstance(data, list) and part < len(data):
            data = data[part]
        elif isinstance(part, str) and isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return False
    return True


def _check_model(doc: SpecDocument, provided: dict[str, Any] | None, report: DriftReport) -> None:
    spec = doc.data
    ours = model_facts(spec)
    diffs = differences(provided, ours) if provided is not None else {"model": (ABSENT, "present")}
    recorded = list(enumerate(spec.get("deviations") or []))
    matched: set[int] = set()
    for fact, (theirs, mine) in diffs.items():
        same_fact = [(j, d) for j, d in recorded if d["fact"] == fact]
        exact = [j for j, d in same_fact if _eq(d["provider"], theirs) and _eq(d["spec"], mine)]
        if exact:
            matched.update(exact)
            continue
        if same_fact:
            j, dev = same_fact[0]
            matched.add(j)
            report.problems.append(
                doc.problem(
                    ("deviations", j),
                    f"deviation for {fact} recording provider {_show(dev['provider'])} and spec {_show(dev['spec'])}",
                    f"provider {_show(theirs)} and spec {_show(mine)} as they are now (update or remove it)",
                )
            )
            continue
        report.problems.append(
            doc.problem(
                _key_path(spec, fact),
                f"{fact} = {_show(mine)} where the provider's document says {_show(theirs)}",
                "the provider's value, or a deviation {fact, provider, spec, why, source} in this spec",
            )
        )
    for j, dev in recorded:
        if j not in matched:
            report.problems.append(
                doc.problem(
                    ("deviations", j),
                    f"a stale deviation: {dev['fact']} no longer differs from the provider's document",
                    "deviations only for facts that differ (remove this one)",
                )
            )


def _check_document(doc: SpecDocument, locked: list[dict[str, Any]], lock_name: str, report: DriftReport) -> None:
    """The document a spec was drafted from is one of the lock's, at the lock's version: a new version of the
    provider's document fails here (at the spec's line) until the spec records it."""
    drafted = doc.data.get("source_document")
    if drafted is None:
        return
    by_url = {d["url"]: d for d in locked}
    current = by_url.get(drafted["url"])
    if current is None:
        known = ", ".join(sorted(by_url)) or "none"
        report.problems.append(
            doc.problem(
                ("source_document", "url"),
                f"{drafted['url']!r}, a document {lock_name} does not list",
                f"the address of one of the provider's documents in {lock_name} ({known})",
            )
        )
        return
    version = current.get("version")
    if version is not None and drafted.get("version") != version:
        report.problems.append(
            doc.problem(
                ("source_document", "version") if "version" in drafted else ("source_document",),
                f"version {drafted.get('version', ABSENT)} of {drafted['url']}",
                f"version {version}, the provider's current one ({lock_name}): review what changed (`sources "
                "refresh` lists it, `import --merge` takes it), then record the version and sha256",
            )
        )
    elif drafted["sha256"] != current["sha256"]:
        # Not a failure: the facts are what count, and they were just compared with the lock's copy.
        line = doc.line_of(("source_document", "sha256"))
        report.messages.append(
            f"{doc.file}:{line}: drafted from another copy of {drafted['url']} than the lock's "
            f"(sha256 {drafted['sha256'][:12]}, the lock's {current['sha256'][:12]}); its facts were compared with "
            "the lock's"
        )


def _eq(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return bool(a == b)


def check_drift(specs_dir: Path, sources_dir: Path) -> DriftReport:
    load_project(specs_dir, models_required=False)  # a broken spec is reported as such (SpecError), not as drift
    if not sources_dir.is_dir():
        found = "not a folder" if os.path.lexists(sources_dir) else "no such folder"
        raise LockError([SpecProblem(str(sources_dir), (), None, found, "the folder of facts locks (--sources)")])
    documents, _ = load_specs(specs_dir)
    report = DriftReport()
    providers = {d.data["id"]: d for d in documents if d.data.get("kind") == "provider"}
    if not providers:  # nothing checked is not "no drift"
        raise SpecError(
            [SpecProblem(str(specs_dir), (), None, "no provider spec", "providers/*.yaml to check against their locks")]
        )
    models: dict[str, list[SpecDocument]] = {}
    for doc in documents:
        if doc.data.get("kind") == "model":
            models.setdefault(doc.data["provider"], []).append(doc)
    for provider_id, provider_doc in sorted(providers.items()):
        path = lock_path(sources_dir, provider_id)
        lock = read_lock(path, provider_id)  # LockError for anything but a lock or no file at all
        if lock is None:
            report.messages.append(f"{provider_id}: no facts lock ({path.name}); drift not checked")
            continue
        documented: dict[str, Any] = lock["models"]
        specs = models.get(provider_id, [])
        for doc in specs:
            _check_model(doc, documented.get(doc.data["id"]), report)
            _check_document(doc, lock["documents"], path.name, report)
        have = {d.data["id"] for d in specs}
        excluded = list(enumerate(provider_doc.data.get("excluded_models") or []))
        excluded_ids = {e["id"] for _, e in excluded}
        for model_id in sorted(set(documented) - have - excluded_ids):
            report.problems.append(
                provider_doc.problem(
                    ("excluded_models",) if excluded else (),
                    f"model {model_id!r} documented by the provider ({path.name}) without a spec",
                    "a spec (python -m imagegen_specgen import ...) or an excluded_models entry with its reason",
                )
            )
        for j, entry in excluded:
            if entry["id"] in have:
                report.problems.append(
                    provider_doc.problem(
                        ("excluded_models", j), f"excluded model {entry['id']!r} that has a spec", "one or the other"
                    )
                )
            elif entry["id"] not in documented:
                report.problems.append(
                    provider_doc.problem(
                        ("excluded_models", j),
                        f"a stale exclusion: {entry['id']!r} is not in the provider's document",
                        "exclusions only for documented models (remove this one)",
                    )
                )
        report.messages.append(
            f"{provider_id}: {len(specs)} specs, {len(excluded_ids)} excluded, "
            f"{len(documented)} documented models checked against {path.name}"
        )
    return report
