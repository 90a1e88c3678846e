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
    """Every value a dotted output path reaches in `value`, in order.

    `name[]` steps into each element of the list at `name` (`[]` on a non-list reaches nothing); a missing key
    or a null reaches nothing. A list at the end of the path yields each element; a string (or any other value)
    at the end is taken as is: `images[].url`, `data[].b64_json`, `result.sample`, `output`.
    """
    current: list[object] = [value]
    for part in path.split("."):
        each = part.endswith("[]")
        key = part[:-2] if each else part
        found: list[object] = []
        for node in current:
            if key:
                if not isinstance(node, dict) or key not in node:
                    continue
                node = node[key]
            if each:
                if isinstance(node, list):
                    found.extend(node)
            else:
                found.append(node)
        current = found
    reached: list[object] = []
    for node in current:
        if isinstance(node, list):
            reached.extend(item for item in node if item is not None)
        elif node is not None:
            reached.append(node)
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


def status_error(session: Session, response: httpx.Response) -> APIStatusError:
    """The exception for an error status: the class from the provider's mapping, message from its body."""
    try:
        body: object = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        body = response.text
    message = None
    for path in session.provider.error_message_paths:
        found = dig_all(body, path) if "[]" in path else [dig(body, path)]
        message = _message(found)
        if message:
            break
    if not message:
        text = body.strip() if isinstance(body, str) else ""
        message = text[:200] or response.reason_phrase or "error"
    code = None
    for path in session.provider.error_code_paths:
        value = dig(body, path)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value):
            code = str(value)
            break
    cls = session.errors.get(response.status_code, session.default_error)
    return cls(
        message,
        response=response,
        body=body,
        status_code=response.status_code,
        request_id=request_id(session, response, body),
        code=code,
    )


def _message(value: object) -> str | None:
    """The text at a message path: a string, an object's `message`, or a list of those joined by "; "."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, dict):
        return _message(value.get("message"))
    if isinstance(value, list):
        parts = [text for text in (_message(item) for item in value) if text]
        return "; ".join(parts) or None
    return None
