"""The fal double follows fal's queue API: submit, status, result, cancel, media download, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .fal import ENDPOINTS, FalDouble
from .server import MEDIA

KEY = {"Authorization": "Key test-key"}
STATUS_WORDS = ENDPOINTS["fal-ai/flux/schnell"]["components"]["schemas"]["QueueStatus"]["properties"]["status"]["enum"]


@pytest.fixture
def fal(start: Callable[[FalDouble], FalDouble]) -> FalDouble:
    return start(FalDouble(polls_until_ready=2))


def submit(fal: FalDouble, body: dict[str, object], endpoint: str = "fal-ai/flux/schnell") -> dict[str, str]:
    answer = httpx.post(f"{fal.base_url}/{endpoint}", json=body, headers=KEY)
    assert answer.status_code == 200
    return answer.json()  # type: ignore[no-any-return]


def test_a_whole_call_uses_urls_without_the_endpoint_sub_path(fal: FalDouble) -> None:
    answer = submit(fal, {"prompt": "a fox", "num_images": 2})
    assert answer["status"] == "IN_QUEUE"
    job = answer["request_id"]
    assert answer["status_url"] == f"{fal.base_url}/fal-ai/flux/requests/{job}/status"
    assert answer["response_url"] == f"{fal.base_url}/fal-ai/flux/requests/{job}"
    assert answer["cancel_url"] == f"{fal.base_url}/fal-ai/flux/requests/{job}/cancel"
    polled = [httpx.get(answer["status_url"], headers=KEY) for _ in range(3)]
    assert [p.json()["status"] for p in polled] == ["IN_QUEUE", "IN_PROGRESS", "COMPLETED"]
    assert [p.status_code for p in polled] == [202, 202, 200]
    assert set(p.json()["status"] for p in polled) <= set(STATUS_WORDS)
    result = httpx.get(answer["response_url"], headers=KEY).json()
    assert [image["content_type"] for image in result["images"]] == ["image/jpeg", "image/jpeg"]
    assert set(result) >= {"images", "seed", "timings", "has_nsfw_concepts", "prompt"}
    media = httpx.get(result["images"][0]["url"])
    assert result["images"][0]["url"].startswith(fal.url("media"))
    assert (media.status_code, media.content) == (200, MEDIA["jpeg"])


def test_the_status_words_and_codes_follow_the_per_endpoint_document_when_asked(start: Callable[..., Any]) -> None:
    fal = start(FalDouble(polls_until_ready=1, in_progress_status=200))
    url = submit(fal, {"prompt": "x"})["status_url"]
    assert [httpx.get(url, headers=KEY).status_code for _ in range(2)] == [200, 200]


def test_the_full_endpoint_path_is_not_a_status_url(fal: FalDouble) -> None:
    job = submit(fal, {"prompt": "x"})["request_id"]
    assert httpx.get(f"{fal.base_url}/fal-ai/flux/schnell/requests/{job}/status", headers=KEY).status_code == 404


def test_the_media_host_refuses_the_key(fal: FalDouble) -> None:
    fal.polls_until_ready = 0
    answer = submit(fal, {"prompt": "x", "output_format": "png"})
    httpx.get(answer["status_url"], headers=KEY)
    url = httpx.get(answer["response_url"], headers=KEY).json()["images"][0]["url"]
    assert httpx.get(url, headers=KEY).status_code == 403
    assert [r.host for r in fal.refused] == ["media"]


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer test-key"}, {"Authorization": "Key wrong"}])
def test_a_missing_or_wrong_key_is_refused(fal: FalDouble, headers: dict[str, str]) -> None:
    assert httpx.post(f"{fal.base_url}/fal-ai/flux/schnell", json={"prompt": "x"}, headers=headers).status_code == 401


def test_an_invalid_input_completes_and_its_result_answers_the_error(fal: FalDouble) -> None:
    fal.polls_until_ready = 0
    answer = submit(fal, {"prompt": "x", "num_inference_steps": 13})
    status = httpx.get(answer["status_url"], headers=KEY).json()
    assert status["status"] == "COMPLETED"
    assert status["error_type"] == "maximum"
    result = httpx.get(answer["response_url"], headers=KEY)
    assert result.status_code == 422
    assert result.json()["detail"][0]["loc"] == ["body", "num_inference_steps"]
    assert set(result.json()["detail"][0]) >= {"loc", "msg", "type", "url"}


def test_a_moderated_job_completes_with_a_content_policy_error(fal: FalDouble) -> None:
    fal.fail_next("content_policy_violation")
    fal.polls_until_ready = 0
    answer = submit(fal, {"prompt": "x"})
    assert httpx.get(answer["status_url"], headers=KEY).json()["error_type"] == "content_policy_violation"
    result = httpx.get(answer["response_url"], headers=KEY)
    assert (result.status_code, result.json()["detail"][0]["type"]) == (422, "content_policy_violation")


def test_a_request_error_has_a_flat_body_and_the_error_type_header(fal: FalDouble) -> None:
    fal.fail_next("request_timeout")
    fal.polls_until_ready = 0
    answer = submit(fal, {"prompt": "x"})
    httpx.get(answer["status_url"], headers=KEY)
    result = httpx.get(answer["response_url"], headers=KEY)
    assert result.status_code == 504
    assert result.json() == {"detail": "request timeout", "error_type": "request_timeout"}
    assert result.headers["x-fal-error-type"] == "request_timeout"


def test_cancel_is_a_put_on_the_cancel_url(fal: FalDouble) -> None:
    answer = submit(fal, {"prompt": "x"})
    assert httpx.post(answer["cancel_url"], headers=KEY).status_code == 405
    canceled = httpx.put(answer["cancel_url"], headers=KEY)
    assert (canceled.status_code, canceled.json()) == (202, {"status": "CANCELLATION_REQUESTED"})
    assert httpx.get(answer["status_url"], headers=KEY).json()["status"] == "COMPLETED"
    assert httpx.get(answer["response_url"], headers=KEY).status_code == 499


def test_a_finished_request_cannot_be_canceled(fal: FalDouble) -> None:
    fal.polls_until_ready = 0
    answer = submit(fal, {"prompt": "x"})
    httpx.get(answer["status_url"], headers=KEY)
    assert httpx.put(answer["cancel_url"], headers=KEY).json() == {"status": "ALREADY_COMPLETED"}


def test_the_result_before_completion_and_an_unknown_request(fal: FalDouble) -> None:
    answer = submit(fal, {"prompt": "x"})
    assert httpx.get(answer["response_url"], headers=KEY).status_code == 400
    assert httpx.get(f"{fal.base_url}/fal-ai/flux/requests/nope/status", headers=KEY).status_code == 404


def test_the_edit_endpoint_needs_an_image_url(fal: FalDouble) -> None:
    fal.polls_until_ready = 0
    ok = submit(fal, {"prompt": "x", "image_url": "https://example.com/a.png"}, "fal-ai/flux-pro/kontext")
    assert ok["status_url"].startswith(f"{fal.base_url}/fal-ai/flux-pro/requests/")
    httpx.get(ok["status_url"], headers=KEY)
    assert httpx.get(ok["response_url"], headers=KEY).status_code == 200
    missing = submit(fal, {"prompt": "x"}, "fal-ai/flux-pro/kontext")
    httpx.get(missing["status_url"], headers=KEY)
    assert httpx.get(missing["response_url"], headers=KEY).json()["detail"][0]["type"] == "required"


def test_a_body_that_is_not_json_is_refused_at_submit(fal: FalDouble) -> None:
    answer = httpx.post(f"{fal.base_url}/fal-ai/flux/schnell", content=b"prompt=x", headers=KEY)
    assert (answer.status_code, set(answer.json())) == (400, {"detail"})
    assert not fal.jobs
