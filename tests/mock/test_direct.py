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

from .conftest import DIRECT, PROJECT, api_models
from .helpers import assert_mp4, assert_png, auth, error_message

MODELS = api_models(PROJECT, "direct")
INVALID = [
    pytest.param(p, a, m, param, case, id=f"{p.id}-{a.name}-{m.model_id}-{param.wire_name}-{case.label}")
    for p, a, m in (x.values for x in MODELS)
    for param in m.parameters
    for case in samples.invalid_cases(param)
]


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
    url = server.base_url(provider.id) + api.model_path(model)
    return client.post(url, json=body, headers={**auth(provider), **headers})


def test_the_specs_have_a_direct_api() -> None:
    assert DIRECT and MODELS


@pytest.mark.parametrize(("provider", "api", "model"), MODELS)
def test_minimal_input_answers_media_with_the_spec_headers(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API, model: ir.Model
) -> None:
    response = post(client, server, provider, api, model, samples.minimal_input(model))
    assert response.status_code == 200, response.text
    if model.output.media == "video":
        assert response.headers["content-type"] == "video/mp4"
        assert_mp4(response.content)
    else:
        assert response.headers["content-type"] == "image/png"
        assert assert_png(response.content) == (8, 8)
    names = provider.response_headers
    for header in (names.remaining_credits, names.seed, names.request_id):
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
                    assert "boolean" in error_message(provider, response)
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
    assert response.status_code == 400 and "JSON" in error_message(provider, response)


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
    assert int(call(seed=-1).headers[seed_header]) >= 0
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


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_json_body_per_request_header(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    model = next(m for m in provider.models_of(api) if m.output.media == "image")
    response = post(client, server, provider, api, model, samples.minimal_input(model), **{"X-Mock-Response": "json"})
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["status"] == "Success"
    assert_png(base64.b64decode(body["image"]))


@pytest.mark.parametrize(("provider", "api"), DIRECT)
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
