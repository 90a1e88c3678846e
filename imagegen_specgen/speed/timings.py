"""Where a run's time goes (`--timings`): wall time at the end of each step, from when the generator was
imported (the interpreter's own start-up, a few tens of milliseconds, comes before)."""

from __future__ import annotations

import time

from .. import STARTED


class Timings:
    def __init__(self) -> None:
        self.marks: list[tuple[str, float]] = [("start-up and imports", time.perf_counter())]

    def mark(self, step: str) -> None:
        """`step` has just ended."""
        self.marks.append((step, time.perf_counter()))

    def report(self) -> str:
        lines, previous = [], STARTED
        for step, at in self.marks:
            lines.append(f"{at - STARTED:7.3f} s  {at - previous:6.3f} s  {step}")
            previous = at
        return "\n".join(["  ended     took  step", *lines])
