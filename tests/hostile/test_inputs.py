"""Numbers JSON cannot carry and unusable timeouts are refused before any request; safe GETs survive bad JSON."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from imagegen_specgen.runtime import APIError, InvalidParameterError, ResponseParseError

from ..runtime.fakes import KEY
from .clients import Direct, Jobs, timed
from .leaks import assert_no_key
from .server import HostileServer, Reply, Request, Scenario

MODES = ["sync", "async"]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(16)
DONE = {"id": "p1", "status": "succeeded", "generation_url": "/v1/predictions/delivery/p1.png"}


def image(request: Request, reply: Reply) -> None:
    reply.send(200, PNG, {"content-type": "image/png"})


NON_FINITE = [
    ("direct", {"guidance": math.nan}, "guidance=nan is not allowed: numbers must be finite"),
    ("jobs", {"guidance": math.nan}, "guidance=nan is not allowed: numbers must be finite"),
    ("direct", {"guidance": math.inf}, "guidance=inf is not allowed"),
    ("jobs", {"guidance": -math.inf}, "guidance=-inf is not allowed"),
    ("direct", {"steps": -math.inf}, "steps=-inf is not allowed"),  # a bounded parameter: reported once
    ("direct", {"weights": [1.0, math.nan]}, "weights[1]=nan is not allowed"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("provider", "arguments", "expected"), NON_FINITE)
def test_nan_and_infinities_are_refused_naming_the_parameter(
    mode: str, provider: str, arguments: dict[str, Any], expected: str, serve: Callable[[Scenario], HostileServer]
) -> None:
    server = serve(image)
    error, _ = timed(mode, provider, server.url, lambda c: c.flux(prompt="a", **arguments))
    assert isinstance(error, InvalidParameterError) and expected in str(error)
    assert str(error).count("is not allowed") == 1 and server.requests == []


@pytest.mark.parametrize("mode", MODES)
def test_untyped_calls_refuse_nan_before_sending(mode: str, serve: Callable[[Scenario], HostileServer]) -> None:
    server = serve(image)
    for provider, call in [
        ("direct", lambda c: c.run("flux", {"prompt": "a", "guidance": math.nan})),
        ("jobs", lambda c: c.predictions.create(model="flux", input={"guidance": math.inf})),
    ]:
        error, _ = timed(mode, provider, server.url, call)
        assert isinstance(error, InvalidParameterError) and "JSON cannot carry" in str(error)
    assert server.requests == []


@pytest.mark.parametrize(
    ("arguments", "kind", "message"),
    [
        ({"timeout": math.nan}, ValueError, "timeout must be a finite number"),
        ({"timeout": -1}, ValueError, "timeout must be a finite number of seconds >= 0"),
        ({"timeout": "3"}, TypeError, "timeout must be a number of seconds or None, got str"),
        ({"deadline": math.nan}, ValueError, "deadline must be a finite number"),
        ({"deadline": -0.5}, ValueError, "deadline must be a finite number"),
        ({"deadline": math.inf}, ValueError, "deadline must be a finite number"),
        ({"deadline": True}, TypeError, "deadline must be a number of seconds or None, got bool"),
    ],
)
def test_unusable_timeouts_and_deadlines_are_refused(
    arguments: dict[str, Any], kind: type[Exception], message: str, serve: Callable[[Scenario], HostileServer]
) -> None:
    server = serve(image)
    with pytest.raises(kind, match=message):
        Jobs(api_key=KEY, base_url=server.url, **arguments)
    client = Jobs(api_key=KEY, base_url=server.url)
    with pytest.raises(kind, match=message):
        client.with_options(**arguments)
    with pytest.raises(kind, match=message):
        client.flux(prompt="a", **arguments)
    if "timeout" in arguments:
        with pytest.raises(kind, match=message):
            Direct(api_key=KEY, base_url=server.url).flux(prompt="a", **arguments)
    assert server.requests == []


def jobs_status(status: Callable[[Request, Reply], None]) -> Scenario:
    def scenario(request: Request, reply: Reply) -> None:
        if request.method == "POST":
            reply.json({"id": "p1", "status": "starting"})
        else:
            status(request, reply)

    return scenario


@pytest.mark.parametrize("mode", MODES)
def test_a_malformed_status_body_is_retried(mode: str, serve: Callable[[Scenario], HostileServer]) -> None:
    def status(request: Request, reply: Reply) -> None:
        if request.number == 1:
            reply.send(200, '{"status": "proc', {"content-type": "application/json"})
        else:
            reply.json(DONE)

    server = serve(jobs_status(status))
    result, _ = timed(mode, "jobs", server.url, lambda c: c.flux(prompt="a", deadline=5))
    assert not isinstance(result, Exception), result
    assert result.id == "p1" and len(server.requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_a_status_body_that_stays_malformed_ends_with_the_prediction_id(
    mode: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(jobs_status(lambda request, reply: reply.send(200, "<html>", {"content-type": "text/html"})))
    error, elapsed = timed(mode, "jobs", server.url, lambda c: c.flux(prompt="a", deadline=5))
    assert isinstance(error, ResponseParseError) and error.prediction_id == "p1", error
    assert "client.predictions.wait('p1')" in str(error)
    assert len(server.requests) == 1 + 3 and elapsed < 3  # the first status GET and max_retries=2 retries
    assert_no_key(KEY, error, caplog)


RESULT_FAILURES = {
    "malformed": (lambda reply: reply.send(200, '{"generation_url": ', {"content-type": "application/json"})),
    "reset": (lambda reply: reply.reset()),
    "truncated": (lambda reply: reply.send(200, b"{}", {"content-type": "application/json", "content-length": "90"})),
    "without output": (lambda reply: reply.json({"id": "p1"})),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("failure", sorted(RESULT_FAILURES))
def test_an_error_at_the_result_step_carries_the_prediction_id(
    mode: str, failure: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    def status(request: Request, reply: Reply) -> None:
        if "/result/" in request.path:
            RESULT_FAILURES[failure](reply)
        else:
            reply.json({"id": "p1", "status": "succeeded"})  # the outputs come from the result request

    server = serve(jobs_status(status))
    error, _ = timed(mode, "jobs-result", server.url, lambda c: c.flux(prompt="a", deadline=5, max_retries=1))
    assert isinstance(error, APIError) and error.prediction_id == "p1", error
    assert "client.predictions.wait('p1')" in str(error)
    assert any("/result/p1" in request.path for request in server.requests)
    assert_no_key(KEY, error, caplog)
