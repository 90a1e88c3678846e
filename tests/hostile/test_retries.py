"""Retry pacing against a server that sends 429s: no hot loop, the caller's timeout holds, max_retries as documented."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest

from imagegen_specgen.runtime import APIStatusError

from ..runtime.fakes import KEY
from .clients import timed
from .leaks import assert_no_key
from .server import HostileServer, Reply, Request, Scenario

MODES = ["sync", "async"]
MARGIN = 1.0
PNG = b"\x89PNG\r\n\x1a\n" + bytes(16)
PAST = format_datetime(datetime.now(timezone.utc) - timedelta(hours=1), usegmt=True)


def image(reply: Reply) -> None:
    reply.send(200, PNG, {"content-type": "image/png"})


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    "hint", [{"retry-after": "0"}, {"retry-after": "-5"}, {"retry-after": PAST}, {"retry-after-ms": "0"}]
)
def test_a_429_asking_for_no_wait_gets_the_ordinary_backoff(
    mode: str, hint: dict[str, str], serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(lambda request, reply: reply.json({"error": "slow down"}, 429, hint))
    error, elapsed = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a"))
    assert isinstance(error, APIStatusError) and error.status_code == 429
    assert len(server.requests) == 3  # the first try and max_retries=2 retries, not a thousand
    assert elapsed >= 2 * 0.375 * 0.9  # two backoff waits, not a hot loop
    assert_no_key(KEY, error, caplog)


@pytest.mark.parametrize("mode", MODES)
def test_paced_429s_do_not_use_up_max_retries(mode: str, serve: Callable[[Scenario], HostileServer]) -> None:
    def scenario(request: Request, reply: Reply) -> None:
        if request.number == 0:
            reply.json({"error": "slow down"}, 429, {"retry-after": "1"})
        elif request.number == 1:
            reply.json({"error": "slow down"}, 429)
        elif request.number == 2:
            reply.json({"error": "busy"}, 503)
        else:
            image(reply)

    server = serve(scenario)
    result, elapsed = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a"))
    assert not isinstance(result, Exception), result
    assert result.content == PNG and len(server.requests) == 4  # default max_retries=2 covers the 429 and 503
    assert elapsed < 1.25 + 0.5 + 1.0 + 1.0  # the paced wait and two backoffs


@pytest.mark.parametrize("mode", MODES)
def test_paced_429s_end_within_the_callers_timeout(
    mode: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(lambda request, reply: reply.json({"error": "slow down"}, 429, {"retry-after": "1"}))
    error, elapsed = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a", timeout=3, max_retries=2))
    assert isinstance(error, APIStatusError) and error.status_code == 429, error
    assert elapsed < 3 + MARGIN
    assert len(server.requests) <= 4
    assert_no_key(KEY, error, caplog)


@pytest.mark.parametrize("mode", MODES)
def test_a_small_positive_hint_is_honoured_with_a_floor_and_counted(
    mode: str, serve: Callable[[Scenario], HostileServer]
) -> None:
    server = serve(lambda request, reply: reply.json({"error": "slow down"}, 429, {"retry-after-ms": "1"}))
    error, elapsed = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a", timeout=2))
    assert isinstance(error, APIStatusError) and error.status_code == 429
    assert len(server.requests) == 3 and elapsed >= 0.2 * 0.9  # two waits of at least the 0.1 s floor
