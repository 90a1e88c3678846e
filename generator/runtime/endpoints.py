"""What the runtime knows about a provider and its models, as plain data the generator emits.

Every class is a frozen, slotted dataclass built with keyword arguments only, so generated
`_endpoints.py` modules read like configuration and cannot be changed at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True, kw_only=True)
class RateLimit:
    """At most `requests` requests in any window of `per_seconds` seconds."""

    requests: int
    per_seconds: float


@dataclass(frozen=True, slots=True, kw_only=True)
class Condition:
    """Holds when the parameter with wire name `parameter` has one of `values`."""

    parameter: str
    values: tuple[object, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ParamInfo:
    """One model parameter: its wire and Python names, default, upload kind and relevance condition."""

    wire: str
    python: str
    has_default: bool
    default: object
    upload: Literal["one", "many"] | None
    relevant_when: Condition | None


@dataclass(frozen=True, slots=True, kw_only=True)
class EndpointInfo:
    """One model. `method` is the client method's name; `path` is the Segmind path (unused by Pruna)."""

    model_id: str
    method: str
    path: str
    output_media: Literal["image", "video"]
    output_body: Literal["bytes", "json", "either"]
    rate_limit: RateLimit | None
    sync: bool
    params: tuple[ParamInfo, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
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


@dataclass(frozen=True, slots=True, kw_only=True)
class FilesInfo:
    """A multipart file-upload endpoint: POST `path` with the file in form field `field`."""

    path: str
    field: str


@dataclass(frozen=True, slots=True, kw_only=True)
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
