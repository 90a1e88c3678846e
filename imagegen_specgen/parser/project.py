"""The specs folder as a whole: every spec read once, checked (YAML, the schema, the semantic checks) and built
into the IR, with the texts that were read (the contract tests get copies of them)."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..speed.cache import Cache, Deferred, installed_version, source_fingerprint
from . import ir
from .build import build_project
from .diagnostics import SpecError, SpecProblem
from .files import find_spec_files, read_spec_text
from .load import SpecDocument, load_specs, non_finite_problems
from .naming import remember_reserved
from .schema import SCHEMA_NAME, bundled_schema, check_schema


@dataclass(frozen=True)
class Loaded:
    project: ir.Project
    # The texts read, by name relative to the specs folder: the schema the specs were checked against
    # (SCHEMA_NAME) first, then every spec in the order of the folder's walk.
    texts: dict[str, str]


def schema_path(specs_dir: Path) -> Path:
    """The specs folder's own spec.schema.json when it has one, else the format this generator ships with."""
    own = specs_dir / SCHEMA_NAME
    return own if os.path.lexists(own) else bundled_schema()


def _schema_problems(specs_dir: Path) -> list[SpecProblem]:
    """A schema in the specs folder is read as carefully as a spec."""
    if not os.path.lexists(specs_dir / SCHEMA_NAME):
        return []  # the bundled one is the generator's own
    text, problem = read_spec_text(specs_dir / SCHEMA_NAME, SCHEMA_NAME, specs_dir)
    if problem is not None:
        return [problem]
    assert text is not None
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return [SpecProblem(SCHEMA_NAME, (), exc.lineno, f"malformed JSON ({exc.msg})", "a JSON Schema", exc.colno)]
    except (ValueError, RecursionError) as exc:  # a number too long to convert, nesting too deep
        return [SpecProblem(SCHEMA_NAME, (), None, f"unusable JSON ({type(exc).__name__})", "a JSON Schema")]
    return []


def _validator_versions() -> list[str]:
    return [f"{name}=={installed_version(name)}" for name in ("jsonschema", "jsonschema-rs")]


def _checked(documents: list[SpecDocument], schema: Path, cache: Cache) -> tuple[list[SpecDocument], list[SpecProblem]]:
    """check_schema, skipping the documents this exact schema passed before (by their exact data, under the
    same checking code and validator versions). Only passes are kept: a failing document is always checked."""
    if cache.root is None:
        return check_schema(documents, schema)
    schema_digest = " ".join(
        [hashlib.sha256(schema.read_bytes()).hexdigest(), source_fingerprint(), *_validator_versions()]
    )
    # A document's parse key stands for its data (the same key, the same data); else the data itself.
    keys = [
        cache.key(
            "schema-pass", schema_digest, d.digest or json.dumps(d.data, ensure_ascii=False, separators=(",", ":"))
        )
        for d in documents
    ]
    known = {id(d) for d, key in zip(documents, keys, strict=True) if cache.get(key) == "passed"}
    unknown = [d for d in documents if id(d) not in known]
    problems: list[SpecProblem] = []
    fresh: set[int] = set()
    if unknown:
        newly, problems = check_schema(unknown, schema)
        fresh = {id(d) for d in newly}
        for doc, key in zip(documents, keys, strict=True):
            if id(doc) in fresh:
                cache.put(key, "passed")
    return [d for d in documents if id(d) in known or id(d) in fresh], problems


def load_project(specs_dir: Path, cache: Cache | None = None, *, models_required: bool = True) -> ir.Project:
    """The validated IR of every spec below `specs_dir`, or SpecError with every problem found."""
    return load(specs_dir, cache, models_required=models_required).project


def load(specs_dir: Path, cache: Cache | None = None, *, models_required: bool = True) -> Loaded:
    """The validated IR of every spec below `specs_dir` and the texts it was read from, or SpecError with every
    problem found (parses reused from `cache` when given, and new ones stored only when the whole project loads)."""
    if not specs_dir.is_dir():
        raise SpecError([SpecProblem(str(specs_dir), (), None, "no such folder", "a folder of YAML specs")])
    unusable_schema = _schema_problems(specs_dir)
    if unusable_schema:
        raise SpecError(unusable_schema)
    parses = Deferred(cache if cache is not None else Cache(None))
    documents, problems = load_specs(specs_dir, parses)
    if not problems and models_required:  # the maintainers' commands also work on providers without models yet
        problems.extend(_missing_kinds(specs_dir, documents))
    for doc in (d for d in documents if not d.finite):
        problems.extend(non_finite_problems(doc))
    passed, schema_problems = _checked(documents, schema_path(specs_dir), parses)
    problems.extend(schema_problems)
    declared = frozenset(
        d.data["id"]
        for d in documents
        if isinstance(d.data, dict) and d.data.get("kind") == "provider" and isinstance(d.data.get("id"), str)
    )
    remember_reserved(parses)
    project, build_problems = build_project(passed, declared)
    problems.extend(build_problems)
    if problems or project is None:
        raise SpecError(problems)
    parses.commit()
    texts = {SCHEMA_NAME: schema_path(specs_dir).read_text(encoding="utf-8")}
    texts.update((doc.file, doc.text) for doc in documents if doc.text is not None)
    return Loaded(project, texts)


def _missing_kinds(specs_dir: Path, documents: list[SpecDocument]) -> list[SpecProblem]:
    """No specs is an error, never an empty client (which would replace a whole output with nothing)."""
    kinds = {d.data.get("kind") for d in documents if isinstance(d.data, dict)}
    missing = [kind for kind in ("provider", "model") if kind not in kinds]
    if not missing:
        return []
    found = "no spec files (*.yaml, *.yml)" if not documents else f"no {' and no '.join(missing)} spec"
    expected = "at least one provider spec and one model spec"
    return [SpecProblem(str(specs_dir), (), None, found, expected)]


def has_specs(specs_dir: Path) -> bool:
    """Whether any spec file lies below `specs_dir` (a walk of the folder; nothing is read)."""
    found, _ = find_spec_files(specs_dir)
    return bool(found)
