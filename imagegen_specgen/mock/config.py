"""What a test or benchmark can tune; every duration is in provider seconds and scaled by `time_scale`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from ..parser import ir

DirectBody = Literal["bytes", "json"]


@dataclass(frozen=True)
class MockConfig:
    # Keys the auth header must carry; an empty set turns the check off.
    api_keys: frozenset[str] = frozenset({"test-key"})
    # How long a prediction runs (starting, then processing), before time_scale.
    prediction_seconds: float = 2.0
    prediction_seconds_by_model: Mapping[str, float] = field(default_factory=dict)
    # Share of a prediction's duration spent in the first pending status ("starting").
    starting_fraction: float = 0.25
    # How long a hold (the API's hold header) waits at most, before time_scale; None: the spec's max_seconds.
    sync_wait_seconds: float | None = None
    # 0.01 makes a 60 s window 0.6 s and a 2 s prediction 20 ms.
    time_scale: float = 1.0
    enforce_rate_limits: bool = False
    # Account-wide limits for routes whose model has no rate_limit, per provider id. None: per protocol, on a
    # direct API the strictest of the provider's limits (one request per call: plan limits count calls), on a
    # predictions API none (its models, status and delivery endpoints carry their own).
    account_rate_limits: Mapping[str, ir.RateLimit] | None = None
    # Direct success body: raw bytes or {"image": base64} ({"video": ...} for video models).
    direct_body: DirectBody = "bytes"
    direct_body_by_model: Mapping[str, DirectBody] = field(default_factory=dict)
    # Output URLs of an API with a delivery path: absolute, or relative to the provider's base URL.
    relative_output_urls: bool = False
    # Downloads from an API's own delivery path and from the files endpoint check the auth header too.
    # (Outputs of an API without a delivery path are on another host and refuse the key whatever this says.)
    auth_on_downloads: bool = True
    # Retry-After sent by the 429 fault, in seconds (not scaled: the fault names it explicitly).
    fault_retry_after_seconds: float = 1.0
    # A generation costing more than is left is refused (402, or 406 where the spec lists that).
    initial_credits: float = 10_000.0
    credit_cost: float = 0.01  # per generation, when the model spec has no cost
    max_upload_bytes: int = 100 * 1024 * 1024
    image_size: tuple[int, int] = (8, 8)
    # URL prefix per provider id; default "/<provider id>".
    prefixes: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.time_scale > 0:
            raise ValueError(f"time_scale must be > 0, got {self.time_scale}")
        if not 0 <= self.starting_fraction <= 1:
            raise ValueError(f"starting_fraction must be within 0..1, got {self.starting_fraction}")
        durations = [self.prediction_seconds, *self.prediction_seconds_by_model.values()]
        if self.sync_wait_seconds is not None:
            durations.append(self.sync_wait_seconds)
        if any(not seconds >= 0 for seconds in durations):
            raise ValueError("prediction and sync wait seconds must be >= 0")

    def scaled(self, seconds: float) -> float:
        return seconds * self.time_scale

    def prefix(self, provider: ir.Provider) -> str:
        return self.prefixes.get(provider.id, f"/{provider.id}").rstrip("/")

    def prediction_duration(self, model_id: str) -> float:
        return self.scaled(self.prediction_seconds_by_model.get(model_id, self.prediction_seconds))

    def hold_seconds(self, hold: ir.Hold, asked: float) -> float:
        """How long a hold asking for `asked` provider seconds waits: at most the spec's (or the override's)."""
        cap = self.sync_wait_seconds if self.sync_wait_seconds is not None else hold.max_seconds
        return self.scaled(max(min(asked, hold.max_seconds, cap), 0.0))

    def account_limit(self, provider: ir.Provider, api: ir.API) -> ir.RateLimit | None:
        if self.account_rate_limits is not None:
            return self.account_rate_limits.get(provider.id)
        if api.protocol == "direct" and provider.rate_limits:
            return min(provider.rate_limits, key=lambda r: r.requests / r.per_seconds)
        return None
