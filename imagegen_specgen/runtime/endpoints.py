"""What the runtime knows about a provider and its models, as plain data the generator emits.

Every class is an immutable record built with keyword arguments only, so generated `_endpoints.py`
modules read like configuration and cannot be changed at run time. A field with a default is written by
the generator only when a spec says otherwise, so each record holds what differs and nothing more.
`record` gives type checkers a frozen keyword-only dataclass, but builds a plain slotted class: creating
dataclasses at import cost about a millisecond each, and a package of 500 models builds thousands of these
records at import.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Literal, TypeVar
from urllib.parse import quote

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10
    from typing_extensions import dataclass_transform

_C = TypeVar("_C")


def _init(self: Any, **values: Any) -> None:
    cls = type(self)
    names, defaults = cls.__slots__, cls._defaults
    missing = [name for name in names if name not in values and name not in defaults]
    extra = sorted(values.keys() - set(names))
    if missing or extra:
        raise TypeError(f"{cls.__name__}: missing {missing}, unexpected {extra}")
    for name in names:
        object.__setattr__(self, name, values[name] if name in values else defaults[name])


def _setattr(self: Any, name: str, value: object) -> None:
    raise AttributeError(f"{type(self).__name__} is immutable")


def _repr(self: Any) -> str:
    fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in type(self).__slots__)
    return f"{type(self).__name__}({fields})"


def _values(self: Any) -> tuple[object, ...]:
    return tuple(getattr(self, name) for name in type(self).__slots__)


def _eq(self: Any, other: object) -> bool:
    return type(other) is type(self) and _values(self) == _values(other)


def _hash(self: Any) -> int:
    return hash(_values(self))


@dataclass_transform(kw_only_default=True, frozen_default=True)
def record(cls: type[_C]) -> type[_C]:
    namespace: dict[str, Any] = {
        "__slots__": tuple(cls.__annotations__),
        "_defaults": {name: cls.__dict__[name] for name in cls.__annotations__ if name in cls.__dict__},
        "__doc__": cls.__doc__,
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__init__": _init,
        "__setattr__": _setattr,
        "__repr__": _repr,
        "__eq__": _eq,
        "__hash__": _hash,
    }
    skip = {*cls.__annotations__, "__dict__", "__weakref__", "__annotations__", *namespace}
    namespace.update((key, value) for key, value in cls.__dict__.items() if key not in skip)  # methods
    built: Callable[..., Any] = type(cls.__name__, (), namespace)
    return built  # type: ignore[return-value]


@record
class RateLimit:
    """At most `requests` requests in any window of `per_seconds` seconds."""

    requests: int
    per_seconds: float


@record
class Condition:
    """Holds when the parameter with wire name `parameter` has one of `values`."""

    parameter: str
    values: tuple[object, ...]


@record
class ParamInfo:
    """One model parameter as the runtime needs it; its type, range and description live in the request model.

    `python` is the Python name when it differs from the wire name; `default` is the provider's documented
    default (shown in help, never sent unless the caller sets it) when `has_default`; a `secret` one is held
    redacted (credentials.Secret) and sent in clear only in the body to the provider's own host.
    """

    wire: str
    python: str = ""
    upload: Literal["one", "many"] | None = None
    secret: bool = False
    file: Literal["one", "many"] | None = None  # a local file (or a list of them) sent as a multipart file part
    relevant_when: Condition | None = None
    has_default: bool = False
    default: object = None

    @property
    def name(self) -> str:
        """The Python name."""
        return self.python or self.wire


@record
class EndpointInfo:
    """One model: its id, client method and parameters. `path` is its own path where a direct API's
    path template does not give it; `sync` is whether a predictions API asks the server to hold the call.
    `wire_id` is the id requests carry when it is not `model_id`; `request_body` how a direct API's model
    sends its inputs when not as the API says ("json" or "multipart").

    Title, cost (in USD per `cost_per`) and latency are as documented, for people (the command line).
    """

    model_id: str
    method: str
    params: tuple[ParamInfo, ...] = ()
    path: str | None = None
    sync: bool = True
    rate_limit: RateLimit | None = None
    title: str = ""
    cost_usd: float | None = None
    cost_per: str | None = None
    latency_seconds: float | None = None
    wire_id: str | None = None
    request_body: str | None = None

    @property
    def sent_id(self) -> str:
        """The model's id as requests carry it."""
        return self.wire_id or self.model_id


@record
class OutputField:
    """Where a JSON answer holds outputs: a dotted path (`name[]` for each element of a list) and how each is
    written: "url" (a URL or data: URI, downloaded) or "base64" (the media, decoded)."""

    path: str
    encoding: str = "url"


@record
class AcceptChoice:
    """An answer the caller may ask for: `name` (the method's accept=...), the header `value`, and whether the
    answer is the media itself ("bytes") or JSON ("json")."""

    name: str
    value: str
    body: str


