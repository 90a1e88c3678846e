"""The Stability double follows its v2beta document: multipart in, bytes or JSON out by `accept`, errors."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .server import MEDIA
from .stability import DOCUMENT, StabilityDouble

CORE = "/v2beta/stable-image/generate/core"
ULTRA = "/v2beta/stable-image/generate/ultra"
KEY = {"authorization": "Bearer test-key"}


@pytest.fixture
def stability(start: Callable[[StabilityDouble], StabilityDouble]) -> StabilityDouble:
    return start(StabilityDouble())


def post(
    stability: StabilityDouble, path: str, data: dict[str, str], files: Any = None, **headers: str
) -> httpx.Response:
    return httpx.post(stability.base_url + path, headers={**KEY, **headers}, data=data, files=files or {"none": ""})


def test_image_bytes_by_default_with_finish_reason_and_seed_headers(stability: StabilityDouble) -> None:
    answer = post(stability, CORE, {"prompt": "a lighthouse", "output_format": "webp"}, accept="image/*")
    assert answer.status_code == 200
    assert (answer.headers["content-type"], answer.content) == ("image/webp", MEDIA["webp"])
    assert answer.headers["finish-reason"] == "SUCCESS"
    assert answer.headers["seed"].isdigit() and answer.headers["x-request-id"]
    assert stability.requests[0].form()["prompt"][0].data == b"a lighthouse"


def test_json_by_accept_carries_base64_finish_reason_and_seed(stability: StabilityDouble) -> None:
    answer = post(stability, CORE, {"prompt": "x", "seed": "7"}, accept="application/json")
    assert answer.headers["content-type"] == "application/json; type=image/png"  # the document's default format
    body = answer.json()
    schema = DOCUMENT["paths"][CORE]["post"]["responses"]["200"]["content"]["application/json; type=image/png"][
        "schema"
    ]
    assert set(schema["required"]) <= set(body) and body["seed"] == 7
    assert base64.b64decode(body["image"]) == MEDIA["png"]
    assert "finish-reason" not in answer.headers


def test_ultra_takes_an_image_file_with_strength(stability: StabilityDouble) -> None:
    files = {"image": ("in.png", MEDIA["png"], "image/png")}
    answer = post(stability, ULTRA, {"prompt": "x", "strength": "0.5"}, files=files)
    assert (answer.status_code, answer.headers["content-type"]) == (200, "image/png")  # the default format
    assert stability.requests[0].form()["image"][0].filename == "in.png"
    without_strength = post(stability, ULTRA, {"prompt": "x"}, files=files)
    assert without_strength.status_code == 400
    assert without_strength.json()["errors"] == ["strength: is required when image is provided"]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "body"),
        ({"prompt": ""}, "prompt"),
        ({"prompt": "x", "aspect_ratio": "7:3"}, "aspect_ratio"),
        ({"prompt": "x", "seed": "-1"}, "seed"),
        ({"prompt": "x", "style_preset": "oil"}, "style_preset"),
    ],
)
def test_an_input_the_document_forbids_is_a_400_with_errors(
    stability: StabilityDouble, data: dict[str, str], field: str
) -> None:
    answer = post(stability, CORE, data)
    assert answer.status_code == 400
    assert set(answer.json()) == {"id", "name", "errors"} and answer.json()["name"] == "bad_request"
    assert answer.json()["errors"][0].startswith(field + ":")


def test_a_json_body_is_not_multipart(stability: StabilityDouble) -> None:
    answer = httpx.post(stability.base_url + CORE, headers=KEY, json={"prompt": "x"})
    assert (answer.status_code, answer.json()["errors"][0][:13]) == (400, "content-type:")


@pytest.mark.parametrize("headers", [{}, {"authorization": "Bearer wrong"}])
def test_a_missing_or_wrong_key_is_refused(stability: StabilityDouble, headers: dict[str, str]) -> None:
    answer = httpx.post(stability.base_url + CORE, headers=headers, data={"prompt": "x"}, files={"none": ""})
    assert (answer.status_code, answer.json()["name"]) == (401, "unauthorized")


def test_the_bare_key_of_the_documents_results_example_is_accepted(stability: StabilityDouble) -> None:
    assert post(stability, CORE, {"prompt": "x"}, authorization="test-key").status_code == 200


@pytest.mark.parametrize(
    ("kind", "status"),
    [("content_moderation", 403), ("invalid_language", 422), ("rate_limit_exceeded", 429), ("internal_error", 500)],
)
def test_documented_errors(stability: StabilityDouble, kind: str, status: int) -> None:
    stability.fail_next(kind)
    answer = post(stability, CORE, {"prompt": "x"})
    assert (answer.status_code, answer.json()["name"]) == (status, kind)
    documented = DOCUMENT["paths"][CORE]["post"]["responses"]
    assert str(status) in documented


def test_a_filtered_result_is_a_success_with_content_filtered(stability: StabilityDouble) -> None:
    stability.fail_next("content_filtered")
    assert post(stability, CORE, {"prompt": "x"}).headers["finish-reason"] == "CONTENT_FILTERED"
    stability.fail_next("content_filtered")
    assert (
        post(stability, CORE, {"prompt": "x"}, accept="application/json").json()["finish_reason"] == "CONTENT_FILTERED"
    )


def test_a_body_over_10_mib_is_a_413(stability: StabilityDouble) -> None:
    files = {"image": ("big.png", b"\0" * (10 * 1024 * 1024 + 1), "image/png")}
    answer = post(stability, ULTRA, {"prompt": "x", "strength": "0.5"}, files=files)
    assert (answer.status_code, answer.json()["name"]) == (413, "payload_too_large")


def test_an_unknown_accept_value_is_refused(stability: StabilityDouble) -> None:
    assert post(stability, CORE, {"prompt": "x"}, accept="image/png").status_code == 400
