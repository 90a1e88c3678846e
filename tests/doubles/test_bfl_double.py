"""The BFL double follows BFL's document: submit, poll the regional polling_url, download the signed sample."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from .bfl import DOCUMENT, STATUS_WORDS, BflDouble
from .server import MEDIA

KEY = {"x-key": "test-key"}


@pytest.fixture
def bfl(start: Callable[[BflDouble], BflDouble]) -> BflDouble:
    return start(BflDouble(polls_until_ready=2))


def submit(bfl: BflDouble, body: dict[str, object], model: str = "flux-pro-1.1") -> httpx.Response:
    return httpx.post(f"{bfl.base_url}/v1/{model}", json=body, headers=KEY)


def test_a_whole_call_polls_the_regional_host_and_downloads_without_the_key(bfl: BflDouble) -> None:
    submitted = submit(bfl, {"prompt": "a lighthouse", "width": 1024, "height": 768})
    assert submitted.status_code == 200
    answer = submitted.json()
    assert answer["polling_url"].startswith(bfl.url("regional") + "/v1/get_result?id=")
    statuses = [httpx.get(answer["polling_url"], headers=KEY).json() for _ in range(3)]
    assert [s["status"] for s in statuses] == ["Pending", "Pending", "Ready"]
    assert all(s["id"] == answer["id"] for s in statuses)
    sample = statuses[-1]["result"]["sample"]
    assert sample.startswith(bfl.url("delivery"))
    image = httpx.get(sample)
    assert (image.status_code, image.headers["content-type"], image.content) == (200, "image/jpeg", MEDIA["jpeg"])
    assert [r.host for r in bfl.requests] == ["api", "regional", "regional", "regional", "delivery"]
    assert bfl.requests[0].json()["prompt"] == "a lighthouse"


def test_the_delivery_host_refuses_the_key_and_records_it(bfl: BflDouble) -> None:
    answer = submit(bfl, {"prompt": "x"}).json()
    for _ in range(3):
        result = httpx.get(answer["polling_url"], headers=KEY).json()
    refused = httpx.get(result["result"]["sample"], headers=KEY)
    assert refused.status_code == 403
    assert [r.host for r in bfl.refused] == ["delivery"]


def test_polling_also_works_on_the_api_host_and_needs_the_key(bfl: BflDouble) -> None:
    job = submit(bfl, {"prompt": "x"}).json()["id"]
    assert httpx.get(f"{bfl.base_url}/v1/get_result", params={"id": job}, headers=KEY).json()["status"] == "Pending"
    assert httpx.get(f"{bfl.url('regional')}/v1/get_result", params={"id": job}).status_code == 401


@pytest.mark.parametrize("headers", [{}, {"x-key": "wrong"}, {"Authorization": "Bearer test-key"}])
def test_a_missing_or_wrong_key_is_refused(bfl: BflDouble, headers: dict[str, str]) -> None:
    answer = httpx.post(f"{bfl.base_url}/v1/flux-pro-1.1", json={"prompt": "x"}, headers=headers)
    assert answer.status_code == 401
    assert "detail" in answer.json()


@pytest.mark.parametrize(
    ("model", "body", "loc", "kind"),
    [
        ("flux-pro-1.1", {"prompt": "x", "width": "big"}, ["body", "width"], "type"),
        ("flux-pro-1.1", {"prompt": "x", "width": 1000}, ["body", "width"], "multipleOf"),
        ("flux-pro-1.1-ultra", {"prompt": "x", "safety_tolerance": 9}, ["body", "safety_tolerance"], "maximum"),
        ("flux-kontext-pro", {"input_image": "https://example.com/a.png"}, ["body"], "required"),
        ("flux-pro-1.1", {"prompt": "x", "output_format": "gif"}, ["body", "output_format"], "anyOf"),
    ],
)
def test_an_input_the_document_forbids_is_a_422_validation_error(
    bfl: BflDouble, model: str, body: dict[str, object], loc: list[str], kind: str
) -> None:
    answer = submit(bfl, body, model)
    assert answer.status_code == 422
    assert answer.json()["detail"][0]["loc"] == loc
    assert answer.json()["detail"][0]["type"] == kind
    assert set(answer.json()["detail"][0]) == {"loc", "msg", "type"}


def test_optional_inputs_may_be_null_as_the_document_allows(bfl: BflDouble) -> None:
    assert submit(bfl, {"prompt": "x", "seed": None, "image_prompt": None}).status_code == 200


@pytest.mark.parametrize("word", sorted(BflDouble.FAILURES))
def test_a_failed_or_moderated_job_ends_with_the_documented_word(bfl: BflDouble, word: str) -> None:
    assert word in STATUS_WORDS
    bfl.fail_next(word)
    url = submit(bfl, {"prompt": "x"}).json()["polling_url"]
    final = [httpx.get(url, headers=KEY).json() for _ in range(3)][-1]
    assert (final["status"], final["result"]) == (word, None)


def test_unknown_and_missing_ids(bfl: BflDouble) -> None:
    unknown = httpx.get(f"{bfl.base_url}/v1/get_result", params={"id": "nope"}, headers=KEY)
    assert unknown.json()["status"] == "Task not found"
    missing = httpx.get(f"{bfl.base_url}/v1/get_result", headers=KEY)
    assert missing.status_code == 422
    assert missing.json()["detail"][0]["loc"] == ["query", "id"]


def test_a_webhook_submit_answers_the_webhook_variant(bfl: BflDouble) -> None:
    answer = submit(bfl, {"prompt": "x", "webhook_url": "https://example.com/hook"}).json()
    required = DOCUMENT["components"]["schemas"]["AsyncWebhookResponse"]["required"]
    assert set(required) <= set(answer)
    assert "polling_url" not in answer


def test_kontext_defaults_to_png_as_its_schema_says(bfl: BflDouble) -> None:
    bfl.polls_until_ready = 0
    url = submit(bfl, {"prompt": "x", "input_image": "https://example.com/a.png"}, "flux-kontext-pro").json()
    sample = httpx.get(url["polling_url"], headers=KEY).json()["result"]["sample"]
    assert httpx.get(sample).headers["content-type"] == "image/png"


def test_an_unknown_failure_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="Content Moderated"):
        BflDouble().fail_next("Moderated")
