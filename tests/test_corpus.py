"""Broken specs: each corpus file must produce its expected error text and write nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.pipeline import generate, load_project
from generator.write import compare_trees

from .conftest import GENERATED

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))


def _expectations(case: Path) -> list[str]:
    lines = case.read_text(encoding="utf-8").splitlines()
    return [line.removeprefix("# expect: ") for line in lines if line.startswith("# expect: ")]


def _install(case: Path, specs: Path) -> None:
    folder = "providers" if "kind: provider" in case.read_text(encoding="utf-8") else "models"
    shutil.copy(case, specs / folder / case.name)


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 20
    assert all(_expectations(case) for case in CORPUS), "every corpus file states the error it must produce"


@pytest.mark.parametrize("case", CORPUS, ids=[c.stem for c in CORPUS])
def test_broken_spec_reports_expected_error(case: Path, specs_copy: Path) -> None:
    _install(case, specs_copy)
    with pytest.raises(SpecError) as caught:
        load_project(specs_copy)
    message = str(caught.value)
    for expected in _expectations(case):
        assert expected in message, f"{expected!r} not in:\n{message}"
    assert case.name in message, "the error names the file"


def test_broken_specs_change_nothing_in_generated(specs_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    for case in CORPUS:
        _install(case, specs_copy)
    with pytest.raises(SpecError) as caught:
        generate(specs_copy, out)
    assert compare_trees(GENERATED, out) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "specs"], "no temporary tree left behind"
    # Every broken file of the run is reported together, not just the first.
    message = str(caught.value)
    missing = [case.name for case in CORPUS if case.name not in message]
    assert missing == []


def test_fast_schema_precheck_agrees_with_jsonschema() -> None:
    """The compiled validator only lets documents through early; it must never pass one jsonschema fails."""
    import yaml

    from generator.schema_check import _fast_validators, _validators

    from .conftest import SPECS

    schema = SPECS / "spec.schema.json"
    fast, slow = _fast_validators(schema), _validators(schema)
    assert fast, "jsonschema_rs is pinned in requirements/generate.txt"
    documents = [*SPECS.rglob("*.yaml"), *CORPUS]
    checked = 0
    for path in documents:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError:
            continue
        kind = data.get("kind") if isinstance(data, dict) else None
        if kind in slow:
            if fast[kind].is_valid(data):
                assert slow[kind].is_valid(data), path.name
            if path.is_relative_to(SPECS):
                assert fast[kind].is_valid(data), f"{path.name} takes the slow path"
            checked += 1
    assert checked >= 40
