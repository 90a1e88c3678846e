"""Segmind-style routes: one POST per model spec, checked against the spec's schema, answering real images."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from generator import ir, samples
from mockserver import MockConfig, MockServer
from mockserver.specs import load_project

from .conftest import KEY, SPECS, provider
from .helpers import assert_mp4, assert_png, error_message

PROJECT = load_project(SPECS)
SEGMIND = provider(PROJECT, "segmind")
MODELS = [pytest.param(m, id=m.model_id) for m in SEGMIND.models]
INVALID = [
    pytest.param(m, p, case, id=f"{m.model_id}-{p.wire_name}-{case.label}")
    for m in SEGMIND.models
    for p in m.parameters
    for case in samples.invalid_cases(p)
]


def post(client: httpx.Client, base: str, model: ir.Model, body: Any, **headers: str) -> httpx.Response:
    return client.post(base + model.path, json=body, headers={SEGMIND.auth_header: KEY, **headers})


@pytest.mark.parametrize("model", MODELS)
def test_minimal_input_answers_an_image(
    client: httpx.Client, segmind: tuple[str, ir.Provider], model: ir.Model
) -> None:
    base, _ = segmind
    response = post(client, base, model, samples.minimal_input(model))
    assert response.status_code == 200, response.text
    if model.output.media == "video":
        assert response.headers["content-type"] == "video/mp4"
        assert_mp4(response.content)
    else:
        assert response.headers["content-type"] == "image/png"
        assert assert_png(response.content) == (8, 8)
    names = SEGMIND.response_headers
    for header in (names.remaining_credits, names.seed, names.request_id):
        assert header and response.headers.get(header), header


@pytest.mark.parametrize(("model", "param", "case"), INVALID)
def test_each_invalid_case_is_a_400_naming_the_parameter(
    client: httpx.Client, segmind: tuple[str, ir.Provider], model: ir.Model, param: ir.Parameter, case: samples.Case
) -> None:
    base, _ = segmind
    body = {**samples.minimal_input(model), param.wire_name: case.value}
    response = post(client, base, model, body)
    assert response.status_code == 400, (case, response.text)
    assert param.wire_name in error_message(SEGMIND, response)


def test_booleans_are_not_integers_or_numbers(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    base, _ = segmind
    checked = 0
    for model in SEGMIND.models:
        for param in model.parameters:
            if param.type in ("integer", "number"):
                for value in (True, False):
                    response = post(client, base, model, {**samples.minimal_input(model), param.wire_name: value})
                    assert response.status_code == 400, (model.model_id, param.wire_name, value)
                    assert "boolean" in error_message(SEGMIND, response)
                    checked += 1
    assert checked > 0


def test_unknown_and_missing_parameters_are_named(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    base, _ = segmind
    model = next(m for m in SEGMIND.models if any(p.required for p in m.parameters))
    required = next(p for p in model.parameters if p.required)
    response = post(client, base, model, {**samples.minimal_input(model), "stepz": 3})
    assert response.status_code == 400
    assert "stepz: unknown parameter" in error_message(SEGMIND, response)
    body = samples.minimal_input(model)
    del body[required.wire_name]
    response = post(client, base, model, body)
    assert f"{required.wire_name}: required parameter is missing" in error_message(SEGMIND, response)
    response = client.post(base + model.path, content=b"{not json", headers={SEGMIND.auth_header: KEY})
    assert response.status_code == 400 and "JSON" in error_message(SEGMIND, response)


def test_auth_is_checked(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    base, _ = segmind
    model = SEGMIND.models[0]
    missing = client.post(base + model.path, json=samples.minimal_input(model))
    assert missing.status_code == 401
    assert SEGMIND.auth_header in error_message(SEGMIND, missing)
    wrong = post(client, base, model, samples.minimal_input(model), **{SEGMIND.auth_header: "nope"})
    assert wrong.status_code == 401
    assert error_message(SEGMIND, wrong) == "Invalid API key"


def test_unknown_slug_and_wrong_method(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    base, _ = segmind
    response = client.post(base + "/v1/no-such-model", json={}, headers={SEGMIND.auth_header: KEY})
    assert response.status_code == 404
    assert "no-such-model" in error_message(SEGMIND, response)
    response = client.get(base + SEGMIND.models[0].path, headers={SEGMIND.auth_header: KEY})
    assert response.status_code == 405 and response.headers["allow"] == "POST"
    error_message(SEGMIND, response)


def test_seed_header_and_image_follow_the_seed(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    base, _ = segmind
    model = next(m for m in SEGMIND.models if any(p.wire_name == "seed" for p in m.parameters))
    seed_header = SEGMIND.response_headers.seed
    assert seed_header
    first = post(client, base, model, {**samples.minimal_input(model), "seed": 1234})
    again = post(client, base, model, {**samples.minimal_input(model), "seed": 1234})
    other = post(client, base, model, {**samples.minimal_input(model), "seed": 99})
    assert first.headers[seed_header] == "1234" and other.headers[seed_header] == "99"
    assert first.content == again.content != other.content
    randomised = post(client, base, model, {**samples.minimal_input(model), "seed": -1})
    assert int(randomised.headers[seed_header]) >= 0
    # No seed sent: the page's default seed is only an example, so each call gets its own seed.
    unset = [post(client, base, model, samples.minimal_input(model)) for _ in range(2)]
    assert all(r.status_code == 200 for r in unset)
    assert unset[0].headers[seed_header] != unset[1].headers[seed_header]


def test_remaining_credits_decrease(client: httpx.Client, segmind: tuple[str, ir.Provider], server: MockServer) -> None:
    base, _ = segmind
    header = SEGMIND.response_headers.remaining_credits
    assert header
    model = SEGMIND.models[0]
    values = [float(post(client, base, model, samples.minimal_input(model)).headers[header]) for _ in range(3)]
    assert values[0] > values[1] > values[2]
    assert server.credits == pytest.approx(values[2])


def test_json_body_per_request_header(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    base, _ = segmind
    model = SEGMIND.models[0]
    response = post(client, base, model, samples.minimal_input(model), **{"X-Mock-Response": "json"})
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert body["status"] == "Success"
    assert_png(base64.b64decode(body["image"]))


def test_json_body_per_model_config(project: ir.Project) -> None:
    model = SEGMIND.models[0]
    config = MockConfig(segmind_body_by_model={model.model_id: "json"})
    with MockServer(project, config) as server, httpx.Client() as client:
        base = server.base_url(SEGMIND.id)
        response = post(client, base, model, samples.minimal_input(model))
        assert response.json()["status"] == "Success"
        other = next(m for m in SEGMIND.models if m is not model)
        assert post(client, base, other, samples.minimal_input(other)).headers["content-type"] == "image/png"


def test_insufficient_credits_is_406(project: ir.Project) -> None:
    model = next(m for m in SEGMIND.models if m.cost is not None)
    assert model.cost is not None
    config = MockConfig(initial_credits=model.cost.usd * 1.5)
    with MockServer(project, config) as server, httpx.Client() as client:
        base = server.base_url(SEGMIND.id)
        assert post(client, base, model, samples.minimal_input(model)).status_code == 200
        response = post(client, base, model, samples.minimal_input(model))
        assert response.status_code == 406
        error_message(SEGMIND, response)
