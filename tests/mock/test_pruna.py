"""Pruna-style predictions: a real state machine in scaled time, Try-Sync, delivery, files."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from generator import ir, samples
from mockserver import MockConfig, MockServer
from mockserver.specs import load_project

from .conftest import FAST, KEY, SPECS, provider
from .helpers import assert_mp4, assert_png, error_message

PROJECT = load_project(SPECS)
PRUNA = provider(PROJECT, "pruna")
assert PRUNA.predictions is not None and PRUNA.files is not None
PREDICTIONS: ir.Predictions = PRUNA.predictions
FILES: ir.Files = PRUNA.files
MODELS = [pytest.param(m, id=m.model_id) for m in PRUNA.models]
INVALID = [
    pytest.param(m, p, case, id=f"{m.model_id}-{p.wire_name}-{case.label}")
    for m in PRUNA.models
    for p in m.parameters
    for case in samples.invalid_cases(p)
]


def headers(model_id: str, **extra: str) -> dict[str, str]:
    return {PRUNA.auth_header: KEY, PREDICTIONS.model_header: model_id, **extra}


def submit(client: httpx.Client, base: str, model_id: str, inputs: dict[str, Any], **extra: str) -> httpx.Response:
    return client.post(base + PREDICTIONS.path, json={"input": inputs}, headers=headers(model_id, **extra))


def poll(client: httpx.Client, url: str, timeout: float = 5.0) -> tuple[list[str], dict[str, Any]]:
    """Every distinct status seen, in order, and the last body."""
    seen: list[str] = []
    deadline = time.monotonic() + timeout
    while True:
        body = client.get(url, headers={PRUNA.auth_header: KEY}).json()
        if not seen or seen[-1] != body["status"]:
            seen.append(body["status"])
        if body["status"] not in PREDICTIONS.pending or time.monotonic() > deadline:
            return seen, body
        time.sleep(0.002)


def test_lifecycle_starting_processing_succeeded(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    model = PRUNA.models[0]
    # 6 s at time_scale 0.05: 0.3 s in all, the first 75 ms "starting".
    response = submit(client, base, model.model_id, samples.minimal_input(model), **{"X-Mock-Prediction-Seconds": "6"})
    assert response.status_code == 201
    body = response.json()
    assert set(body) == {"id", "model", "input", "get_url"}
    assert body["model"] == model.model_id and body["input"] == samples.minimal_input(model)
    assert body["get_url"] == base + PREDICTIONS.status_path.replace("{id}", body["id"])
    started = time.monotonic()
    seen, final = poll(client, body["get_url"])
    assert seen == [*PREDICTIONS.pending, PREDICTIONS.succeeded[0]]
    assert time.monotonic() - started >= 0.25
    assert final["generation_url"].startswith(base + PREDICTIONS.delivery_path + "/")
    image = client.get(final["generation_url"], headers={PRUNA.auth_header: KEY})
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert_png(image.content)


def test_pending_status_body(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    model = PRUNA.models[0]
    body = submit(
        client, base, model.model_id, samples.minimal_input(model), **{"X-Mock-Prediction-Seconds": "100"}
    ).json()
    status = client.get(body["get_url"], headers={PRUNA.auth_header: KEY}).json()
    assert status == {"status": PREDICTIONS.pending[0], "message": "Generation in progress"}
    # Delivery before the output exists is a 404, in the error envelope.
    early = client.get(
        base + PREDICTIONS.delivery_path + f"/xezq/{body['id']}/output.png", headers={PRUNA.auth_header: KEY}
    )
    assert early.status_code == 404
    error_message(PRUNA, early)


@pytest.mark.parametrize("model", MODELS)
def test_every_model_runs_to_delivery(client: httpx.Client, pruna: tuple[str, ir.Provider], model: ir.Model) -> None:
    base, _ = pruna
    body = submit(client, base, model.model_id, samples.minimal_input(model)).json()
    _, final = poll(client, body["get_url"])
    assert final["status"] == PREDICTIONS.succeeded[0]
    output = client.get(final["generation_url"], headers={PRUNA.auth_header: KEY})
    if model.output.media == "video":
        assert final["generation_url"].endswith(".mp4") and output.headers["content-type"] == "video/mp4"
        assert_mp4(output.content)
    else:
        assert_png(output.content)


@pytest.mark.parametrize(("model", "param", "case"), INVALID)
def test_each_invalid_input_is_a_422_naming_the_parameter(
    client: httpx.Client, pruna: tuple[str, ir.Provider], model: ir.Model, param: ir.Parameter, case: samples.Case
) -> None:
    base, _ = pruna
    response = submit(client, base, model.model_id, {**samples.minimal_input(model), param.wire_name: case.value})
    assert response.status_code == 422, (case, response.text)
    assert param.wire_name in error_message(PRUNA, response)
    fields = [d["field"] for d in response.json()["invalid_fields"]]
    assert any(f.split("[")[0] == f"input.{param.wire_name}" for f in fields)


def test_malformed_requests_are_400(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    no_model = client.post(base + PREDICTIONS.path, json={"input": {}}, headers={PRUNA.auth_header: KEY})
    assert no_model.status_code == 400 and PREDICTIONS.model_header in error_message(PRUNA, no_model)
    flat = client.post(base + PREDICTIONS.path, json={"prompt": "x"}, headers=headers("p-image"))
    assert flat.status_code == 400 and '"input"' in error_message(PRUNA, flat)


def test_unknown_model_ids_take_any_input(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    response = submit(client, base, "some-future-model", {"anything": [1, {"goes": True}]})
    assert response.status_code == 201
    _, final = poll(client, response.json()["get_url"])
    assert final["status"] == PREDICTIONS.succeeded[0]


def test_auth_is_checked(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    response = client.post(base + PREDICTIONS.path, json={"input": {}}, headers={PREDICTIONS.model_header: "p-image"})
    assert response.status_code == 401
    assert error_message(PRUNA, response).startswith("Missing API key")
    response = client.get(base + PREDICTIONS.status_path.replace("{id}", "x"), headers={PRUNA.auth_header: "bad"})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"


def test_unknown_prediction_is_404(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    response = client.get(base + PREDICTIONS.status_path.replace("{id}", "nope"), headers={PRUNA.auth_header: KEY})
    assert response.status_code == 404
    assert "nope" in error_message(PRUNA, response)


def test_try_sync_finished(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    model = PRUNA.models[0]
    started = time.monotonic()
    response = submit(client, base, model.model_id, samples.minimal_input(model), **{PREDICTIONS.sync_header: "true"})
    assert time.monotonic() - started >= FAST.prediction_duration(model.model_id) * 0.9
    body = response.json()
    assert set(body) == {"status", "generation_url"} and body["status"] == PREDICTIONS.succeeded[0]
    assert_png(client.get(body["generation_url"], headers={PRUNA.auth_header: KEY}).content)


def test_try_sync_timed_out_gives_the_async_body(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    model = PRUNA.models[0]
    extra = {PREDICTIONS.sync_header: "true", "X-Mock-Prediction-Seconds": "100"}  # 5 s, past the 0.5 s wait
    started = time.monotonic()
    response = submit(client, base, model.model_id, samples.minimal_input(model), **extra)
    waited = time.monotonic() - started
    assert FAST.sync_wait(PREDICTIONS) * 0.9 <= waited < 3
    assert set(response.json()) == {"id", "model", "input", "get_url"}
    status = client.get(response.json()["get_url"], headers={PRUNA.auth_header: KEY}).json()
    assert status["status"] in PREDICTIONS.pending


@pytest.mark.parametrize(
    ("fault", "status", "extra"),
    [
        (
            "fail",
            PREDICTIONS.failed[0],
            {"message": "Prediction failed", "error": "Number of samples, -5, must be non-negative."},
        ),
        ("cancel", PREDICTIONS.canceled[0], {"message": "Prediction canceled"}),
        ("unknown-status", "exploded", {}),
    ],
)
def test_prediction_outcome_faults(
    client: httpx.Client,
    pruna: tuple[str, ir.Provider],
    server: MockServer,
    fault: str,
    status: str,
    extra: dict[str, str],
) -> None:
    base, _ = pruna
    model = PRUNA.models[0]
    server.faults.push(fault)
    body = submit(client, base, model.model_id, samples.minimal_input(model)).json()
    seen, final = poll(client, body["get_url"])
    assert final["status"] == status
    assert "generation_url" not in final
    for key, value in extra.items():
        assert final[key] == value
    if fault != "unknown-status":
        assert seen[-2] == PREDICTIONS.pending[-1]  # it ran before it ended
    # Try-Sync does not pretend a failed job succeeded: the async body sends the client to the status URL.
    header_fault = {"X-Mock-Fault": fault, PREDICTIONS.sync_header: "true"}
    synced = submit(client, base, model.model_id, samples.minimal_input(model), **header_fault).json()
    assert set(synced) == {"id", "model", "input", "get_url"}


def test_unknown_status_per_status_request(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    model = PRUNA.models[0]
    body = submit(client, base, model.model_id, samples.minimal_input(model)).json()
    response = client.get(body["get_url"], headers={PRUNA.auth_header: KEY, "X-Mock-Fault": "unknown-status"})
    assert response.json()["status"] == "exploded"


def test_relative_generation_url(project: ir.Project) -> None:
    config = MockConfig(prediction_seconds=1, time_scale=0.05, relative_generation_urls=True)
    model = PRUNA.models[0]
    with MockServer(project, config) as server, httpx.Client() as client:
        base = server.base_url(PRUNA.id)
        body = submit(
            client, base, model.model_id, samples.minimal_input(model), **{PREDICTIONS.sync_header: "true"}
        ).json()
        url = body["generation_url"]
        assert url.startswith(PREDICTIONS.delivery_path + "/")  # relative to the provider's base URL
        _, final = poll(client, base + PREDICTIONS.status_path.replace("{id}", url.split("/")[-2]))
        assert final["generation_url"] == url
        assert_png(client.get(base + url, headers={PRUNA.auth_header: KEY}).content)


def test_upload_then_use_the_file_url_then_get_it_back(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4 + b"\r\n--not-a-boundary\r\n"
    upload = client.post(
        base + FILES.path, files={FILES.field: ("photo.png", data, "image/png")}, headers={PRUNA.auth_header: KEY}
    )
    assert upload.status_code == 201, upload.text
    body = upload.json()
    assert body["id"].startswith("file-")
    assert body["urls"]["get"] == f"{base}{FILES.path}/{body['id']}"
    assert (body["name"], body["content_type"], body["size"]) == ("photo.png", "image/png", len(data))
    assert body["created_at"] < body["expires_at"]
    # The file URL is a valid image URL input.
    edit = next((m for m in PRUNA.models if any(p.is_url and p.required for p in m.parameters)), None)
    if edit is None:
        pytest.skip("no Pruna model spec takes a required URL input")
    url_param = next(p for p in edit.parameters if p.is_url and p.required)
    value: Any = [body["urls"]["get"]] if url_param.type == "array" else body["urls"]["get"]
    response = submit(client, base, edit.model_id, {**samples.minimal_input(edit), url_param.wire_name: value})
    assert response.status_code == 201, response.text
    _, final = poll(client, response.json()["get_url"])
    assert final["status"] == PREDICTIONS.succeeded[0]
    back = client.get(body["urls"]["get"], headers={PRUNA.auth_header: KEY})
    assert back.status_code == 200 and back.content == data and back.headers["content-type"] == "image/png"
    # A URL of this server's files endpoint that names no file is refused before any job starts.
    missing = f"{base}{FILES.path}/file-doesnotexist"
    value = [missing] if url_param.type == "array" else missing
    refused = submit(client, base, edit.model_id, {**samples.minimal_input(edit), url_param.wire_name: value})
    assert refused.status_code == 400 and "file-doesnotexist" in error_message(PRUNA, refused)


def test_upload_without_the_field_is_400(client: httpx.Client, pruna: tuple[str, ir.Provider]) -> None:
    base, _ = pruna
    response = client.post(base + FILES.path, files={"wrong": ("a.png", b"x")}, headers={PRUNA.auth_header: KEY})
    assert response.status_code == 400 and FILES.field in error_message(PRUNA, response)
    response = client.post(base + FILES.path, json={}, headers={PRUNA.auth_header: KEY})
    assert response.status_code == 400 and "multipart" in error_message(PRUNA, response)
    response = client.get(base + FILES.path + "/file-nope", headers={PRUNA.auth_header: KEY})
    assert response.status_code == 404
