"""The whole flow, one way: specs -> load -> check -> IR -> rendered files -> generated/."""

from __future__ import annotations

import json
import math
import shutil
from pathlib import Path
from typing import Any

from . import ir
from .build import build_project
from .diagnostics import KeyPath, SpecError, SpecProblem
from .load import SpecDocument, load_specs
from .render import render_project
from .schema_check import SCHEMA_NAME, check_schema
from .spec_files import read_spec_text
from .write import compare_trees, render_to_temp, replace_tree


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


def _schema_problems(specs_dir: Path) -> list[SpecProblem]:
    """The format's schema lives in the specs folder too, so it is read as carefully as a spec."""
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
    passed, schema_problems = check_schema(documents, specs_dir / SCHEMA_NAME)
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


def generate(specs_dir: Path, out_dir: Path) -> ir.Project:
    """Regenerate `out_dir` from the specs. On any error `out_dir` is left exactly as it was."""
    project = load_project(specs_dir)
    temp = render_to_temp(render_project(project), out_dir.parent)
    try:
        replace_tree(temp, out_dir)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    return project


def check(specs_dir: Path, out_dir: Path) -> list[str]:
    """Differences between `out_dir` and a fresh generation; empty when they match."""
    project = load_project(specs_dir)
    temp = render_to_temp(render_project(project), out_dir.parent)
    try:
        return compare_trees(temp, out_dir)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
