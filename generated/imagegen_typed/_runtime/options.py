"""Small shared types: the NOT_GIVEN sentinel, what counts as a file a caller may pass, and the per-call options.

Every method takes its per-call options as `**options`, typed by one of the TypedDicts below (`Unpack`), so a
type checker refuses a misspelled option or a wrong type and an editor completes them; the client resolves them
once per call into a `Call`, the one object the flows receive. A new option is a key here, a field of `Call`
(with its check in `client_base._ClientBase._call`) and the flow that uses it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO, Final, Literal, TypeAlias, TypedDict, TypeVar

import httpx

from .credentials import Secret
from .results import PredictionStatus

if sys.version_info >= (3, 11):
    from typing import Unpack as Unpack
else:  # pragma: no cover - Python 3.10
    from typing_extensions import Unpack as Unpack

_T = TypeVar("_T")


class NotGiven:
    """Marks an argument the caller left out, as distinct from an explicit None (which often means "no limit")."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

# A local file for an upload-capable parameter: a path, raw bytes or a binary file object.
# An http(s) URL string is passed through as is.
FileInput: TypeAlias = str | os.PathLike[str] | bytes | BinaryIO
QueryValue: TypeAlias = str | int | float | bool


def given(value: _T | NotGiven, fallback: _T) -> _T:
    """`value` unless it is NOT_GIVEN, else `fallback`."""
    return fallback if isinstance(value, NotGiven) else value


class CallOptions(TypedDict, total=False):
    """What any request takes per call; an option left out keeps the client's setting.

    timeout: seconds (or an httpx.Timeout) for the whole call, retries and waits included; None: no limit.
    max_retries: retries of a failed request (the client's, 2 unless set).
    """

    timeout: float | httpx.Timeout | None
    max_retries: int


class RequestOptions(CallOptions, total=False):
    """What a generation request takes per call: `CallOptions` and the escape hatches, each sent as given, never
    validated (none may name the auth header or hold the API key: the client refuses that before sending); None
    is the same as leaving one out.

    extra_headers: headers added to the call's requests (replacing the client's of the same name).
    extra_query: query parameters added to the generation request.
    extra_body: keys merged into the top level of the request's JSON body (multipart APIs: form fields),
        replacing those of the same name.
    """

    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, QueryValue] | None
    extra_body: Mapping[str, object] | None


class WaitOptions(CallOptions, total=False):
    """What a wait for a prediction takes per call.

    deadline: seconds the whole call may take, uploads and waiting included (None: no limit; the client's, 900
        unless set).
    on_progress: called with the prediction's status each time it changes while the call waits.
    """

    deadline: float | None
    on_progress: Callable[[PredictionStatus], None] | None


class SubmitOptions(RequestOptions, total=False):
    """What submitting a prediction takes per call: `RequestOptions` and `extra_input`, keys merged into the
    model's inputs (the `input` object where the API wraps them, else the body), replacing those of the same name.
    """

    extra_input: Mapping[str, object] | None


class PredictionOptions(SubmitOptions, WaitOptions, total=False):
    """What a predictions call that submits and waits takes per call: `SubmitOptions` and `WaitOptions`."""


class DirectOptions(RequestOptions, total=False):
    """What a direct call takes per call: `RequestOptions` and, on an API that offers a choice of answer,
    `accept` (its name). A provider's client types `accept` with the API's own choices (its `types` module)."""

    accept: str


@dataclass(frozen=True, slots=True)
class Call:
    """A call's options, resolved once: what the flows receive. `max_retries` and `deadline` hold the client's
    setting when the caller gave none; `timeout` stays NOT_GIVEN then (each kind of request has its own)."""

    timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN
    max_retries: int = 2
    extra_headers: Mapping[str, str] = field(default_factory=dict)
    extra_query: tuple[tuple[str, str], ...] = ()
    extra_body: Mapping[str, object] = field(default_factory=dict)
    extra_input: Mapping[str, object] = field(default_factory=dict)
    deadline: float | None = None
    on_progress: Callable[[PredictionStatus], None] | None = None
    accept: str | NotGiven = NOT_GIVEN

    def url(self, url: httpx.URL) -> httpx.URL:
        """`url` with the caller's extra query parameters (the generation request only)."""
        return url.copy_merge_params(self.extra_query) if self.extra_query else url


class Webhook:
    """Where the provider sends a submitted job's result: pass it to a model's `submit_<method>` (or to
    `predictions.create`), which returns the `Prediction` at once instead of waiting.

    `events`: which events to send, where the provider lets you choose (its spec lists them; the `types` module
    of such a provider has them as `WebhookEvent`); `secret`: the secret the provider signs deliveries with,
    where it takes one per request (held redacted, sent only to the provider's own host).
    """

    __slots__ = ("_secret", "events", "url")

    def __init__(self, url: str, *, events: Sequence[str] = (), secret: str | None = None) -> None:
        if isinstance(events, str):  # one event: a str is a sequence of one-letter "events"
            events = (events,)
        self.url = url
        self.events: tuple[str, ...] = tuple(events)
        self._secret = None if secret is None else Secret(secret) if isinstance(secret, str) else secret

    @property
    def secret(self) -> Secret | None:
        return self._secret

    def __repr__(self) -> str:
        secret = ", secret='****'" if self._secret is not None else ""
        return f"Webhook(url={self.url!r}, events={self.events!r}{secret})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Webhook):
            return NotImplemented
        return (self.url, self.events, self._secret) == (other.url, other.events, other._secret)

    def __hash__(self) -> int:
        return hash((self.url, self.events))
