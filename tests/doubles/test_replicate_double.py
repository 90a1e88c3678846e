"""The Replicate double follows the HTTP API document: create, Prefer: wait, get, cancel, files, delivery."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .replicate import SCHEMAS, ReplicateDouble
from .server import MEDIA, load_document

KEY = {"Authorization": "Bearer test-key"}
STATUS_WORDS = SCHEMAS["schemas_prediction_response"]["properties"]["status"]["enum"]


@pytest.fixture
def replicate(start: Callable[[ReplicateDouble], ReplicateDouble]) -> ReplicateDouble:
    return start(ReplicateDouble(polls_until_ready=2))


def create(replicate: ReplicateDouble, body: object, model: str = "prunaai/p-image", **headers: str) -> httpx.Response:
    return httpx.post(f"{replicate.base_url}/models/{model}/predictions", json=body, headers={**KEY, **headers})


def test_a_prediction_is_created_polled_at_urls_get_and_its_output_downloaded(replicate: ReplicateDouble) -> None:
    created = create(replicate, {"input": {"prompt": "a lion"}})
    assert (created.status_code, created.json()["status"]) == (201, "starting")
    prediction = created.json()
    assert set(SCHEMAS["schemas_prediction_response"]["required"]) <= set(prediction)
    example = load_document("replicate", "examples/predictions.get.response.json")
    assert set(example) - {"started_at", "completed_at"} <= set(prediction)
    polled = [httpx.get(prediction["urls"]["get"], headers=KEY).json() for _ in range(3)]
    assert [p["status"] for p in polled] == ["processing", "processing", "succeeded"]
    assert set(p["status"] for p in polled) <= set(STATUS_WORDS)
    output = polled[-1]["output"]
    assert output.startswith(replicate.url("delivery"))
    assert httpx.get(output).content == MEDIA["jpeg"]


def test_prefer_wait_answers_the_finished_prediction_when_it_is_done_in_time(replicate: ReplicateDouble) -> None:
    replicate.polls_until_ready = 0
    done = create(replicate, {"input": {"prompt": "x"}}, Prefer="wait=60")
    assert (done.status_code, done.json()["status"]) == (201, "succeeded")
    assert create(replicate, {"input": {"prompt": "x"}}, Prefer="wait").json()["status"] == "succeeded"


@pytest.mark.parametrize("prefer", ["wait=100", "wait=0", "sync", "wait=5s"])
def test_a_prefer_value_outside_the_documented_pattern_is_refused(replicate: ReplicateDouble, prefer: str) -> None:
    assert create(replicate, {"input": {"prompt": "x"}}, Prefer=prefer).status_code == 400


def test_the_documented_pattern_admits_waits_up_to_99_although_its_prose_says_60(replicate: ReplicateDouble) -> None:
    assert create(replicate, {"input": {"prompt": "x"}}, Prefer="wait=99").status_code == 201


def test_the_unfinished_answer_may_be_202_as_the_document_lists(start: Callable[..., Any]) -> None:
    replicate = start(ReplicateDouble(unfinished_status=202))
    assert create(replicate, {"input": {"prompt": "x"}}).status_code == 202


def test_cancel_is_a_post_and_ends_the_prediction(replicate: ReplicateDouble) -> None:
    prediction = create(replicate, {"input": {"prompt": "x"}}).json()
    canceled = httpx.post(prediction["urls"]["cancel"], headers=KEY)
    assert (canceled.status_code, canceled.json()["status"]) == (200, "canceled")
    assert httpx.get(prediction["urls"]["get"], headers=KEY).json()["status"] == "canceled"


@pytest.mark.parametrize("word", ["failed", "canceled", "aborted"])
def test_terminal_words_other_than_succeeded(replicate: ReplicateDouble, word: str) -> None:
    replicate.fail_next(word)
    replicate.polls_until_ready = 0
    final = httpx.get(create(replicate, {"input": {"prompt": "x"}}).json()["urls"]["get"], headers=KEY).json()
    assert (final["status"], final["output"]) == (word, None)
    assert (final["error"] is not None) == (word == "failed")


def test_removed_outputs_are_null_with_data_removed(replicate: ReplicateDouble) -> None:
    replicate.polls_until_ready = 0
    url = create(replicate, {"input": {"prompt": "x"}}).json()["urls"]["get"]
    output = httpx.get(url, headers=KEY).json()["output"]
    replicate.remove_outputs()
    after = httpx.get(url, headers=KEY).json()
    assert (after["output"], after["data_removed"]) == (None, True)
    assert httpx.get(output).status_code == 404


@pytest.mark.parametrize(
    ("body", "status"), [({"input": {"prompt": "x"}, "colour": "red"}, 422), ({"prompt": "x"}, 422), ([1], 422)]
)
def test_a_request_body_the_document_forbids_is_a_problem(
    replicate: ReplicateDouble, body: object, status: int
) -> None:
    answer = create(replicate, body)
    assert answer.status_code == status
    assert answer.headers["content-type"] == "application/problem+json"
    assert {"title", "detail", "status"} <= set(answer.json())


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "test-key"}])
def test_a_missing_or_wrong_token_is_a_401_problem(replicate: ReplicateDouble, headers: dict[str, str]) -> None:
    answer = httpx.post(f"{replicate.base_url}/models/prunaai/p-image/predictions", json={"input": {}}, headers=headers)
    assert (answer.status_code, answer.json()["status"]) == (401, 401)


def test_the_older_token_scheme_still_works(replicate: ReplicateDouble) -> None:
    assert create(replicate, {"input": {"prompt": "x"}}, Authorization="Token test-key").status_code == 201


@pytest.mark.parametrize(("kind", "status"), [("insufficient_credit", 402), ("rate_limited", 429)])
def test_queued_http_errors(replicate: ReplicateDouble, kind: str, status: int) -> None:
    replicate.fail_next(kind)
    assert create(replicate, {"input": {"prompt": "x"}}).status_code == status


def test_unknown_models_and_predictions_are_404(replicate: ReplicateDouble) -> None:
    assert create(replicate, {"input": {}}, "someone/else").status_code == 404
    assert httpx.get(f"{replicate.base_url}/predictions/nope", headers=KEY).status_code == 404


@pytest.mark.parametrize(
    ("policy", "with_key", "without_key"), [("accept", 200, 200), ("refuse", 403, 200), ("require", 200, 401)]
)
def test_the_delivery_key_policy(policy: str, with_key: int, without_key: int, start: Callable[..., Any]) -> None:
    replicate = start(ReplicateDouble(polls_until_ready=0, delivery_with_key=policy))
    url = httpx.get(create(replicate, {"input": {"prompt": "x"}}).json()["urls"]["get"], headers=KEY).json()
    assert httpx.get(url["output"], headers=KEY).status_code == with_key
    assert httpx.get(url["output"]).status_code == without_key
    assert len(replicate.refused) == (policy == "refuse")


def test_a_file_upload(replicate: ReplicateDouble) -> None:
    answer = httpx.post(
        f"{replicate.base_url}/files", headers=KEY, files={"content": ("a.png", MEDIA["png"], "image/png")}
    )
    assert answer.status_code == 201
    assert set(SCHEMAS["schemas_file_response"]["required"]) <= set(answer.json())
