"""Spec text is data: arbitrary text in titles, descriptions, enum values and wire names never becomes code.

Each example writes a provider and a model spec full of hostile text, generates the package into a
temporary folder, imports it with every warning an error and checks that the exact strings came through.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import sys
import typing
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imagegen_specgen.emit.text import fold
from imagegen_specgen.pipeline import generate

from .conftest import SPECS

NASTY = [
    '"""',
    "'''",
    "\\",
    "\\n",
    "{{ 7*7 }}",
    "{% if x %}",
    "${x}",
    "\n",
    "\r\n",
    "é中🙂",
    "\x00",
    '"; import os; os.system("x") #',
    "\u2028",
    "\t",
    "'",
    '"',
    "#",
    "</script>",
    "|",
    "\\x41",
]
# Surrogates cannot be written as UTF-8 YAML: the only text a spec file cannot hold.
TEXT = st.one_of(
    st.sampled_from(NASTY),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
    st.lists(st.sampled_from(NASTY), min_size=2, max_size=4).map("".join),
)

PACKAGE = "imagegen_typed"


@contextlib.contextmanager
def _imported(out: Path) -> Iterator[ModuleType]:
    """The package generated into `out`, imported in this process with every warning an error (a SyntaxWarning for
    an escape in the generated code included). The modules of that name imported before (the checked-in client's)
    are set aside meanwhile and put back after."""

    def ours(name: str) -> bool:
        return name == PACKAGE or name.startswith(f"{PACKAGE}.")

    aside = {name: sys.modules.pop(name) for name in [name for name in sys.modules if ours(name)]}
    sys.path.insert(0, str(out))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if ours(name)]:
            del sys.modules[name]
        sys.modules.update(aside)


def _seen(out: Path, wire: str, enum: list[str]) -> dict[str, Any]:
    """What the generated package holds of the hostile text: its signature's Literal, its endpoint record, its
    docstrings; and each enum value goes through the request model to the body unchanged."""
    with _imported(out) as package:
        assert package.__file__ is not None and package.__file__.startswith(str(out)), package.__file__
        endpoints = importlib.import_module(f"{PACKAGE}.fuzz._endpoints")
        model = importlib.import_module(f"{PACKAGE}.fuzz.models.fuzz_model").FuzzModelRequest
        for value in enum:
            body = model.model_validate({"prompt": "p", wire: value}).model_dump(by_alias=True, exclude_none=True)
            assert body[wire] == value
        hints = typing.get_type_hints(package.Fuzz.fuzz_model)
        known = ("prompt", "return", "timeout", "max_retries", "extra_headers")
        hint = next(h for name, h in hints.items() if name not in known)
        literal = next(a for a in typing.get_args(hint) if typing.get_origin(a) is typing.Literal)  # | NotGiven
        return {
            "literal": list(typing.get_args(literal)),
            "wires": [p.wire for p in endpoints.FUZZ_MODEL.params],
            "default": next(p.default for p in endpoints.FUZZ_MODEL.params if p.wire == wire),
            "doc": inspect.getdoc(package.Fuzz.fuzz_model),
            "class_doc": inspect.getdoc(importlib.import_module(f"{PACKAGE}.fuzz.errors").TeapotError),
        }


def _write_specs(root: Path, title: str, description: str, wire: str, enum: list[str]) -> None:
    (root / "providers").mkdir(parents=True)
    (root / "models").mkdir()
    (root / "spec.schema.json").write_text((SPECS / "spec.schema.json").read_text())
    provider = {
        "kind": "provider",
        "id": "fuzz",
        "title": title,
        "description": description,
        "base_url": "https://fuzz.example",
        "auth": {"header": "x-key", "env": "FUZZ_KEY"},
        "apis": [
            {"name": "v1", "protocol": "direct", "path": "/v1/{model}", "title": title},
            {
                "name": "jobs",
                "protocol": "predictions",
                "title": description,
                "submit": {"path": "/v2/{model}"},
                "status": {"path": "/v2/jobs/{id}"},
                "statuses": {"pending": ["queued"], "succeeded": ["done"], "failed": ["failed"]},
                "output": {"field": "output"},
            },
        ],
        "client": "Fuzz",
        "error_body": {"message": ["error"]},
        "sources": ["fuzz"],
        "errors": [{"status": 418, "name": "TeapotError", "title": title, "meaning": description, "retry": False}],
        "notes": [description],
    }
    model = {
        "kind": "model",
        "provider": "fuzz",
        "id": "fuzz-model",
        "title": title,
        "description": description,
        "output": {"media": "image", "body": "either", "documented_as": title},
        "sources": ["fuzz"],
        "notes": [description],
        "parameters": [
            {"name": "prompt", "type": "string", "required": True, "description": description, "example": description},
            {"name": wire, "type": "string", "enum": enum, "default": enum[-1], "description": title, "notes": [title]},
        ],
    }
    for path, data in (("providers/fuzz.yaml", provider), ("models/fuzz-model.yaml", model)):
        (root / path).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, description=TEXT, wire_suffix=TEXT, enum=st.lists(TEXT, min_size=1, max_size=4, unique=True))
def test_hostile_spec_text_stays_data(
    tmp_path_factory: pytest.TempPathFactory,
    shared_generation: None,
    title: str,
    description: str,
    wire_suffix: str,
    enum: list[str],
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    wire = "w" + wire_suffix  # never 'prompt': the suffix keeps it apart
    _write_specs(root / "specs", title, description, wire, enum)
    out = root / "generated"
    generate(root / "specs", out)
    seen = _seen(out, wire, enum)
    assert seen["literal"] == enum
    assert seen["wires"] == ["prompt", wire]
    assert seen["default"] == enum[-1]
    # Docstrings fold whitespace; the exact text lives in the data above and in the OpenAPI document.
    assert fold(description) in seen["doc"] and fold(title) in seen["doc"]
    assert fold(description) in seen["class_doc"]
    document = json.loads((out / "openapi/fuzz.json").read_text(encoding="utf-8"))
    schema = document["components"]["schemas"]["FuzzModelRequest"]
    assert schema["description"] == description
    assert schema["properties"][wire]["enum"] == enum
    assert schema["properties"]["prompt"]["description"] == description
    assert document["info"]["title"] == f"{title} API"
