"""Small shared types: the NOT_GIVEN sentinel and what counts as a file a caller may pass."""

from __future__ import annotations

import os
from typing import BinaryIO, Final, Literal, TypeAlias, TypeVar

_T = TypeVar("_T")


class NotGiven:
    """Marks an argument the caller left out, as distinct from an explicit None (which often means "no limit")."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

# A local file for an upload-capable parameter: a path, raw bytes or a binary file object.
# An http(s) URL string is passed through as is.
FileInput: TypeAlias = str | os.PathLike[str] | bytes | BinaryIO


def given(value: _T | NotGiven, fallback: _T) -> _T:
    """`value` unless it is NOT_GIVEN, else `fallback`."""
    return fallback if isinstance(value, NotGiven) else value
