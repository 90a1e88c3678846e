"""What every client shares: configuration and `with_options`; `BoundAPI`, an API reached as `client.<name>`;
`ModelMethods`, which loads each model's methods from the model's own module when first used.

`AsyncClient` (client_async.py, written by hand) and `SyncClient` (client_sync.py, generated from it by
scripts/unasync.py) differ only in how they run a flow (see flow.py): the decisions live in the flows, written
once. Each is in its own module, which imports this one (never the other way).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from .config import (
    Session,
    TimeoutArg,
    check_retries,
    check_seconds,
    host_list,
    parse_base_url,
    resolve_call,
    resolve_session,
)
from .credentials import APIKey
from .endpoints import ProviderInfo
from .errors import APIStatusError
from .options import Call, NotGiven, given

_Self = TypeVar("_Self", bound="_ClientBase")


class _ClientBase:
    _provider: ClassVar[ProviderInfo]
    _errors: ClassVar[Mapping[int, type[APIStatusError]]] = {}
    _default_error: ClassVar[type[APIStatusError]] = APIStatusError
    _session: Session
    _owns_http: bool

    def _setup(
        self,
        *,
        api_key: APIKey | None,
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
        api_key: APIKey | NotGiven,
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
            changes["api_key"] = api_key.check()
        if not isinstance(base_url, NotGiven):
            changes["base_url"] = parse_base_url(base_url)
        if not isinstance(auth_hosts, NotGiven):
            changes["auth_hosts"] = host_list(auth_hosts)
        if not isinstance(max_retries, NotGiven):
            check_retries(max_retries)
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

    def _call(self, options: Mapping[str, object], kind: type, where: str) -> Call:
        """A call's `**options`, typed by the options TypedDict `kind`, checked and resolved (config.resolve_call)."""
        return resolve_call(self._session, options, kind, where)

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


class _LoadsModelMethods(type):
    """The metaclass of ModelMethods: `Client.method` loads a model's method that is not loaded yet."""

    if not TYPE_CHECKING:  # type checkers see each method where the generated module declares it

        def __getattr__(cls, name: str) -> Any:
            if _load_model_method(cls, name):
                return getattr(cls, name)
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")

    def __dir__(cls) -> list[str]:
        return sorted({*super().__dir__(), *_model_method_names(cls)})


class ModelMethods(metaclass=_LoadsModelMethods):
    """A generated client or API class at run time: each model's methods are defined in the model's own module
    (`<provider>/_calls/<module>.py`, in a class named like this one) and put on this class the first time one
    of them is looked up, so importing a client with thousands of models loads none of them.
    `_model_methods` maps each method name to its module."""

    _model_methods: ClassVar[Mapping[str, str]] = {}

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:  # only for what normal lookup did not find
            if _load_model_method(type(self), name):
                return getattr(self, name)
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *_model_method_names(type(self))})


def _load_model_method(cls: type, name: str) -> bool:
    """Put model method `name` on the generated class of `cls` that declares it; False when none does."""
    if name.startswith("__"):
        return False
    for klass in cls.__mro__:
        module = vars(klass).get("_model_methods", {}).get(name)
        if module is not None:
            package = klass.__module__.rpartition(".")[0]
            holder = getattr(importlib.import_module(f"{package}._calls.{module}"), klass.__name__)
            setattr(klass, name, vars(holder)[name])
            return True
    return False


def _model_method_names(cls: type) -> set[str]:
    return {name for klass in cls.__mro__ for name in vars(klass).get("_model_methods", ())}