@record
class DirectInfo:
    """Protocol `direct`: one request per call to `path` ("{model}" is the model id); media or JSON back.

    `model_field` names the body field that tells models on one path apart (the client sets it); inputs go as
    JSON or as multipart/form-data (`request_body`), arrays as repeated parts named as the parameter, or with
    "[]" appended (`multipart_arrays` "brackets"). `accept` lists the answers a caller may choose with the
    `accept_header` (the first is asked for by default); `outputs` are where a JSON answer holds the media,
    tried in order; `seed_field`, `finish_reason_header`/`finish_reason_field` what it says about them, and a
    finish reason in `filtered` means the provider filtered the output.
    """

    name: str
    path: str
    model_field: str | None = None
    request_body: str = "json"
    multipart_arrays: str = "repeat"
    accept_header: str = "accept"
    accept: tuple[AcceptChoice, ...] = ()
    outputs: tuple[OutputField, ...] = ()
    seed_field: str | None = None
    finish_reason_header: str | None = None
    finish_reason_field: str | None = None
    filtered: tuple[str, ...] = ()

    def endpoint_path(self, endpoint: EndpointInfo) -> str:
        return endpoint.path or self.path.replace("{model}", endpoint.sent_id)

    def body_of(self, endpoint: EndpointInfo) -> str:
        return endpoint.request_body or self.request_body


@record
class PredictionsInfo:
    """Protocol `predictions`: submit, optionally hold, poll, read the output, cancel. Every name is data.

    `*_url_field` are dotted paths of follow-up URLs in the submit answer, used over the `*_path` templates
    when the answer gives them. In a template "{id}" is the prediction id, "{model}" the model id (slashes
    kept) and each of `variables` (name, n) the model id's first n segments. `hold_value` may hold
    "{seconds}". `failed` is empty when the provider has no failure word: a result answered with one of
    `result_failed_statuses` is the job's failure. `output_field` may reach into lists (images[].url);
    `output_encoding` "base64" means bare base64 outputs.
    """

    name: str
    submit_path: str
    status_path: str
    pending: tuple[str, ...]
    succeeded: tuple[str, ...]
    failed: tuple[str, ...] = ()
    canceled: tuple[str, ...] = ()
    aborted: tuple[str, ...] = ()
    model_header: str | None = None
    input_field: str | None = None
    hold_header: str | None = None
    hold_value: str = ""
    hold_max_seconds: float = 0.0
    status_url_field: str | None = None
    status_method: str = "GET"
    id_field: str = "id"
    status_field: str = "status"
    message_field: str | None = None
    error_field: str | None = None
    output_field: str = "output"
    output_encoding: str = "url"
    result_path: str | None = None
    result_url_field: str | None = None
    result_method: str = "GET"
    result_failed_statuses: tuple[int, ...] = ()
    result_canceled_statuses: tuple[int, ...] = ()
    cancel_path: str | None = None
    cancel_url_field: str | None = None
    cancel_method: str = "POST"
    delivery_path: str | None = None
    status_rate_limit: RateLimit | None = None
    delivery_rate_limit: RateLimit | None = None
    variables: tuple[tuple[str, int], ...] = ()

    def needs_model(self, template: str) -> bool:
        """Whether a path template needs the model id (its own or a variable's part of it)."""
        return "{model}" in template or any("{" + name + "}" in template for name, _ in self.variables)

    def fill(self, template: str, model_id: str | None, prediction_id: str | None = None) -> str:
        """The path for a model (and a prediction): each segment of the id percent-encoded, its slashes kept."""
        if prediction_id is not None:
            template = template.replace("{id}", quote(prediction_id, safe=""))
        if model_id is None:
            return template
        segments = [quote(segment, safe="") for segment in model_id.split("/")]
        template = template.replace("{model}", "/".join(segments))
        for name, count in self.variables:
            template = template.replace("{" + name + "}", "/".join(segments[:count]))
        return template


@record
class FilesInfo:
    """A multipart file-upload endpoint: POST `path` with the file in form field `field`; the answer's URL
    and id are at the dotted paths `url_field` and `id_field`."""

    path: str
    field: str
    url_field: str = "urls.get"
    id_field: str = "id"


@record
class WebhookInfo:
    """How a call passes a webhook: its URL as the top-level body field or the submit's query parameter
    `url_name` (`url_in` "body" or "query"); the body field listing the events to send (`events_name`, None:
    no choice) and their allowed words; the body field of a per-request signing secret (None: none)."""

    url_name: str
    url_in: str = "body"
    events_name: str | None = None
    events: tuple[str, ...] = ()
    secret_name: str | None = None


@record
class ProviderInfo:
    """Everything provider-wide: where it lives, how to authenticate, timeouts, error and header shapes.

    The key is sent in header `auth_header`, as "<auth_scheme> <key>" when `auth_scheme` is set, to the base
    URL's host and to `auth_hosts` (https), and nowhere else.
    """

    id: str
    title: str
    base_url: str
    auth_header: str
    api_key_env: str
    base_url_env: str | None = None
    auth_scheme: str | None = None
    auth_hosts: tuple[str, ...] = ()
    connect_timeout: float = 10.0
    generate_timeout: float = 120.0
    other_timeout: float = 30.0
    error_message_paths: tuple[str, ...] = ()
    error_code_paths: tuple[str, ...] = ()
    error_request_id_paths: tuple[str, ...] = ()
    request_id_headers: tuple[str, ...] = ()
    header_remaining_credits: str | None = None
    header_seed: str | None = None
    header_request_id: str | None = None
    header_rate_limit_reset: str | None = None
    files: FilesInfo | None = None
    webhook: WebhookInfo | None = None  # how a call passes a webhook, when the provider takes one
