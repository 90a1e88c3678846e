"""The path every provider request takes: log, faults from the header, auth, rate limit, queued faults, handler.

The protocol modules (imagegen_specgen/mock/routes/) only describe endpoints and answer valid requests; everything that
is the same for every endpoint happens here, once.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..parser import ir
from .config import MockConfig
from .faults import FAULT_HEADER, HTTP_STATUS_FAULTS, Fault, RouteKind, parse_header
from .responses import (
    MALFORMED_JSON,
    DroppedResponse,
    TruncatedResponse,
    error_response,
    http_date,
    new_request_id,
    rate_limit_headers,
    seconds_text,
)
from .state import REDACTED, LoggedRequest, MockState, now

ALL_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")


@dataclass(frozen=True)
class Limit:
    """The limiter a request counts against: a model, an account or an endpoint, with its rate (None: no limit)."""

    key: str
    rate: ir.RateLimit | None


@dataclass
class Call:
    """One request on its way through an endpoint's handler."""

    request: Request
    provider: ir.Provider
    route: str
    kind: RouteKind
    body: bytes
    request_id: str
    base_url: str  # absolute URL of the provider's mock base, e.g. http://127.0.0.1:8000/<provider id>
    faults: list[Fault] = field(default_factory=list)

    def fault(self, kind: str) -> Fault | None:
        return next((f for f in self.faults if f.kind == kind), None)

    def json(self) -> Any:
        """The parsed JSON body; ValueError when it is not JSON."""
        return json.loads(self.body)

    def error(self, status: int, message: str, **kwargs: Any) -> Response:
        return error_response(self.provider, status, message, self.request_id, **kwargs)


Handler = Callable[[Call], Awaitable[Response]]


@dataclass(frozen=True)
class Endpoint:
    provider: ir.Provider
    path: str  # below the provider's prefix, in Starlette's path syntax
    methods: frozenset[str]
    kind: RouteKind
    handler: Handler
    limit: Callable[[Request], tuple[str, Limit]]  # route key (for counters and faults) and limiter
    auth: bool = True


def fixed(route: str, limit: Limit) -> Callable[[Request], tuple[str, Limit]]:
    return lambda _request: (route, limit)


def _logged_headers(request: Request, auth_header: str) -> dict[str, str]:
    return {k: (REDACTED if k == auth_header.lower() else v) for k, v in request.headers.items()}


def _parse_json(body: bytes) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return None


