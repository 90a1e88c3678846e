"""One logical request as a flow: rate limit, auth for the provider's own host only, retries, redirects, logs.

Redirects are followed by hand (GET only, at most 5): the auth header is recomputed for each hop, so it is
dropped as soon as a redirect leaves the provider's host.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

import httpx

from .config import Session
from .endpoints import RateLimit
from .errors import APIConnectionError, APITimeoutError, ResponseParseError
from .flow import Flow, RequestSpec, send, sleep
from .package import NAME
from .responses import status_error
from .retry import RetryPolicy, backoff, decide_error, decide_response

P = TypeVar("P")

logger = logging.getLogger(NAME)

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def request(
    session: Session,
    spec: RequestSpec,
    *,
    billed: bool,
    max_retries: int,
    budget: float | None,
    until: float | None = None,
    limit_key: str | None = None,
    limit: RateLimit | None = None,
    final: tuple[int, ...] = (),
) -> Flow[httpx.Response]:
    """Send `spec` until it succeeds (2xx) or the retry policy gives up; raise the matching error then.

    `budget` (the caller's timeout, in seconds) bounds the whole exchange: every attempt, its body, the
    waits between attempts; `until` is an outer deadline on the session clock (a prediction's). No retry
    starts whose wait would end past either. A status in `final` is an answer, raised at once (a result
    reporting a failed job says the same however often it is asked).
    """
    started = session.clock()
    end = _earliest(None if budget is None else started + budget, until)
    retries_done = 0  # retries that count against max_retries (paced 429s do not)
    attempt = 0
    server_waited = 0.0  # seconds waited because a 429 said so: bounded by the policy, not by max_retries
    while True:
        if session.rate_limit and limit is not None and limit_key is not None:
            pause = session.limiter.reserve(limit_key, limit, session.clock())
            if end is not None and session.clock() + pause >= end:
                raise _out_of_time(spec, f"the rate limit's next slot is {pause:.1f} s away", end, started)
            yield from sleep(pause)
        if end is not None and session.clock() >= end:
            raise _out_of_time(spec, "no time left to send it", end, started)
        attempt += 1
        sent = session.clock()
        outcome = yield from _follow(session, spec, end)
        elapsed = session.clock() - sent
        if isinstance(outcome, httpx.Response):
            logger.debug(
                "%s %s -> %d (attempt %d, %.3f s)", spec.method, spec.url, outcome.status_code, attempt, elapsed
            )
            if outcome.is_success:
                return outcome
            if outcome.status_code in final:
                raise status_error(session, outcome)
            decision = decide_response(
                RetryPolicy(max_retries=max_retries, retry_billed_failures=session.retry_billed_failures),
                retries_done=retries_done,
                billed=billed,
                response=outcome,
                now=session.now(),
                random=session.random,
                reset_header=session.provider.header_rate_limit_reset,
                server_waited=server_waited,
            )
            if decision.retry and _too_late(session, end, decision.delay):
                logger.debug(
                    "%s %s: not retrying: no time left for a %.2f s wait", spec.method, spec.url, decision.delay
                )
                raise status_error(session, outcome)
            if not decision.retry:
                logger.debug("%s %s: not retrying: %s", spec.method, spec.url, decision.reason)
                raise status_error(session, outcome)
        else:
            logger.debug(
                "%s %s -> %s (attempt %d, %.3f s)", spec.method, spec.url, type(outcome).__name__, attempt, elapsed
            )
            if end is not None and session.clock() >= end:
                raise _out_of_time(spec, type(outcome).__name__, end, started, outcome)
            decision = decide_error(
                RetryPolicy(max_retries=max_retries, retry_billed_failures=session.retry_billed_failures),
                retries_done=retries_done,
                billed=billed,
                error=outcome,
                random=session.random,
            )
            if not decision.retry:
                raise _connection_error(spec, outcome, decision.reason)
            if _too_late(session, end, decision.delay):
                raise _connection_error(spec, outcome, "no time left to retry within the timeout")
        if decision.paced:
            server_waited += decision.delay
        else:
            retries_done += 1
        logger.info(
            "%s %s: retrying in %.2f s (%s; %s)",
            spec.method,
            spec.url,
            decision.delay,
            decision.reason,
            "paced by the server" if decision.paced else f"retry {retries_done} of {max_retries}",
        )
        yield from sleep(decision.delay)


def fetch(
    session: Session,
    spec: RequestSpec,
    parse: Callable[[httpx.Response], P],
    *,
    max_retries: int,
    budget: float | None,
    until: float | None = None,
    limit_key: str | None = None,
    limit: RateLimit | None = None,
    final: tuple[int, ...] = (),
) -> Flow[P]:
    """A safe request (status, delivery, download) whose answer must parse: a malformed or truncated body is
    retried like any other transient failure, up to `max_retries` times and within the same time bounds."""
    end = _earliest(None if budget is None else session.clock() + budget, until)
    tries = 0
    while True:
        response = yield from request(
            session,
            spec,
            billed=False,
            max_retries=max_retries,
            budget=None,
            until=end,
            limit_key=limit_key,
            limit=limit,
            final=final,
        )
        try:
            return parse(response)
        except ResponseParseError as error:
            delay = backoff(tries, session.random)
            if tries >= max_retries or _too_late(session, end, delay):
                raise
            tries += 1
            logger.info(
                "%s %s: retrying in %.2f s (unreadable body: %s; retry %d of %d)",
                spec.method,
                spec.url,
                delay,
                type(error).__name__,
                tries,
                max_retries,
            )
        yield from sleep(delay)


def _earliest(first: float | None, second: float | None) -> float | None:
    if first is None:
        return second
    return first if second is None else min(first, second)


def _too_late(session: Session, end: float | None, delay: float) -> bool:
    return end is not None and session.clock() + delay >= end


def _follow(session: Session, spec: RequestSpec, deadline: float | None) -> Flow[httpx.Response | httpx.TransportError]:
    # The auth header comes only from the session, and only for the provider's own host; the driver
    # turns it into a header value at the last moment (see flow.py).
    url = spec.url
    for _ in range(MAX_REDIRECTS + 1):
        outcome = yield from send(
            RequestSpec(
                method=spec.method,
                url=url,
                timeout=spec.timeout,
                headers=spec.headers,
                content=spec.content,
                files=spec.files,
                auth=session.auth_for(url),
                secrets=spec.secrets,
                deadline=deadline,
                save_to=spec.save_to,
            )
        )
        if not (isinstance(outcome, httpx.Response) and outcome.status_code in REDIRECT_STATUSES):
            return outcome
        location = outcome.headers.get("location")
        if not location:
            return outcome
        if spec.method != "GET":
            return outcome  # a redirected POST is reported, not replayed: it may be a billed request
        target = url.join(location)
        logger.debug("GET %s redirected to %s", url, target)
        url = target
    return outcome


def _out_of_time(
    spec: RequestSpec, what: str, end: float, started: float, cause: httpx.TransportError | None = None
) -> APITimeoutError:
    exc = APITimeoutError(
        f"{spec.method} {spec.url} timed out: the call's time limit ({end - started:.3g} s) ran out ({what})"
    )
    exc.__cause__ = cause
    return exc


def _connection_error(spec: RequestSpec, error: httpx.TransportError, reason: str) -> APIConnectionError:
    what = "timed out" if isinstance(error, httpx.TimeoutException) else "failed"
    message = f"{spec.method} {spec.url} {what}: {type(error).__name__} ({reason})"
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    exc = cls(message)
    exc.__cause__ = error
    return exc
