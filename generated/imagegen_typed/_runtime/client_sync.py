# Generated from client_async.py by scripts/unasync.py: edit that file and run the script, not this one.
"""The base of the synchronous clients: the HTTP client's lifetime, running flows, downloads.

The async module is written by hand; scripts/unasync.py writes its sync twin from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TypeVar

import httpx

from . import downloads
from .client_base import _ClientBase
from .config import DEFAULT_MAX_RETRIES, DEFAULT_WAIT_DEADLINE, TimeoutArg
from .credentials import APIKey
from .endpoints import RateLimit
from .errors import ImagegenError
from .flow import Flow, Sleeper, run_sync
from .options import NOT_GIVEN, Call, CallOptions, NotGiven, Unpack
from .redaction import scrub_exception

T = TypeVar("T")
_Self = TypeVar("_Self", bound="SyncClient")


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
        sleep: Sleeper | None = None,
        clock: Callable[[], float] | None = None,
        now: Callable[[], datetime] | None = None,
        random: Callable[[], float] | None = None,
    ) -> None:
        key = None if api_key is None else APIKey(api_key)
        del api_key  # from here on no frame holds the key in clear (a traceback may show every local)
        self._setup(
            api_key=key,
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
        if sleep is None:
            import time  # here, not at module level: only a client without a `sleep` of its own needs it

            sleep = time.sleep
        self._sleep: Sleeper = sleep

    def with_options(
        self: _Self,
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
    ) -> _Self:
        """A copy with some settings changed, sharing this client's connection pool and rate limiter."""
        key = api_key if isinstance(api_key, NotGiven) else APIKey(api_key)
        del api_key  # from here on no frame holds the key in clear (a traceback may show every local)
        copy = self._copy_with(
            api_key=key,
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
            return run_sync(flow, self._http, self._sleep, session)
        except ImagegenError as error:
            scrub_exception(error, session.api_key)
            raise

    def download(self, url: str, **options: Unpack[CallOptions]) -> bytes:
        """The bytes at `url` (absolute, relative to the base URL, or a data: URI)."""
        return self._download(url, self._call(options, CallOptions, "download"))

    def _download(self, url: str, call: Call | None = None, limit: tuple[str, RateLimit] | None = None) -> bytes:
        flow = downloads.download(self._session, url, call or self._session.default_call, limit=limit)
        return self._run(flow)

    def download_to(self, url: str, path: str | Path, **options: Unpack[CallOptions]) -> Path:
        """Save the output at `url` to `path` as it arrives (constant memory); the file appears once complete."""
        return self._save(url, Path(path), self._call(options, CallOptions, "download_to"))

    def _save(
        self, url: str, target: Path, call: Call | None = None, limit: tuple[str, RateLimit] | None = None
    ) -> Path:
        flow = downloads.save(self._session, url, target, call or self._session.default_call, limit=limit)
        return self._run(flow)

    def close(self) -> None:
        """Close the connection pool if this client created it (never a caller's `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
