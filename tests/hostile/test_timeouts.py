"""Servers that hold, drip, reset or never answer: every call ends within the caller's timeout or deadline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from imagegen_specgen.runtime import APIConnectionError, APITimeoutError, WaitTimeoutError

from ..runtime.fakes import KEY
from .clients import timed
from .leaks import assert_no_key
from .server import HostileServer, Reply, Request, Scenario

MODES = ["sync", "async"]
MARGIN = 1.0
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
DONE = {"id": "p1", "status": "succeeded", "generation_url": "/v1/predictions/delivery/p1.png"}


def created(reply: Reply) -> None:
    reply.json({"id": "p1", "status": "starting", "model": "flux"})


def jobs_server(
    status: Callable[[Request, Reply], None], create: Callable[[Request, Reply], None] = lambda r, x: created(x)
) -> Scenario:
    def scenario(request: Request, reply: Reply) -> None:
        if request.method == "POST":
            create(request, reply)
        else:
            status(request, reply)

    return scenario


@pytest.mark.parametrize("mode", MODES)
def test_a_server_that_never_answers_ends_at_the_timeout(
    mode: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(lambda request, reply: reply.hold())
    error, elapsed = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a", timeout=1))
    assert isinstance(error, APITimeoutError) and elapsed < 1 + MARGIN
    assert len(server.requests) == 1  # a billed POST that may have started work is not sent again
    assert_no_key(KEY, error, caplog)


@pytest.mark.parametrize("mode", MODES)
def test_a_dripping_body_cannot_outlast_the_timeout(
    mode: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(lambda request, reply: reply.drip(200, PNG, interval=0.1))  # 7 s for the whole body
    error, elapsed = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a", timeout=1))
    assert isinstance(error, APITimeoutError) and elapsed < 1 + MARGIN, (error, elapsed)
    assert_no_key(KEY, error, caplog)


@pytest.mark.parametrize("mode", MODES)
def test_a_head_without_its_body_ends_at_the_timeout(mode: str, serve: Callable[[Scenario], HostileServer]) -> None:
    server = serve(lambda request, reply: reply.head_then_hold(200, 100))
    error, elapsed = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a", timeout=1))
    assert isinstance(error, APITimeoutError) and elapsed < 1 + MARGIN, (error, elapsed)


@pytest.mark.parametrize("mode", MODES)
def test_a_dripping_download_is_retried_within_the_timeout(
    mode: str, serve: Callable[[Scenario], HostileServer]
) -> None:
    server = serve(lambda request, reply: reply.drip(200, PNG, interval=0.1))
    error, elapsed = timed(mode, "direct", server.url, lambda c: c.download("/out.png", timeout=1.5))
    assert isinstance(error, APITimeoutError) and elapsed < 1.5 + MARGIN, (error, elapsed)


@pytest.mark.parametrize("mode", MODES)
def test_resets_on_a_safe_get_are_retried_then_raised(
    mode: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(lambda request, reply: reply.reset())
    error, elapsed = timed(mode, "direct", server.url, lambda c: c.download("/out.png", timeout=2))
    assert isinstance(error, APIConnectionError) and len(server.requests) == 3 and elapsed < 2 + MARGIN
    assert_no_key(KEY, error, caplog)


@pytest.mark.parametrize("mode", MODES)
def test_deadline_bounds_a_status_get_that_never_answers(
    mode: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(jobs_server(lambda request, reply: reply.hold()))
    error, elapsed = timed(mode, "jobs", server.url, lambda c: c.flux(prompt="a", deadline=1.5))
    assert isinstance(error, WaitTimeoutError) and elapsed < 1.5 + MARGIN, (error, elapsed)
    assert error.prediction_id == "p1" and "predictions.wait('p1')" in str(error)
    assert_no_key(KEY, error, caplog)


@pytest.mark.parametrize("mode", MODES)
def test_timeout_and_deadline_together_end_at_the_deadline(
    mode: str, serve: Callable[[Scenario], HostileServer]
) -> None:
    server = serve(jobs_server(lambda request, reply: reply.hold()))
    error, elapsed = timed(mode, "jobs", server.url, lambda c: c.flux(prompt="a", timeout=1, deadline=2))
    assert isinstance(error, WaitTimeoutError | APITimeoutError) and elapsed < 2 + MARGIN, (error, elapsed)
    assert error.prediction_id == "p1"


def hold_if_sync(request: Request, reply: Reply) -> None:
    """The server's Try-Sync hold (here up to 25 s); without the header the answer comes at once."""
    if request.headers.get("try-sync") == "true":
        reply.hold(25)
    else:
        created(reply)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bounds", [{"deadline": 2.0}, {"timeout": 2.0}])
def test_too_little_time_for_the_sync_hold_creates_without_it(
    mode: str, bounds: dict[str, float], serve: Callable[[Scenario], HostileServer]
) -> None:
    server = serve(jobs_server(lambda request, reply: reply.json(DONE), create=hold_if_sync))
    result, elapsed = timed(mode, "jobs", server.url, lambda c: c.flux(prompt="a", **bounds))
    assert not isinstance(result, Exception), result
    assert result.id == "p1" and elapsed < 2
    assert "try-sync" not in server.requests[0].headers


@pytest.mark.parametrize("mode", MODES)
def test_enough_time_keeps_try_sync(mode: str, serve: Callable[[Scenario], HostileServer]) -> None:
    server = serve(jobs_server(lambda request, reply: reply.json(DONE), create=lambda r, reply: reply.json(DONE)))
    result, _ = timed(mode, "jobs", server.url, lambda c: c.flux(prompt="a"))
    assert result.id == "p1" and server.requests[0].headers.get("try-sync") == "true"
    assert len(server.requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_wait_error_carries_the_prediction_id(
    mode: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(jobs_server(lambda request, reply: reply.reset()))
    error, elapsed = timed(mode, "jobs", server.url, lambda c: c.flux(prompt="a", deadline=10))
    assert isinstance(error, APIConnectionError) and not isinstance(error, APITimeoutError), error
    assert error.prediction_id == "p1" and "client.predictions.wait('p1')" in str(error)
    assert len(server.requests) == 1 + 3 and elapsed < 3
    assert_no_key(KEY, error, caplog)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("provider", "bound"), [("direct", {"timeout": 2.0}), ("jobs", {"deadline": 3.0})])
def test_a_head_sent_a_byte_at_a_time_ends_at_the_bound(
    mode: str,
    provider: str,
    bound: dict[str, float],
    serve: Callable[[Scenario], HostileServer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Each byte arrives well within a read timeout; the whole head takes ~40 s.
    server = serve(lambda request, reply: reply.drip_head(200, interval=0.2))
    error, elapsed = timed(mode, provider, server.url, lambda c: c.flux(prompt="a", **bound))
    limit = next(iter(bound.values()))
    assert isinstance(error, APITimeoutError) and elapsed < 2 * limit, (error, elapsed)
    assert len(server.requests) == 1  # the billed POST is not sent again
    assert_no_key(KEY, error, caplog)
