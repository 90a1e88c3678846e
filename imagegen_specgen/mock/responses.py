"""Answers in each provider's shape, and the broken answers faults call for (dropped, truncated, malformed)."""

from __future__ import annotations

import asyncio
import math
import secrets
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http import HTTPStatus
from typing import Any

from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from ..parser import ir

MALFORMED_JSON = b'{"status": "succeeded", "output": "http://'


def new_request_id(provider: ir.Provider) -> str:
    """One format for every provider: the ids are opaque to clients, which only report them."""
    return f"req_{secrets.token_hex(12)}"


def get_path(body: Any, dotted: str) -> Any:
    """The value at a dotted path ("urls.get"), or None."""
    for part in dotted.split("."):
        if not isinstance(body, dict):
            return None
        body = body.get(part)
    return body


def set_path(body: dict[str, Any], dotted: str, value: Any) -> None:
    """Put `value` at a dotted path, making the objects on the way: "urls.get" gives {"urls": {"get": ...}};
    a part ending in [] is a list of one element: "images[].url" gives {"images": [{"url": ...}]}."""
    *parents, last = dotted.split(".")
    for part in parents:
        if part.endswith("[]"):
            items = body.get(part[:-2])
            if not (isinstance(items, list) and items and isinstance(items[0], dict)):
                items = body[part[:-2]] = [{}]
            body = items[0]
            continue
        child = body.get(part)
        if not isinstance(child, dict):
            child = body[part] = {}
        body = child
    body[last.removesuffix("[]")] = [value] if last.endswith("[]") else value


