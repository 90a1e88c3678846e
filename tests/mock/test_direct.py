"""Protocol `direct`, for every such API in the specs: one POST per model, checked against the model's schema,
answering real media with the response headers the spec names."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from imagegen_specgen.contract import samples
from imagegen_specgen.mock import MockConfig, MockServer
from imagegen_specgen.parser import ir
from imagegen_specgen.runtime.responses import dig_all

from .conftest import DIRECT, PROJECT, api_models, invalid_cases
from .helpers import assert_mp4, assert_png, auth, direct_post, error_message

MODELS = api_models(PROJECT, "direct")


_READS_AS = {
    "integer": lambda text: text.lstrip("-").isdigit(),
    "number": lambda text: text.replace(".", "", 1).lstrip("-").isdigit(),
    "boolean": lambda text: text in ("true", "false"),
}


def _form_hides(param: ir.Parameter, value: Any) -> bool:
    """Whether a form field cannot show that `value` has the wrong type: a multipart body carries texts, so 5
    for a text parameter arrives as the text "5", and the text "5" for an integer reads as 5."""
    kind = param.items.type if param.type == "array" and param.items is not None else param.type
    for item in value if isinstance(value, list) else [value]:
        if kind == "string" and not isinstance(item, str):
            return True
        if kind in _READS_AS and isinstance(item, str) and _READS_AS[kind](item):
            return True
    return False


INVALID = invalid_cases(
    PROJECT, "direct", lambda a, m, param, case: a.body_of(m) == "json" or not _form_hides(param, case.value)
)


def post(
    client: httpx.Client,
    server: MockServer,
    provider: ir.Provider,
    api: ir.API,
    model: ir.Model,
    body: Any,
    **headers: str,
) -> httpx.Response:
    assert isinstance(api, ir.DirectAPI)
    return direct_post(client, server.base_url(provider.id), provider, api, model, body, **headers)


def media(client: httpx.Client, api: ir.API, response: httpx.Response) -> tuple[str, bytes]:
    """(content type, media) of a success: the body itself, or the first output the spec locates in JSON."""
    kind = response.headers["content-type"].split(";")[0]
    if not kind.startswith("application/json"):
        return kind, response.content
    assert isinstance(api, ir.DirectAPI) and api.outputs, "a JSON answer of an API whose spec locates no output"
    body = response.json()
    for field in api.outputs:
        found = dig_all(body, field.path)
        if found:
            value = found[0]
            assert isinstance(value, str)
            if field.encoding == "base64":
                return "base64", base64.b64decode(value)
            fetched = client.get(value)  # on the other host name: no key
            return fetched.headers["content-type"], fetched.content
    raise AssertionError(f"no output where the spec says: {body}")


def test_the_specs_have_a_direct_api() -> None:
    assert DIRECT and MODELS


@pytest.mark.parametrize(("provider", "api", "model"), MODELS)
def test_minimal_input_answers_media_with_the_spec_headers(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API, model: ir.Model
) -> None:
    response = post(client, server, provider, api, model, samples.minimal_input(model))
    assert response.status_code == 200, response.text
    kind, data = media(client, api, response)
    if model.output.media == "video":
        assert kind in ("video/mp4", "base64")
        assert_mp4(data)
    else:
        assert kind in ("image/png", "base64")
        assert assert_png(data) == (8, 8)
    names = provider.response_headers
    binary = not response.headers["content-type"].startswith("application/json")
    for header in (names.remaining_credits, names.seed if binary else None, names.request_id):
        if header:
            assert response.headers.get(header), header


@pytest.mark.parametrize(("provider", "api", "model", "param", "case"), INVALID)
def test_each_invalid_case_is_a_400_naming_the_parameter(
    client: httpx.Client,
    server: MockServer,
    provider: ir.Provider,
    api: ir.API,
    model: ir.Model,
    param: ir.Parameter,
    case: samples.Case,
) -> None:
    body = {**samples.minimal_input(model), param.wire_name: case.value}
    response = post(client, server, provider, api, model, body)
    assert response.status_code == 400, (case, response.text)
    assert param.wire_name in error_message(provider, response)


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_booleans_are_not_integers_or_numbers(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    checked = 0
    for model in provider.models_of(api):
        for param in model.parameters:
            if param.type in ("integer", "number"):
                for value in (True, False):
                    body = {**samples.minimal_input(model), param.wire_name: value}
                    response = post(client, server, provider, api, model, body)
                    assert response.status_code == 400, (model.model_id, param.wire_name, value)
                    # JSON names the boolean; a form field holds the text "true" where a number belongs
                    found = "boolean" if api.body_of(model) == "json" else '"true"' if value else '"false"'
                    assert found in error_message(provider, response)
                    checked += 1
    assert checked > 0


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_unknown_and_missing_parameters_are_named(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    model = next(m for m in provider.models_of(api) if any(p.required for p in m.parameters))
    required = next(p for p in model.parameters if p.required)
    response = post(client, server, provider, api, model, {**samples.minimal_input(model), "stepz": 3})
    assert response.status_code == 400
    assert "stepz: unknown parameter" in error_message(provider, response)
    body = samples.minimal_input(model)
    del body[required.wire_name]
    response = post(client, server, provider, api, model, body)
    assert f"{required.wire_name}: required parameter is missing" in error_message(provider, response)
    url = server.base_url(provider.id) + api.model_path(model)
    response = client.post(url, content=b"{not json", headers=auth(provider))
    assert response.status_code == 400
    expected = "multipart" if isinstance(api, ir.DirectAPI) and api.body_of(model) == "multipart" else "JSON"
    assert expected in error_message(provider, response)


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_auth_is_checked(client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API) -> None:
    model = provider.models_of(api)[0]
    missing = post(client, server, provider, api, model, samples.minimal_input(model), **{provider.auth.header: ""})
    assert missing.status_code == 401
    assert provider.auth.header in error_message(provider, missing)
    wrong = post(client, server, provider, api, model, samples.minimal_input(model), **auth(provider, "nope"))
    assert wrong.status_code == 401
    assert error_message(provider, wrong) == "Invalid API key"


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_unknown_model_and_wrong_method(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    assert isinstance(api, ir.DirectAPI)
    base = server.base_url(provider.id)
    if api.model_field:  # the model is named in the body: an unknown one is a 400 naming the models of the path
        model = provider.models_of(api)[0]
        response = post(client, server, provider, api, model, {api.model_field: "no-such-model"})
        assert response.status_code == 400
        assert "no-such-model" in error_message(provider, response)
        assert model.sent_id in error_message(provider, response)
    else:
        response = client.post(base + api.path.replace("{model}", "no-such-model"), json={}, headers=auth(provider))
        assert response.status_code == 404
        assert "no-such-model" in error_message(provider, response)
    response = client.get(base + api.model_path(provider.models_of(api)[0]), headers=auth(provider))
    assert response.status_code == 405 and response.headers["allow"] == "POST"
    error_message(provider, response)


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_seed_header_and_image_follow_the_seed(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    seed_header = provider.response_headers.seed
    model = next((m for m in provider.models_of(api) if any(p.wire_name == "seed" for p in m.parameters)), None)
    if seed_header is None or model is None:
        pytest.skip("the spec names no seed header, or no model of this API takes a seed")

    def call(**extra: Any) -> httpx.Response:
        return post(client, server, provider, api, model, {**samples.minimal_input(model), **extra})

    first, again, other = call(seed=1234), call(seed=1234), call(seed=99)
    assert first.headers[seed_header] == "1234" and other.headers[seed_header] == "99"
    assert first.content == again.content != other.content
    low = next(p for p in model.parameters if p.wire_name == "seed").minimum
    assert int(call(seed=-1 if low is None or low < 0 else 0).headers[seed_header]) >= 0
    # No seed sent: a seed default on a model page is only an example, so each call gets its own seed.
    unset = [post(client, server, provider, api, model, samples.minimal_input(model)) for _ in range(2)]
    assert all(r.status_code == 200 for r in unset)
    assert unset[0].headers[seed_header] != unset[1].headers[seed_header]


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_remaining_credits_decrease(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    header = provider.response_headers.remaining_credits
    if header is None:
        pytest.skip("the spec names no remaining-credits header")
    model = provider.models_of(api)[0]
    values = [
        float(post(client, server, provider, api, model, samples.minimal_input(model)).headers[header])
        for _ in range(3)
    ]
    assert values[0] > values[1] > values[2]
    assert server.credits == pytest.approx(values[2])


PLAIN = [a for a in DIRECT if not a.values[1].accept and not a.values[1].outputs]  # answers the mock's own JSON


@pytest.mark.parametrize(("provider", "api"), PLAIN)
def test_json_body_per_request_header(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    model = next(m for m in provider.models_of(api) if m.output.media == "image")
    response = post(client, server, provider, api, model, samples.minimal_input(model), **{"X-Mock-Response": "json"})
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["status"] == "Success"
    assert_png(base64.b64decode(body["image"]))


@pytest.mark.parametrize(("provider", "api"), PLAIN)
def test_json_body_per_model_config(project: ir.Project, provider: ir.Provider, api: ir.API) -> None:
    model, other = provider.models_of(api)[:2]
    config = MockConfig(direct_body_by_model={model.model_id: "json"})
    with MockServer(project, config) as server, httpx.Client() as client:
        response = post(client, server, provider, api, model, samples.minimal_input(model))
        assert response.json()["status"] == "Success"
        assert post(client, server, provider, api, other, samples.minimal_input(other)).headers["content-type"] in (
            "image/png",
            "video/mp4",
        )


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_insufficient_credits_is_refused_with_the_spec_status(
    project: ir.Project, provider: ir.Provider, api: ir.API
) -> None:
    model = next((m for m in provider.models_of(api) if m.cost is not None), None)
    if model is None or model.cost is None:
        pytest.skip("no model of this API has a cost")
    refusal = next(e.status for e in provider.errors if e.status in (402, 406))  # the spec's no-credit status
    config = MockConfig(initial_credits=model.cost.usd * 1.5)
    with MockServer(project, config) as server, httpx.Client() as client:
        assert post(client, server, provider, api, model, samples.minimal_input(model)).status_code == 200
        response = post(client, server, provider, api, model, samples.minimal_input(model))
        assert response.status_code == refusal
        assert error_message(provider, response) == "Insufficient credits"


SHARED = [a for a in DIRECT if a.values[1].model_field]


def _told_apart(provider: ir.Provider, api: ir.DirectAPI) -> list[tuple[ir.Model, ir.Model, ir.Parameter, Any]]:
    """(model, other model on its path, parameter, a value the model allows and the other's spec refuses)."""
    found = []
    models = provider.models_of(api)
    for model in models:
        for other in (m for m in models if m is not model and api.model_path(m) == api.model_path(model)):
            theirs = {p.wire_name: p for p in other.parameters}
            for param in model.parameters:
                twin = theirs.get(param.wire_name)
                value = next((v for v in param.enum if twin is not None and twin.enum and v not in twin.enum), None)
                if value is not None:
                    found.append((model, other, param, value))
    return found


@pytest.mark.parametrize(("provider", "api"), SHARED)
def test_each_model_on_a_shared_path_is_checked_against_its_own_schema(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    assert isinstance(api, ir.DirectAPI)
    cases = _told_apart(provider, api)
    assert cases, "no two models of one path differ in an allowed value: this test checks nothing"
    for model, other, param, value in cases:
        body = {**samples.minimal_input(model), param.wire_name: value}
        assert post(client, server, provider, api, model, body).status_code == 200, (model.model_id, param.wire_name)
        refused = post(client, server, provider, api, other, {**samples.minimal_input(other), param.wire_name: value})
        assert refused.status_code == 400, (other.model_id, param.wire_name, value)
        assert param.wire_name in error_message(provider, refused)
