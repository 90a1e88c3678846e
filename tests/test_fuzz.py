"""Spec text is data: arbitrary text in titles, descriptions, enum values and wire names never becomes code.

Each example writes a provider and a model spec full of hostile text, generates the package into a
temporary folder, imports it in a fresh interpreter and checks that the exact strings came through.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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

CHECK = r"""
import inspect, json, sys, typing
sys.path.insert(0, sys.argv[1])
import imagegen_typed
from imagegen_typed.fuzz import _endpoints
from imagegen_typed.fuzz.models.fuzz_model import FuzzModelRequest as M
case = json.loads(sys.stdin.read())
assert imagegen_typed.__file__.startswith(sys.argv[1]), imagegen_typed.__file__
for value in case["enum"]:
    body = M.model_validate({"prompt": "p", case["wire"]: value}).model_dump(by_alias=True, exclude_none=True)
    assert body[case["wire"]] == value
hints = typing.get_type_hints(imagegen_typed.Fuzz.fuzz_model)
known = ("prompt", "return", "timeout", "max_retries", "extra_headers")
hint = [h for name, h in hints.items() if name not in known][0]
literal = next(a for a in typing.get_args(hint) if typing.get_origin(a) is typing.Literal)  # Literal[...] | NotGiven
print(json.dumps({
    "literal": list(typing.get_args(literal)),
    "wires": [p.wire for p in _endpoints.FUZZ_MODEL.params],
    "default": [p.default for p in _endpoints.FUZZ_MODEL.params if p.wire == case["wire"]][0],
    "doc": inspect.getdoc(imagegen_typed.Fuzz.fuzz_model),
    "class_doc": inspect.getdoc(imagegen_typed.fuzz.errors.TeapotError),
}))
"""


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
    tmp_path_factory,
    title: str,
    description: str,  # type: ignore[no-untyped-def]
    wire_suffix: str,
    enum: list[str],
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    wire = "w" + wire_suffix  # never 'prompt': the suffix keeps it apart
    _write_specs(root / "specs", title, description, wire, enum)
    out = root / "generated"
    generate(root / "specs", out)
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", CHECK, str(out)],
        input=json.dumps({"wire": wire, "enum": enum}),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(out)},
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
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
