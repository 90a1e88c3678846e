"""The Pruna double follows the P-API document: predictions, Try-Sync, status, delivery, files, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .pruna import PrunaDouble
from .server import MEDIA, load_document

KEY = {"apikey": "test-key"}


@pytest.fixture
def pruna(start: Callable[[PrunaDouble], PrunaDouble]) -> PrunaDouble:
    return start(PrunaDouble(polls_until_ready=2))


def create(pruna: PrunaDouble, body: object, model: str = "p-image", **headers: str) -> httpx.Response:
    return httpx.post(f"{pruna.base_url}/v1/predictions", json=body, headers={**KEY, "Model": model, **headers})


def test_an_async_prediction_is_polled_and_delivered_with_the_key(pruna: PrunaDouble) -> None:
    created = create(pruna, {"input": {"prompt": "a lion", "aspect_ratio": "16:9"}})
    assert created.status_code == 201
    example = load_document("pruna", "examples/predictions.create.p-image.json")
    assert set(created.json()) == set(example)
    statuses = [httpx.get(created.json()["get_url"], headers=KEY).json() for _ in range(3)]
    assert [s["status"] for s in statuses] == ["starting", "processing", "succeeded"]
    assert statuses[0] == load_document("pruna", "examples/status.starting.json")
    delivered = httpx.get(statuses[-1]["generation_url"], headers=KEY)
    assert (delivered.status_code, delivered.content) == (200, MEDIA["jpeg"])
    assert httpx.get(statuses[-1]["generation_url"]).status_code == 401


def test_try_sync_answers_the_finished_body_when_the_job_is_done_in_time(pruna: PrunaDouble) -> None:
    pruna.polls_until_ready = 0
    answer = create(pruna, {"input": {"prompt": "x"}}, **{"Try-Sync": "true"})
    assert (answer.status_code, answer.json()["status"]) == (201, "succeeded")
    assert answer.json()["generation_url"].startswith(pruna.base_url + "/v1/predictions/delivery/")
    pruna.polls_until_ready = 1
    assert "get_url" in create(pruna, {"input": {"prompt": "x"}}, **{"Try-Sync": "true"}).json()


def test_a_relative_generation_url_is_available_as_the_document_also_shows(start: Callable[..., Any]) -> None:
    pruna = start(PrunaDouble(polls_until_ready=0, relative_generation_url=True))
    url = httpx.get(create(pruna, {"input": {"prompt": "x"}}).json()["get_url"], headers=KEY).json()
    assert url["generation_url"].startswith("/v1/predictions/delivery/")


@pytest.mark.parametrize(
    ("model", "body", "field", "kind"),
    [
        ("p-image", {"input": {"aspect_ratio": "1:1"}}, "input.prompt", "missing"),
        ("p-image", {"input": {"prompt": "x", "width": "wide"}}, "input.width", "invalid_type"),
        ("p-image", {"input": {"prompt": "x", "colour": "red"}}, "input", "invalid_additionalProperties"),
        ("p-image-edit", {"input": {"prompt": "x", "images": []}}, "input.images", "invalid_minItems"),
        ("p-image", {"prompt": "x"}, "input", "missing"),
    ],
)
def test_an_input_the_document_forbids_is_a_422_with_invalid_fields(
    pruna: PrunaDouble, model: str, body: object, field: str, kind: str
) -> None:
    answer = create(pruna, body, model)
    assert answer.status_code == 422
    assert set(answer.json()) == {"detail", "status", "title", "invalid_fields"}
    assert {"type": kind, "field": field} == {k: answer.json()["invalid_fields"][0][k] for k in ("type", "field")}


def test_an_unknown_model_header_is_a_400_with_the_error_envelope(pruna: PrunaDouble) -> None:
    answer = create(pruna, {"input": {"prompt": "x"}}, "p-image-9000")
    assert answer.status_code == 400
    assert set(answer.json()) == {"error", "request_id"} and answer.json()["error"]["code"] == "VALIDATION_ERROR"


@pytest.mark.parametrize("headers", [{}, {"apikey": "wrong"}, {"Authorization": "Bearer test-key"}])
def test_a_missing_or_wrong_key_is_a_401(pruna: PrunaDouble, headers: dict[str, str]) -> None:
    answer = httpx.post(f"{pruna.base_url}/v1/predictions", json={"input": {}}, headers={"Model": "p-image", **headers})
    assert (answer.status_code, answer.json()["error"]["code"]) == (401, "AUTHENTICATION_FAILED")


@pytest.mark.parametrize(("kind", "word"), [("failed", "failed"), ("canceled", "canceled")])
def test_failed_and_canceled_predictions_end_in_the_status_body(pruna: PrunaDouble, kind: str, word: str) -> None:
    pruna.fail_next(kind)
    pruna.polls_until_ready = 0
    status = httpx.get(create(pruna, {"input": {"prompt": "x"}}).json()["get_url"], headers=KEY).json()
    assert status == load_document("pruna", f"examples/status.{word}.json")


def test_rate_limits_answer_429_with_ratelimit_headers(pruna: PrunaDouble) -> None:
    pruna.fail_next("rate_limited")
    answer = create(pruna, {"input": {"prompt": "x"}})
    assert (answer.status_code, answer.headers["RateLimit-Reset"]) == (429, "42")


def test_expired_content_is_a_410_and_unknown_ids_are_404(pruna: PrunaDouble) -> None:
    pruna.polls_until_ready = 0
    url = httpx.get(create(pruna, {"input": {"prompt": "x"}}).json()["get_url"], headers=KEY).json()["generation_url"]
    pruna.expire_outputs()
    assert httpx.get(url, headers=KEY).json()["error"]["code"] == "CONTENT_EXPIRED"
    assert httpx.get(f"{pruna.base_url}/v1/predictions/status/nope", headers=KEY).status_code == 404


def test_a_file_upload_is_multipart_content(pruna: PrunaDouble) -> None:
    answer = httpx.post(
        f"{pruna.base_url}/v1/files", headers=KEY, files={"content": ("me.png", MEDIA["png"], "image/png")}
    )
    assert answer.status_code == 201
    example = load_document("pruna", "examples/files.upload.response.json")
    assert {"id", "name", "content_type", "size", "created_at", "expires_at", "urls"} <= set(example) & set(
        answer.json()
    )
    assert answer.json()["urls"]["get"].startswith(pruna.base_url + "/v1/files/")
    assert httpx.post(f"{pruna.base_url}/v1/files", headers=KEY, files={"file": ("a", b"x")}).status_code == 400


def test_a_file_over_the_limit_is_a_413(start: Callable[..., Any]) -> None:
    pruna = start(PrunaDouble(max_file_bytes=10))
    answer = httpx.post(f"{pruna.base_url}/v1/files", headers=KEY, files={"content": ("a.png", b"x" * 11)})
    assert (answer.status_code, answer.json()["error"]["code"]) == (413, "FILE_TOO_LARGE")
