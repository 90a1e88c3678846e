"""Every bad input the contract cases know is refused by a plain JSON Schema validator reading the export.

For every model of every provider, the request schema of the operation that documents the model (for an API
naming its models in a header, the create operation of the model's own document) must refuse each invalid value
of each parameter (`contract.samples.invalid_cases`: out of range, not allowed, wrong type), an undocumented key
and the absence of each required parameter, while taking the model's required-only input. A tool that validates
requests against the export (a mock server, a proxy, a generated client) then refuses what the provider would.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from imagegen_specgen.contract import samples
from imagegen_specgen.emit.openapi.predictions import header_models, model_document_name
from imagegen_specgen.parser import ir

from .conftest import GENERATED, real_project

PROJECT = real_project()
CASES = [
    pytest.param(p, a, m, id=f"{p.id}:{a.name}:{m.model_id}")
    for p in PROJECT.providers
    for a in p.apis
    for m in p.models_of(a)
]
MULTIPART = "multipart/form-data"


def _read(name: str) -> dict[str, Any]:
    return json.loads((GENERATED / "openapi" / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _operation(provider: ir.Provider, api: ir.API, model: ir.Model) -> tuple[dict[str, Any], dict[str, Any]]:
    """The document and the operation that documents a call of the model."""
    if model in header_models(provider, api):
        assert isinstance(api, ir.PredictionsAPI)
        document = _read(model_document_name(provider, model))
        return document, document["paths"][api.submit_path]["post"]
    document = _read(f"{provider.id}.json")
    return document, document["paths"][api.model_path(model)]["post"]


def _body(api: ir.API, model: ir.Model, inputs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(media type, body) of a request with these inputs, as the client sends them."""
    if isinstance(api, ir.PredictionsAPI):
        return "application/json", inputs if api.input_field is None else {api.input_field: inputs}
    if api.body_of(model) == "multipart":
        by_wire = {p.wire_name: p for p in model.parameters}
        inputs = {api.form_name(by_wire[w]) if w in by_wire else w: v for w, v in inputs.items()}
        media = MULTIPART
    else:
        media = "application/json"
    return media, {api.model_field: model.sent_id, **inputs} if api.model_field else inputs


def _bad_inputs(model: ir.Model) -> list[tuple[str, dict[str, Any]]]:
    minimal = samples.minimal_input(model)
    bad = [("undocumented key", {**minimal, "not_a_parameter": 1})]
    for param in model.parameters:
        if param.required:
            bad.append((f"{param.wire_name} missing", {k: v for k, v in minimal.items() if k != param.wire_name}))
        for case in samples.invalid_cases(param):
            if param.is_file and case.label.endswith("URL for file"):
                continue  # a file part is bytes on the wire: JSON Schema sees any text there as its content
            bad.append((f"{param.wire_name}: {case.label}", {**minimal, param.wire_name: case.value}))
    return bad


@pytest.mark.parametrize(("provider", "api", "model"), CASES)
def test_the_request_schema_refuses_every_bad_input(provider: ir.Provider, api: ir.API, model: ir.Model) -> None:
    document, operation = _operation(provider, api, model)
    media, good = _body(api, model, samples.minimal_input(model))
    schema = operation["requestBody"]["content"][media]["schema"]
    check = Draft202012Validator({**schema, "components": document["components"]})
    assert check.is_valid(good), [e.message for e in check.iter_errors(good)]
    accepted = [label for label, inputs in _bad_inputs(model) if check.is_valid(_body(api, model, inputs)[1])]
    assert not accepted, f"{model.model_id}: the export accepts {accepted}"


@pytest.mark.parametrize("provider", [p for p in PROJECT.providers if any(header_models(p, a) for a in p.apis)])
def test_no_operation_of_a_provider_s_document_takes_a_model_its_own_document_describes(
    provider: ir.Provider,
) -> None:
    """Where a header names the model, the provider's shared create operation refuses every described model id,
    so the only operation that takes a described model holds its input to the model's schema."""
    document = _read(f"{provider.id}.json")
    for api in provider.apis:
        models = header_models(provider, api)
        if not models:
            continue
        assert isinstance(api, ir.PredictionsAPI)
        operation = document["paths"][api.submit_path]["post"]
        (header,) = [p for p in operation["parameters"] if p["name"] == api.model_header]
        check = Draft202012Validator(header["schema"])
        assert not [m.model_id for m in models if check.is_valid(m.model_id)]
        assert check.is_valid("a-model-no-spec-describes")
