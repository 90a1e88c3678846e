"""The API key, held so that it never shows up in a repr, str, log line or exception message."""

from __future__ import annotations

from typing import Final


class APIKey:
    """A secret string. `reveal()` is the only way to read it; everything else prints a redacted form."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value: Final = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "APIKey('****')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, APIKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:  # pickling would write the key in clear text
        raise TypeError("APIKey cannot be pickled")
