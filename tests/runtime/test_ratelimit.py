"""Opt-in client-side rate limiting: per endpoint, shared by a client and its copies, thread-safe."""

from __future__ import annotations

import threading

import pytest

from imagegen_specgen.runtime import RateLimit
from imagegen_specgen.runtime.ratelimit import RateLimiter

from .fakes import JOBS_API, FakeTime, Jobs, Script, async_direct, direct, image, jobs, ok_json, replace_record

TWO_PER_MINUTE = RateLimit(requests=2, per_seconds=60.0)


def test_sliding_window_books_the_earliest_allowed_slot() -> None:
    limiter = RateLimiter()
    assert [limiter.reserve("k", TWO_PER_MINUTE, 0.0) for _ in range(5)] == [0.0, 0.0, 60.0, 60.0, 120.0]
    assert limiter.reserve("other", TWO_PER_MINUTE, 0.0) == 0.0
    assert limiter.reserve("k", TWO_PER_MINUTE, 500.0) == 0.0


def test_window_is_respected_under_threads() -> None:
    limiter = RateLimiter()
    limit = RateLimit(requests=5, per_seconds=10.0)
    starts: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(20):
            delay = limiter.reserve("k", limit, 0.0)
            with lock:
                starts.append(delay)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    starts.sort()
    assert len(starts) == 160
    for i in range(len(starts) - limit.requests):
        assert starts[i + limit.requests] - starts[i] >= limit.per_seconds


def test_client_waits_only_when_opted_in() -> None:
    time = FakeTime()
    direct(Script([image()] * 3), time).p_image(prompt="a")
    client = direct(Script([image()] * 3), time)
    for _ in range(3):
        client.p_image(prompt="a")
    assert time.sleeps == []
    client = direct(Script([image()] * 3), time, rate_limit=True)
    for _ in range(3):
        client.p_image(prompt="a")
    assert time.sleeps == [60.0]


def test_with_options_copies_share_the_limiter() -> None:
    time = FakeTime()
    script = Script([image()] * 3)
    client = direct(script, time, rate_limit=True)
    client.p_image(prompt="a")
    client.with_options(timeout=5.0).p_image(prompt="a")
    client.with_options(max_retries=0).p_image(prompt="a")
    assert time.sleeps == [60.0]


def test_status_polls_use_the_predictions_limit() -> None:
    class TightJobs(Jobs):
        _api = replace_record(JOBS_API, status_rate_limit=RateLimit(requests=1, per_seconds=9.0))

    time = FakeTime()
    client = jobs(Script([ok_json({"status": "processing"})] * 2), time, rate_limit=True, cls=TightJobs)
    client.predictions.status("a")
    client.predictions.status("b")
    assert time.sleeps == [9.0]


@pytest.mark.asyncio
async def test_async_client_shares_the_same_core() -> None:
    time = FakeTime()
    client = async_direct(Script([image()] * 3), time, rate_limit=True)
    for _ in range(3):
        await client.p_image(prompt="a")
    assert time.sleeps == [60.0]
