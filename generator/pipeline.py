"""The whole flow, one way: specs -> load -> check -> IR -> rendered files -> generated/."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from . import ir
from .build import build_project
from .cache import Cache, Deferred, installed_version, source_fingerprint
from .diagnostics import SpecError, SpecProblem
from .load import SpecDocument, load_specs, non_finite_problems
from .manifest import MANIFEST, OutputError, manifest_text, read_manifest
from .naming import remember_reserved
from .ownership import prepare_output, user_files
from .render import (
    CONTRACT_TESTS,
    PACKAGE,
    environment,
    package_problem,
    render_code,
    render_documents,
    request_model_files,
)
from .request_models import Workers, start_request_models
from .schema_check import SCHEMA_NAME, bundled_schema, check_schema
from .spec_files import find_spec_files, read_spec_text
from .timings import Timings
from .write import compare_files, format_files, remember_formatting, start_formatting, update_tree


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


def load_project(specs_dir: Path, cache: Cache | None = None) -> ir.Project:
    """The validated IR of every spec below `specs_dir`, or SpecError with every problem found (parses
    reused from `cache` when given, and new ones stored only when the whole project loads)."""
    if not specs_dir.is_dir():
        raise SpecError([SpecProblem(str(specs_dir), (), None, "no such folder", "a folder of YAML specs")])
    unusable_schema = _schema_problems(specs_dir)
    if unusable_schema:
        raise SpecError(unusable_schema)
    parses = Deferred(cache if cache is not None else Cache(None))
    documents, problems = load_specs(specs_dir, parses)
    if not problems:
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
    return project


def _missing_kinds(specs_dir: Path, documents: list[SpecDocument]) -> list[SpecProblem]:
    """No specs is an error, never an empty client (which would replace a whole output with nothing)."""
    kinds = {d.data.get("kind") for d in documents if isinstance(d.data, dict)}
    missing = [kind for kind in ("provider", "model") if kind not in kinds]
    if not missing:
        return []
    found = "no spec files (*.yaml, *.yml)" if not documents else f"no {' and no '.join(missing)} spec"
    expected = "at least one provider spec and one model spec"
    return [SpecProblem(str(specs_dir), (), None, found, expected)]


def spec_copies(specs_dir: Path) -> dict[str, str]:
    """The specs as read, for the contract tests' mock provider: the tests then run wherever the output goes."""
    found, _ = find_spec_files(specs_dir)  # load_project has already refused any problem
    copies = {f"{CONTRACT_TESTS}/specs/{SCHEMA_NAME}": schema_path(specs_dir).read_text(encoding="utf-8")}
    for path, relative in found:
        text, _ = read_spec_text(path, relative, specs_dir)
        if text is None:  # changed since it was loaded: refuse rather than copy something else
            raise SpecError([SpecProblem(relative, (), None, "a file that changed while it was read", "a stable spec")])
        copies[f"{CONTRACT_TESTS}/specs/{relative}"] = text
    return copies


def output_files(
    specs_dir: Path,
    out_dir: Path,
    *,
    use_cache: bool = True,
    package: str = PACKAGE,
    timings: Timings | None = None,
) -> tuple[ir.Project, dict[str, str]]:
    """The validated project and every output file's final text (relative path -> text); `timings` learns
    when each step ended."""
    mark = timings.mark if timings is not None else lambda step: None
    problem = package_problem(package)
    if problem is not None:  # before anything, the cache included, is read or written
        raise ValueError(problem)
    cache = Cache.for_output(out_dir, enabled=use_cache)
    roots = (f"{package}/", f"{CONTRACT_TESTS}/")
    # Without a cache every request model is generated: workers start now and warm up while the specs load.
    workers = Workers.start() if cache.root is None and _has_specs(specs_dir) else None
    try:
        project = load_project(specs_dir, cache)
        mark("load and check the specs, build the IR")
        collect_models = start_request_models(project, cache, workers, package)
        env = environment(cache, package)
        code = render_code(env, project, package)
        mark("render the package's code and contract tests")
        formatting = start_formatting(code, out_dir.parent, cache, roots)  # ruff runs while the documents render
        files = render_documents(env, project, package) | spec_copies(specs_dir)
        mark("render the OpenAPI documents and docs")
        files |= formatting()
        mark("wait for ruff on the code")
        generated = collect_models()
        mark("wait for the request models")
        models = request_model_files(generated.modules, package)
        formatted = request_model_files(generated.formatted, package)  # by the workers that generated them
        remember_formatting(cache, {path: (models[path], text) for path, text in formatted.items()})
        unformatted = {path: text for path, text in models.items() if path not in formatted}
        packages = {path: text for path, text in code.items() if path.endswith("/__init__.py")}
        files |= format_files(unformatted | packages, out_dir.parent, cache, roots) | formatted
        mark("format the request models")
    finally:
        if workers is not None:
            workers.close()
    cache.save()
    mark("save the cache")
    return project, files


def _has_specs(specs_dir: Path) -> bool:
    found, _ = find_spec_files(specs_dir)
    return bool(found)


def generate(
    specs_dir: Path,
    out_dir: Path,
    *,
    use_cache: bool = True,
    package: str = PACKAGE,
    timings: Timings | None = None,
    adopt: bool = False,
    overwrite: bool = False,
    notes: list[str] | None = None,
) -> ir.Project:
    """Regenerate `out_dir` from the specs. On a spec or generation error nothing is written; files the
    generator cannot prove it wrote are never replaced or removed but with `overwrite` (OutputError lists
    them), and a folder it did not write is taken over only with `adopt` (see ownership.py). `notes` gets
    what was kept."""
    recorded = prepare_output(out_dir, specs_dir, adopt=adopt)  # before anything, the cache included, is written
    project, files = output_files(specs_dir, out_dir, use_cache=use_cache, package=package, timings=timings)
    files[MANIFEST] = manifest_text(files)
    kept = update_tree(files, out_dir, recorded, overwrite=overwrite)
    if notes is not None:
        notes.extend(kept)
    if timings is not None:
        timings.mark("write the files that changed")
    return project


def check(
    specs_dir: Path,
    out_dir: Path,
    *,
    use_cache: bool = True,
    package: str = PACKAGE,
    timings: Timings | None = None,
    notes: list[str] | None = None,
) -> list[str]:
    """Differences between `out_dir` and a fresh generation; empty when they match. Nothing is written but
    the cache. `notes` gets the files inside the generated folders that the generator did not write."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir}: found a file, not a folder; give the folder of a generated client")
    _, files = output_files(specs_dir, out_dir, use_cache=use_cache, package=package, timings=timings)
    files[MANIFEST] = manifest_text(files)
    try:
        recorded = read_manifest(out_dir) if out_dir.is_dir() else None
    except OutputError:
        recorded = None  # an unusable manifest differs from the expected one: reported as changed
    differences = compare_files(files, out_dir, recorded=recorded or ())
    if notes is not None and out_dir.is_dir():
        notes.extend(f"not generated (kept): {name}" for name in user_files(out_dir, files, recorded))
    if timings is not None:
        timings.mark("compare with the output folder")
    return differences
