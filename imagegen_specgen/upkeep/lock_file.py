"""Reading a facts lock (`sources/<provider>.facts.json`): an input like a spec, read within bounds and checked
before use, so a broken lock is one line naming the file, the place in it and what was expected.

Only a lock that does not exist is "no lock"; a directory, a FIFO, a device, an oversized or truncated file, or
one whose keys hold the wrong kind of value is an error. The file is read as spec files are (regular files only,
an open that cannot block, no more than the cap).
"""

from __future__ import annotations

import itertools
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from ..parser.bounded import Unreadable, read_regular_file
from ..parser.diagnostics import KeyPath, SpecProblem
from ..parser.load import parse_document
from ..parser.schema import bundled_schema, describe_error
from ..runtime.constraints import CONSTRAINTS, ON_ITEMS

MAX_LOCK_BYTES = 16 << 20  # 16 MiB: a lock of 24 models is 41 kB
_EXPECTED = "a facts lock as `sources refresh` writes it"
_NUMBER = {"type": "number"}
_COUNT = {"type": "integer", "minimum": 0}
# The spec format's parameter types, as its schema lists them (a type added there is a lock's type too).
_SCALARS = json.loads(bundled_schema().read_text(encoding="utf-8"))["$defs"]["scalar_type"]["enum"]
_TYPES = [*_SCALARS, "array"]
_ITEMS = {
    "type": "object",
    "additionalProperties": False,
    "properties": {"type": {"enum": _SCALARS}, **{c.key: c.lock for c in ON_ITEMS}},
}
_PARAMETER = {
    "type": "object",
    "additionalProperties": False,
    "required": ["required"],
    "properties": {
        "type": {"enum": _TYPES},
        "required": {"type": "boolean"},
        "default": {},
        **{c.key: c.lock for c in CONSTRAINTS},
        "items": _ITEMS,
    },
}
_MODEL = {
    "type": "object",
    "additionalProperties": False,
    "required": ["parameters"],
    "properties": {
        "parameters": {"type": "object", "additionalProperties": _PARAMETER},
        "rate_limit": {
            "type": "object",
            "additionalProperties": False,
            "required": ["per_seconds", "requests"],
            "properties": {"per_seconds": _NUMBER, "requests": _COUNT},
        },
        "additional_parameters": {"type": "boolean"},
    },
}
LOCK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": False,
    "required": ["format", "provider", "documents", "models"],
    "properties": {
        "format": {"const": 1},
        "provider": {"type": "string", "minLength": 1},
        "documents": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["url", "sha256"],
                "properties": {
                    "url": {"type": "string", "minLength": 1},
                    "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                    "version": {"type": "string"},
                },
            },
        },
        "models": {"type": "object", "additionalProperties": _MODEL},
    },
}


class LockError(Exception):
    """A facts lock that cannot be used: `problems` name the file, the key path and line, and what was expected."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def read_lock(path: Path, provider: str | None = None) -> dict[str, Any] | None:
    """The lock at `path`, checked; None when there is no file there at all. `provider`: the id it must name."""
    name = str(path)
    if not os.path.lexists(path):
        return None
    try:
        data = read_regular_file(Path(os.path.realpath(path)), MAX_LOCK_BYTES, follow_symlinks=False)
    except Unreadable as exc:
        expected = f"a facts lock of at most {MAX_LOCK_BYTES} bytes" if exc.too_large else _EXPECTED
        raise LockError([SpecProblem(name, (), None, exc.found, f"a regular file: {expected}")]) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise LockError(
            [SpecProblem(name, (), line, f"bytes that are not UTF-8 ({exc.reason})", "UTF-8 JSON")]
        ) from None
    try:
        lock = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        problem = SpecProblem(name, (), exc.lineno, f"malformed JSON ({exc.msg})", _EXPECTED, exc.colno)
        raise LockError([problem]) from None
    except (ValueError, RecursionError) as exc:  # NaN, a number too long to convert, nesting too deep
        raise LockError([SpecProblem(name, (), None, f"unusable JSON ({exc})", _EXPECTED)]) from None
    found_problems = _check(lock)
    if not found_problems and provider is not None and lock["provider"] != provider:
        found_problems = [(("provider",), repr(lock["provider"]), f"{provider!r} (the file's name)")]
    if found_problems:
        doc, _ = parse_document(text, name)  # for the lines of the keys, when the text reads as YAML (JSON mostly does)
        raise LockError(
            [SpecProblem(name, path, None if doc is None else doc.line_of(path), f, e) for path, f, e in found_problems]
        )
    return lock  # type: ignore[no-any-return]


def _refuse_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number a lock holds")


@cache
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(LOCK_SCHEMA)


def _check(lock: Any) -> list[tuple[KeyPath, str, str]]:
    errors = itertools.islice(_validator().iter_errors(lock), 10)
    return [
        found
        for error in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path])
        for found in describe_error(error)
    ]
