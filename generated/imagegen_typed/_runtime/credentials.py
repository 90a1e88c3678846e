"""The API key, held so that it never shows up in a repr, str, pickle, log line or exception message."""

from __future__ import annotations

import logging
import threading
import weakref
from typing import Final

from .errors import InvalidParameterError
from .package import NAME

REDACTED = "[redacted]"
# httpcore logs response headers at DEBUG: a server echoing the key in a header would put it in a log line.
GUARDED_LOGGERS = (
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "httpx",
    NAME,
)


class APIKey:
    """A secret string. `reveal()` is the only way to read it; everything else prints a redacted form.

    Surrounding whitespace (a key read from a file ends with a newline) is stripped; a key an HTTP header
    cannot carry is refused before any request, without echoing it: httpx's own error and httpcore's debug
    log would otherwise print it in clear.
    """

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str, *, source: str = "api_key") -> None:
        if not isinstance(value, str):
            raise InvalidParameterError([f"{source} must be a string, got {type(value).__name__}"])
        value = value.strip()
        problem = _unsendable(value)
        if problem is not None:
            del value  # not a local of the frame the error's traceback shows
            raise InvalidParameterError(
                [f"{source} holds {problem} (only printable ASCII is allowed; the key is not shown); nothing was sent"]
            )
        self._value: Final = value
        if value:
            with _lock:
                _live_keys[id(self)] = self
            _install_log_filter()

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


def _unsendable(value: str) -> str | None:
    """What makes `value` impossible to send as a header value, without quoting it; None if it can be sent."""
    for position, char in enumerate(value):
        if not (" " <= char <= "~"):
            what = "a line break" if char in "\r\n" else ("a control character" if char < " " else "a character")
            return f"{what} an HTTP header cannot carry at position {position}"
    return None


# By identity: APIKey compares by value, and a WeakSet would keep one entry for two equal keys, dropping it
# when the first dies while the second still lives.
_live_keys: weakref.WeakValueDictionary[int, APIKey] = weakref.WeakValueDictionary()
_installed: list[logging.Filter] = []
_lock = threading.Lock()  # clients may be built in one thread while another logs


class _RedactKeys(logging.Filter):
    """Rewrites a log record whose message holds a live API key; runs only for records a logger emits."""

    def filter(self, record: logging.LogRecord) -> bool:
        with _lock:
            keys = list(_live_keys.values())
        if not keys:
            return True
        message = cleaned = record.getMessage()
        for key in keys:
            cleaned = key.redact(cleaned)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def _install_log_filter() -> None:
    with _lock:
        if _installed:
            return
        _installed.append(_RedactKeys())
    for name in GUARDED_LOGGERS:
        logging.getLogger(name).addFilter(_installed[0])
