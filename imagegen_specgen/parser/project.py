"""The specs folder as a whole: every spec read once, checked (YAML, the schema, the semantic checks) and built
into the IR, with the texts that were read (the contract tests get copies of them).

With a cache, each model's IR is kept too, keyed by its spec's exact text (its parse key), the schema and the
generator's code, and recorded with its provider spec's parse key: a model spec whose text, schema and provider
are unchanged is neither parsed nor checked nor built again (speed/ir_cache.py). After a one-spec edit only
that spec is read into the IR afresh; a changed provider spec rebuilds its models. A run that finds a problem
reads every spec afresh, so its report is exactly what an uncached run reports.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..speed import ir_cache
from ..speed.cache import Cache, Deferred, installed_version, source_fingerprint
from . import ir
from .build import build_project
from .diagnostics import SpecError, SpecProblem
from .files import find_spec_files, read_spec_text
from .load import SpecDocument, non_finite_problems, parse_cached, parse_document, parse_key
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


def _schema_digest(schema: Path) -> str:
    """What a check against `schema` depends on: its bytes, the checking code and the validators' versions."""
    return " ".join([hashlib.sha256(schema.read_bytes()).hexdigest(), source_fingerprint(), *_validator_versions()])


def _checked(documents: list[SpecDocument], schema: Path, cache: Cache) -> tuple[list[SpecDocument], list[SpecProblem]]:
    """check_schema, skipping the documents this exact schema passed before (by their exact data, under the
    same checking code and validator versions). Only passes are kept: a failing document is always checked."""
    if cache.root is None:
        return check_schema(documents, schema)
    schema_digest = _schema_digest(schema)
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
    problem found (parses and models reused from `cache` when given, and new ones stored only when the whole
    project loads)."""
    return _load(specs_dir, cache, models_required=models_required, reuse=True)


def _load(specs_dir: Path, cache: Cache | None, *, models_required: bool, reuse: bool) -> Loaded:
    if not specs_dir.is_dir():
        raise SpecError([SpecProblem(str(specs_dir), (), None, "no such folder", "a folder of YAML specs")])
    unusable_schema = _schema_problems(specs_dir)
    if unusable_schema:
        raise SpecError(unusable_schema)
    parses = Deferred(cache if cache is not None else Cache(None))
    schema = schema_path(specs_dir)
    models = _Models(parses, schema) if parses.root is not None else None
    documents, problems, built = _read(specs_dir, parses, models if reuse else None)
    reused = set(built)
    if not problems and models_required:  # the maintainers' commands also work on providers without models yet
        problems.extend(_missing_kinds(specs_dir, documents))
    for doc in (d for d in documents if not d.finite):
        problems.extend(non_finite_problems(doc))
    checked, schema_problems = _checked([d for d in documents if id(d) not in reused], schema, parses)
    problems.extend(schema_problems)
    passing = {id(d) for d in checked} | reused  # a reused model passed this schema when it was stored
    passed = [d for d in documents if id(d) in passing]
    declared = frozenset(
        d.data["id"]
        for d in documents
        if isinstance(d.data, dict) and d.data.get("kind") == "provider" and isinstance(d.data.get("id"), str)
    )
    remember_reserved(parses)
    project, build_problems = build_project(passed, declared, built)
    problems.extend(build_problems)
    if (problems or project is None) and reused:
        return _load(specs_dir, cache, models_required=models_required, reuse=False)  # every line, as read
    if problems or project is None:
        raise SpecError(problems)
    if models is not None:
        models.store(documents, built, reused)
    parses.commit()
    texts = {SCHEMA_NAME: schema.read_text(encoding="utf-8")}
    texts.update((doc.file, doc.text) for doc in documents if doc.text is not None)
    return Loaded(project, texts)


@dataclass(frozen=True)
class _Entry:
    """A model's IR as the cache holds it, with what it was built from besides its own spec."""

    provider: str  # its provider's id
    provider_key: str  # the parse key of the provider spec it was built with
    explicit_method: bool  # whether its spec sets `method` (the duplicate check's message says so)
    model: ir.Model


