"""What every client shares: configuration, `with_options`, the HTTP client's lifetime, downloads.

`SyncClient` and `AsyncClient` differ only in how they run a flow (see flow.py): the decisions live in the
flows, written once.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import Any, ClassVar, TypeVar

import httpx

from . import downloads
from .config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_WAIT_DEADLINE,
    Session,
    TimeoutArg,
    check_seconds,
    host_list,
    resolve_session,
)
from .credentials import APIKey
from .endpoints import ProviderInfo, RateLimit
from .errors import APIStatusError, ImagegenError
from .flow import Flow, run_async, run_sync
from .options import NOT_GIVEN, NotGiven, given
from .redaction import scrub_exception

T = TypeVar("T")
_Self = TypeVar("_Self", bound="_ClientBase")
_SyncSelf = TypeVar("_SyncSelf", bound="SyncClient")
_AsyncSelf = TypeVar("_AsyncSelf", bound="AsyncClient")


class _ClientBase:
    _provider: ClassVar[ProviderInfo]
    _errors: ClassVar[Mapping[int, type[APIStatusError]]] = {}
    _default_error: ClassVar[type[APIStatusError]] = APIStatusError
    _session: Session
    _owns_http: bool

    def _setup(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        auth_hosts: Sequence[str] | None,
        timeout: TimeoutArg,
        max_retries: int,
        retry_billed_failures: bool,
        rate_limit: bool,
        deadline: float | None,
        default_headers: Mapping[str, str] | None,
        clock: Callable[[], float] | None,
        now: Callable[[], datetime] | None,
        random: Callable[[], float] | None,
    ) -> None:
        provider = getattr(type(self), "_provider", None)
        if provider is None:
            raise TypeError(f"{type(self).__name__} is a base class; use a generated provider client")
        self._session = resolve_session(
            provider,
            errors=self._errors,
            default_error=self._default_error,
            api_key=api_key,
            base_url=base_url,
            auth_hosts=auth_hosts,
            timeout=timeout,
            max_retries=max_retries,
            retry_billed_failures=retry_billed_failures,
            rate_limit=rate_limit,
            deadline=deadline,
            default_headers=default_headers,
            clock=clock,
            now=now,
            random=random,
        )

    def _copy_with(
        self: _Self,
        *,
        api_key: str | NotGiven,
        base_url: str | NotGiven,
        auth_hosts: Sequence[str] | NotGiven,
        timeout: TimeoutArg,
        max_retries: int | NotGiven,
        retry_billed_failures: bool | NotGiven,
        rate_limit: bool | NotGiven,
        deadline: float | NotGiven | None,
        default_headers: Mapping[str, str] | NotGiven,
    ) -> _Self:
        session = self._session
        changes: dict[str, Any] = {}
        check_seconds("timeout", timeout)
        check_seconds("deadline", deadline)
        if not isinstance(api_key, NotGiven):
            changes["api_key"] = APIKey(api_key)
        if not isinstance(base_url, NotGiven):
            changes["base_url"] = httpx.URL(base_url)
        if not isinstance(auth_hosts, NotGiven):
            changes["auth_hosts"] = host_list(auth_hosts)
        if not isinstance(default_headers, NotGiven):
            changes["default_headers"] = {**session.default_headers, **default_headers}
        changes.update(
            timeout=timeout if not isinstance(timeout, NotGiven) else session.timeout,
            max_retries=given(max_retries, session.max_retries),
            retry_billed_failures=given(retry_billed_failures, session.retry_billed_failures),
            rate_limit=given(rate_limit, session.rate_limit),
            deadline=session.deadline if isinstance(deadline, NotGiven) else deadline,
        )
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        for name in _cached_names(type(self)):  # cached sub-resources and APIs point at the original
            copy.__dict__.pop(name, None)
        copy._session = replace(session, **changes)
        copy._owns_http = False  # the pool stays the original's to close
        return copy

    def _retries(self, max_retries: int | NotGiven) -> int:
        return given(max_retries, self._session.max_retries)

    def _deadline(self, deadline: float | NotGiven | None) -> float | None:
        check_seconds("deadline", deadline)
        return self._session.deadline if isinstance(deadline, NotGiven) else deadline

    def __repr__(self) -> str:
        session = getattr(self, "_session", None)  # absent while __init__ fails (a traceback shows locals)
        return f"{type(self).__name__}(base_url={str(session.base_url) if session else None!r})"


def _cached_names(cls: type) -> list[str]:
    return [name for klass in cls.__mro__ for name, value in vars(klass).items() if isinstance(value, cached_property)]


class BoundAPI:
    """A non-default API of a provider, reached as `client.<api name>`: it runs on that client's session and pool."""

    def __init__(self, client: Any) -> None:
        self._bound = client

    @property
    def _client(self) -> Any:
        return self._bound

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._bound!r})"


