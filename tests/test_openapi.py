"""The OpenAPI documents: valid 3.1, complete, and faithful to the seeds."""

from __future__ import annotations

import json
import math
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from imagegen_specgen.emit.openapi.document import dump, openapi_document
from imagegen_specgen.emit.openapi.parts import api_names
from imagegen_specgen.parser import ir
from imagegen_specgen.parser.project import load_project

from .conftest import GENERATED, real_project
from .seed_facts import MISSING, SEED_FACTS, UNSTATED

PROVIDER_IDS = sorted(p.stem for p in (GENERATED / "openapi").glob("*.json"))


def _provider(project: Any, provider_id: str) -> ir.Provider:
    found: ir.Provider = next(p for p in project.providers if p.id == provider_id)
    return found


def _submit_template(api: ir.API) -> str:
    return api.path if isinstance(api, ir.DirectAPI) else api.submit_path


def _operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, method, op) for path, item in document["paths"].items() for method, op in item.items()]


def _document(provider: str) -> dict[str, Any]:
    return json.loads((GENERATED / "openapi" / f"{provider}.json").read_text(encoding="utf-8"))


def _input_schema(document: dict[str, Any], model_id: str) -> dict[str, Any]:
    for schema in document["components"]["schemas"].values():
        if schema.get("x-model") == model_id:
            return schema
    raise AssertionError(f"no input schema with x-model {model_id!r}")


@pytest.mark.parametrize("provider", PROVIDER_IDS)
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
        elif wire in PLACEHOLDERS.get((provider, model_id), ()):
            assert "default" not in prop and prop["examples"][-1] == default, wire  # see the test below
        else:
            assert prop["default"] == default and type(prop["default"]) is type(default), wire


PLACEHOLDERS = {
    (p.id, m.model_id): {q.wire_name for q in m.parameters if q.default_is_placeholder}
    for p in real_project().providers
    for m in p.models
}


def test_a_placeholder_default_is_an_example_and_the_description_warns(project: Any) -> None:
    """Segmind's pages show seed 42 as a placeholder: tools that send every documented default (generators that
    fill defaults in) must not get it as a default, and the description carries the spec's usage warning."""
    found = [(p, m, q) for p in project.providers for m in p.models for q in m.parameters if q.default_is_placeholder]
    assert found, "no spec marks a placeholder default: this test checks nothing"
    for provider, model, param in found:
        prop = _input_schema(_document(provider.id), model.model_id)["properties"][param.wire_name]
        assert "default" not in prop
        assert param.default in prop["examples"]
        assert param.usage and param.usage in prop["description"] and param.description in prop["description"]


def test_segmind_operations_list_every_documented_error() -> None:
    documented = {"400", "401", "403", "404", "406", "429", "500", "502", "504"}
    for path, method, op in _operations(_document("segmind")):
        assert documented <= set(op["responses"]), (path, method)


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_every_operation_lists_every_error_of_its_provider(provider: str, project: Any) -> None:
    statuses = {str(e.status) for e in _provider(project, provider).errors}
    for path, method, op in _operations(_document(provider)):
        assert statuses <= set(op["responses"]), (path, method)


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_every_api_of_the_provider_is_in_its_document_under_its_own_tag(provider: str, project: Any) -> None:
    """Each API's operations are tagged with its name; each model is reachable on every API that serves it."""
    spec, document = _provider(project, provider), _document(provider)
    tags = {t["name"] for t in document["tags"]}
    operations = _operations(document)
    for api in spec.apis:
        assert api.name in tags
        tagged = {(path, method) for path, method, op in operations if api.name in op["tags"]}
        if isinstance(api, ir.PredictionsAPI):
            for link in api.links:  # at the path of each model's follow-ups (without a query)
                for model in spec.models_of(api):
                    assert (api.fill(link.route, model.model_id), link.method.lower()) in tagged
        for model in spec.models_of(api):
            path = api.model_path(model) if "{model}" in _submit_template(api) else _submit_template(api)
            assert (path, "post") in tagged, (api.name, model.model_id)
    if spec.files is not None:
        assert (spec.files.path, "post") in {(p, m) for p, m, _ in operations}


