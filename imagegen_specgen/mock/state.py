"""What the server remembers between requests: the request log, predictions, uploaded files, credits."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from ..parser import ir
from .faults import FaultQueue
from .ratelimit import RateLimiter, RouteStats

Outcome = Literal["succeeded", "failed", "canceled", "aborted", "unknown"]
FAILED_MESSAGE = "Prediction failed"
FAILED_ERROR = "Number of samples, -5, must be non-negative."
UNKNOWN_STATUS = "exploded"
REDACTED = "[redacted]"


@dataclass
class LoggedRequest:
    """One request as the client sent it; the auth header's value is replaced by "[redacted]"."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    json: Any  # the parsed JSON body, None when the body is empty or not JSON
    body_size: int
    provider: str
    route: str
    at: float  # time.monotonic()
    status: int | None = None  # the status answered; None when the connection was dropped

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class RequestLog:
    """Every request the server received, in order; readable from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: list[LoggedRequest] = []

    def append(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._entries.append(entry)

    @property
    def entries(self) -> list[LoggedRequest]:
        with self._lock:
            return list(self._entries)

    def find(
        self, *, method: str | None = None, path: str | None = None, route: str | None = None
    ) -> list[LoggedRequest]:
        """Entries matching every criterion given; `path` and `route` match as prefixes."""
        return [
            e
            for e in self.entries
            if (method is None or e.method == method.upper())
            and (path is None or e.path.startswith(path))
            and (route is None or e.route == route or e.route.startswith(route + ":"))
        ]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._entries)

    def __iter__(self) -> Iterator[LoggedRequest]:
        return iter(self.entries)


@dataclass(frozen=True)
class Webhook:
    """The webhook a submit asked for (the provider spec's webhooks.request): where the result would go, the events
    asked for, and whether a signing secret came with it (the secret itself is not kept)."""

    url: str
    events: tuple[str, ...] = ()
    signed: bool = False


@dataclass
class Prediction:
    """A job whose status follows from elapsed time: first pending status, last pending status, outcome."""

    id: str
    provider: str
    model: str
    input: dict[str, Any]
    media: Literal["image", "video"]
    seed: int
    created: float
    duration: float
    starting_for: float
    outcome: Outcome
    retention: float | None  # seconds the output stays downloadable after it is done
    api: str = ""  # the name of the provider API it was submitted to
    ended_at: float | None = None  # set when a cancel ends it early
    output_form: Literal["url", "list", "data"] = "url"  # how the output is given: a URL, [URL], a data: URI
    webhook: Webhook | None = None  # the webhook the submit passed (recorded, not called)

    @property
    def done_at(self) -> float:
        return self.ended_at if self.ended_at is not None else self.created + self.duration

    def is_done(self, now: float) -> bool:
        return now >= self.done_at

    def cancel(self, now: float) -> bool:
        """End a pending job now as canceled; False when it had already ended."""
        if self.is_done(now):
            return False
        self.outcome, self.ended_at = "canceled", now
        return True

    def status(self, now: float, statuses: ir.Statuses) -> str:
        """The provider's word for where the job is; an outcome the API has no word for reads as failed, and
        as succeeded when it has no failure word either (its result answers the error: see routes)."""
        if self.outcome == "unknown":
            return UNKNOWN_STATUS
        if now < self.done_at:
            # An aborted job never started: it stays in the first pending word until it ends.
            starting = now < self.created + self.starting_for or self.outcome == "aborted"
            return statuses.pending[0] if starting else statuses.pending[-1]
        if self.outcome == "succeeded":
            return statuses.succeeded[0]
        if self.outcome == "aborted" and statuses.aborted:
            return statuses.aborted[0]
        if self.outcome in ("canceled", "aborted") and statuses.canceled:
            return statuses.canceled[0]
        return statuses.failed[0] if statuses.failed else statuses.succeeded[0]

    def expired(self, now: float) -> bool:
        return self.retention is not None and now > self.done_at + self.retention

    @property
    def extension(self) -> str:
        return "mp4" if self.media == "video" else "png"

    @property
    def delivery_suffix(self) -> str:
        """The path below the delivery endpoint, shaped like the seed's xezq/<token>/output.jpg."""
        return f"xezq/{self.id}/output.{self.extension}"


@dataclass(frozen=True)
class StoredFile:
    id: str
    provider: str
    name: str
    content_type: str
    data: bytes
    created_at: datetime
    expires_at: datetime | None
    created: float  # time.monotonic()
    retention: float | None

    def expired(self, now: float) -> bool:
        return self.retention is not None and now > self.created + self.retention


@dataclass
class MockState:
    """Shared by the app (event loop thread) and the test or benchmark thread that reads it."""

    initial_credits: float
    log: RequestLog = field(default_factory=RequestLog)
    faults: FaultQueue = field(default_factory=FaultQueue)
    limiter: RateLimiter = field(default_factory=RateLimiter)
    predictions: dict[str, Prediction] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)
    credits: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.credits = self.initial_credits

    def spend(self, cost: float) -> float | None:
        """The credits left after paying `cost`, or None (nothing spent) when there are not enough."""
        with self.lock:
            if self.credits + 1e-9 < cost:
                return None
            self.credits = max(self.credits - cost, 0.0)
            return self.credits

    def add_prediction(self, prediction: Prediction) -> None:
        with self.lock:
            self.predictions[prediction.id] = prediction

    def prediction(self, prediction_id: str) -> Prediction | None:
        with self.lock:
            return self.predictions.get(prediction_id)

    def add_file(self, stored: StoredFile) -> None:
        with self.lock:
            self.files[stored.id] = stored

    def file(self, file_id: str) -> StoredFile | None:
        with self.lock:
            return self.files.get(file_id)

    def stats(self) -> dict[str, RouteStats]:
        return self.limiter.stats()

    def reset(self) -> None:
        """Forget requests, faults, counters, predictions and files; refill the credits."""
        self.log.clear()
        self.faults.clear()
        self.limiter.reset()
        with self.lock:
            self.predictions.clear()
            self.files.clear()
            self.credits = self.initial_credits


def now() -> float:
    return time.monotonic()
