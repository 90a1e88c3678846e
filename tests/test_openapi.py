"""The OpenAPI documents: valid 3.1, complete, and faithful to the seeds."""

from __future__ import annotations

import json
from typing import Any

import pytest
from openapi_spec_validator import validate

from .conftest import GENERATED
from .seed_facts import MISSING, SEED_FACTS, UNSTATED


def _document(provider: str) -> dict[str, Any]:
    return json.loads((GENERATED / "openapi" / f"{provider}.json").read_text(encoding="utf-8"))


def _input_schema(document: dict[str, Any], model_id: str) -> dict[str, Any]:
    for schema in document["components"]["schemas"].values():
        if schema.get("x-model") == model_id:
            return schema
    raise AssertionError(f"no input schema with x-model {model_id!r}")


@pytest.mark.parametrize("provider", ["segmind", "pruna"])
def test_document_is_valid_openapi_31(provider: str) -> None:
    document = _document(provider)
    assert document["openapi"].startswith("3.1")
    validate(document)


@pytest.mark.parametrize(("provider", "model_id"), sorted(SEED_FACTS))
def test_seed_parameters_appear_with_the_seed_facts(provider: str, model_id: str) -> None:
    schema = _input_schema(_document(provider), model_id)
    assert schema["x-provider"] == provider
    for wire, (kind, required, low, high, enum, default) in SEED_FACTS[(provider, model_id)].items():
        prop = schema["properties"].get(wire)
        assert prop is not None, f"{model_id}: seed parameter {wire!r} missing"
        assert prop["type"] == kind, wire
        assert (wire in schema.get("required", [])) is required, wire
        if default is UNSTATED:
            continue
        assert prop.get("minimum") == low and prop.get("maximum") == high, wire
        if enum is not None:
            assert prop["enum"] == enum, wire
        if default is MISSING:
            assert "default" not in prop, wire
        else:
            assert prop["default"] == default and type(prop["default"]) is type(default), wire


def test_segmind_operations_list_every_documented_error() -> None:
    document = _document("segmind")
    documented = {"400", "401", "403", "404", "406", "429", "500", "502", "504"}
    for path, item in document["paths"].items():
        assert documented <= set(item["post"]["responses"]), path


def test_pruna_document_has_the_prediction_lifecycle() -> None:
    paths = _document("pruna")["paths"]
    assert "/v1/predictions" in paths
    assert "/v1/predictions/status/{id}" in paths
    assert any(p.startswith("/v1/predictions/delivery") for p in paths)
    assert "/v1/files" in paths
    header_names = {p["name"] for p in paths["/v1/predictions"]["post"]["parameters"]}
    assert {"Model", "Try-Sync"} <= header_names