class SyncClient(_ClientBase):
    """Base of the synchronous clients."""

    @property
    def _client(self) -> SyncClient:
        """The client that runs a surface's flows: a client is its own default API's surface."""
        return self

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        auth_hosts: Sequence[str] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        rate_limit: bool = False,
        retry_billed_failures: bool = False,
        deadline: float | None = DEFAULT_WAIT_DEADLINE,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], object] | None = None,
        clock: Callable[[], float] | None = None,
        now: Callable[[], datetime] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        self._setup(
            api_key=api_key,
            base_url=base_url,
            auth_hosts=auth_hosts,
            timeout=timeout,
            max_retries=max_retries,
            retry_billed_failures=retry_billed_failures,
            rate_limit=rate_limit,
            deadline=deadline,
            default_headers=default_headers,
            clock=clock,
            now=now,
            random=random,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self._sleep: Callable[[float], object] = sleep or time.sleep

    def with_options(
        self: _SyncSelf,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        auth_hosts: Sequence[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | NotGiven = NOT_GIVEN,
        rate_limit: bool | NotGiven = NOT_GIVEN,
        retry_billed_failures: bool | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> _SyncSelf:
        """A copy with some settings changed, sharing this client's connection pool and rate limiter."""
        copy = self._copy_with(
            api_key=api_key,
            base_url=base_url,
            auth_hosts=auth_hosts,
            timeout=timeout,
            max_retries=max_retries,
            retry_billed_failures=retry_billed_failures,
            rate_limit=rate_limit,
            deadline=deadline,
            default_headers=default_headers,
        )
        if not isinstance(http_client, NotGiven):
            copy._http = http_client
        return copy

    def _run(self, flow: Flow[T]) -> T:
        session = self._session
        try:
            return run_sync(flow, self._http, self._sleep, session.clock)
        except ImagegenError as error:
            scrub_exception(error, session.api_key)
            raise

    def download(self, url: str, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN) -> bytes:
        """The bytes at `url` (absolute, relative to the base URL, or a data: URI)."""
        return self._download(url, timeout=timeout, max_retries=max_retries)

    def _download(
        self,
        url: str,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        limit: tuple[str, RateLimit] | None = None,
    ) -> bytes:
        flow = downloads.download(
            self._session, url, timeout=timeout, max_retries=self._retries(max_retries), limit=limit
        )
        return self._run(flow)

    def download_to(
        self, url: str, path: str | Path, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Path:
        """Save the output at `url` to `path` as it arrives (constant memory); the file appears once complete."""
        return self._save(url, Path(path), timeout=timeout, max_retries=max_retries)

    def _save(
        self,
        url: str,
        target: Path,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        limit: tuple[str, RateLimit] | None = None,
    ) -> Path:
        retries = self._retries(max_retries)
        return self._run(downloads.save(self._session, url, target, timeout=timeout, max_retries=retries, limit=limit))

    def close(self) -> None:
        """Close the connection pool if this client created it (never a caller's `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _SyncSelf) -> _SyncSelf:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_ClientBase):
    """Base of the asynchronous clients."""

    @property
    def _client(self) -> AsyncClient:
        """The client that runs a surface's flows: a client is its own default API's surface."""
        return self

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        auth_hosts: Sequence[str] | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        rate_limit: bool = False,
        retry_billed_failures: bool = False,
        deadline: float | None = DEFAULT_WAIT_DEADLINE,
        default_headers: Mapping[str, str] | None = None,
        sleep: Callable[[float], Awaitable[object]] | None = None,
        clock: Callable[[], float] | None = None,
        now: Callable[[], datetime] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        self._setup(
            api_key=api_key,
            base_url=base_url,
            auth_hosts=auth_hosts,
            timeout=timeout,
            max_retries=max_retries,
            retry_billed_failures=retry_billed_failures,
            rate_limit=rate_limit,
            deadline=deadline,
            default_headers=default_headers,
            clock=clock,
            now=now,
            random=random,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        if sleep is None:
            # anyio (an httpx dependency) sleeps under asyncio and trio alike
            import anyio  # not at module level: the sync clients never need it

            sleep = anyio.sleep
        self._sleep: Callable[[float], Awaitable[object]] = sleep

    def with_options(
        self: _AsyncSelf,
        *,
        api_key: str | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        auth_hosts: Sequence[str] | NotGiven = NOT_GIVEN,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | NotGiven = NOT_GIVEN,
        rate_limit: bool | NotGiven = NOT_GIVEN,
        retry_billed_failures: bool | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
    ) -> _AsyncSelf:
        """A copy with some settings changed, sharing this client's connection pool and rate limiter."""
        copy = self._copy_with(
            api_key=api_key,
            base_url=base_url,
            auth_hosts=auth_hosts,
            timeout=timeout,
            max_retries=max_retries,
            retry_billed_failures=retry_billed_failures,
            rate_limit=rate_limit,
            deadline=deadline,
            default_headers=default_headers,
        )
        if not isinstance(http_client, NotGiven):
            copy._http = http_client
        return copy

    async def _run(self, flow: Flow[T]) -> T:
        session = self._session
        try:
            return await run_async(flow, self._http, self._sleep, session.clock)
        except ImagegenError as error:
            scrub_exception(error, session.api_key)
            raise

    async def download(
        self, url: str, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> bytes:
        """The bytes at `url` (absolute, relative to the base URL, or a data: URI)."""
        return await self._download(url, timeout=timeout, max_retries=max_retries)

    async def _download(
        self,
        url: str,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        limit: tuple[str, RateLimit] | None = None,
    ) -> bytes:
        flow = downloads.download(
            self._session, url, timeout=timeout, max_retries=self._retries(max_retries), limit=limit
        )
        return await self._run(flow)

    async def download_to(
        self, url: str, path: str | Path, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Path:
        """Save the output at `url` to `path` as it arrives (constant memory, writes off the event loop)."""
        return await self._save(url, Path(path), timeout=timeout, max_retries=max_retries)

    async def _save(
        self,
        url: str,
        target: Path,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        limit: tuple[str, RateLimit] | None = None,
    ) -> Path:
        retries = self._retries(max_retries)
        flow = downloads.save(self._session, url, target, timeout=timeout, max_retries=retries, limit=limit)
        return await self._run(flow)

    async def close(self) -> None:
        """Close the connection pool if this client created it (never a caller's `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        await self.close()