def _spoil(response: Response, faults: list[Fault]) -> Response:
    """Apply the faults that break an otherwise good answer."""
    if response.status_code >= 400:
        return response
    headers = {k: v for k, v in response.headers.items() if k not in ("content-length", "content-type")}
    media_type = response.headers.get("content-type", "application/octet-stream")
    if any(f.kind == "malformed-json" for f in faults):
        return Response(MALFORMED_JSON, status_code=200, media_type="application/json", headers=headers)
    truncated = next((f for f in faults if f.kind == "truncated-image"), None)
    if truncated is not None:
        body = bytes(response.body)
        if truncated.argument == "half":  # a consistent HTTP answer carrying half a file
            return Response(body[: len(body) // 2], media_type=media_type, headers=headers)
        return TruncatedResponse(body, media_type, headers)
    return response


class Pipeline:
    def __init__(self, config: MockConfig, state: MockState) -> None:
        self.config = config
        self.state = state

    def route(self, endpoint: Endpoint) -> Route:
        prefix = self.config.prefix(endpoint.provider)

        async def respond(request: Request) -> Response:
            body = await request.body()
            route, limit = endpoint.limit(request)
            entry = LoggedRequest(
                method=request.method,
                path=request.url.path,
                query=request.url.query,
                headers=_logged_headers(request, endpoint.provider.auth_header),
                json=_parse_json(body),
                body_size=len(body),
                provider=endpoint.provider.id,
                route=route,
                at=now(),
            )
            self.state.log.append(entry)
            response = await self._answer(endpoint, request, body, route, limit)
            entry.status = None if isinstance(response, DroppedResponse) else response.status_code
            return response

        return Route(prefix + endpoint.path, respond, methods=list(ALL_METHODS), name=None)

    def _authorized(self, request: Request, provider: ir.Provider) -> tuple[bool, str]:
        keys = self.config.api_keys
        if not keys:
            return True, ""
        auth = provider.auth
        form = f"{auth.scheme} <key>" if auth.scheme else "the raw key"
        given = request.headers.get(auth.header)
        if not given:
            return False, f"Missing API key: send it in the {auth.header} header as {form}"
        if auth.scheme:
            scheme, _, key = given.partition(" ")
            if scheme.lower() != auth.scheme.lower() or not key.strip():
                return False, f"Malformed {auth.header} header: expected {form}"
            given = key.strip()
        if given not in keys:
            return False, "Invalid API key"
        return True, ""

    async def _answer(self, endpoint: Endpoint, request: Request, body: bytes, route: str, limit: Limit) -> Response:
        provider = endpoint.provider
        call = Call(
            request=request,
            provider=provider,
            route=route,
            kind=endpoint.kind,
            body=body,
            request_id=new_request_id(provider),
            base_url=str(request.base_url).rstrip("/") + self.config.prefix(provider),
        )
        response = await self._checked(endpoint, call, limit)
        if provider.response_headers.request_id and not isinstance(response, DroppedResponse):
            response.headers[provider.response_headers.request_id] = call.request_id
        return response

    async def _checked(self, endpoint: Endpoint, call: Call, limit: Limit) -> Response:
        request, provider = call.request, call.provider
        try:
            call.faults = parse_header(request.headers.get(FAULT_HEADER))
        except ValueError as exc:
            return call.error(400, str(exc))
        if request.method not in endpoint.methods:
            allowed = ", ".join(sorted(endpoint.methods))
            message = f"Method {request.method} not allowed for {request.url.path}; allowed: {allowed}"
            return call.error(405, message, headers={"Allow": allowed})
        if endpoint.auth:
            ok, message = self._authorized(request, provider)
            if not ok:
                return call.error(401, message)
        scale = self.config.time_scale
        wait = self.state.limiter.admit(
            call.route, limit.key, limit.rate, scale, enforce=self.config.enforce_rate_limits
        )
        if wait is not None:
            assert limit.rate is not None
            headers = rate_limit_headers(provider, wait, limit.rate, fractional=scale != 1.0)
            message = f"Rate limit exceeded: {limit.rate.requests} requests per {limit.rate.per_seconds:g} s"
            return call.error(429, message, headers=headers)
        queued = self.state.faults.take(call.route, request.url.path, endpoint.kind)
        if queued is not None:
            call.faults.append(queued)
        injected = await self._injected(call)
        if injected is not None:
            return injected
        return _spoil(await endpoint.handler(call), call.faults)

    async def _injected(self, call: Call) -> Response | None:
        """The answer a fault puts in place of the real one, after any delay it asks for."""
        for fault in call.faults:
            if fault.kind == "slow" and fault.seconds:
                await asyncio.sleep(fault.seconds)
        for fault in call.faults:
            if fault.kind == "drop":
                return DroppedResponse()
            if fault.kind in HTTP_STATUS_FAULTS:
                status = int(fault.kind)
                return call.error(status, f"Mock fault {fault.name}: simulated HTTP {status}")
            if fault.kind.startswith("429"):
                return call.error(429, "Mock fault: rate limited", headers=self._fault_429_headers(call, fault))
        return None

    def _fault_429_headers(self, call: Call, fault: Fault) -> dict[str, str]:
        seconds = fault.seconds if fault.seconds is not None else self.config.fault_retry_after_seconds
        if fault.kind == "429-no-retry-after":
            return {}
        if fault.kind == "429-retry-after-date":
            return {"Retry-After": http_date(seconds)}
        headers = {"Retry-After": seconds_text(seconds, fractional=seconds != int(seconds))}
        reset = call.provider.response_headers.rate_limit_reset
        if reset:
            headers.update(rate_limit_headers(call.provider, seconds, None, fractional=True))
        return headers


def not_found_endpoint(provider: ir.Provider) -> Endpoint:
    """Anything below the provider's prefix that no spec describes: 404 in the provider's error shape."""

    async def handler(call: Call) -> Response:
        path = call.request.url.path
        return call.error(404, f"Not found: {call.request.method} {path}")

    return Endpoint(
        provider=provider,
        path="/{path:path}",
        methods=frozenset(ALL_METHODS),
        kind="other",
        handler=handler,
        limit=fixed(f"{provider.id}:not-found", Limit(f"{provider.id}:not-found", None)),
        auth=False,
    )
