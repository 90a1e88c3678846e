"""`import replicate-version`: a Replicate model version (or model) document -> one draft spec."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from imagegen_specgen.cli import main

VERSION = "0123456789abcdef"
# The shape cog writes: an enum by reference with its default beside it, an `x-order` per input, a secret.
INPUT: dict[str, Any] = {
    "type": "object",
    "title": "Input",
    "required": ["prompt"],
    "properties": {
        "seed": {"type": "integer", "title": "Seed", "x-order": 2, "description": "Random seed."},
        "size": {"allOf": [{"$ref": "#/components/schemas/size"}], "default": "1K", "x-order": 1},
        "prompt": {"type": "string", "title": "Prompt", "x-order": 0, "description": "What to draw."},
        "token": {"type": "string", "format": "password", "writeOnly": True, "x-cog-secret": True, "x-order": 3},
        "strength": {"type": "number", "minimum": 0, "maximum": 1, "default": 0.5, "x-order": 4},
    },
}
SCHEMAS = {
    "Input": INPUT,
    "size": {"type": "string", "title": "size", "enum": ["1K", "2K"], "description": "An enumeration."},
    "Output": {"type": "string", "format": "uri"},
}


def _version(**extra: Any) -> dict[str, Any]:
    return {"id": VERSION, "openapi_schema": {"components": {"schemas": SCHEMAS}}, **extra}


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "version.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _import(tmp_path: Path, document: Path, *extra: str) -> int:
    out = tmp_path / "out"
    return main(["import", "replicate-version", str(document), "--out", str(out), "--output-media", "image", *extra])


def _draft(tmp_path: Path) -> dict[str, Any]:
    (path,) = (tmp_path / "out").glob("*.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_a_version_names_no_model_so_the_id_is_asked_for(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = _write(tmp_path, _version())
    assert _import(tmp_path, document) == 2
    assert "give it with --id OWNER/NAME" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_version_s_inputs_are_drafted_in_their_order_with_every_fact(tmp_path: Path) -> None:
    document = _write(tmp_path, _version())
    assert _import(tmp_path, document, "--id", "acme/painter") == 0
    draft = _draft(tmp_path)
    assert draft["id"] == "acme/painter" and draft["provider"] == "replicate"
    assert draft["source_document"]["version"] == VERSION  # the version id is the document's version
    assert [p["name"] for p in draft["parameters"]] == ["prompt", "size", "seed", "token", "strength"]  # x-order
    by_name = {p["name"]: p for p in draft["parameters"]}
    assert by_name["prompt"]["required"] is True
    assert by_name["size"]["enum"] == ["1K", "2K"] and by_name["size"]["default"] == "1K"  # allOf of one $ref
    assert by_name["token"]["secret"] is True
    assert (by_name["strength"]["minimum"], by_name["strength"]["maximum"]) == (0, 1)
    assert draft["output"] == {"media": "image", "body": "json"}


def test_a_model_document_names_its_model_and_a_different_id_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = _write(tmp_path, {"owner": "acme", "name": "painter", "latest_version": _version()})
    assert _import(tmp_path, document, "--id", "acme/other") == 2
    assert "describes model 'acme/painter', not 'acme/other'" in capsys.readouterr().err
    assert _import(tmp_path, document) == 0
    assert _draft(tmp_path)["id"] == "acme/painter"


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"id": VERSION}, "openapi_schema: missing"),
        ({"id": VERSION, "openapi_schema": {"components": {"schemas": {}}}}, "components.schemas.Input: missing"),
        ({"openapi_schema": {"components": {"schemas": SCHEMAS}}}, "id: found nothing; expected the version id"),
        ({"id": VERSION, "openapi_schema": []}, "openapi_schema: found a list; expected a mapping"),
    ],
)
def test_a_broken_version_document_is_one_line_naming_the_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], document: dict[str, Any], message: str
) -> None:
    assert _import(tmp_path, _write(tmp_path, document), "--id", "acme/painter") == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
