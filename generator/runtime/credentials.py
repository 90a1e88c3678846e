"""The API key, held so that it never shows up in a repr, str, pickle, log line or exception message."""

from __future__ import annotations

from typing import Final

from .errors import InvalidParameterError

REDACTED = "[redacted]"


class APIKey:
    """A secret string. `reveal()` is the only way to read it; everything else prints a redacted form.

    Surrounding whitespace (a key read from a file ends with a newline) is stripped; a key an HTTP header
    cannot carry is refused before any request, without echoing it: httpx's own error and httpcore's debug
    log would otherwise print it in clear.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str, *, source: str = "api_key") -> None:
        if not isinstance(value, str):
            raise InvalidParameterError([f"{source} must be a string, got {type(value).__name__}"])
        value = value.strip()
        for position, char in enumerate(value):
            if not (" " <= char <= "~"):
                what = "a line break" if char in "\r\n" else ("a control character" if char < " " else "a character")
                raise InvalidParameterError(
                    [
                        f"{source} holds {what} an HTTP header cannot carry at position {position} "
                        f"(only printable ASCII is allowed; the key is not shown); nothing was sent"
                    ]
                )
        self._value: Final = value

    def reveal(self) -> str:
        return self._value

    def redact(self, text: str) -> str:
        """`text` with every occurrence of the key replaced, for provider text that echoes it."""
        return text.replace(self._value, REDACTED) if self._value and self._value in text else text

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return "APIKey('****')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, APIKey) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:  # pickling would write the key in clear text
        raise TypeError("APIKey cannot be pickled")