def test_a_query_in_a_follow_up_path_is_a_query_parameter(project: Any) -> None:
    """/v1/get_result?id={id}: the path without its query, the id a required query parameter."""
    found = [
        (p, a, link) for p in project.providers for a in p.apis if isinstance(a, ir.PredictionsAPI) for link in a.links
    ]
    queried = [(p, a, link) for p, a, link in found if link.query]
    assert queried, "no spec has a query in a follow-up path: this test checks nothing"
    for provider, _api, link in queried:
        operation = _document(provider.id)["paths"][link.route][link.method.lower()]
        (name,) = [name for name, value in link.query if value == "{id}"]
        assert {"name": name, "in": "query", "required": True}.items() <= operation["parameters"][0].items()


def test_follow_ups_that_name_a_part_of_the_model_id_have_a_path_per_part(project: Any) -> None:
    """{app} (the first two segments of owner/app/sub): one path per distinct part, each with its own operation."""
    apis = [(p, a) for p in project.providers for a in p.apis if isinstance(a, ir.PredictionsAPI) and a.variables]
    assert apis, "no spec declares a path variable: this test checks nothing"
    for provider, api in apis:
        paths = _document(provider.id)["paths"]
        routes = {api.fill(api.status.route, m.model_id) for m in provider.models_of(api)}
        assert len(routes) > 1 and all("{" + v.name + "}" not in r for r in routes for v in api.variables)
        operation_ids = {paths[r]["get"]["operationId"] for r in routes}
        assert len(operation_ids) == len(routes)


def test_a_model_id_with_a_slash_is_written_into_the_path_verbatim(project: Any) -> None:
    """Model ids may hold one slash (owner/name): the operation's path holds both segments, no parameter."""
    models = [(p, a, m) for p in project.providers for a in p.apis for m in p.models_of(a) if "/" in m.model_id]
    assert models, "no spec has a model id with a slash: this test checks nothing"
    for provider, api, model in models:
        if "{model}" in _submit_template(api):
            path = api.model_path(model)
            assert model.model_id in path and "{" not in path
            assert _document(provider.id)["paths"][path]["post"]["x-model"] == model.model_id


def test_pruna_document_has_the_prediction_lifecycle() -> None:
    paths = _document("pruna")["paths"]
    assert "/v1/predictions" in paths
    assert "/v1/predictions/status/{id}" in paths
    assert any(p.startswith("/v1/predictions/delivery") for p in paths)
    assert "/v1/files" in paths
    header_names = {p["name"] for p in paths["/v1/predictions"]["post"]["parameters"]}
    assert {"Model", "Try-Sync"} <= header_names


# --- the export as other tools read it ----------------------------------------------------------------------


def _validator(document: dict[str, Any], ref: str) -> Draft202012Validator:
    """A JSON Schema validator for one of the document's schemas, its $refs resolved inside the document."""
    return Draft202012Validator({"$ref": ref, "components": document["components"]})


def _path_pattern(template: str) -> re.Pattern[str]:
    """How routers match a path template: each {parameter} is exactly one segment."""
    return re.compile("^" + re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template)) + "$")


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_every_operation_has_summary_description_and_a_declared_tag(provider: str) -> None:
    document = _document(provider)
    declared = {t["name"] for t in document["tags"]}
    for path, method, op in _operations(document):
        assert op["summary"] and op["description"], (path, method)
        assert op["tags"] and set(op["tags"]) <= declared, (path, method)


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_media_types_are_types_not_ranges(provider: str) -> None:
    for path, method, op in _operations(_document(provider)):
        for status, response in op["responses"].items():
            for media in response.get("content", {}):
                assert "*" not in media, (path, method, status, media)


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_every_example_is_valid_under_its_schema(provider: str) -> None:
    document = _document(provider)
    checked = 0
    for path, method, op in _operations(document):
        bodies = [op.get("requestBody", {}), *op["responses"].values()]
        for body in bodies:
            for media, content in body.get("content", {}).items():
                validator = Draft202012Validator({**content["schema"], "components": document["components"]})
                for name, example in content.get("examples", {}).items():
                    errors = [e.message for e in validator.iter_errors(example["value"])]
                    assert not errors, (path, method, media, name, errors)
                    checked += 1
    assert checked >= len(document["paths"])


