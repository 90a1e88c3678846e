"""Client configuration resolved once (arguments, then environment, then provider defaults) into a `Session`.

A `Session` is immutable; `with_options` builds a new one with `dataclasses.replace`, keeping the same
rate limiter so copies of one client share it.
"""

from __future__ import annotations

import difflib
import math
import os
import random as _random
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from typing import Literal

import httpx

from .credentials import APIKey
from .endpoints import ProviderInfo
from .errors import APIStatusError, InvalidParameterError, MissingAPIKeyError
from .options import NOT_GIVEN, Call, NotGiven
from .ratelimit import RateLimiter
from .user_agent import with_user_agent

TimeoutArg = float | httpx.Timeout | None | NotGiven
TimeoutKind = Literal["generate", "other"]

DEFAULT_MAX_RETRIES = 2
DEFAULT_WAIT_DEADLINE = 900.0  # seconds a predictions call waits for a prediction unless told otherwise
# A download or upload without a caller's timeout: long enough for a large file on a slow link (each read still
# times out after the provider's `other` timeout), short enough that a dripping server cannot hold it forever.
DEFAULT_TRANSFER_BUDGET = 600.0
HEADER_MEMO = 64  # distinct header sets a session remembers merged (see Session.request_headers)


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def check_seconds(name: str, value: object) -> None:
    """Refuse a `timeout` or `deadline` that is not None, NOT_GIVEN, an httpx.Timeout or a finite number >= 0."""
    if value is None or isinstance(value, (NotGiven, httpx.Timeout)):
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds or None, got {type(value).__name__} {value!r}")
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"{name} must be a finite number of seconds >= 0 (or None for no limit), got {value!r}")


