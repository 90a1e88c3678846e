"""When to retry a request and how long to wait first: pure decisions shared by the sync and async clients.

Billed-request policy
---------------------
A request that may have started a billed generation (a direct API's model call, a predictions API's submit)
is retried only when the provider certainly did not start work. Retrying after an ambiguous failure could
charge the caller twice for one image, so those failures are raised at once unless the client was built with
`retry_billed_failures=True`.

    failure                                     billed request      idempotent request (status, delivery,
                                                                    download, file upload)
    connect error / connect or pool timeout     retry               retry
    (the request never left the machine)
    408 Request Timeout                         retry               retry
    429 Too Many Requests                       retry               retry
    502 Bad Gateway, 503 Service Unavailable    retry               retry
    500 Internal Server Error                   raise               retry
    504 Gateway Timeout                         raise               retry
    read/write timeout, connection dropped      raise               retry
    after sending, protocol error
    any other status                            raise               raise

Waits: exponential backoff min(0.5 * 2**n, 8) s, reduced by up to 25 % of random jitter. A server's
`retry-after-ms`, `Retry-After` (seconds or HTTP date) or the provider's rate-limit-reset header (ISO 8601,
HTTP date or epoch seconds) is honoured instead when it parses to a positive wait, plus a little jitter (up
to 25 %, at most 1 s) so clients told the same moment do not all come back at once; when it asks for longer
than `max_wait` (60 s) the client does not wait that long and raises the error. A hint of zero, a negative
one or a moment in the past says nothing usable and gets the ordinary backoff; no wait is shorter than
`MIN_DELAY`, so no answer can make the client retry in a hot loop.

A 429 that asks for at least `MIN_PACE` seconds is never billed and is the server pacing the caller, so it
does not use up `max_retries`: such retries go on while the waits the server asked for in one call add up
to at most `max_wait`, and never past the caller's timeout or deadline (exchange.py). `max_retries=0`
still means no retry at all.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
BILLED_SAFE_STATUSES = frozenset({408, 429, 502, 503})
# Failures that happen before any byte of the request reaches the server.
NOT_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures worth retrying on an idempotent request; anything else (unsupported protocol, ...) is a bug to report.
TRANSIENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.NetworkError,
    httpx.TimeoutException,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)

INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_SERVER_WAIT = 60.0
MIN_DELAY = 0.1  # the floor of every wait between two attempts
MIN_PACE = 0.5  # a 429 asking for at least this long paces the caller without using up max_retries


@dataclass(frozen=True, slots=True, kw_only=True)
class RetryPolicy:
    max_retries: int
    retry_billed_failures: bool = False
    max_wait: float = MAX_SERVER_WAIT


@dataclass(frozen=True, slots=True)
class Decision:
    """`retry` and the seconds to wait first, or not, with a reason for the log and the error."""

    retry: bool
    delay: float = 0.0
    reason: str = ""
    paced: bool = False  # a server-paced 429: does not count against max_retries


def backoff(retries_done: int, random: Callable[[], float]) -> float:
    """Seconds before retry number `retries_done + 1`: min(0.5 * 2**n, 8) minus up to 25 % jitter."""
    return max(min(INITIAL_DELAY * 2.0 ** min(retries_done, 16), MAX_DELAY) * (1.0 - 0.25 * random()), MIN_DELAY)


def retry_after(headers: httpx.Headers, now: datetime, reset_header: str | None = None) -> float | None:
    """The wait the server asks for, in seconds, from the first of the headers that asks for a positive wait;
    None if none does (a zero, negative or past value says nothing usable)."""
    ms = _number(headers.get("retry-after-ms"))
    if ms is not None and ms > 0:
        return ms / 1000.0
    for name in ("retry-after", reset_header):
        if name and name in headers:
            seconds = parse_wait(headers[name], now)
            if seconds is not None and seconds > 0:
                return seconds
    return None


def parse_wait(value: str, now: datetime) -> float | None:
    """Seconds until `value`: delta seconds, epoch seconds/milliseconds, ISO 8601 or HTTP date; None if unreadable."""
    value = value.strip()
    number = _number(value)
    if number is not None:
        if number > 1e12:  # epoch milliseconds
            return max(number / 1000.0 - now.timestamp(), 0.0)
        if number > 1e9:  # epoch seconds
            return max(number - now.timestamp(), 0.0)
        return max(number, 0.0)
    moment = _iso_datetime(value) or _http_date(value)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max((moment - now).total_seconds(), 0.0)


def decide_response(
    policy: RetryPolicy,
    *,
    retries_done: int,
    billed: bool,
    response: httpx.Response,
    now: datetime,
    random: Callable[[], float],
    reset_header: str | None = None,
    server_waited: float = 0.0,
) -> Decision:
    """`server_waited`: seconds already waited in this call because a 429 said so."""
    status = response.status_code
    if status not in RETRY_STATUSES:
        return Decision(False, reason=f"status {status} is not retried")
    if billed and status not in BILLED_SAFE_STATUSES and not policy.retry_billed_failures:
        return Decision(False, reason=f"status {status} on a billed request may have started work")
    asked = retry_after(response.headers, now, reset_header)
    paced = status == 429 and asked is not None and asked >= MIN_PACE and policy.max_retries > 0
    if retries_done >= policy.max_retries and not paced:
        return Decision(False, reason=f"gave up after {retries_done} retries")
    if asked is None:
        return Decision(True, backoff(retries_done, random), f"status {status}")
    if asked > policy.max_wait or (paced and server_waited + asked > policy.max_wait):
        return Decision(False, reason=f"server asks to wait {asked:.0f} s, more than {policy.max_wait:g} s in all")
    delay = max(asked + random() * min(0.25 * asked, 1.0), MIN_DELAY)
    return Decision(True, delay, f"status {status}, server asks to wait", paced=paced)


def decide_error(
    policy: RetryPolicy,
    *,
    retries_done: int,
    billed: bool,
    error: httpx.TransportError,
    random: Callable[[], float],
) -> Decision:
    kind = type(error).__name__
    if not isinstance(error, TRANSIENT_ERRORS):
        return Decision(False, reason=f"{kind} is not retried")
    if billed and not isinstance(error, NOT_SENT_ERRORS) and not policy.retry_billed_failures:
        return Decision(False, reason=f"{kind} on a billed request may have started work")
    if retries_done >= policy.max_retries:
        return Decision(False, reason=f"gave up after {retries_done} retries")
    return Decision(True, backoff(retries_done, random), kind)


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _iso_datetime(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value)
    except ValueError:
        return None


def _http_date(value: str) -> datetime | None:
    try:
        from email.utils import parsedate_to_datetime  # only for HTTP-date Retry-After values

        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
