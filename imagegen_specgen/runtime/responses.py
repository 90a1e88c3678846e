"""Reading responses: JSON bodies, provider error envelopes, request ids. Pure functions of a response."""

from __future__ import annotations

import json
from typing import Any

import httpx

from .config import Session
from .errors import APIStatusError, ResponseParseError


def dig(body: object, dotted: str) -> object:
    """The value at a dotted path like "error.message" in nested dicts, or None."""
    current = body
    for part in dotted.split("."):
        if not isinstance(current, dict) or part not in current:
            return None
        current = current[part]
    return current


def dig_all(value: object, path: str) -> list[object]:
    """Every value a path reaches, in order: "images[].url" is the url of each element of images. `[]` on
    something that is not a list reaches nothing; a list at the end yields each element, anything else is
    taken as is."""
    current = [value]
    for part in path.split("."):
        each = part.endswith("[]")
        name = part[:-2] if each else part
        found: list[object] = []
        for item in current:
            if not isinstance(item, dict) or name not in item:
                continue
            child = item[name]
            if not each:
                found.append(child)
            elif isinstance(child, list):
                found.extend(child)
        current = found
    reached: list[object] = []
    for item in current:
        if isinstance(item, list):
            reached.extend(item)
        else:
            reached.append(item)
    return reached


def header_map(response: httpx.Response) -> dict[str, str]:
    """The response headers as a plain dict with lower-case names (repeated ones joined by ", ", as httpx
    does), decoded once: each httpx.Headers lookup decodes every header anew, and even `items()` reads the
    encoding through a property per name and value, which made header reads a large share of a call's cost.

    Headers are ASCII nearly always, and httpx then decodes them as ASCII; anything else goes its way."""
    headers = response.headers
    raw = headers.raw
    try:
        found = {name.lower().decode("ascii"): value.decode("ascii") for name, value in raw}
    except UnicodeDecodeError:
        return dict(headers.items())
    return found if len(found) == len(raw) else dict(headers.items())  # a repeated name: joined as httpx does


def check_complete(response: httpx.Response, headers: dict[str, str] | None = None) -> None:
    """Raise ResponseParseError when the body is shorter than its Content-Length says (a truncated download)."""
    headers = header_map(response) if headers is None else headers
    declared = headers.get("content-length")
    if declared is None or headers.get("content-encoding", "identity") != "identity":
        return
    try:
        expected = int(declared)
    except ValueError:
        return
    if len(response.content) != expected:
        raise ResponseParseError(
            f"truncated response from {response.request.url}: got {len(response.content)} of {expected} bytes",
            request=response.request,
        )


def json_body(response: httpx.Response) -> Any:
    """The parsed JSON body of a successful response; ResponseParseError when it is not JSON."""
    check_complete(response)
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError) as error:
        preview = response.content[:80].decode("utf-8", "replace")
        raise ResponseParseError(
            f"malformed JSON from {response.request.url} ({error.__class__.__name__}): {preview!r}",
            request=response.request,
        ) from None


def json_object(response: httpx.Response) -> dict[str, Any]:
    body = json_body(response)
    if not isinstance(body, dict):
        raise ResponseParseError(f"expected a JSON object from {response.request.url}, got {type(body).__name__}")
    return body


def request_id(
    session: Session, response: httpx.Response, body: object = None, headers: dict[str, str] | None = None
) -> str | None:
    provider = session.provider
    for path in provider.error_request_id_paths if body is not None else ():
        value = dig(body, path)
        if isinstance(value, str) and value:
            return value
    names = (*provider.request_id_headers, *([provider.header_request_id] if provider.header_request_id else []))
    headers = header_map(response) if headers is None else headers
    for name in names:
        value = headers.get(name.lower())
        if value is not None:
            return value
    return None


def _message_text(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("message")
    return value if isinstance(value, str) and value else None


def status_error(session: Session, response: httpx.Response) -> APIStatusError:
    """The exception for an error status: the class from the provider's mapping, message from its body."""
    try:
        body: object = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        body = response.text
    message = None
    for path in session.provider.error_message_paths:
        found = dig_all(body, path) if "[]" in path else [dig(body, path)]
        texts = [value for value in map(_message_text, found) if value]
        if texts:
            message = "; ".join(texts)
            break
    if message is None:
        text = body.strip() if isinstance(body, str) else ""
        message = text[:200] or response.reason_phrase or "error"
    cls = session.errors.get(response.status_code, session.default_error)
    return cls(
        message,
        response=response,
        body=body,
        status_code=response.status_code,
        request_id=request_id(session, response, body),
    )
