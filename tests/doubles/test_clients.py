"""The generated client against the provider doubles: a whole call (submit, wait, save) sync and async, resuming by
id, cancel, each provider's failures, and the key kept off every host that is not an API host."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import imagegen_typed
import pytest
from imagegen_typed.bfl import errors as bfl_errors

from .clients import BY_NAME, PROFILES, Profile, async_client, check_output, client, submitted_inputs, surface
from .server import Double

NAMES = [pytest.param(p.name, id=p.name) for p in PROFILES]
CANCEL = [pytest.param(p.name, id=p.name) for p in PROFILES if p.cancel]
NO_CANCEL = [pytest.param(p.name, id=p.name) for p in PROFILES if not p.cancel]
Start = Callable[[Double], Double]


def _setup(name: str, start: Start, polls: int = 2) -> tuple[Profile, Double]:
    profile = BY_NAME[name]
    return profile, start(profile.double(polls_until_ready=polls))


@pytest.mark.parametrize("name", NAMES)
def test_a_whole_call_submits_waits_and_saves(name: str, start: Start, tmp_path: Path) -> None:
    profile, double = _setup(name, start)
    with client(profile, double) as instance:
        result = getattr(surface(profile, instance), profile.method)(**profile.kwargs, deadline=30)
        check_output(profile, double, result, result.save(tmp_path / "output"))
    assert submitted_inputs(profile, double) == profile.kwargs  # only what the caller set, under the wire names


@pytest.mark.parametrize("name", NAMES)
def test_a_whole_call_async(name: str, start: Start, tmp_path: Path) -> None:
    profile, double = _setup(name, start)

    async def run() -> tuple[Any, Path]:
        async with async_client(profile, double) as instance:
            result = await getattr(surface(profile, instance), profile.method)(**profile.kwargs, deadline=30)
            return result, await result.save(tmp_path / "output")

    result, saved = asyncio.run(run())
    check_output(profile, double, result, saved)


@pytest.mark.parametrize("name", NAMES)
def test_a_prediction_is_resumed_by_its_id_alone(name: str, start: Start, tmp_path: Path) -> None:
    profile, double = _setup(name, start)
    with client(profile, double) as first:
        job = surface(profile, first).predictions.create(model=profile.model, input=dict(profile.kwargs))
    assert job.id
    # A new client (another process, later): the id and the model are all it has.
    with client(profile, double) as later:
        result = surface(profile, later).predictions.wait(job.id, model=profile.model, deadline=30)
        check_output(profile, double, result, result.save(tmp_path / "output"))


@pytest.mark.parametrize("name", NAMES)
def test_a_wait_that_runs_out_of_time_carries_what_resumes_it(name: str, start: Start, tmp_path: Path) -> None:
    profile, double = _setup(name, start, polls=10**6)
    with client(profile, double) as instance, pytest.raises(imagegen_typed.WaitTimeoutError) as caught:
        getattr(surface(profile, instance), profile.method)(**profile.kwargs, deadline=1)
    error = caught.value
    assert error.prediction_id and error.prediction_id in str(error)
    double.polls_until_ready = 0  # the job finishes meanwhile
    with client(profile, double) as later:
        result = surface(profile, later).predictions.wait(error, deadline=30)
        check_output(profile, double, result, result.save(tmp_path / "output"))


@pytest.mark.parametrize("name", CANCEL)
def test_cancel_stops_the_job_and_the_wait_says_so(name: str, start: Start) -> None:
    profile, double = _setup(name, start, polls=10**6)
    with client(profile, double) as instance:
        predictions = surface(profile, instance).predictions
        job = predictions.create(model=profile.model, input=dict(profile.kwargs))
        predictions.cancel(job)
        with pytest.raises(imagegen_typed.PredictionCanceledError) as caught:
            predictions.wait(job, deadline=30)
    assert caught.value.prediction_id == job.id


@pytest.mark.parametrize("name", CANCEL)
def test_cancel_by_id_goes_to_the_provider(name: str, start: Start) -> None:
    profile, double = _setup(name, start, polls=10**6)
    with client(profile, double) as instance:
        predictions = surface(profile, instance).predictions
        job_id = predictions.create(model=profile.model, input=dict(profile.kwargs)).id
        predictions.cancel(job_id, model=profile.model)
        with pytest.raises(imagegen_typed.PredictionCanceledError):
            predictions.wait(job_id, model=profile.model, deadline=30)


@pytest.mark.parametrize("name", NO_CANCEL)
def test_no_cancel_where_the_provider_has_none(name: str, start: Start) -> None:
    profile, double = _setup(name, start)
    with client(profile, double) as instance, pytest.raises(imagegen_typed.UnsupportedOperationError):
        surface(profile, instance).predictions.cancel("some-id", model=profile.model)
    assert double.requests == []


FAILURES = [
    ("bfl-flux-pro-1.1", "Content Moderated", imagegen_typed.PredictionFailedError, "'Content Moderated'"),
    ("bfl-flux-pro-1.1", "Request Moderated", imagegen_typed.PredictionFailedError, "'Request Moderated'"),
    ("bfl-flux-pro-1.1", "Error", imagegen_typed.PredictionFailedError, "'Error'"),
    ("fal-flux-schnell", "content_policy_violation", imagegen_typed.PredictionFailedError, "flagged by a content"),
    ("fal-flux-schnell", "request_timeout", imagegen_typed.PredictionFailedError, "request timeout"),
    ("fal-flux-schnell", "runner_scheduling_failure", imagegen_typed.PredictionFailedError, "scheduling failure"),
    ("fal-flux-schnell", "internal_error", imagegen_typed.PredictionFailedError, "internal error"),
    ("pruna-p-image", "failed", imagegen_typed.PredictionFailedError, "Number of samples, -5"),
    ("pruna-p-image", "canceled", imagegen_typed.PredictionCanceledError, "canceled"),
    ("replicate-p-image", "failed", imagegen_typed.PredictionFailedError, "The model raised an error"),
    ("replicate-p-image", "canceled", imagegen_typed.PredictionCanceledError, "canceled"),
    ("replicate-p-image", "aborted", imagegen_typed.PredictionAbortedError, "aborted"),
    ("segmind-v2-p-image", "failed", imagegen_typed.PredictionFailedError, "FAILED"),
]


@pytest.mark.parametrize(("name", "kind", "expected", "says"), FAILURES, ids=[f"{f[0]}-{f[1]}" for f in FAILURES])
def test_a_failed_job_raises_with_the_providers_message_and_the_id(
    name: str, kind: str, expected: type[Exception], says: str, start: Start
) -> None:
    profile, double = _setup(name, start)
    double.fail_next(kind)
    with client(profile, double) as instance, pytest.raises(expected) as caught:
        getattr(surface(profile, instance), profile.method)(**profile.kwargs, deadline=30)
    assert type(caught.value) is expected
    assert says in str(caught.value)
    job = next(r for r in double.requests if r.method == "POST")
    assert caught.value.prediction_id and caught.value.prediction_id in str(job.body) + str(double.requests)


def test_an_invalid_input_the_runner_refuses_is_the_jobs_failure_with_the_field(start: Start) -> None:
    # fal validates the input in the runner: the job completes and its result answers 422 with detail[].
    profile, double = _setup("fal-flux-schnell", start)
    with client(profile, double) as instance:
        job = instance.predictions.create(model=profile.model, input={"prompt": "x", "num_inference_steps": 13})
        with pytest.raises(imagegen_typed.PredictionFailedError) as caught:
            instance.predictions.wait(job, deadline=30)
    assert "maximum of 12" in str(caught.value) and caught.value.prediction_id == job.id
    # The result's answer for a failed job is final: asked once, not retried like a flaky server.
    assert [r.path for r in double.requests].count(f"/fal-ai/flux/requests/{job.id}") == 1


def test_the_regional_polling_host_gets_the_key_only_when_declared(start: Start) -> None:
    profile, double = _setup("bfl-flux-pro-1.1", start)
    regional = double.url("regional")
    # Without it among the key's hosts (the double's loopback port is not api.eu.bfl.ai), the client does not
    # send the key there: the poll is refused, and the prediction id is kept for resuming.
    with (
        client(profile, double, auth_hosts=[]) as instance,
        pytest.raises(bfl_errors.AuthenticationError) as caught,
    ):
        instance.flux_pro_1_1(**profile.kwargs, deadline=30)
    assert caught.value.prediction_id
    polled = [r for r in double.requests_to("regional")]
    assert polled and not any(double.carries_key(r) for r in polled)
    with client(profile, double, auth_hosts=[regional]) as instance:
        result = instance.predictions.wait(caught.value, deadline=30)
    assert result.output_url.startswith(double.url("delivery"))
    assert all(double.carries_key(r) for r in double.requests_to("regional")[len(polled) :])


@pytest.mark.parametrize("hosts", [["https://api.eu.bfl.ai/v1"], ["api.eu.bfl.ai?x=1"], ["ftp://api.eu.bfl.ai"], "a.b"])
def test_auth_hosts_must_be_hosts_or_origins(hosts: Any) -> None:
    with pytest.raises((ValueError, TypeError)):
        imagegen_typed.BlackForestLabs(api_key="k", auth_hosts=hosts)


def test_an_id_bfl_does_not_know_ends_the_wait_as_task_not_found(start: Start) -> None:
    profile, double = _setup("bfl-flux-pro-1.1", start)
    with client(profile, double) as instance, pytest.raises(imagegen_typed.PredictionFailedError) as caught:
        instance.predictions.wait("no-such-task", deadline=30)
    assert "'Task not found'" in str(caught.value) and caught.value.prediction_id == "no-such-task"


def test_bfl_validation_errors_carry_every_message_of_detail(start: Start) -> None:
    profile, double = _setup("bfl-flux-pro-1.1", start)
    with client(profile, double) as instance, pytest.raises(bfl_errors.UnprocessableEntityError) as caught:
        # Untyped, so the client's own checks do not stop it first: the provider's 422 is what is read.
        instance.predictions.create(model="flux-pro-1.1", input={"width": 1000, "safety_tolerance": 9})
    assert caught.value.status_code == 422
    assert "not a multiple of 32" in caught.value.message and "maximum of 6" in caught.value.message


@pytest.mark.parametrize("name", ["fal-flux-schnell", "bfl-flux-pro-1.1"])
def test_a_wrong_key_is_the_typed_error_with_the_providers_detail(name: str, start: Start) -> None:
    profile, double = _setup(name, start)
    with client(profile, double, api_key="wrong") as instance, pytest.raises(imagegen_typed.APIStatusError) as caught:
        getattr(surface(profile, instance), profile.method)(**profile.kwargs, deadline=30)
    assert type(caught.value).__name__ == "AuthenticationError"
    assert "Invalid or missing" in caught.value.message  # the double's {"detail"}, not a made-up text
