"""One logical request as a flow: rate limit, auth for the provider's own host only, retries, redirects, logs.

Redirects are followed by hand (GET only, at most 5): the auth header is recomputed for each hop, so it is
dropped as soon as a redirect leaves the provider's host.
"""

from __future__ import annotations

import logging
from dataclasses import replace

import httpx

from .config import Session
from .endpoints import RateLimit
from .errors import APIConnectionError, APITimeoutError
from .flow import Flow, RequestSpec, send, sleep
from .responses import status_error
from .retry import RetryPolicy, decide_error, decide_response

logger = logging.getLogger("imagegen")

MAX_REDIRECTS = 5
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def request(
    session: Session,
    spec: RequestSpec,
    *,
    billed: bool,
    max_retries: int,
    limit_key: str | None = None,
    limit: RateLimit | None = None,
) -> Flow[httpx.Response]:
    """Send `spec` until it succeeds (2xx) or the retry policy gives up; raise the matching error then."""
    policy = RetryPolicy(max_retries=max_retries, retry_billed_failures=session.retry_billed_failures)
    retries_done = 0
    server_waited = 0.0  # seconds waited because a 429 said so: bounded by the policy, not by max_retries
    while True:
        if session.rate_limit and limit is not None and limit_key is not None:
            yield from sleep(session.limiter.reserve(limit_key, limit, session.clock()))
        started = session.clock()
        outcome = yield from _follow(session, spec)
        elapsed = session.clock() - started
        attempt = retries_done + 1
        if isinstance(outcome, httpx.Response):
            logger.debug(
                "%s %s -> %d (attempt %d, %.3f s)", spec.method, spec.url, outcome.status_code, attempt, elapsed
            )
            if outcome.is_success:
                return outcome
            decision = decide_response(
                policy,
                retries_done=retries_done,
                billed=billed,
                response=outcome,
                now=session.now(),
                random=session.random,
                reset_header=session.provider.header_rate_limit_reset,
                server_waited=server_waited,
            )
            if not decision.retry:
                logger.debug("%s %s: not retrying: %s", spec.method, spec.url, decision.reason)
                raise status_error(session, outcome)
            if outcome.status_code == 429:
                server_waited += decision.delay
        else:
            logger.debug(
                "%s %s -> %s (attempt %d, %.3f s)", spec.method, spec.url, type(outcome).__name__, attempt, elapsed
            )
            decision = decide_error(
                policy, retries_done=retries_done, billed=billed, error=outcome, random=session.random
            )
            if not decision.retry:
                raise _connection_error(spec, outcome, decision.reason)
        logger.info(
            "%s %s: retrying in %.2f s (%s; retry %d of %d)",
            spec.method,
            spec.url,
            decision.delay,
            decision.reason,
            attempt,
            max_retries,
        )
        yield from sleep(decision.delay)
        retries_done += 1


def _follow(session: Session, spec: RequestSpec) -> Flow[httpx.Response | httpx.TransportError]:
    current = spec
    for _ in range(MAX_REDIRECTS + 1):
        # The auth header comes only from the session, and only for the provider's own host.
        auth = session.auth_header_lower
        merged = {**session.default_headers, **current.headers}
        headers = {name: value for name, value in merged.items() if name.lower() != auth}
        headers.update(session.auth_headers(current.url))
        outcome = yield from send(
            RequestSpec(
                method=current.method,
                url=current.url,
                timeout=current.timeout,
                headers=headers,
                content=current.content,
                files=current.files,
            )
        )
        if not (isinstance(outcome, httpx.Response) and outcome.status_code in REDIRECT_STATUSES):
            return outcome
        location = outcome.headers.get("location")
        if not location:
            return outcome
        if current.method != "GET":
            return outcome  # a redirected POST is reported, not replayed: it may be a billed request
        target = current.url.join(location)
        logger.debug("GET %s redirected to %s", current.url, target)
        current = replace(current, url=target)
    return outcome


def _connection_error(spec: RequestSpec, error: httpx.TransportError, reason: str) -> APIConnectionError:
    what = "timed out" if isinstance(error, httpx.TimeoutException) else "failed"
    message = f"{spec.method} {spec.url} {what}: {type(error).__name__} ({reason})"
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    exc = cls(message)
    exc.__cause__ = error
    return exc