def test_segmind_images_come_as_real_media_types_with_the_headers_the_client_reads(project: Any) -> None:
    segmind = next(p for p in project.providers if p.id == "segmind")
    names = segmind.response_headers
    for model in segmind.models:
        responses = _document("segmind")["paths"][segmind.default_api.model_path(model)]["post"]["responses"]
        ok = responses["200"]
        assert {"image/png", "image/jpeg"} <= set(ok["content"]) or model.output.body == "json", model.model_id
        assert {names.remaining_credits, names.seed, names.request_id} <= set(ok["headers"]), model.model_id
        assert names.rate_limit_reset in responses["429"]["headers"]
        assert all(names.request_id in responses[str(e.status)]["headers"] for e in segmind.errors)


def test_pruna_success_codes_are_the_documented_201() -> None:
    paths = _document("pruna")["paths"]
    assert [s for s in paths["/v1/predictions"]["post"]["responses"] if s < "400"] == ["201"]
    assert [s for s in paths["/v1/files"]["post"]["responses"] if s < "400"] == ["201"]
    assert [s for s in paths["/v1/predictions/status/{id}"]["get"]["responses"] if s < "400"] == ["200"]


def test_pruna_delivery_path_matches_multi_segment_generation_urls() -> None:
    document = _document("pruna")
    templates = [p for p in document["paths"] if p.startswith("/v1/predictions/delivery/")]
    assert len(templates) == 1
    route = _path_pattern(templates[0])
    # The shape of the provider's published example and of the mock's generation URLs.
    assert route.match("/v1/predictions/delivery/xezq/52UGYRrRfqViaKmvYsEnENTh0qLDAWHptQ8jOnEHu7XC6AtKA/output.mp4")
    for example in document["paths"]["/v1/predictions/status/{id}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["examples"].values():
        if "generation_url" in example["value"]:
            assert route.match(example["value"]["generation_url"])
    assert "one path segment" in document["info"]["description"]  # the limit is documented


def test_pruna_create_answer_is_finished_or_accepted_with_an_id() -> None:
    document = _document("pruna")
    created = _validator(document, "#/components/schemas/PredictionCreated")
    assert created.is_valid({"status": "succeeded", "generation_url": "/v1/predictions/delivery/a/b/c.png"})
    assert created.is_valid(
        {"id": "p1", "model": "p-image", "input": {"prompt": "x"}, "get_url": "https://api.pruna.ai/v1/x"}
    )
    assert not created.is_valid({"status": "starting"})  # no id: a client could never follow it
    assert not created.is_valid({"status": "processing", "message": "Generation in progress"})
    assert not created.is_valid({"status": "succeeded"})  # finished, but nothing to download


def test_a_model_header_ties_each_input_to_its_model_through_a_document_per_model(project: Any) -> None:
    """OpenAPI cannot select a body schema by a header: each described model has a document of its own whose
    create operation takes that model id only and that model's input; the provider's own create operation is for
    ids no spec describes (its header refuses the described ones) and takes any input."""
    document = _document("pruna")
    create = document["paths"]["/v1/predictions"]["post"]
    header = Draft202012Validator(next(p for p in create["parameters"] if p["name"] == "Model")["schema"])
    assert header.is_valid("any-future-model")
    request = _validator(document, "#/components/schemas/PredictionRequest")
    assert request.is_valid({"input": {"anything": [1, {"goes": True}]}})  # the untyped escape hatch
    assert not request.is_valid({"prompt": "flat body"})
    pruna = next(p for p in project.providers if p.id == "pruna")
    for model in pruna.models:
        assert not header.is_valid(model.model_id), model.model_id  # described: its own document
        name = create["x-model-documents"][model.model_id]
        own = json.loads((GENERATED / name).read_text(encoding="utf-8"))
        validate(own)
        assert own["x-model"] == model.model_id and "header" in own["info"]["description"]
        operation = own["paths"]["/v1/predictions"]["post"]
        (model_header,) = [p for p in operation["parameters"] if p["name"] == "Model"]
        assert model_header["schema"]["enum"] == [model.model_id]
        body = operation["requestBody"]["content"]["application/json"]
        check = Draft202012Validator({**body["schema"], "components": own["components"]})
        example = body["examples"]["required-only"]["value"]
        assert check.is_valid(example), model.model_id
        assert not check.is_valid({"input": {**example["input"], "undocumented": 1}})
        # Only this model's input schema is in its document.
        assert [s["x-model"] for s in own["components"]["schemas"].values() if "x-model" in s] == [model.model_id]
    assert "openapi/pruna/<model id>.json" in document["info"]["description"]


def test_every_document_beside_a_provider_s_is_valid_and_its_examples_fit() -> None:
    names = sorted((GENERATED / "openapi").glob("*/*.json"))
    assert names, "no per-model document: this test checks nothing"
    for path in names:
        document = json.loads(path.read_text(encoding="utf-8"))
        validate(document)
        for where, method, op in _operations(document):
            assert op["summary"] and op["description"], (path.name, where, method)
            for body in [op.get("requestBody", {}), *op["responses"].values()]:
                for content in body.get("content", {}).values():
                    validator = Draft202012Validator({**content["schema"], "components": document["components"]})
                    for example in content.get("examples", {}).values():
                        assert validator.is_valid(example["value"]), (path.name, where, method)


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_error_bodies_are_typed_and_match_what_the_mock_sends(provider: str, project: Any) -> None:
    from imagegen_specgen.mock.responses import error_response

    spec = next(p for p in project.providers if p.id == provider)
    document = _document(provider)
    operations = _operations(document)
    for error in spec.errors:
        details = [{"field": "prompt", "message": "Field required"}]
        sent = json.loads(bytes(error_response(spec, error.status, "it broke", "req_1", details=details).body))
        for path, method, op in operations:
            content = op["responses"][str(error.status)]["content"]["application/json"]
            schema = document["components"]["schemas"][content["schema"]["$ref"].rsplit("/", 1)[1]]
            assert schema.get("required"), (provider, error.status)  # typed, not an empty schema
            validator = Draft202012Validator({**content["schema"], "components": document["components"]})
            assert validator.is_valid(sent), (provider, error.status, path, method, sent)
    if provider == "pruna":
        statuses = {str(e.status) for e in spec.errors}
        assert {"410", "413"} <= statuses
        assert document["components"]["schemas"]["Error422"]["required"] == ["detail", "status", "title"]


@pytest.mark.parametrize("provider", PROVIDER_IDS)
def test_security_scheme_sends_the_key_as_the_spec_says(provider: str, project: Any) -> None:
    auth = _provider(project, provider).auth
    (scheme,) = _document(provider)["components"]["securitySchemes"].values()
    if auth.scheme == "Bearer" and auth.header == "Authorization":
        assert scheme == {"type": "http", "scheme": "bearer"}
    else:
        assert (scheme["type"], scheme["in"], scheme["name"]) == ("apiKey", "header", auth.header)
        assert (auth.scheme or "the key itself") in scheme["description"]


def _predictions_apis(project: Any) -> list[Any]:
    return [
        pytest.param(p.id, a.name, id=f"{p.id}-{a.name}")
        for p in project.providers
        for a in p.apis
        if isinstance(a, ir.PredictionsAPI)
    ]


def _submit_operations(document: dict[str, Any], spec: ir.Provider, api: ir.PredictionsAPI) -> list[dict[str, Any]]:
    paths = [api.model_path(m) for m in spec.models_of(api)] if "{model}" in api.submit_path else [api.submit_path]
    return [document["paths"][path]["post"] for path in paths]


PREDICTIONS = _predictions_apis(real_project())


@pytest.mark.parametrize(("provider", "api_name"), PREDICTIONS)
def test_submit_answers_carry_the_spec_field_names(provider: str, api_name: str, project: Any) -> None:
    """Accepted: the id at id_field (and the status URL at its field); finished within a hold: the succeeded
    status and the output at output_field. Bodies without either are refused."""
    spec = _provider(project, provider)
    api = spec.api(api_name)
    assert isinstance(api, ir.PredictionsAPI)
    document, names = _document(provider), api_names(spec, api)
    created = _validator(document, f"#/components/schemas/{names.schema('PredictionCreated')}")
    accepted: dict[str, Any] = {}
    _put(accepted, api.id_field, "p1")
    for link in api.links:  # each follow-up URL the spec reads is part of an accepted answer, and a URL
        if link.url_field:
            assert not created.is_valid(accepted)
            _put(accepted, link.url_field, "not a url")
            assert not created.is_valid(accepted)
            _put(accepted, link.url_field, "https://api.example/follow/p1")
    assert created.is_valid(accepted)
    assert not created.is_valid({api.status_field: api.statuses.pending[0]})  # nothing to follow it by
    if api.hold is not None and api.result is None:
        finished: dict[str, Any] = {api.status_field: api.statuses.succeeded[0]}
        assert not created.is_valid(finished)  # finished, but nothing to download
        _put(finished, api.output_field, "https://delivery.example/out.png")
        assert created.is_valid(finished)
    documented = [str(code) for code in api.submit_statuses] or ["2XX"]  # none documented: any 2xx
    for operation in _submit_operations(document, spec, api):
        assert [s for s in operation["responses"] if s < "400"] == documented


@pytest.mark.parametrize(("provider", "api_name"), PREDICTIONS)
def test_hold_header_is_declared_with_its_value_pattern(provider: str, api_name: str, project: Any) -> None:
    spec = _provider(project, provider)
    api = spec.api(api_name)
    assert isinstance(api, ir.PredictionsAPI)
    for operation in _submit_operations(_document(provider), spec, api):
        held = [
            p
            for p in operation.get("parameters", [])
            if p["in"] == "header" and api.hold and p["name"] == api.hold.header
        ]
        if api.hold is None:
            assert not held
            continue
        (header,) = held
        check = Draft202012Validator(header["schema"])
        assert check.is_valid(api.hold.header_value(api.hold.max_seconds)) and check.is_valid(header["example"])
        assert not check.is_valid("x" + api.hold.value)


@pytest.mark.parametrize(("provider", "api_name"), PREDICTIONS)
def test_output_is_read_where_the_spec_says(provider: str, api_name: str, project: Any) -> None:
    """Without a result link the status carries the output; with one, the result does and is its own GET."""
    spec = _provider(project, provider)
    api = spec.api(api_name)
    assert isinstance(api, ir.PredictionsAPI)
    document, names = _document(provider), api_names(spec, api)
    status = document["components"]["schemas"][names.schema("PredictionStatus")]
    top = api.output_field.split(".")[0].removesuffix("[]")
    assert (top in status["properties"]) is (api.result is None)
    answer = status
    if api.result is not None:
        model = spec.models_of(api)[0].model_id
        result = document["paths"][api.fill(api.result.route, model)][api.result.method.lower()]
        assert result["responses"]["200"]["content"]["application/json"]["schema"] == names.ref("PredictionResult")
        answer = document["components"]["schemas"][names.schema("PredictionResult")]
    # Unless the answer's status says it is not finished, the output is there (not null), and it is a URL.
    check = _validator(document, f"#/components/schemas/{answer_name(names, api)}")
    unfinished: dict[str, Any] = {}
    _put(unfinished, api.status_field, api.statuses.pending[0])
    _put(unfinished, api.id_field, "p1")
    assert check.is_valid(unfinished)
    done: dict[str, Any] = {}
    _put(done, api.id_field, "p1")
    _put(done, api.status_field, api.statuses.succeeded[0])
    assert not check.is_valid(done)
    _put_output(done, api.output_field, "not a url")
    assert not check.is_valid(done)
    _put_output(done, api.output_field, "/v1/outputs/out.png")
    assert check.is_valid(done) is (api.delivery_path is not None)  # a path on the API host: its delivery path
    _put_output(done, api.output_field, "https://delivery.example/out.png")
    assert check.is_valid(done)
    assert answer["else"]["required"] == [top]
    words = status["properties"][api.status_field]["enum"]
    assert words == list(api.statuses.all)


@pytest.mark.parametrize(("provider", "api_name"), PREDICTIONS)
def test_cancel_is_an_operation_exactly_when_the_spec_has_it(provider: str, api_name: str, project: Any) -> None:
    spec = _provider(project, provider)
    api = spec.api(api_name)
    assert isinstance(api, ir.PredictionsAPI)
    names = api_names(spec, api)
    cancels = [
        op
        for _, _, op in _operations(_document(provider))
        if op["operationId"].startswith(names.operation("cancel_prediction"))
    ]
    paths = {api.fill(api.cancel.route, m.model_id) for m in spec.models_of(api)} if api.cancel else set()
    assert len(cancels) == len(paths)  # one per path: per model part when the path names one


def _put(body: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    for part in parents:
        body = body.setdefault(part, {})
    body[last] = value


def _put_output(body: dict[str, Any], dotted: str, value: Any) -> None:
    """An output at its path; `images[].url` is a list of one object."""
    head, _, rest = dotted.partition(".")
    if head.endswith("[]"):
        item: dict[str, Any] = {}
        body[head[:-2]] = [item]
        _put_output(item, rest, value)
    elif rest:
        _put_output(body.setdefault(head, {}), rest, value)
    else:
        body[head] = value


def answer_name(names: Any, api: ir.PredictionsAPI) -> str:
    return str(names.schema("PredictionResult" if api.result is not None else "PredictionStatus"))


def test_a_fourth_provider_exports_a_valid_document_from_yaml_alone(specs_copy: Path) -> None:
    """The made-up provider of tests/fixtures/fourth_provider (Token scheme, nested fields, a sized hold, cancel)
    gets a valid document whose examples fit its schemas, with every request its spec describes."""
    fixture = Path(__file__).parent / "fixtures" / "fourth_provider"
    for path in fixture.rglob("*.yaml"):
        shutil.copy(path, specs_copy / path.relative_to(fixture))
    spec = _provider(load_project(specs_copy), "acme")
    document = openapi_document(spec)
    validate(document)
    for api in spec.apis:
        assert isinstance(api, ir.PredictionsAPI)
        for link in (api.status, api.result, api.cancel):
            if link is not None:
                assert link.method.lower() in document["paths"][link.path]
        for model in spec.models_of(api):
            assert "post" in document["paths"][api.model_path(model)]
    for path, method, op in _operations(document):
        for body in [op.get("requestBody", {}), *op["responses"].values()]:
            for content in body.get("content", {}).values():
                validator = Draft202012Validator({**content["schema"], "components": document["components"]})
                for example in content.get("examples", {}).values():
                    assert validator.is_valid(example["value"]), (path, method, example)
    assert document["components"]["securitySchemes"]["apiKey"]["description"].startswith("The value is `Token <key>`")


@pytest.mark.parametrize(
    "document",
    [
        {"a": [], "b": {}, "c": [1, 2.5, -0.0, 1e300, True, False, None, {"x": [[]], "y": {"z": {}}}]},
        {"text": 'é \u2028 \x00 \x7f " \\ \ud83d\ude00 </script>', "nan": math.nan, "inf": [math.inf, -math.inf]},
        {"tuple": (1, 2), 3: "a key that is no text"},  # json's own way: a list, and the key as text
        [{"k": 1}, [], "s", 0],
    ],
)
def test_dump_writes_what_json_writes(document: Any) -> None:
    assert dump(document) == json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def test_models_sharing_a_path_are_a_discriminated_one_of_a_plain_validator_decides(project: Any) -> None:
    """OpenAI's generations: one operation, the body's model field picks the schema, so dall-e-2's sizes are
    refused for dall-e-3 by any JSON Schema validator (the discriminator is for tools that read it)."""
    document = _document("openai")
    body = document["paths"]["/v1/images/generations"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["discriminator"]["propertyName"] == "model"
    assert set(body["schema"]["discriminator"]["mapping"]) == {"dall-e-2", "dall-e-3", "gpt-image-1"}
    validator = Draft202012Validator({**body["schema"], "components": document["components"]})
    assert validator.is_valid({"model": "dall-e-2", "prompt": "an otter", "size": "256x256"})
    assert not validator.is_valid({"model": "dall-e-3", "prompt": "an otter", "size": "256x256"})
    assert validator.is_valid({"model": "dall-e-3", "prompt": "an otter", "size": "1792x1024"})
    assert not validator.is_valid({"model": "dall-e-3", "prompt": "an otter", "n": 2})
    assert not validator.is_valid({"model": "gpt-image-1", "prompt": "an otter", "style": "vivid"})
    assert not validator.is_valid({"prompt": "an otter"})  # no model named: no branch holds
    for name, example in body["examples"].items():  # each model's example holds under exactly one branch
        matching = [
            ref for ref in body["schema"]["oneOf"] if _validator(document, ref["$ref"]).is_valid(example["value"])
        ]
        assert len(matching) == 1, name


@pytest.mark.parametrize(("provider", "api_name"), PREDICTIONS)
def test_fields_the_provider_documents_are_in_its_answers(provider: str, api_name: str, project: Any) -> None:
    """Fields the spec's `answer` lists besides those the client reads (Segmind's poll_url and metrics,
    Replicate's prediction object) are described, optional, beside the client's own."""
    spec = _provider(project, provider)
    api = spec.api(api_name)
    assert isinstance(api, ir.PredictionsAPI)
    schemas, names = _document(provider)["components"]["schemas"], api_names(spec, api)
    read = [api.id_field, api.status_field, api.output_field, *(link.url_field or "" for link in api.links)]
    client_reads = {path.split(".")[0].removesuffix("[]") for path in read}
    for answer, name in (
        (api.submit_answer, "PredictionAccepted"),
        (api.status_answer, "PredictionStatus"),
        (api.result_answer, "PredictionResult"),
    ):
        if answer is None:
            continue
        schema = schemas[names.schema(name)]
        for field, described in answer.properties:
            assert field in schema["properties"], (name, field)
            assert field not in schema.get("required", []) or field in client_reads  # the provider's: optional
            if "properties" in described:  # merged into what the client reads (Replicate's urls)
                assert set(described["properties"]) <= set(schema["properties"][field]["properties"])


def test_segmind_v2_documents_its_fields_and_a_failed_job_s_422(project: Any) -> None:
    document = _document("segmind")
    schemas = document["components"]["schemas"]
    assert "poll_url" in schemas["V2PredictionAccepted"]["properties"]
    assert "metrics" in schemas["V2PredictionStatus"]["properties"]
    assert "metrics" in schemas["V2PredictionResult"]["properties"]
    segmind = _provider(project, "segmind")
    api = segmind.api("v2")
    assert isinstance(api, ir.PredictionsAPI) and api.result is not None
    result = document["paths"][api.fill(api.result.route, segmind.models_of(api)[0].model_id)]["get"]
    failed = result["responses"]["422"]
    assert failed["x-exception"] == "PredictionFailedError" and "job failed" in failed["description"]
    # Elsewhere a 422 keeps its meaning: a request the API refused.
    submit = document["paths"][api.model_path(segmind.models_of(api)[0])]["post"]
    assert submit["responses"]["422"]["x-exception"] == "UnprocessableEntityError"
