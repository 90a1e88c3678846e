"""Faults a test asks for, per request (X-Mock-Fault header) or queued (FaultQueue), and where each applies."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any, Literal

RouteKind = Literal["generate", "predict", "status", "delivery", "upload", "file", "other"]
ALL_KINDS: frozenset[RouteKind] = frozenset({"generate", "predict", "status", "delivery", "upload", "file", "other"})
MEDIA_KINDS: frozenset[RouteKind] = frozenset({"generate", "delivery", "file"})

FAULT_HEADER = "x-mock-fault"

# Where a fault can act; a queued fault waits for the first request of a kind it applies to.
_APPLIES: dict[str, frozenset[RouteKind]] = {
    "429": ALL_KINDS,
    "429-no-retry-after": ALL_KINDS,
    "429-retry-after-date": ALL_KINDS,
    "500": ALL_KINDS,
    "502": ALL_KINDS,
    "503": ALL_KINDS,
    "504": ALL_KINDS,
    "slow": ALL_KINDS,
    "drop": ALL_KINDS,
    "malformed-json": frozenset({"generate", "predict", "status", "upload", "other"}),
    "truncated-image": MEDIA_KINDS,
    "fail": frozenset({"predict"}),
    "cancel": frozenset({"predict"}),
    "abort": frozenset({"predict"}),
    "unknown-status": frozenset({"predict", "status"}),
    "filtered": frozenset({"generate"}),  # direct: the answer's finish reason says the output was filtered
}
FAULT_NAMES: tuple[str, ...] = tuple(_APPLIES)
HTTP_STATUS_FAULTS = frozenset({"500", "502", "503", "504"})
RATE_LIMIT_FAULTS = frozenset({"429", "429-no-retry-after", "429-retry-after-date"})


@dataclass(frozen=True)
class Fault:
    kind: str
    argument: str | None = None

    @classmethod
    def parse(cls, name: str) -> Fault:
        """`slow:0.5`, `429`, `429:2`, `truncated-image:half`, ...; ValueError names what is allowed."""
        kind, _, argument = name.strip().partition(":")
        if kind not in _APPLIES:
            raise ValueError(f"unknown fault {name!r}; known faults: {', '.join(FAULT_NAMES)}")
        if kind == "slow" or (kind in RATE_LIMIT_FAULTS and argument):
            try:
                seconds = float(argument)
            except ValueError:
                raise ValueError(f"fault {name!r} needs a number of seconds, as in {kind}:0.5") from None
            if not seconds >= 0:
                raise ValueError(f"fault {name!r}: seconds must be >= 0")
        elif kind == "truncated-image" and argument not in ("", "half"):
            raise ValueError(f"fault {name!r}: the only variant is truncated-image:half")
        elif kind not in RATE_LIMIT_FAULTS and kind != "truncated-image" and argument:
            raise ValueError(f"fault {kind!r} takes no argument")
        return cls(kind, argument or None)

    @property
    def name(self) -> str:
        return self.kind if self.argument is None else f"{self.kind}:{self.argument}"

    @property
    def seconds(self) -> float | None:
        return float(self.argument) if self.argument is not None and self.kind != "truncated-image" else None

    def applies_to(self, kind: RouteKind) -> bool:
        return kind in _APPLIES[self.kind]


def parse_header(value: str | None) -> list[Fault]:
    """Faults from one X-Mock-Fault header: one name, or several separated by commas."""
    if not value:
        return []
    return [Fault.parse(part) for part in value.split(",") if part.strip()]


def route_matches(route: str | None, key: str, path: str) -> bool:
    """None matches all; "/..." matches a path prefix; else a route key or its prefix ("<provider>:status")."""
    if route is None:
        return True
    if route.startswith("/"):
        return path.startswith(route)
    return key == route or key.startswith(route + ":")


@dataclass
class _Queued:
    fault: Fault
    remaining: int | None  # None: every matching request until cleared
    route: str | None


class FaultQueue:
    """Faults waiting for requests; safe to push from a test thread while the server consumes them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[_Queued] = []

    def push(self, name: str, times: int | None = 1, route: str | None = None) -> None:
        """Queue fault `name` for the next `times` matching requests (None: until cleared)."""
        fault = Fault.parse(name)
        if times is not None and times < 1:
            raise ValueError(f"times must be >= 1 or None, got {times}")
        with self._lock:
            self._items.append(_Queued(fault, times, route))

    def take(self, key: str, path: str, kind: RouteKind) -> Fault | None:
        """The oldest queued fault this request matches, consumed once."""
        with self._lock:
            for item in self._items:
                if item.fault.applies_to(kind) and route_matches(item.route, key, path):
                    if item.remaining is not None:
                        item.remaining -= 1
                        if item.remaining == 0:
                            self._items.remove(item)
                    return item.fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def pending(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{"name": i.fault.name, "times": i.remaining, "route": i.route} for i in self._items]

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)
