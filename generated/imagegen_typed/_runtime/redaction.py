"""Removing the API key from everything an exception carries before it reaches the caller.

httpx masks only `Authorization` in header reprs; our keys travel in `x-api-key`/`apikey`, and a provider
may echo the key back in an error body. So every error the client raises is scrubbed once, on its way out:
strings, the attached request and response, and the chained transport errors (whose tracebacks go through
httpcore frames that hold the request headers as locals, so those tracebacks are dropped).
"""

from __future__ import annotations

from typing import Any

import httpx

from .credentials import REDACTED, APIKey

_MAX_DEPTH = 8


def scrub_exception(error: BaseException, key: APIKey) -> None:
    """Redact the key from `error` in place: message, attributes and chained causes."""
    secret = key.reveal()
    if not secret:
        return
    _scrub_one(error, key)
    seen = {id(error)}
    chained = error.__cause__ or error.__context__
    for _ in range(_MAX_DEPTH):
        if chained is None or id(chained) in seen:
            break
        seen.add(id(chained))
        _scrub_one(chained, key)
        chained.__traceback__ = None  # library frames whose locals hold the request headers
        chained = chained.__cause__ or chained.__context__


def _scrub_one(error: BaseException, key: APIKey) -> None:
    error.args = tuple(_clean(arg, key, 0) for arg in error.args)
    if isinstance(error, httpx.RequestError):
        try:
            error.request = redacted_request(error.request, key)
        except RuntimeError:  # an error raised without a request
            pass
    for name, value in list(vars(error).items()):
        if name.startswith("__"):
            continue
        cleaned = _clean(value, key, 0)
        if cleaned is not value:
            setattr(error, name, cleaned)


def _clean(value: Any, key: APIKey, depth: int) -> Any:
    if isinstance(value, str):
        return key.redact(value)
    if isinstance(value, httpx.Request):
        return redacted_request(value, key)
    if isinstance(value, httpx.Response):
        return scrubbed_response(value, key)
    if depth >= _MAX_DEPTH:
        return value
    if isinstance(value, dict):
        return {_clean(k, key, depth + 1): _clean(v, key, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_clean(item, key, depth + 1) for item in value)
    return value


def redacted_request(request: httpx.Request, key: APIKey) -> httpx.Request:
    """A copy of `request` whose headers hold no key (the auth header and any other carrying it)."""
    secret = key.reveal()
    headers = [(name, REDACTED if secret in value else value) for name, value in request.headers.multi_items()]
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    if secret.encode() in content:
        content = content.replace(secret.encode(), REDACTED.encode())
    copy = httpx.Request(request.method, request.url, headers=headers, content=content)
    copy.headers = httpx.Headers(headers)  # keep the original framing headers, not recomputed ones
    return copy


def scrubbed_response(response: httpx.Response, key: APIKey) -> httpx.Response:
    """`response` with a redacted request; rebuilt with a redacted body and headers if they echo the key."""
    secret = key.reveal()
    try:
        request: httpx.Request | None = redacted_request(response.request, key)
    except RuntimeError:  # a response built by hand has no request
        request = None
    content = response.content if hasattr(response, "_content") else b""
    raw = response.headers.multi_items()
    if secret.encode() not in content and not any(secret in value for _, value in raw):
        if request is not None:
            response.request = request
        return response
    headers = [
        (name, REDACTED if secret in value else value)
        for name, value in raw
        if name not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=content.replace(secret.encode(), REDACTED.encode()),
        request=request,
    )
