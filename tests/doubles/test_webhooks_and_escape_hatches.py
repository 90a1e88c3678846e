"""The generated client against the provider doubles: a webhook passed with a call where each provider documents it
(Replicate's body fields beside `input`, fal's `fal_webhook` query parameter, BFL's body fields), the escape hatches
for what the spec does not know yet, and the raw answers beside the parsed results."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import imagegen_typed
import pytest

from .clients import BY_NAME, KEY, Profile, async_client, check_output, client
from .server import Double

Start = Callable[[Double], Double]
HOOK = "https://example.com/hooks/images"
SECRET = "bfl-hook-secret-0123"


def _setup(name: str, start: Start, polls: int = 1) -> tuple[Profile, Double]:
    profile = BY_NAME[name]
    return profile, start(profile.double(polls_until_ready=polls))


def _submitted(double: Double) -> Any:
    (submit,) = [r for r in double.requests if r.method == "POST"]
    return submit


def test_replicate_takes_the_webhook_and_its_events_beside_the_input(start: Start, tmp_path: Path) -> None:
    profile, double = _setup("replicate-p-image", start)
    webhook = imagegen_typed.Webhook(HOOK, events=["start", "completed"])
    with client(profile, double) as replicate:
        prediction = replicate.submit_p_image(prompt="a fox", webhook=webhook)
        submit = _submitted(double)
        events = ["start", "completed"]
        assert submit.json() == {"input": {"prompt": "a fox"}, "webhook": HOOK, "webhook_events_filter": events}
        assert "prefer" not in submit.headers  # no hold: the prediction comes back at once, with its id
        assert prediction.id and prediction.finished is None and prediction.model == "prunaai/p-image"
        assert prediction.http_response is not None and prediction.http_response.status_code == 201
        assert len(double.requests) == 1  # nothing polled: the provider calls the webhook
        result = replicate.predictions.wait(prediction, deadline=30)  # still resumable like any prediction
        check_output(profile, double, result, result.save(tmp_path / "output"))


def test_fal_takes_the_webhook_as_its_query_parameter(start: Start, tmp_path: Path) -> None:
    profile, double = _setup("fal-flux-schnell", start)
    with client(profile, double) as fal:
        prediction = fal.submit_flux_schnell(prompt="a fox", num_images=2, webhook=imagegen_typed.Webhook(HOOK))
        submit = _submitted(double)
        assert submit.query == {"fal_webhook": [HOOK]} and submit.json() == {"prompt": "a fox", "num_images": 2}
        assert double.jobs[prediction.id]["webhook"] == HOOK  # type: ignore[attr-defined]
        # fal answers only the ids; the status and result paths come from the model, which the handle keeps.
        assert prediction.status_url is None and prediction.model == "fal-ai/flux/schnell"
        result = fal.predictions.wait(prediction, deadline=30)
        check_output(profile, double, result, result.save(tmp_path / "output"))


def test_bfl_takes_the_webhook_and_its_secret_in_the_body_async(start: Start, tmp_path: Path) -> None:
    profile, double = _setup("bfl-flux-pro-1.1", start)
    webhook = imagegen_typed.Webhook(HOOK, secret=SECRET)
    assert SECRET not in repr(webhook)

    async def run() -> tuple[Any, Any, Path]:
        async with async_client(profile, double) as bfl:
            prediction = await bfl.submit_flux_pro_1_1(prompt="a lighthouse", webhook=webhook)
            result = await bfl.predictions.wait(prediction, deadline=30)
            return prediction, result, await result.save(tmp_path / "output")

    prediction, result, saved = asyncio.run(run())
    assert _submitted(double).json() == {"prompt": "a lighthouse", "webhook_url": HOOK, "webhook_secret": SECRET}
    assert prediction.raw["webhook_url"] == HOOK and "polling_url" not in prediction.raw  # AsyncWebhookResponse
    # The secret went to BFL only: the answer kept beside the handle holds its request without it, or the key.
    sent = prediction.http_response.request
    assert SECRET.encode() not in sent.content and KEY not in sent.headers.get("x-key", "")
    check_output(profile, double, result, saved)


def test_a_provider_without_webhooks_has_no_submit_method_and_create_refuses_one(start: Start) -> None:
    profile, double = _setup("pruna-p-image", start)
    with client(profile, double) as pruna:
        assert not hasattr(pruna, "submit_p_image")
        with pytest.raises(imagegen_typed.UnsupportedOperationError, match="takes no webhook"):
            pruna.predictions.create(model="p-image", input={"prompt": "x"}, webhook=imagegen_typed.Webhook(HOOK))
    assert double.requests == []


def test_extra_input_and_extra_body_go_where_their_names_say(start: Start) -> None:
    profile, double = _setup("replicate-p-image", start, polls=0)
    with client(profile, double) as replicate:
        replicate.p_image(
            prompt="a fox",
            extra_input={"go_fast": True},  # a model input the spec does not know yet: inside `input`
            extra_body={"webhook_events_filter": ["completed"]},  # a top-level field, sent as given
            extra_headers={"x-trace": "t1"},
            deadline=30,
        )
    submit = _submitted(double)
    assert submit.json() == {"input": {"prompt": "a fox", "go_fast": True}, "webhook_events_filter": ["completed"]}
    assert submit.headers["x-trace"] == "t1"


def test_extra_query_goes_to_the_generation_request_only(start: Start) -> None:
    profile, double = _setup("bfl-flux-pro-1.1", start)
    with client(profile, double) as bfl:
        bfl.flux_pro_1_1(prompt="a lighthouse", extra_query={"trace": "t1", "n": 2}, deadline=30)
    assert _submitted(double).query == {"trace": ["t1"], "n": ["2"]}
    assert all("trace" not in r.query for r in double.requests if r.method == "GET")


def test_the_raw_answers_are_beside_the_result(start: Start) -> None:
    profile, double = _setup("fal-flux-schnell", start)
    with client(profile, double) as fal:
        result = fal.flux_schnell(prompt="a fox", num_images=2, deadline=30)
    # fal's outputs come from its result request: that answer, and the submit's.
    assert result.http_response.status_code == 200 and result.http_response.json()["images"]
    assert result.http_response.request.url.path.endswith(f"/requests/{result.id}")
    assert result.submit_response is not None and result.submit_response.json()["status"] == "IN_QUEUE"
    for answer in (result.http_response, result.submit_response):
        assert KEY not in answer.request.headers["authorization"]  # "Key [redacted]"
    assert "http_response" not in repr(result)


def test_a_secret_argument_reaches_the_provider_but_not_the_answer_kept_beside_the_result(start: Start) -> None:
    profile, double = _setup("replicate-p-image", start, polls=0)
    token = "hf_secret_token_0123456789"
    with client(profile, double) as replicate:
        result = replicate.p_image(prompt="a fox", hf_api_token=token, deadline=30)
    assert _submitted(double).json()["input"]["hf_api_token"] == token
    assert result.submit_response is not None
    assert token.encode() not in result.submit_response.request.content


def test_a_webhook_the_provider_cannot_take_fails_before_any_upload(start: Start) -> None:
    profile, double = _setup("replicate-p-image", start)
    with client(profile, double) as replicate:
        with pytest.raises(imagegen_typed.InvalidParameterError, match=r"'complete' is not allowed.*'completed'"):
            replicate.submit_p_image_edit(
                prompt="a watercolor",
                images=[b"\x89PNG\r\n\x1a\n" + bytes(16)],  # a local file: uploaded first, were the webhook fine
                webhook=imagegen_typed.Webhook(HOOK, events=["complete"]),
            )
    assert double.requests == []


def test_local_files_are_uploaded_before_a_submit_with_a_webhook(start: Start) -> None:
    profile, double = _setup("replicate-p-image", start)
    with client(profile, double) as replicate:
        prediction = replicate.submit_p_image_edit(
            prompt="a watercolor", images=[b"\x89PNG\r\n\x1a\n" + bytes(16)], webhook=imagegen_typed.Webhook(HOOK)
        )
    upload, submit = [r for r in double.requests if r.method == "POST"]
    assert upload.path == "/v1/files" and submit.json()["webhook"] == HOOK
    assert submit.json()["input"]["images"][0].startswith(double.url("api")) and prediction.id
