"""The Segmind double follows Segmind's model pages: v1 answers the media, v2 is submit, status and result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .segmind import SegmindDouble
from .server import MEDIA

KEY = {"x-api-key": "test-key"}


@pytest.fixture
def segmind(start: Callable[[SegmindDouble], SegmindDouble]) -> SegmindDouble:
    return start(SegmindDouble(polls_until_ready=2))


def test_v1_answers_the_image_for_a_flat_body(segmind: SegmindDouble) -> None:
    answer = httpx.post(f"{segmind.base_url}/v1/p-image", headers=KEY, json={"prompt": "neon", "aspect_ratio": "16:9"})
    assert (answer.status_code, answer.headers["content-type"], answer.content) == (200, "image/jpeg", MEDIA["jpeg"])
    assert segmind.requests[0].json() == {"prompt": "neon", "aspect_ratio": "16:9"}


def test_v1_answers_json_when_a_test_supplies_the_body(start: Callable[..., Any]) -> None:
    segmind = start(SegmindDouble(v1_json={"image": "aGVsbG8="}))
    answer = httpx.post(f"{segmind.base_url}/v1/p-image", headers=KEY, json={"prompt": "x"})
    assert answer.json() == {"image": "aGVsbG8="}


def test_v2_submits_polls_and_answers_a_media_url(segmind: SegmindDouble) -> None:
    submitted = httpx.post(f"{segmind.base_url}/v2/p-image", headers=KEY, json={"prompt": "x"}).json()
    job = submitted["request_id"]
    assert submitted["status"] == "QUEUED"
    assert submitted["status_url"] == f"{segmind.base_url}/v2/requests/{job}/status"
    assert submitted["response_url"] == f"{segmind.base_url}/v2/requests/{job}"
    statuses = [httpx.get(submitted["status_url"], headers=KEY).json()["status"] for _ in range(3)]
    assert statuses == ["QUEUED", "PROCESSING", "COMPLETED"]
    result = httpx.get(submitted["response_url"], headers=KEY).json()
    assert set(result) == {"status", "metrics", "output"} and result["status"] == "COMPLETED"
    assert result["output"].startswith(segmind.url("media"))
    assert httpx.get(result["output"]).content == MEDIA["jpeg"]
    assert httpx.get(result["output"], headers=KEY).status_code == 403
    assert [r.host for r in segmind.refused] == ["media"]


def test_a_failed_v2_job_answers_422_with_the_error(segmind: SegmindDouble) -> None:
    segmind.fail_next("failed")
    segmind.polls_until_ready = 0
    submitted = httpx.post(f"{segmind.base_url}/v2/p-image", headers=KEY, json={"prompt": "x"}).json()
    assert httpx.get(submitted["status_url"], headers=KEY).json()["status"] == "FAILED"
    result = httpx.get(submitted["response_url"], headers=KEY)
    assert result.status_code == 422
    assert result.json()["status"] == "FAILED" and result.json()["error"]


@pytest.mark.parametrize(
    ("kind", "status"), [("insufficient_credits", 406), ("rate_limited", 429), ("server_error", 500), ("timeout", 504)]
)
def test_documented_error_codes_answer_an_error_message(segmind: SegmindDouble, kind: str, status: int) -> None:
    segmind.fail_next(kind)
    answer = httpx.post(f"{segmind.base_url}/v1/p-image", headers=KEY, json={"prompt": "x"})
    assert answer.status_code == status
    assert set(answer.json()) == {"error"}


@pytest.mark.parametrize("headers", [{}, {"x-api-key": "wrong"}, {"Authorization": "Bearer test-key"}])
def test_a_missing_or_wrong_key_is_a_401(segmind: SegmindDouble, headers: dict[str, str]) -> None:
    answer = httpx.post(f"{segmind.base_url}/v1/p-image", headers=headers, json={"prompt": "x"})
    assert (answer.status_code, set(answer.json())) == (401, {"error"})


def test_unknown_models_and_requests_are_404(segmind: SegmindDouble) -> None:
    assert httpx.post(f"{segmind.base_url}/v1/nope", headers=KEY, json={"prompt": "x"}).status_code == 404
    assert httpx.get(f"{segmind.base_url}/v2/requests/nope/status", headers=KEY).status_code == 404
