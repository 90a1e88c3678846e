"""`start`: starts a double for one test, stops it after, and fails the test if the double itself raised.

And one TLS context for every httpx client here (see `_one_tls_context`)."""

from __future__ import annotations

import functools
import ssl
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import httpx._transports.default
import pytest

from .server import Double

D = TypeVar("D", bound=Double)


@pytest.fixture
def start() -> Iterator[Callable[[D], D]]:
    started: list[Double] = []

    def _start(double: D) -> D:
        double.start()
        started.append(double)
        return double

    yield _start
    for double in started:
        double.stop()
    assert not [error for double in started for error in double.errors]


@functools.cache
def _default_tls_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()


def _tls_context(verify: Any = True, cert: Any = None, trust_env: bool = True) -> ssl.SSLContext:
    if verify is True and cert is None and trust_env:
        return _default_tls_context()
    return httpx.create_ssl_context(verify=verify, cert=cert, trust_env=trust_env)


@pytest.fixture(autouse=True)
def _one_tls_context(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every new httpx client builds the default TLS context, loading certifi's bundle (55 ms of CPU), though the
    clients here speak plain HTTP to loopback doubles and never use it: the clients of a test share one, built the
    same way (a client given its own `verify` or `cert` still gets its own)."""
    monkeypatch.setattr(httpx._transports.default, "create_ssl_context", _tls_context)
