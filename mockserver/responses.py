"""Answers in each provider's shape, and the broken answers faults call for (dropped, truncated, malformed)."""

from __future__ import annotations

import asyncio
import math
import secrets
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from generator import ir

MALFORMED_JSON = b'{"status": "succeeded", "generation_url": "http://'

_PRUNA_CODES = {
    400: "invalid_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "insufficient_credits",
    410: "gone",
    413: "payload_too_large",
    422: "validation_error",
    429: "rate_limit_exceeded",
    500: "internal_error",
    502: "bad_gateway",
    503: "service_unavailable",
    504: "gateway_timeout",
}


def new_request_id(provider: ir.Provider) -> str:
    return f"req_{secrets.token_hex(12)}" if provider.default_api.protocol == "predictions" else secrets.token_hex(16)


def error_response(
    provider: ir.Provider,
    status: int,
    message: str,
    request_id: str,
    *,
    code: str | None = None,
    details: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    """The documented bodies (specs' error_body.schema and the 422 body of the Pruna-style spec).

    Segmind: {"error": message}. Pruna: {"error": {"code", "message", "details"}, "request_id": "req_..."}, and
    for 422 {"detail", "status", "title", "invalid_fields"} with one entry per invalid field.
    """
    if provider.default_api.protocol == "direct":
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    if status == 422:
        fields = [
            {"type": "invalid", "field": f"input.{d['field']}", "description": d["message"]} for d in details or ()
        ]
        body = {"detail": message, "status": status, "title": "Input validation failed", "invalid_fields": fields}
        return JSONResponse(body, status_code=status, headers=headers)
    error: dict[str, object] = {"code": code or _PRUNA_CODES.get(status, "error"), "message": message}
    if details:
        error["details"] = "; ".join(f"{d['field']}: {d['message']}" for d in details)
    return JSONResponse({"error": error, "request_id": request_id}, status_code=status, headers=headers)


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
    """The provider's own reset header when its spec names one (Segmind), else Retry-After (Pruna)."""
    reset_header = provider.response_headers.rate_limit_reset
    if reset_header:
        return {reset_header: utc_iso(datetime.now(timezone.utc) + timedelta(seconds=retry_after))}
    headers = {"Retry-After": seconds_text(retry_after, fractional=fractional)}
    if limit is not None:  # Pruna's published reference documents these too
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