def _phrase(status: int) -> str:
    """The standard reason phrase; a status outside the standard (499) has none of its own."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"Error {status}"


def _schema_at(schema: dict[str, Any], dotted: str) -> dict[str, Any] | None:
    for part in dotted.split("."):
        child = schema.get("properties", {}).get(part.removesuffix("[]"))
        if part.endswith("[]"):
            child = child.get("items") if isinstance(child, dict) and child.get("type") == "array" else None
        if not isinstance(child, dict):
            return None
        schema = child
    return schema


def _text_at(schema: dict[str, Any], dotted: str) -> bool:
    """Whether the schema has room for a message at the path: a text there, or no type said."""
    found = _schema_at(schema, dotted)
    return found is not None and found.get("type", "string") == "string"


def _fill(schema: dict[str, Any], body: dict[str, Any], status: int, title: str, details: list[dict[str, str]]) -> None:
    """Fill what the schema asks for and the message path did not: status, title, a code, details, nested
    objects, and an array of per-field problems when its items name a field."""
    properties: dict[str, Any] = schema.get("properties", {})
    for name, sub in properties.items():
        if not isinstance(sub, dict):
            continue
        kinds = sub.get("type")
        nullable = isinstance(kinds, list) and "null" in kinds
        # ["string", "null"] (a value that may be null) is filled as its type
        kind = next((k for k in kinds if k != "null"), None) if isinstance(kinds, list) else kinds
        required = name in schema.get("required", ())
        if kind == "object" and (required or name in body):
            child = body.setdefault(name, {})
            if isinstance(child, dict):
                _fill(sub, child, status, title, details)
        elif kind == "array" and isinstance(body.get(name), list) and isinstance(sub.get("items"), dict):
            for item in body[name]:  # elements the message path made: fill what each one requires
                if isinstance(item, dict):
                    _fill(sub["items"], item, status, title, details)
        elif name in body:
            continue
        elif name == "status" and kind == "integer":
            body[name] = status
        elif name == "title" and kind == "string":
            body[name] = title
        elif name == "code" and kind == "string":
            body[name] = _phrase(status).lower().replace(" ", "_").replace("-", "_")
        elif name == "details" and kind == "string" and details:
            body[name] = "; ".join(f"{d['field']}: {d['message']}" for d in details)
        elif kind == "array" and "field" in sub.get("items", {}).get("properties", {}):
            item_names = set(sub["items"]["properties"])
            text_key = next((k for k in ("description", "message", "msg") if k in item_names), None)
            problems = []
            for d in details:
                problem = {"field": d["field"]}
                if "type" in item_names:
                    problem["type"] = "invalid"
                if text_key is not None:
                    problem[text_key] = d["message"]
                problems.append(problem)
            body[name] = problems
        elif required and kind == "string" and not nullable:
            body[name] = title
        elif required and nullable:
            body[name] = None
        elif required and kind == "array":
            body[name] = []


def error_body(
    provider: ir.Provider,
    status: int,
    message: str,
    request_id: str,
    *,
    details: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """The body the provider's spec documents for `status`: its own body schema when the error code has one,
    else the provider's error_body. The message goes to the first message path the schema has, the request id
    to the first request_id path; `details` are per-field problems ({"field", "message"})."""
    code = next((e for e in provider.errors if e.status == status), None)
    own = code is not None and code.body_schema is not None
    schema: dict[str, Any] = (code.body_schema if own and code else provider.error_body_schema) or {}
    title = code.title if code is not None else _phrase(status)
    paths = provider.error_message_paths
    message_path = next((p for p in paths if _text_at(schema, p)), paths[0] if paths else "error")
    body: dict[str, Any] = {}
    at_message = _schema_at(schema, message_path) or {}
    set_path(body, message_path, [message] if at_message.get("type") == "array" else message)
    for path in provider.error_request_id_paths[:1]:
        if not own or _schema_at(schema, path) is not None:
            set_path(body, path, request_id)
    _fill(schema, body, status, title, details or [])
    return body


def error_response(
    provider: ir.Provider,
    status: int,
    message: str,
    request_id: str,
    *,
    details: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body = error_body(provider, status, message, request_id, details=details)
    return JSONResponse(body, status_code=status, headers=headers)


def seconds_text(seconds: float, *, fractional: bool) -> str:
    """Whole seconds rounded up, as HTTP wants; with `fractional`, a decimal so scaled runs wait less."""
    if not fractional:
        return str(max(math.ceil(seconds), 0))
    return f"{max(seconds, 0.0):.3f}".rstrip("0").rstrip(".") or "0"


def http_date(seconds_from_now: float) -> str:
    moment = datetime.now(timezone.utc) + timedelta(seconds=math.ceil(seconds_from_now))
    return format_datetime(moment, usegmt=True)


def utc_iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def rate_limit_headers(
    provider: ir.Provider, retry_after: float, limit: ir.RateLimit | None, *, fractional: bool
) -> dict[str, str]:
    """The provider's own reset header when its spec names one, else Retry-After and RateLimit-* headers."""
    reset_header = provider.response_headers.rate_limit_reset
    if reset_header:
        return {reset_header: utc_iso(datetime.now(timezone.utc) + timedelta(seconds=retry_after))}
    headers = {"Retry-After": seconds_text(retry_after, fractional=fractional)}
    if limit is not None:
        headers["RateLimit-Limit"] = str(limit.requests)
        headers["RateLimit-Remaining"] = "0"
        headers["RateLimit-Reset"] = seconds_text(retry_after, fractional=fractional)
    return headers


def _cycle_and_transport(receive: Receive) -> tuple[object, asyncio.Transport | None]:
    # uvicorn's receive is a bound method of the request cycle, which holds the connection's transport.
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    return cycle, transport if isinstance(transport, asyncio.Transport) else None


async def _close_connection(receive: Receive, *, flush: bool) -> bool:
    """Close the client's connection; False when the server is not one that exposes it (not uvicorn)."""
    cycle, transport = _cycle_and_transport(receive)
    if transport is None:
        return False
    if flush:
        transport.close()  # what was sent so far still reaches the client
    else:
        transport.abort()
    # Wait for connection_lost so the server sees a disconnect, not an app that forgot to finish its answer.
    for _ in range(200):
        if getattr(cycle, "disconnected", True):
            break
        await asyncio.sleep(0 if not flush else 0.005)
    return True


class DroppedResponse(Response):
    """Closes the connection without answering; the client sees the server disconnect."""

    def __init__(self) -> None:
        super().__init__(status_code=200)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if await _close_connection(receive, flush=False):
            return
        # Not under uvicorn: announce a body and end without it, which also fails the client's read.
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"1")]})


class TruncatedResponse(Response):
    """Announces the whole body in Content-Length, sends half of it, then closes the connection."""

    def __init__(self, body: bytes, media_type: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(content=body, media_type=media_type, headers=headers)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        await send({"type": "http.response.body", "body": self.body[: len(self.body) // 2], "more_body": True})
        await _close_connection(receive, flush=True)
