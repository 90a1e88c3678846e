"""Removing secrets from everything an exception carries before it reaches the caller.

httpx masks only `Authorization` in header reprs; our keys travel in `x-api-key`/`apikey`, a secret parameter
travels in a request body, and a provider may echo either back in an error body. So every error the client
raises is scrubbed once, on its way out, of the client's key and of every other secret alive (the secret
arguments of calls under way): strings, the attached requests and responses (with the next request httpx
builds for a redirect, and any history), and the chained errors, each way they chain (their tracebacks go
through httpcore frames that hold the request headers as locals, so those tracebacks are dropped).
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from .credentials import REDACTED, APIKey, live_secrets

_MAX_DEPTH = 8


def scrub_exception(error: BaseException, key: APIKey) -> None:
    """Redact `key` and every live secret from `error` in place: message, attributes and chained errors."""
    secrets = {secret.reveal() for secret in live_secrets()} | {key.reveal()}
    secrets.discard("")
    if not secrets:
        return
    redactor = _Redactor(sorted(secrets, key=len, reverse=True))  # a secret inside another goes second
    _scrub_one(error, redactor)
    seen = {id(error)}
    pending = [error.__cause__, error.__context__]
    while pending and len(seen) <= _MAX_DEPTH:
        chained = pending.pop()
        if chained is None or id(chained) in seen:
            continue
        seen.add(id(chained))
        _scrub_one(chained, redactor)
        chained.__traceback__ = None  # library frames whose locals hold the request headers
        pending += [chained.__cause__, chained.__context__]


def sealed(response: httpx.Response, key: APIKey) -> httpx.Response:
    """`response` as a result keeps it (`http_response`): its request with the auth header and secret arguments
    redacted, like an error's (the body and headers too, in the unlikely case that they echo a secret)."""
    secrets = {secret.reveal() for secret in live_secrets()} | {key.reveal()}
    secrets.discard("")
    return _Redactor(sorted(secrets, key=len, reverse=True)).response(response) if secrets else response


class _Redactor:
    def __init__(self, secrets: list[str]) -> None:
        self.secrets = secrets
        # In a body a secret may appear as is or JSON-escaped; both forms are replaced.
        forms = {form for secret in secrets for form in (secret, json.dumps(secret)[1:-1])}
        self.encoded = sorted((form.encode() for form in forms), key=len, reverse=True)

    def text(self, text: str) -> str:
        for secret in self.secrets:
            if secret in text:
                text = text.replace(secret, REDACTED)
        return text

    def data(self, data: bytes) -> bytes:
        for secret in self.encoded:
            if secret in data:
                data = data.replace(secret, REDACTED.encode())
        return data

    def holds(self, data: bytes, headers: list[tuple[str, str]]) -> bool:
        return self.data(data) != data or any(self.text(value) != value for _, value in headers)

    def request(self, request: httpx.Request) -> httpx.Request:
        """A copy of `request` whose headers and body hold no secret (the auth header and any other)."""
        headers = [(name, self.text(value)) for name, value in request.headers.multi_items()]
        try:
            content = request.content
        except httpx.RequestNotRead:  # a streamed body: never read, so not kept
            content = b""
        copy = httpx.Request(request.method, request.url, headers=headers, content=self.data(content))
        copy.headers = httpx.Headers(headers)  # keep the original framing headers, not recomputed ones
        return copy

    def response(self, response: httpx.Response) -> httpx.Response:
        """`response` with redacted requests (its own, the redirect's next one, its history's); rebuilt with a
        redacted body and headers if they echo a secret."""
        try:
            request: httpx.Request | None = self.request(response.request)
        except RuntimeError:  # a response built by hand has no request
            request = None
        following = response.next_request
        history = [self.response(earlier) for earlier in response.history]
        content = response.content if hasattr(response, "_content") else b""
        raw = response.headers.multi_items()
        if self.holds(content, raw):
            headers = [
                (name, self.text(value))
                for name, value in raw
                if name not in ("content-encoding", "content-length", "transfer-encoding")
            ]
            response = httpx.Response(response.status_code, headers=headers, content=self.data(content))
        if request is not None:
            response.request = request
        response.next_request = None if following is None else self.request(following)
        response.history = history
        return response


def _scrub_one(error: BaseException, redactor: _Redactor) -> None:
    error.args = tuple(_clean(arg, redactor, 0) for arg in error.args)
    if isinstance(error, httpx.RequestError):
        try:
            error.request = redactor.request(error.request)
        except RuntimeError:  # an error raised without a request
            pass
    for name, value in list(vars(error).items()):
        if name.startswith("__"):
            continue
        cleaned = _clean(value, redactor, 0)
        if cleaned is not value:
            setattr(error, name, cleaned)


def _clean(value: Any, redactor: _Redactor, depth: int) -> Any:
    if isinstance(value, str):
        cleaned = redactor.text(value)
        return value if cleaned == value else cleaned
    if isinstance(value, httpx.Request):
        return redactor.request(value)
    if isinstance(value, httpx.Response):
        return redactor.response(value)
    if depth >= _MAX_DEPTH:
        return value
    if isinstance(value, dict):
        return {_clean(k, redactor, depth + 1): _clean(v, redactor, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_clean(item, redactor, depth + 1) for item in value)
    return value
