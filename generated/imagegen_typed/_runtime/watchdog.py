"""Ending a request whose response head is still arriving when its call's time is up.

httpx's timeouts bound each read, not the response head as a whole: a server that sends its headers a byte
at a time (h11 accepts 16 KiB of them) would hold a call far past its `timeout` or `deadline`. Once the head
is in, the driver watches the clock itself while it reads the body (flow.py); until then:

- async: the send runs under `time_limit`, which cancels it when the time is up;
- sync: one watchdog thread, polling every `POLL` seconds while requests are out, shuts down the socket of a
  request still waiting for its head when its time is up. It finds the socket through httpcore's connection
  pool, by the request's `extensions` dict (httpx hands the transport that very dict): those are httpcore's
  private structures, so with another transport, or an httpcore that changed them, it finds nothing and does
  nothing, and the call is bounded per read only (as httpx bounds it).
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from typing import Any

import httpx

POLL = 0.05  # seconds between two looks at the requests out; a call may overrun its bound by this much
IDLE_POLLS = 40  # looks without any request out after which the thread ends (a new request starts another)


class Watch:
    """One request out: when the HTTP client's socket for it is shut down, and whether it was."""

    __slots__ = ("deadline", "fired", "http", "request")

    def __init__(self, deadline: float, http: httpx.Client, request: httpx.Request) -> None:
        self.deadline = deadline
        self.http = http
        self.request = request
        self.fired = False


_watches: dict[int, Watch] = {}
_lock = threading.Lock()
_running = False


def watch(http: httpx.Client, request: httpx.Request, seconds: float) -> Watch:
    """Shut `request`'s connection down if it is still out after `seconds`; `release` the result once it is not."""
    global _running
    entry = Watch(time.monotonic() + seconds, http, request)
    _watches[id(entry)] = entry
    if not _running:  # read after the insert: a thread ending now saw no entry and has set it False already
        with _lock:
            if not _running:
                _running = True
                threading.Thread(target=_run, name="imagegen-watchdog", daemon=True).start()
    return entry


def release(entry: Watch) -> None:
    _watches.pop(id(entry), None)


def _run() -> None:
    global _running
    idle = 0
    while True:
        time.sleep(POLL)
        now = time.monotonic()
        for entry in list(_watches.values()):
            if not entry.fired and now >= entry.deadline:
                entry.fired = True
                _shut_down(entry.http, entry.request)
        with _lock:
            idle = 0 if _watches else idle + 1
            if idle >= IDLE_POLLS:
                _running = False
                return


def _shut_down(http: httpx.Client, request: httpx.Request) -> None:
    """Shut down the socket httpcore's pool is using for `request`: its blocked read returns at once."""
    try:
        pool: Any = http._transport_for_url(request.url)._pool  # type: ignore[attr-defined]
        for pending in list(pool._requests):
            if pending.request.extensions is request.extensions:
                stream = pending.connection._connection._network_stream
                # socket.socket's own shutdown: an SSLSocket's would also drop its TLS state under the reader
                socket.socket.shutdown(stream.get_extra_info("socket"), socket.SHUT_RDWR)
    except Exception:  # not httpcore's pool, or not as this code knows it; the socket may be closed already
        return


def _forget_after_fork() -> None:
    global _running, _lock
    _running, _lock = False, threading.Lock()  # the thread did not survive the fork
    _watches.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)


def time_limit(seconds: float) -> AbstractAsyncContextManager[object]:
    """Cancel what runs inside after `seconds` and raise TimeoutError: asyncio's own timeout where it has one
    (the cheaper), anyio's otherwise (trio, Python 3.10)."""
    seconds = max(seconds, 0.0)
    if sys.version_info >= (3, 11):
        import asyncio

        try:
            asyncio.get_running_loop()
        except RuntimeError:  # another event loop (trio)
            pass
        else:
            return asyncio.timeout(seconds)
    return _anyio_limit(seconds)


@contextlib.asynccontextmanager
async def _anyio_limit(seconds: float) -> AsyncIterator[None]:
    import anyio

    with anyio.fail_after(seconds):
        yield