class _Models:
    """Each model spec's IR in the cache, by its parse key, the schema and the generator's code."""

    def __init__(self, cache: Cache, schema: Path) -> None:
        self.cache = cache
        self.options = f"{source_fingerprint()} {_schema_digest(schema)}"

    def key(self, parse: str) -> str:
        return self.cache.key("model-ir", self.options, parse)

    def get(self, parse: str) -> _Entry | None:
        text = self.cache.get(self.key(parse))
        if text is None:
            return None
        try:
            tag, provider, provider_key, explicit, model = ir_cache.loads(text)
        except (ir_cache.Unusable, TypeError, ValueError):
            return None
        if tag != "model-ir/1" or not isinstance(model, ir.Model):
            return None
        return _Entry(provider, provider_key, explicit, model)

    def store(self, documents: list[SpecDocument], built: dict[int, ir.Model], reused: set[int]) -> None:
        """Keep the models built afresh (the run loaded without a problem)."""
        providers = _provider_keys(documents)
        for doc in documents:
            model = built.get(id(doc))
            if model is None or id(doc) in reused or doc.digest is None:
                continue
            entry = ("model-ir/1", model.provider_id, providers[model.provider_id], "method" in doc.data, model)
            try:
                self.cache.put(self.key(doc.digest), ir_cache.dumps(entry))
            except (TypeError, ValueError):
                continue  # a value the cache text cannot hold: built again next time


def _provider_keys(documents: list[SpecDocument]) -> dict[str, str | None]:
    return {
        d.data["id"]: d.digest
        for d in documents
        if isinstance(d.data, dict) and d.data.get("kind") == "provider" and isinstance(d.data.get("id"), str)
    }


def _read(
    specs_dir: Path, parses: Cache, models: _Models | None
) -> tuple[list[SpecDocument], list[SpecProblem], dict[int, ir.Model]]:
    """Every spec file below `specs_dir`, in a stable order, parsed (from `parses` when it knows the text); a model
    spec `models` holds, built with today's provider spec, comes as its IR (by the id of a document standing
    for its spec) instead."""
    documents: list[SpecDocument] = []
    built: dict[int, ir.Model] = {}
    reused: list[tuple[int, _Entry, str]] = []  # (index in documents, entry, text)
    files, problems = find_spec_files(specs_dir)
    for path, relative in files:
        text, problem = read_spec_text(path, relative, specs_dir)
        if problem is not None:
            problems.append(problem)
            continue
        assert text is not None
        key = parse_key(text, relative, parses, lines=False) if models is not None else None
        entry = models.get(key) if models is not None and key is not None else None
        if entry is not None:
            data = {"kind": "model", "provider": entry.provider, **({"method": True} if entry.explicit_method else {})}
            doc = SpecDocument(relative, data, digest=key, text=text)
            built[id(doc)] = entry.model
            reused.append((len(documents), entry, text))
            documents.append(doc)
            continue
        parsed, found = (
            parse_cached(text, relative, parses, lines=False)
            if parses.root is not None
            else parse_document(text, relative, lines=False)
        )
        problems.extend(found)
        if parsed is not None:
            parsed.text = text
            documents.append(parsed)
    providers = _provider_keys(documents)
    read: list[SpecDocument | None] = list(documents)
    for index, entry, text in reused:  # built with another provider spec than today's: read it afresh
        if providers.get(entry.provider) != entry.provider_key:
            stale = documents[index]
            del built[id(stale)]
            parsed, found = parse_cached(text, stale.file, parses, lines=False)
            problems.extend(found)
            if parsed is not None:
                parsed.text = text
            read[index] = parsed
    return [d for d in read if d is not None], problems, built


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
