"""Sans-I/O plumbing: every client operation is written once as a generator ("flow") that yields effects.

A flow yields `Send` (an HTTP request to make), `Sleep` (a pause) and `Blocking` (work such as reading a local
file, which the async driver moves off the event loop); it receives the `httpx.Response`, or
the `httpx.TransportError` the request failed with, and decides everything else itself. `run_sync` and
`run_async` are the only code that touches the network or sleeps, so sync and async clients cannot drift.

A request may carry a `deadline` (on the session's clock): every phase timeout is cut to the time left, the
response head is awaited under a watchdog (watchdog.py), and the body is read chunk by chunk, so a server
dripping bytes cannot outlast it (httpx timeouts are per read). The driver adds the session's and the HTTP
client's headers to the flow's (Session.request_headers). The API key travels as an `APIKey` and becomes a
header value only inside `_build`, as secret arguments become body text there (bodies.py), so no flow object,
frame local or repr holds them in clear.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias, TypeVar

import httpx

from . import watchdog
from .bodies import Secrets, with_secrets
from .credentials import APIKey

if TYPE_CHECKING:
    from .config import Session

T = TypeVar("T")
WRITE_BATCH = 1 << 20  # bytes an async download buffers before one write in a worker thread


@dataclass(slots=True, kw_only=True)
class RequestSpec:
    """One HTTP request, fully decided: `headers` are the flow's own (the driver adds the session's and the HTTP
    client's) and exclude auth, which `auth` adds for the provider's host only.

    Never changed once built; not frozen only because a frozen dataclass takes three times as long to build,
    and every call builds two (the flow's, and the one sent with auth and the deadline).
    """

    method: str
    url: httpx.URL
    timeout: httpx.Timeout
    headers: dict[str, str] = field(default_factory=dict)
    content: bytes | None = None
    files: dict[str, tuple[str, bytes, str]] | None = None
    auth: tuple[str, APIKey, str | None] | None = None  # header, key, scheme ("Bearer": "Bearer <key>")
    secrets: Secrets = ()  # placeholders in `content` for secret arguments, filled for the provider's host only
    deadline: float | None = None  # session clock time by which the whole exchange, body included, must end
    # A successful body goes to this file (written as it arrives, in constant memory) instead of `content`.
    save_to: Path | None = None


@dataclass(frozen=True, slots=True)
class Send:
    request: RequestSpec


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Blocking:
    """Blocking work (reading a local file): the async driver runs it in a worker thread, off the event loop."""

    work: Callable[[], object]


Effect: TypeAlias = Send | Sleep | Blocking
Outcome: TypeAlias = httpx.Response | httpx.TransportError
Flow: TypeAlias = Generator[Effect, object, T]
Sleeper: TypeAlias = Callable[[float], object]  # how a client pauses (time.sleep, or a test's fake clock)
AsyncSleeper: TypeAlias = Callable[[float], Awaitable[object]]


def send(spec: RequestSpec) -> Flow[Outcome]:
    """Yield one request; return what came back (a response or the transport error)."""
    outcome = yield Send(spec)
    assert isinstance(outcome, (httpx.Response, httpx.TransportError))
    return outcome


def sleep(seconds: float) -> Flow[None]:
    if seconds > 0:
        yield Sleep(seconds)


def blocking(work: Callable[[], T]) -> Flow[T]:
    """Run `work` (which may block) and return its result; an exception it raises is raised here."""
    outcome = yield Blocking(work)
    if isinstance(outcome, _Raised):
        raise outcome.error
    return outcome  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class _Raised:
    error: BaseException


def _call(work: Callable[[], object]) -> object:
    try:
        return work()
    except Exception as error:  # handed back into the flow, which raises it where the work was asked for
        return _Raised(error)


def _timeouts(timeout: httpx.Timeout, left: float | None) -> dict[str, float | None]:
    """The request's timeout extension: each phase's timeout cut to the `left` seconds of the call's deadline."""
    if left is None:
        return timeout.as_dict()
    left = max(left, 0.001)
    phases = (("connect", timeout.connect), ("read", timeout.read), ("write", timeout.write), ("pool", timeout.pool))
    return {name: left if value is None or value > left else value for name, value in phases}


_BUILD_REQUEST = httpx.Client.build_request  # AsyncClient shares it (httpx's BaseClient)


def _build(http: httpx.Client | httpx.AsyncClient, spec: RequestSpec, session: Session) -> httpx.Request:
    """The request as `http.build_request` would make it (the HTTP client's headers, query parameters and
    cookies with ours), without its per-call header merge, which cost more than the rest of building."""
    left = None if spec.deadline is None else spec.deadline - session.clock()
    extensions = {"timeout": _timeouts(spec.timeout, left)}
    content = spec.content
    if spec.secrets and spec.auth is not None:  # like the key: only for the provider's own host
        content = with_secrets(content or b"", spec.secrets)
    if type(http).build_request is not _BUILD_REQUEST:  # a subclass that builds requests its own way
        headers = session.request_headers(spec.headers, None)
        if spec.auth is not None:
            headers = httpx.Headers(headers)  # the memo's copy stays without the key
            headers[spec.auth[0]] = _auth_value(spec.auth)
        return http.build_request(
            spec.method, spec.url, headers=headers, content=content, files=spec.files, extensions=extensions
        )
    merged = session.request_headers(spec.headers, http.headers)
    if spec.auth is not None:
        merged = httpx.Headers(merged)  # the memo's copy stays without the key
        merged[spec.auth[0]] = _auth_value(spec.auth)
    return httpx.Request(
        spec.method,
        spec.url,
        headers=merged,
        content=content,
        files=spec.files,
        params=http.params or None,
        cookies=http.cookies or None,
        extensions=extensions,
    )


def _auth_value(auth: tuple[str, APIKey, str | None]) -> str:
    _, key, scheme = auth
    return f"{scheme} {key.reveal()}" if scheme else key.reveal()


def _late(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("the response did not arrive completely within the time left", request=request)


def _set_body(response: httpx.Response, content: bytes) -> None:
    """Give `response` its body as if httpx had read it (`.content` works, nothing is left to stream).

    httpx offers no public way to do so for a streamed response; `_content` is what its own `read()` sets.
    """
    response._content = content


def _exchange_sync(http: httpx.Client, spec: RequestSpec, session: Session) -> httpx.Response:
    clock = session.clock
    request = _build(http, spec, session)
    if spec.deadline is None:
        response = http.send(request, stream=True, follow_redirects=False)
    else:
        watch = watchdog.watch(http, request, spec.deadline - clock())
        try:
            response = http.send(request, stream=True, follow_redirects=False)
        except httpx.TransportError:
            if watch.fired:
                raise _late(request) from None
            raise
        finally:
            watchdog.release(watch)
    try:
        if spec.save_to is not None and response.is_success:
            with _Partial(spec.save_to) as sink:
                for chunk in response.iter_bytes():
                    sink.write(chunk)
                    if spec.deadline is not None and clock() > spec.deadline:
                        raise _late(request)
                sink.done(response)
            return response
        chunks = []
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            if spec.deadline is not None and clock() > spec.deadline:
                raise _late(request)
        _set_body(response, b"".join(chunks))
    finally:
        response.close()
    return response


async def _exchange_async(http: httpx.AsyncClient, spec: RequestSpec, session: Session) -> httpx.Response:
    clock = session.clock
    request = _build(http, spec, session)
    if spec.deadline is None:
        response = await http.send(request, stream=True, follow_redirects=False)
    else:
        # httpx's timeouts are per read: a server sending its headers a byte at a time would outlast them.
        try:
            async with watchdog.time_limit(spec.deadline - clock()):
                response = await http.send(request, stream=True, follow_redirects=False)
        except TimeoutError:
            raise _late(request) from None
    try:
        if spec.save_to is not None and response.is_success:
            import anyio.to_thread  # file writes go to a worker thread, off the event loop

            sink = await anyio.to_thread.run_sync(_Partial, spec.save_to)
            try:
                pending: list[
                    bytes
                ] = []  # ~1 MB per hand-off to the thread: one per 64 KB chunk costs more than the write
                size = 0
                async for chunk in response.aiter_bytes():
                    pending.append(chunk)
                    size += len(chunk)
                    if size >= WRITE_BATCH:
                        await anyio.to_thread.run_sync(sink.write, b"".join(pending))
                        pending, size = [], 0
                    if spec.deadline is not None and clock() > spec.deadline:
                        raise _late(request)
                if pending:
                    await anyio.to_thread.run_sync(sink.write, b"".join(pending))
                await anyio.to_thread.run_sync(sink.done, response)
            finally:
                await anyio.to_thread.run_sync(sink.close)
            return response
        chunks = []
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            if spec.deadline is not None and clock() > spec.deadline:
                raise _late(request)
        _set_body(response, b"".join(chunks))
    finally:
        await response.aclose()
    return response


class _Partial:
    """A download in progress: written to a temporary file beside the target, renamed over it only once
    complete, so a failed or retried download never leaves a truncated file under the caller's name.

    `done` records the byte count in the response (`saved_bytes` extension) and whether it kept the file
    (`saved` extension), for the flow to check.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        self.temporary = target.with_name(f".{target.name}.part")
        self.file = open(self.temporary, "wb")
        self.size = 0
        self.finished = False

    def write(self, chunk: bytes) -> None:
        self.file.write(chunk)
        self.size += len(chunk)

    def done(self, response: httpx.Response) -> None:
        """Keep the file if the body is as long as the response said (else the caller sees a short count)."""
        self.file.close()
        response.extensions["saved_bytes"] = self.size
        _set_body(response, b"")
        declared = response.headers.get("content-length")
        encoded = response.headers.get("content-encoding", "identity") != "identity"
        if declared is None or encoded or declared.strip() == str(self.size):
            os.replace(self.temporary, self.target)
            self.finished = True
        response.extensions["saved"] = self.finished

    def close(self) -> None:
        self.file.close()
        if not self.finished:
            self.temporary.unlink(missing_ok=True)

    def __enter__(self) -> _Partial:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def run_sync(flow: Flow[T], http: httpx.Client, pause: Sleeper, session: Session) -> T:
    reply: object = None
    try:
        while True:
            effect = flow.send(reply)
            if isinstance(effect, Sleep):
                pause(effect.seconds)
                reply = None
                continue
            if isinstance(effect, Blocking):
                reply = _call(effect.work)
                continue
            try:
                reply = _exchange_sync(http, effect.request, session)
            except httpx.TransportError as error:
                reply = error
    except StopIteration as stop:
        result: T = stop.value
        return result
    finally:
        flow.close()


async def run_async(flow: Flow[T], http: httpx.AsyncClient, pause: AsyncSleeper, session: Session) -> T:
    reply: object = None
    try:
        while True:
            effect = flow.send(reply)
            if isinstance(effect, Sleep):
                await pause(effect.seconds)
                reply = None
                continue
            if isinstance(effect, Blocking):
                import anyio.to_thread  # only async calls that read local files need it

                reply = await anyio.to_thread.run_sync(_call, effect.work)
                continue
            try:
                reply = await _exchange_async(http, effect.request, session)
            except httpx.TransportError as error:
                reply = error
    except StopIteration as stop:
        result: T = stop.value
        return result
    finally:
        flow.close()
