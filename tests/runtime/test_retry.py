"""Retries: which failures are retried (billed vs idempotent requests), backoff, server-requested waits."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from imagegen_specgen.runtime import APIConnectionError, APIStatusError, APITimeoutError
from imagegen_specgen.runtime.retry import backoff, parse_wait

from .fakes import FakeTime, RateLimitError, Script, async_direct, direct, image, jobs, ok_json

STATUS_OK = ok_json({"status": "processing"})


def connect_error() -> httpx.ConnectError:
    return httpx.ConnectError("refused")


@pytest.mark.parametrize(
    ("status", "retried"),
    [(408, True), (429, True), (502, True), (503, True), (500, False), (504, False)],
)
def test_billed_direct_generation_retries_only_when_no_work_started(status: int, retried: bool) -> None:
    script = Script([httpx.Response(status), image()])
    client = direct(script)
    if retried:
        client.p_image(prompt="cat")
    else:
        with pytest.raises(APIStatusError) as caught:
            client.p_image(prompt="cat")
        assert caught.value.status_code == status
    assert len(script.requests) == (2 if retried else 1)


@pytest.mark.parametrize(("status", "retried"), [(429, True), (503, True), (500, False), (504, False)])
def test_billed_jobs_prediction_create_follows_the_same_policy(status: int, retried: bool) -> None:
    done = ok_json({"status": "succeeded", "generation_url": "/v1/predictions/delivery/a.png"})
    script = Script([httpx.Response(status), done])
    client = jobs(script)
    if retried:
        client.p_image(prompt="cat")
    else:
        with pytest.raises(APIStatusError):
            client.p_image(prompt="cat")
    assert len(script.requests) == (2 if retried else 1)


@pytest.mark.parametrize(
    ("failure", "retried", "raised"),
    [
        (httpx.ConnectError("refused"), True, None),
        (httpx.ConnectTimeout("slow connect"), True, None),
        (httpx.ReadTimeout("no answer"), False, APITimeoutError),
        (httpx.RemoteProtocolError("dropped after sending"), False, APIConnectionError),
        (httpx.ReadError("reset"), False, APIConnectionError),
    ],
)
def test_billed_transport_failures(failure: Exception, retried: bool, raised: type[Exception] | None) -> None:
    script = Script([failure, image()])
    client = direct(script)
    if raised is None:
        client.p_image(prompt="cat")
    else:
        with pytest.raises(raised):
            client.p_image(prompt="cat")
    assert len(script.requests) == (2 if retried else 1)


def test_retry_billed_failures_opt_in() -> None:
    script = Script([httpx.Response(500), httpx.ReadTimeout("slow"), image()])
    direct(script, retry_billed_failures=True).p_image(prompt="cat")
    assert len(script.requests) == 3


@pytest.mark.parametrize("failure", [408, 429, 500, 502, 503, 504, "read-timeout", "dropped"])
def test_idempotent_status_poll_retries_the_full_set(failure: object) -> None:
    first: httpx.Response | Exception
    if failure == "read-timeout":
        first = httpx.ReadTimeout("slow")
    elif failure == "dropped":
        first = httpx.RemoteProtocolError("dropped")
    else:
        assert isinstance(failure, int)
        first = httpx.Response(failure)
    script = Script([first, STATUS_OK])
    assert jobs(script).predictions.status("p1").status == "processing"
    assert len(script.requests) == 2


def test_file_upload_is_not_billed_and_retries_500() -> None:
    script = Script([httpx.Response(500), ok_json({"id": "f1", "urls": {"get": "https://api.jobs.test/v1/files/f1"}})])
    assert jobs(script).files.upload(b"data").url == "https://api.jobs.test/v1/files/f1"
    assert len(script.requests) == 2


def test_backoff_sleeps_then_gives_up_after_max_retries() -> None:
    time = FakeTime()
    script = Script([httpx.Response(503)] * 3)
    with pytest.raises(APIStatusError):
        direct(script, time).p_image(prompt="cat")
    assert len(script.requests) == 3
    assert time.sleeps == [0.5, 1.0]


def test_max_retries_per_client_and_per_call() -> None:
    script = Script([httpx.Response(503)] * 5)
    client = direct(script, max_retries=3)
    with pytest.raises(APIStatusError):
        client.p_image(prompt="cat", max_retries=0)
    assert len(script.requests) == 1
    with pytest.raises(APIStatusError):
        client.p_image(prompt="cat")
    assert len(script.requests) == 5


def test_backoff_formula_and_jitter() -> None:
    assert [backoff(n, lambda: 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff(0, lambda: 1.0) == 0.375


def rate_limited(headers: dict[str, str]) -> httpx.Response:
    return httpx.Response(429, json={"error": "slow down"}, headers=headers)


def http_date(moment: datetime) -> str:
    return format_datetime(moment, usegmt=True)


EPOCH = datetime(2025, 1, 1, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": http_date(EPOCH + timedelta(seconds=5))}, 5.0),
        ({"x-rate-limit-reset-at-utc": "2025-01-01T00:00:07Z"}, 7.0),
        ({"x-rate-limit-reset-at-utc": "2025-01-01 00:00:09"}, 9.0),
        ({"x-rate-limit-reset-at-utc": str(int(EPOCH.timestamp()) + 11)}, 11.0),
        ({"x-rate-limit-reset-at-utc": http_date(EPOCH + timedelta(seconds=13))}, 13.0),
        ({"x-rate-limit-reset-at-utc": "soon"}, 0.5),  # unreadable: plain backoff
    ],
)
def test_server_requested_waits_are_honoured(headers: dict[str, str], expected: float) -> None:
    time = FakeTime()
    script = Script([rate_limited(headers), image()])
    direct(script, time).p_image(prompt="cat")
    assert time.sleeps == [pytest.approx(expected)]


def test_server_wait_beyond_cap_raises_at_once() -> None:
    time = FakeTime()
    script = Script([rate_limited({"retry-after": "3600"})])
    with pytest.raises(RateLimitError):
        direct(script, time).p_image(prompt="cat")
    assert time.sleeps == []


@given(st.text(max_size=40))
def test_parse_wait_never_raises_nor_goes_negative(text: str) -> None:
    wait = parse_wait(text, EPOCH)
    assert wait is None or wait >= 0.0


def test_paced_429s_do_not_use_up_max_retries() -> None:
    """A 429 that says when to come back is the server pacing bulk callers: keep going past max_retries."""
    time = FakeTime()
    script = Script([rate_limited({"retry-after": "2"})] * 5 + [image()])
    direct(script, time).p_image(prompt="cat")
    assert len(script.requests) == 6
    assert time.sleeps == [2.0] * 5


def test_paced_429s_stop_when_the_asked_waits_pass_the_cap() -> None:
    time = FakeTime()
    script = Script([rate_limited({"retry-after": "25"})] * 4)
    with pytest.raises(RateLimitError):
        direct(script, time).p_image(prompt="cat")
    assert time.sleeps == [25.0, 25.0]  # a third wait would pass 60 s in all


def test_unpaced_429s_and_max_retries_zero_still_give_up() -> None:
    script = Script([rate_limited({})] * 4)
    with pytest.raises(RateLimitError):
        direct(script).p_image(prompt="cat")
    assert len(script.requests) == 3
    script = Script([rate_limited({"retry-after": "1"})] * 2)
    with pytest.raises(RateLimitError):
        direct(script, max_retries=0).p_image(prompt="cat")
    assert len(script.requests) == 1


def test_honoured_waits_get_bounded_jitter() -> None:
    from imagegen_specgen.runtime.retry import RetryPolicy, decide_response

    response = rate_limited({"retry-after": "10"})
    decision = decide_response(
        RetryPolicy(max_retries=2), retries_done=0, billed=True, response=response, now=EPOCH, random=lambda: 1.0
    )
    assert decision.retry and decision.delay == pytest.approx(11.0)  # +25 % would be 2.5 s: capped at 1 s


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "0"},
        {"retry-after": "-5"},
        {"retry-after-ms": "0"},
        {"retry-after": http_date(EPOCH - timedelta(hours=1))},
        {"x-rate-limit-reset-at-utc": "2024-12-31T23:00:00Z"},
    ],
)
def test_a_429_asking_for_no_wait_gets_backoff_and_counts(headers: dict[str, str]) -> None:
    time = FakeTime()
    script = Script([rate_limited(headers)] * 10)
    with pytest.raises(RateLimitError):
        direct(script, time).p_image(prompt="cat")
    assert time.sleeps == [0.5, 1.0] and len(script.requests) == 3


def test_every_wait_has_a_floor_and_short_hints_count_against_max_retries() -> None:
    time = FakeTime()
    script = Script([rate_limited({"retry-after-ms": "1"})] * 10)
    with pytest.raises(RateLimitError):
        direct(script, time).p_image(prompt="cat")
    assert time.sleeps == [0.1, 0.1] and len(script.requests) == 3


def sequence() -> list[httpx.Response]:
    return [rate_limited({"retry-after": "1"}), rate_limited({}), httpx.Response(503), image()]


def test_a_paced_429_leaves_max_retries_for_later_failures() -> None:
    time = FakeTime()
    script = Script(sequence())
    assert direct(script, time).p_image(prompt="cat").content
    assert time.sleeps == [1.0, 0.5, 1.0]


@pytest.mark.asyncio
async def test_a_paced_429_leaves_max_retries_for_later_failures_async() -> None:
    time = FakeTime()
    script = Script(sequence())
    assert (await async_direct(script, time).p_image(prompt="cat")).content
    assert time.sleeps == [1.0, 0.5, 1.0]


def test_paced_429s_stop_at_the_callers_timeout() -> None:
    time = FakeTime()
    script = Script([rate_limited({"retry-after": "1"})] * 50)
    with pytest.raises(RateLimitError):
        direct(script, time).p_image(prompt="cat", timeout=3, max_retries=2)
    assert time.sleeps == [1.0, 1.0] and len(script.requests) == 3  # a third wait would end at the timeout


@pytest.mark.asyncio
async def test_paced_429s_stop_at_the_callers_timeout_async() -> None:
    time = FakeTime()
    script = Script([rate_limited({"retry-after": "1"})] * 50)
    with pytest.raises(RateLimitError):
        await async_direct(script, time).p_image(prompt="cat", timeout=3, max_retries=2)
    assert time.sleeps == [1.0, 1.0] and len(script.requests) == 3


def test_a_download_without_a_timeout_still_ends() -> None:
    """600 s in all by default: room for a large file on a slow link, yet a failing server cannot hold it."""
    time = FakeTime()
    script = Script([httpx.Response(503)] * 200)
    with pytest.raises(APIStatusError):
        direct(script, time, max_retries=1000).download("/v1/out.png")
    assert 590 <= sum(time.sleeps) < 600
