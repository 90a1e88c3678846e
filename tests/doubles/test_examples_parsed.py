"""The generated client reads every example answer the providers publish (sources/documents/<provider>/examples/)
as the provider means it: each example is served, unchanged, as the answer to the request it documents."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import imagegen_typed
import pytest

from .server import load_document


def _example(provider: str, name: str) -> Any:
    return load_document(provider, f"examples/{name}.json")


def _client(cls: type[Any], answer: Callable[[httpx.Request], httpx.Response]) -> Any:
    transport = httpx.MockTransport(answer)
    return cls(api_key="test-key", http_client=httpx.Client(transport=transport), max_retries=0, sleep=lambda _: None)


def _always(status: int, body: Any) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, json=body)


# --- fal ------------------------------------------------------------------------------------------------------


def test_fal_submit_answer_gives_the_handle_and_its_urls() -> None:
    example = _example("fal", "queue.submit.response")
    with _client(imagegen_typed.Fal, _always(200, example)) as fal:
        job = fal.predictions.create(model="fal-ai/fast-sdxl", input={"prompt": "x"})
    assert (job.id, job.status_url, job.result_url, job.cancel_url, job.finished) == (
        example["request_id"],
        example["status_url"],
        example["response_url"],
        example["cancel_url"],
        None,
    )


@pytest.mark.parametrize(
    ("name", "status", "says"),
    [
        ("error.content_policy_violation", 422, "flagged by a content checker"),
        ("error.less_than_equal", 422, "Input should be less than or equal to 20"),
        ("error.request_error", 504, "Request timed out"),
    ],
)
def test_fal_error_examples_as_the_result_are_the_jobs_failure(name: str, status: int, says: str) -> None:
    example = _example("fal", name)

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/status"):
            return httpx.Response(200, json={"status": "COMPLETED", "request_id": "r-1"})
        return httpx.Response(status, json=example)

    with _client(imagegen_typed.Fal, answer) as fal:
        with pytest.raises(imagegen_typed.PredictionFailedError) as caught:
            fal.predictions.wait("r-1", model="fal-ai/flux/schnell")
    assert says in str(caught.value) and caught.value.prediction_id == "r-1"
    assert caught.value.raw == example


def test_fal_request_error_example_on_submit_is_the_typed_error_with_its_message() -> None:
    example = _example("fal", "error.request_error")
    with _client(imagegen_typed.Fal, _always(504, example)) as fal:
        with pytest.raises(imagegen_typed.APIStatusError) as caught:
            fal.flux_schnell(prompt="x")
    assert type(caught.value).__name__ == "GatewayTimeoutError" and caught.value.message == "Request timed out"


# --- Pruna ----------------------------------------------------------------------------------------------------

STATUSES = [("starting", "pending"), ("processing", "pending"), ("completed", "succeeded")]
STATUSES += [("failed", "failed"), ("canceled", "canceled")]


@pytest.mark.parametrize(("name", "phase"), STATUSES)
def test_pruna_status_examples_read_as_their_phase(name: str, phase: str) -> None:
    example = _example("pruna", f"status.{name}")
    with _client(imagegen_typed.Pruna, _always(200, example)) as pruna:
        status = pruna.predictions.status("pred-1")
    assert (status.status, status.phase, status.id) == (example["status"], phase, "pred-1")
    assert status.message == example.get("message") and status.error == example.get("error")
    assert status.output == example.get("generation_url")


@pytest.mark.parametrize("model", ["p-image", "p-image-edit"])
def test_pruna_create_examples_give_the_handle(model: str) -> None:
    example = _example("pruna", f"predictions.create.{model}")
    with _client(imagegen_typed.Pruna, _always(201, example)) as pruna:
        job = pruna.predictions.create(model=model, input=example["input"])
    assert (job.id, job.status_url, job.model) == (example["id"], example["get_url"], model)


ERRORS = [
    ("BadRequest", 400, "BadRequestError"),
    ("ContentExpired", 410, "ContentExpiredError"),
    ("InternalServerError", 500, "InternalServerError"),
    ("NotFound", 404, "NotFoundError"),
    ("RateLimitExceeded", 429, "RateLimitError"),
    ("Unauthorized", 401, "AuthenticationError"),
    ("ValidationError.missing_field", 422, "UnprocessableEntityError"),
    ("ValidationError.type_error", 422, "UnprocessableEntityError"),
]


@pytest.mark.parametrize(("name", "status", "class_name"), ERRORS)
def test_pruna_error_examples_are_typed_errors_with_message_and_request_id(
    name: str, status: int, class_name: str
) -> None:
    example = _example("pruna", f"error.{name}")
    with _client(imagegen_typed.Pruna, _always(status, example)) as pruna:
        with pytest.raises(imagegen_typed.APIStatusError) as caught:
            pruna.predictions.create(model="p-image", input={"prompt": "x"})
    error = caught.value
    assert type(error).__name__ == class_name and error.status_code == status
    assert error.message == (example["error"]["message"] if "error" in example else example["detail"])
    assert error.request_id == example.get("request_id")


def test_pruna_upload_example_gives_the_file_url_and_id() -> None:
    example = _example("pruna", "files.upload.response")
    with _client(imagegen_typed.Pruna, _always(201, example)) as pruna:
        uploaded = pruna.files.upload(b"\x89PNG\r\n\x1a\n")
    assert (uploaded.id, uploaded.url) == (example["id"], example["urls"]["get"])


# --- Replicate ------------------------------------------------------------------------------------------------


def test_replicate_prediction_example_reads_as_succeeded_with_its_output() -> None:
    example = _example("replicate", "predictions.get.response")
    with _client(imagegen_typed.Replicate, _always(200, example)) as replicate:
        status = replicate.predictions.status(example["id"])
    assert (status.id, status.status, status.phase, status.output) == (
        example["id"],
        "succeeded",
        "succeeded",
        example["output"],
    )