def check_retries(value: object) -> None:
    """Refuse a `max_retries` that is not a whole number >= 0."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"max_retries must be a whole number >= 0, got {type(value).__name__} {value!r}")
    if value < 0:
        raise ValueError(f"max_retries must be >= 0, got {value}")


def parse_base_url(value: str, source: str = "base_url") -> httpx.URL:
    """`value` as a URL, or InvalidParameterError naming `source` (httpx's own error cannot even be shown with
    a traceback's locals: its half-built URL has no repr)."""
    try:
        return httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as error:
        problem = f"{source}={value!r} is not a URL: {error}"
    raise InvalidParameterError([problem])


@dataclass(frozen=True, slots=True, kw_only=True)
class Session:
    """Everything a request needs besides the HTTP client: resolved settings and injected clock/randomness."""

    provider: ProviderInfo
    api_key: APIKey
    base_url: httpx.URL
    errors: Mapping[int, type[APIStatusError]]
    default_error: type[APIStatusError]
    timeout: TimeoutArg
    max_retries: int
    retry_billed_failures: bool
    rate_limit: bool
    deadline: float | None
    default_headers: Mapping[str, str]
    # Origins besides the base URL's that receive the key: the caller's auth_hosts, else the provider's
    # declared hosts (https). Normalised by key_origins().
    auth_hosts: tuple[str, ...] | None = None
    limiter: RateLimiter = field(default_factory=RateLimiter)
    clock: Callable[[], float] = time.monotonic
    now: Callable[[], datetime] = utc_now
    random: Callable[[], float] = _random.random
    # Parsed URLs by path: parsing one costs more than the rest of a call's client-side work. Not copied
    # by dataclasses.replace (init=False), so a copy with another base URL starts empty.
    _urls: dict[str, httpx.URL] = field(default_factory=dict, init=False, repr=False, compare=False)
    _timeouts: dict[str, httpx.Timeout] = field(default_factory=dict, init=False, repr=False, compare=False)
    _headers: dict[tuple[tuple[tuple[str, str], ...], tuple[tuple[bytes, bytes], ...] | None], httpx.Headers] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _key_origins: frozenset[tuple[str, str, int | None]] = field(
        default=frozenset(), init=False, repr=False, compare=False
    )
    # The options of a call that gives none: the client's settings (most calls; built once).
    default_call: Call = field(default_factory=Call, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        hosts = self.provider.auth_hosts if self.auth_hosts is None else self.auth_hosts
        object.__setattr__(self, "_key_origins", key_origins(hosts))
        object.__setattr__(self, "default_call", Call(max_retries=self.max_retries, deadline=self.deadline))

    def request_headers(self, headers: Mapping[str, str], client: httpx.Headers | None) -> httpx.Headers:
        """What a request sends besides auth: the HTTP client's headers (`client`; None when httpx merges them
        itself), then the client's default headers, then `headers`, a later one replacing an earlier one of the
        same name in any letter case; our User-Agent unless one of the last two sets one; and no header named
        like the auth header (the driver adds the key, for the provider's host only; see flow.py).

        Memoised by both `headers` and the HTTP client's headers (a caller may change those), at most
        `HEADER_MEMO` entries: the result is shared, and never changed by its users.
        """
        raw = None if client is None else client.raw
        try:
            key = (tuple(headers.items()), None if raw is None else tuple(raw))
            known = self._headers.get(key)
        except TypeError:  # an unhashable value: merged each time
            key, known = None, None
        if known is not None:
            return known
        auth = self.provider.auth_header.lower()
        merged = with_user_agent({**self.default_headers, **headers})
        ours = {name: value for name, value in merged.items() if name.lower() != auth}
        if raw is None:
            known = httpx.Headers(ours)
        else:
            replaced = {name.lower().encode() for name in ours} | {auth.encode()}
            known = httpx.Headers([pair for pair in raw if pair[0].lower() not in replaced])
            known.update(ours)
        # Not kept when an auth header was dropped: its value may be a key, held only as an APIKey.
        if key is not None and len(ours) == len(merged):
            if len(self._headers) >= HEADER_MEMO:
                self._headers.clear()
            self._headers[key] = known
        return known

    def url(self, path_or_url: str) -> httpx.URL:
        """An absolute URL; a relative path is appended to the base URL (keeping any base path prefix)."""
        known = self._urls.get(path_or_url)
        if known is not None:
            return known
        if path_or_url.startswith(("http://", "https://")):
            url = httpx.URL(path_or_url)
        else:
            url = httpx.URL(str(self.base_url).rstrip("/") + "/" + path_or_url.lstrip("/"))
        if len(self._urls) < 256:  # status and delivery paths carry ids: keep the memo small
            self._urls[path_or_url] = url
        return url

    def is_own_host(self, url: httpx.URL) -> bool:
        """Whether `url` is on the provider's own origin: the base URL's, or one of its declared API hosts
        (`auth_hosts`), the only places the API key may be sent."""
        base = self.base_url
        if url.host == base.host and url.scheme == base.scheme and url.port == base.port:
            return True
        return bool(self._key_origins) and _origin(url) in self._key_origins

    def auth_for(self, url: httpx.URL) -> tuple[str, APIKey, str | None] | None:
        """The auth header name, key and scheme for `url`: only the provider's own hosts get them."""
        provider = self.provider
        return (provider.auth_header, self.api_key, provider.auth_scheme) if self.is_own_host(url) else None

    def budget_for(self, kind: TimeoutKind | Literal["transfer"], override: TimeoutArg) -> float | None:
        """Seconds one logical request may take in all (every attempt, wait and body): the caller's timeout.

        A number is the whole budget; an httpx.Timeout keeps its per-phase meaning and its `read` value
        bounds the whole as well; None means no limit.
        """
        chosen = override if not isinstance(override, NotGiven) else self.timeout
        check_seconds("timeout", chosen)
        if isinstance(chosen, NotGiven):
            if kind == "transfer":
                return DEFAULT_TRANSFER_BUDGET
            return self.provider.generate_timeout if kind == "generate" else self.provider.other_timeout
        if isinstance(chosen, httpx.Timeout):
            return chosen.read
        return None if chosen is None else float(chosen)

    def timeout_for(self, kind: TimeoutKind, override: TimeoutArg) -> httpx.Timeout:
        """Per-call override, else the client's timeout, else the provider's default for this kind of call."""
        if isinstance(override, NotGiven):
            known = self._timeouts.get(kind)
            if known is None:
                known = self._timeouts[kind] = self._timeout_for(kind, override)
            return known
        return self._timeout_for(kind, override)

    def _timeout_for(self, kind: TimeoutKind, override: TimeoutArg) -> httpx.Timeout:
        chosen = override if not isinstance(override, NotGiven) else self.timeout
        check_seconds("timeout", chosen)
        if isinstance(chosen, httpx.Timeout):
            return chosen
        connect = self.provider.connect_timeout
        if chosen is None:
            return httpx.Timeout(None)
        if isinstance(chosen, NotGiven):
            chosen = self.provider.generate_timeout if kind == "generate" else self.provider.other_timeout
        return httpx.Timeout(chosen, connect=min(connect, chosen))


@cache
def option_names(kind: type) -> tuple[str, ...]:
    """The keys of an options TypedDict (options.py), in the order they are documented."""
    return tuple(kind.__annotations__)  # a TypedDict's own keys and its bases', bases first


def resolve_call(session: Session, options: Mapping[str, object], kind: type, where: str) -> Call:
    """A call's `**options` (keys of the TypedDict `kind`) checked and resolved against the client's settings.

    TypeError for an option `kind` does not have (the type checker's error, at run time: `**options` takes any
    name) or a value of the wrong type, ValueError for a timeout or deadline out of range,
    InvalidParameterError for an escape hatch that would carry the key (an entry named like the auth header,
    or a value holding the API key). Nothing has been sent then.
    """
    if not options:
        return session.default_call
    if any(isinstance(value, NotGiven) for value in options.values()):  # a wrapper passing its own defaults on
        options = {name: value for name, value in options.items() if not isinstance(value, NotGiven)}
        if not options:
            return session.default_call
    names = option_names(kind)
    for name in options:
        if name not in names:
            close = difflib.get_close_matches(name, names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise TypeError(
                f"{where}() got an unexpected keyword argument {name!r}{hint} (its options: {', '.join(names)})"
            )
    timeout = options.get("timeout", NOT_GIVEN)
    check_seconds("timeout", timeout)
    retries = options.get("max_retries", session.max_retries)
    check_retries(retries)
    deadline = options.get("deadline", session.deadline)
    check_seconds("deadline", deadline)
    progress = options.get("on_progress")
    if progress is not None and not callable(progress):
        raise TypeError(f"on_progress must be a function of the status or None, got {type(progress).__name__}")
    accept = options.get("accept", NOT_GIVEN)
    if not isinstance(accept, (str, NotGiven)):
        raise TypeError(f"accept must be the name of an answer (a str), got {type(accept).__name__}")
    guard = _Guard(session)
    headers = guard.mapping("extra_headers", options.get("extra_headers"), str)
    query = guard.mapping("extra_query", options.get("extra_query"), (str, int, float, bool))
    return Call(
        timeout=timeout,  # type: ignore[arg-type]  # checked above
        max_retries=retries,  # type: ignore[arg-type]
        extra_headers=headers,  # type: ignore[arg-type]
        extra_query=tuple((name, _query_text(value)) for name, value in query.items()),
        extra_body=guard.mapping("extra_body", options.get("extra_body"), object),
        extra_input=guard.mapping("extra_input", options.get("extra_input"), object),
        deadline=deadline,  # type: ignore[arg-type]
        on_progress=progress,
        accept=accept,
    )


def _query_text(value: object) -> str:
    """A query value as httpx writes one: true/false for a bool, the number's text, the string itself."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


class _Guard:
    """Checks the escape hatches: mappings with text keys, values of the allowed types, and nothing that would
    carry the API key (an entry named like the auth header, or a text holding the key, at any depth)."""

    def __init__(self, session: Session) -> None:
        self.auth = session.provider.auth_header.lower()
        self.key = session.api_key

    def mapping(self, option: str, value: object, kind: type | tuple[type, ...]) -> dict[str, object]:
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            raise TypeError(f"{option} must be a mapping (a dict), got {type(value).__name__}")
        found: dict[str, object] = {}
        problems: list[str] = []
        for name, item in value.items():
            if not isinstance(name, str):
                raise TypeError(f"{option}: keys must be str, got {type(name).__name__} {name!r}")
            if not isinstance(item, kind):
                raise TypeError(f"{option}[{name!r}] must be {_kind_name(kind)}, got {type(item).__name__}")
            if name.lower() == self.auth:
                problems.append(
                    f"{option}[{name!r}] is refused: it names the auth header, which the client sets from the "
                    "API key and sends only to the provider's own hosts; pass the key as api_key=..."
                )
            elif self._holds_key(item, 0):
                problems.append(
                    f"{option}[{name!r}] is refused: it holds the API key (not shown), which the client sends only "
                    "in its auth header"
                )
            found[name] = item
        if problems:
            raise InvalidParameterError([f"{problem}; nothing was sent" for problem in problems])
        return found

    def _holds_key(self, value: object, depth: int) -> bool:
        if isinstance(value, str):
            return self.key.within(value)
        if depth >= 16:
            return False
        if isinstance(value, Mapping):
            return any(self._holds_key(k, depth + 1) or self._holds_key(v, depth + 1) for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return any(self._holds_key(item, depth + 1) for item in value)
        return False


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme)


def key_origins(hosts: Sequence[str]) -> frozenset[tuple[str, str, int | None]]:
    """(scheme, host, port) of each entry: a bare host name is https; an http(s) origin is taken as given.
    ValueError for anything else (a path, a query, a user), so a typo cannot widen where the key goes."""
    found = set()
    for entry in hosts:
        text = entry if "://" in entry else f"https://{entry}"
        try:
            url = httpx.URL(text)
        except (httpx.InvalidURL, TypeError):
            url = None
        if (
            url is None
            or url.scheme not in _DEFAULT_PORTS
            or not url.host
            or url.raw_path not in (b"", b"/")
            or url.query
            or url.fragment
            or url.userinfo
        ):
            raise ValueError(f"auth_hosts: {entry!r} is not a host name or an http(s) origin (scheme://host[:port])")
        found.add(_origin(url))
    return frozenset(found)


def host_list(hosts: Sequence[str]) -> tuple[str, ...]:
    if isinstance(hosts, str):  # a lone host: a str is a sequence of one-letter "hosts"
        raise TypeError("auth_hosts must be a list of host names or origins, not a str")
    return tuple(hosts)


def resolve_session(
    provider: ProviderInfo,
    *,
    errors: Mapping[int, type[APIStatusError]],
    default_error: type[APIStatusError],
    api_key: APIKey | None,
    base_url: str | None,
    timeout: TimeoutArg,
    max_retries: int,
    retry_billed_failures: bool,
    rate_limit: bool,
    deadline: float | None,
    default_headers: Mapping[str, str] | None,
    clock: Callable[[], float] | None,
    now: Callable[[], datetime] | None,
    random: Callable[[], float] | None,
    environ: Mapping[str, str] | None = None,
    auth_hosts: Sequence[str] | None = None,
) -> Session:
    """`api_key` comes held already (the client's constructor wraps it before anything can fail)."""

    # No local holds os.environ: a traceback with locals would print every variable in it, keys included.
    def env(name: str) -> str | None:
        return (os.environ if environ is None else environ).get(name)

    if api_key is None:  # read inline, so no frame local holds the key in clear
        secret = APIKey(env(provider.api_key_env) or "", source=provider.api_key_env)
    else:
        secret = api_key
    if not secret.check():
        raise MissingAPIKeyError(
            f"no API key for {provider.title}: pass api_key=... or set the {provider.api_key_env} environment variable"
        )
    check_seconds("timeout", timeout)
    check_seconds("deadline", deadline)
    check_retries(max_retries)
    if base_url:
        url = parse_base_url(base_url)
    elif provider.base_url_env and env(provider.base_url_env):
        url = parse_base_url(env(provider.base_url_env) or "", provider.base_url_env)
    else:
        url = httpx.URL(provider.base_url)
    return Session(
        provider=provider,
        api_key=secret,
        base_url=url,
        errors=errors,
        default_error=default_error,
        timeout=timeout,
        max_retries=max_retries,
        retry_billed_failures=retry_billed_failures,
        rate_limit=rate_limit,
        deadline=deadline,
        default_headers=dict(default_headers or {}),
        auth_hosts=None if auth_hosts is None else host_list(auth_hosts),
        clock=clock or time.monotonic,
        now=now or utc_now,
        random=random or _random.random,
    )
