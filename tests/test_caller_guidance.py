"""What the generated docstrings and reference pages tell a caller: defaults, Segmind seeds, billing."""

from __future__ import annotations

import inspect
import re
from typing import Any

import imagegen_typed
import pytest

from .conftest import GENERATED

SEGMIND_DOC = (GENERATED / "imagegen_typed" / "docs" / "segmind.md").read_text(encoding="utf-8")


def _members(client: type) -> list[tuple[str, Any]]:
    """The class's own public members and its models' methods (each loaded from its model's module on lookup)."""
    names = {*vars(client), *getattr(client, "_model_methods", {})}
    return [(name, getattr(client, name)) for name in sorted(names) if not name.startswith("_")]


def _methods_with(client: type, parameter: str) -> list[str]:
    return [
        name
        for name, member in _members(client)
        if callable(member) and parameter in inspect.signature(member).parameters
    ]


def test_every_segmind_seed_docstring_says_how_to_get_varied_seeds() -> None:
    methods = _methods_with(imagegen_typed.Segmind, "seed")
    assert methods, "no Segmind method takes a seed"
    for name in methods:
        doc = inspect.getdoc(getattr(imagegen_typed.Segmind, name)) or ""
        seed_line = next(line for line in doc.splitlines() if line.strip().startswith("seed:"))
        assert "placeholder" in seed_line and "seed=-1" in seed_line and "x-seed-value" in seed_line, name


def test_segmind_reference_page_says_how_to_get_varied_seeds() -> None:
    # A parameter's entry: its line and the lines indented under it.
    seed_entries = re.findall(r"^- `seed`: .*?(?=^- |^$)", SEGMIND_DOC, re.M | re.S)
    assert len(seed_entries) == len(_methods_with(imagegen_typed.Segmind, "seed"))
    assert all("placeholder" in entry and "seed=-1" in entry for entry in seed_entries)


CALL_OPTIONS = ("timeout", "max_retries", "extra_headers", "deadline", "on_progress")


@pytest.mark.parametrize("client", [imagegen_typed.Segmind, imagegen_typed.Pruna])
def test_optional_parameters_default_to_not_given_and_document_the_providers_default(client: type) -> None:
    methods = _members(client)
    assert any(name in client._model_methods for name, _ in methods)  # type: ignore[attr-defined]
    for name, member in methods:
        if not callable(member) or name == "predictions":
            continue
        doc = inspect.getdoc(member) or ""
        for parameter in inspect.signature(member).parameters.values():
            if parameter.kind is not inspect.Parameter.KEYWORD_ONLY or parameter.default is inspect.Parameter.empty:
                continue
            line = next((ln for ln in doc.splitlines() if ln.strip().startswith(f"{parameter.name}:")), None)
            if line is None or parameter.name in CALL_OPTIONS:  # documented as the call's, not the provider's
                continue
            assert parameter.default is imagegen_typed.NOT_GIVEN, f"{name}({parameter.name}=...) is sent when not set"
            assert "Default (applied by the provider when not set)" in line or "Not sent when not set" in line


def test_segmind_reference_page_says_which_errors_are_not_billed() -> None:
    billed = dict(re.findall(r"^\| (\d{3}) \|.*\| (yes|no|not documented)[^|]*\|$", SEGMIND_DOC, re.M))
    assert {status for status, value in billed.items() if value == "no"} >= {"401", "404", "405", "406", "422"}
