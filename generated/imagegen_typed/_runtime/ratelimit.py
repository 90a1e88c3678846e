"""Opt-in client-side rate limiting: a sliding window of reservations per key.

`RateLimiter.reserve` is the pure core shared by sync and async clients: it books the earliest slot
that keeps every window of `per_seconds` at or under `requests` and returns how long to wait for it.
Booking under a lock makes it safe for threads; the caller then sleeps (sync or async) for the delay.
"""

from __future__ import annotations

import threading
from collections import deque

from .endpoints import RateLimit


class RateLimiter:
    """Shared by one client and all its `with_options` copies."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._booked: dict[str, deque[float]] = {}

    def reserve(self, key: str, limit: RateLimit, now: float) -> float:
        """Book one request under `key` at time `now` (monotonic seconds); return the seconds to wait."""
        if limit.requests <= 0:
            return 0.0
        with self._lock:
            booked = self._booked.setdefault(key, deque())
            while booked and booked[0] <= now - limit.per_seconds:
                booked.popleft()
            start = now
            if len(booked) >= limit.requests:
                start = max(now, booked[-limit.requests] + limit.per_seconds)
            booked.append(start)
            while len(booked) > limit.requests:
                booked.popleft()
            return start - now
