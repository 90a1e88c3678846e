"""The whole flow, one way: specs -> load -> check -> IR -> rendered files -> generated/."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from . import ir
from .build import build_project
from .cache import Cache
from .diagnostics import KeyPath, SpecError, SpecProblem
from .load import SpecDocument, load_specs
from .render import CONTRACT_TESTS, PACKAGE, render_project
from .schema_check import SCHEMA_NAME, bundled_schema, check_schema
from .spec_files import find_spec_files, read_spec_text
from .write import compare_files, format_files, update_tree


def _non_finite(doc: SpecDocument) -> list[SpecProblem]:
    problems: list[SpecProblem] = []

    def walk(value: Any, path: KeyPath) -> None:
        if isinstance(value, float) and not math.isfinite(value):
            problems.append(doc.problem(path, repr(value), "a finite number"))
        elif isinstance(value, dict):
            for key, child in value.items():
                walk(child, (*path, key))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(child, (*path, i))

    walk(doc.data, ())
    return problems


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


def load_project(specs_dir: Path) -> ir.Project:
    """The validated IR of every spec below `specs_dir`, or SpecError with every problem found."""
    if not specs_dir.is_dir():
        raise SpecError([SpecProblem(str(specs_dir), (), None, "no such folder", "a folder of YAML specs")])
    unusable_schema = _schema_problems(specs_dir)
    if unusable_schema:
        raise SpecError(unusable_schema)
    documents, problems = load_specs(specs_dir)
    for doc in documents:
        problems.extend(_non_finite(doc))
    passed, schema_problems = check_schema(documents, schema_path(specs_dir))
    problems.extend(schema_problems)
    declared = frozenset(
        d.data["id"]
        for d in documents
        if isinstance(d.data, dict) and d.data.get("kind") == "provider" and isinstance(d.data.get("id"), str)
    )
    project, build_problems = build_project(passed, declared)
    problems.extend(build_problems)
    if problems or project is None:
        raise SpecError(problems)
    return project


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
    specs_dir: Path, out_dir: Path, *, use_cache: bool = True, package: str = PACKAGE
) -> tuple[ir.Project, dict[str, str]]:
    """The validated project and every output file's final text (relative path -> text)."""
    project = load_project(specs_dir)
    cache = Cache.for_output(out_dir, enabled=use_cache)
    rendered = render_project(project, cache, package) | spec_copies(specs_dir)
    files = format_files(rendered, out_dir.parent, cache, (f"{package}/", f"{CONTRACT_TESTS}/"))
    return project, files


def generate(specs_dir: Path, out_dir: Path, *, use_cache: bool = True, package: str = PACKAGE) -> ir.Project:
    """Regenerate `out_dir` from the specs. On a spec or generation error nothing is written."""
    project, files = output_files(specs_dir, out_dir, use_cache=use_cache, package=package)
    update_tree(files, out_dir)
    return project


def check(specs_dir: Path, out_dir: Path, *, use_cache: bool = True, package: str = PACKAGE) -> list[str]:
    """Differences between `out_dir` and a fresh generation; empty when they match."""
    _, files = output_files(specs_dir, out_dir, use_cache=use_cache, package=package)
    return compare_files(files, out_dir)
