"""Sans-I/O plumbing: every client operation is written once as a generator ("flow") that yields effects.

A flow yields `Send` (an HTTP request to make) and `Sleep` (a pause); it receives the `httpx.Response`, or
the `httpx.TransportError` the request failed with, and decides everything else itself. `run_sync` and
`run_async` are the only code that touches the network or sleeps, so sync and async clients cannot drift.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from typing import TypeAlias, TypeVar

import httpx

T = TypeVar("T")


@dataclass(frozen=True, slots=True, kw_only=True)
class RequestSpec:
    """One HTTP request, fully decided: headers here exclude auth, which is added per destination host."""

    method: str
    url: httpx.URL
    timeout: httpx.Timeout
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None
    files: dict[str, tuple[str, bytes, str]] | None = None


@dataclass(frozen=True, slots=True)
class Send:
    request: RequestSpec


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


Effect: TypeAlias = Send | Sleep
Outcome: TypeAlias = httpx.Response | httpx.TransportError
Flow: TypeAlias = Generator[Effect, object, T]


def send(spec: RequestSpec) -> Flow[Outcome]:
    """Yield one request; return what came back (a response or the transport error)."""
    outcome = yield Send(spec)
    assert isinstance(outcome, (httpx.Response, httpx.TransportError))
    return outcome


def sleep(seconds: float) -> Flow[None]:
    if seconds > 0:
        yield Sleep(seconds)


def _build(http: httpx.Client | httpx.AsyncClient, spec: RequestSpec) -> httpx.Request:
    return http.build_request(
        spec.method, spec.url, headers=spec.headers, content=spec.content, files=spec.files, timeout=spec.timeout
    )


def run_sync(flow: Flow[T], http: httpx.Client, pause: Callable[[float], object]) -> T:
    reply: object = None
    try:
        while True:
            effect = flow.send(reply)
            if isinstance(effect, Sleep):
                pause(effect.seconds)
                reply = None
                continue
            try:
                reply = http.send(_build(http, effect.request), follow_redirects=False)
            except httpx.TransportError as error:
                reply = error
    except StopIteration as stop:
        result: T = stop.value
        return result
    finally:
        flow.close()


async def run_async(flow: Flow[T], http: httpx.AsyncClient, pause: Callable[[float], Awaitable[object]]) -> T:
    reply: object = None
    try:
        while True:
            effect = flow.send(reply)
            if isinstance(effect, Sleep):
                await pause(effect.seconds)
                reply = None
                continue
            try:
                reply = await http.send(_build(http, effect.request), follow_redirects=False)
            except httpx.TransportError as error:
                reply = error
    except StopIteration as stop:
        result: T = stop.value
        return result
    finally:
        flow.close()
