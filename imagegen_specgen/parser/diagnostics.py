"""Spec problems as values: collected through the pipeline, raised once at the edge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

KeyPath = tuple[str | int, ...]


def format_path(path: KeyPath) -> str:
    """`parameters[2].default` style, the way a person reads a YAML document."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "(document)"


@dataclass(frozen=True)
class SpecProblem:
    file: str
    path: KeyPath
    line: int | None
    found: str
    expected: str
    column: int | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}" + (f":{self.column}" if self.column is not None else "")
        text = f"{where}: {format_path(self.path)}: found {self.found}; expected {self.expected}"
        return printable(text)  # a message never carries a raw control character to the terminal


# A hostile file can hold thousands of mistakes; a person reads the first few, and the message stays small.
MAX_LISTED_PER_FILE = 50


class SpecError(Exception):
    """Raised at the edge of the pipeline with every problem of the run (at most MAX_LISTED_PER_FILE per file
    in the message; `problems` holds them all)."""

    def __init__(self, problems: Sequence[SpecProblem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.file, p.line or 0, format_path(p.path))))
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} in specs:"]
        per_file: dict[str, int] = {}
        for problem in self.problems:
            seen = per_file[problem.file] = per_file.get(problem.file, 0) + 1
            if seen <= MAX_LISTED_PER_FILE:
                lines.append(f"  {problem}")
        for file, seen in per_file.items():
            if seen > MAX_LISTED_PER_FILE:
                lines.append(f"  {printable(file)}: at least {seen - MAX_LISTED_PER_FILE} more problems, not listed")
        super().__init__("\n".join(lines))


def printable(text: str) -> str:
    """`text` with every character a terminal would act on (ESC, NUL, newline, ...) written as an escape."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def show(value: object, limit: int = 80) -> str:
    """A short, unambiguous rendering of a found value for messages."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
