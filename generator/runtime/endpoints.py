"""What the runtime knows about a provider and its models, as plain data the generator emits.

Every class is an immutable record built with keyword arguments only, so generated `_endpoints.py`
modules read like configuration and cannot be changed at run time. `record` gives type checkers a
frozen keyword-only dataclass, but builds a plain slotted class: creating dataclasses at import cost
about a millisecond each, and a package of 500 models builds thousands of these records at import.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Literal, TypeVar

if sys.version_info >= (3, 11):
    from typing import dataclass_transform
else:  # pragma: no cover - Python 3.10
    from typing_extensions import dataclass_transform

_C = TypeVar("_C")


def _init(self: Any, **values: Any) -> None:
    names = type(self).__slots__
    if values.keys() != set(names):
        missing = sorted(set(names) - values.keys())
        extra = sorted(values.keys() - set(names))
        raise TypeError(f"{type(self).__name__}: missing {missing}, unexpected {extra}")
    for name in names:
        object.__setattr__(self, name, values[name])


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
        "__doc__": cls.__doc__,
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__init__": _init,
        "__setattr__": _setattr,
        "__repr__": _repr,
        "__eq__": _eq,
        "__hash__": _hash,
    }
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


ParamType = Literal["string", "integer", "number", "boolean", "url", "array"]
ItemType = Literal["string", "integer", "number", "boolean", "url"]


@record
class ParamInfo:
    """One model parameter: its wire and Python names, default, upload kind and relevance condition.

    The last fields describe it for people (the command line's options and help): the spec's `type`
    (`item_type` for an array's items), whether it is `required`, its allowed values and range (of each
    item, for an array) and its description.
    """

    wire: str
    python: str
    has_default: bool
    default: object
    upload: Literal["one", "many"] | None
    relevant_when: Condition | None
    type: ParamType
    item_type: ItemType | None
    required: bool
    enum: tuple[object, ...]
    minimum: float | None
    maximum: float | None
    description: str


@record
class EndpointInfo:
    """One model. `method` is the client method's name; `path` is the Segmind path (unused by Pruna).

    Title, description, cost (in USD per `cost_per`) and latency are as documented, for people (the command
    line's help and dry run).
    """

    model_id: str
    method: str
    path: str
    output_media: Literal["image", "video"]
    output_body: Literal["bytes", "json", "either"]
    rate_limit: RateLimit | None
    sync: bool
    params: tuple[ParamInfo, ...]
    title: str
    description: str
    cost_usd: float | None
    cost_per: str | None
    latency_seconds: float | None


@record
class PredictionsInfo:
    """A predictions API (Pruna): create, poll `status_path` (holds "{id}"), download from `delivery_path`."""

    path: str
    model_header: str
    sync_header: str
    sync_wait_seconds: float
    status_path: str
    delivery_path: str
    pending: tuple[str, ...]
    succeeded: tuple[str, ...]
    failed: tuple[str, ...]
    canceled: tuple[str, ...]
    status_rate_limit: RateLimit | None
    delivery_rate_limit: RateLimit | None


@record
class FilesInfo:
    """A multipart file-upload endpoint: POST `path` with the file in form field `field`."""

    path: str
    field: str


@record
class ProviderInfo:
    """Everything provider-wide: where it lives, how to authenticate, timeouts, error and header shapes."""

    id: str
    title: str
    base_url: str
    base_url_env: str | None
    auth_header: str
    api_key_env: str
    style: Literal["segmind", "pruna"]
    connect_timeout: float
    generate_timeout: float
    other_timeout: float
    error_message_paths: tuple[str, ...]
    error_request_id_paths: tuple[str, ...]
    request_id_headers: tuple[str, ...]
    header_remaining_credits: str | None
    header_seed: str | None
    header_request_id: str | None
    header_rate_limit_reset: str | None
    predictions: PredictionsInfo | None
    files: FilesInfo | None
