"""Sliding-window rate limits and per-route counters of accepted and rejected requests."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from ..parser import ir


@dataclass(frozen=True)
class RouteStats:
    """Counts for one route; `peak_in_window` is the most requests its limiter accepted within one window."""

    route: str
    accepted: int
    rejected: int
    limit: ir.RateLimit | None
    limit_key: str | None
    window_seconds: float | None
    peak_in_window: int

    @property
    def share_of_limit(self) -> float | None:
        """The peak use of the limit, 1.0 meaning the whole limit was used in some window."""
        return None if self.limit is None else self.peak_in_window / self.limit.requests


@dataclass
class _Window:
    limit: ir.RateLimit
    seconds: float
    stamps: deque[float] = field(default_factory=deque)
    peak: int = 0


@dataclass
class _Counts:
    accepted: int = 0
    rejected: int = 0
    limit_key: str | None = None


class RateLimiter:
    """One window per limit key (a model, an account, an endpoint), shared by the routes that name it."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._windows: dict[str, _Window] = {}
        self._counts: dict[str, _Counts] = {}

    def admit(
        self, route: str, limit_key: str, limit: ir.RateLimit | None, time_scale: float, *, enforce: bool
    ) -> float | None:
        """None when the request may go on, else the seconds until the window has room again."""
        now = self._clock()
        with self._lock:
            counts = self._counts.setdefault(route, _Counts())
            if limit is None:
                counts.accepted += 1
                return None
            counts.limit_key = limit_key
            window = self._windows.get(limit_key)
            if window is None or window.limit != limit:
                window = self._windows[limit_key] = _Window(limit, limit.per_seconds * time_scale)
            while window.stamps and window.stamps[0] <= now - window.seconds:
                window.stamps.popleft()
            if enforce and len(window.stamps) >= limit.requests:
                counts.rejected += 1
                return max(window.stamps[0] + window.seconds - now, 0.0)
            window.stamps.append(now)
            window.peak = max(window.peak, len(window.stamps))
            counts.accepted += 1
            return None

    def stats(self) -> dict[str, RouteStats]:
        with self._lock:
            result: dict[str, RouteStats] = {}
            for route, counts in sorted(self._counts.items()):
                window = self._windows.get(counts.limit_key) if counts.limit_key else None
                result[route] = RouteStats(
                    route=route,
                    accepted=counts.accepted,
                    rejected=counts.rejected,
                    limit=window.limit if window else None,
                    limit_key=counts.limit_key,
                    window_seconds=window.seconds if window else None,
                    peak_in_window=window.peak if window else 0,
                )
            return result

    def reset(self) -> None:
        with self._lock:
            self._windows.clear()
            self._counts.clear()
