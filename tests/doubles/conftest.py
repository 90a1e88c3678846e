"""`start`: starts a double for one test, stops it after, and fails the test if the double itself raised."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from .server import Double

D = TypeVar("D", bound=Double)


@pytest.fixture
def start() -> Iterator[Callable[[D], D]]:
    started: list[Double] = []

    def _start(double: D) -> D:
        double.start()
        started.append(double)
        return double

    yield _start
    for double in started:
        double.stop()
    assert not [error for double in started for error in double.errors]
