"""Secrets (the API key, secret parameters), held so that they never show up in a repr, str, pickle, log line,
traceback or exception message."""

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


class Secret:
    """A secret string: the API key, or a parameter a spec marks `secret`. `reveal()` is the only way to read
    it; a repr, str or log line shows a redacted form, and it cannot be pickled. While it lives, log records
    that would hold it are rewritten and the errors the client raises are scrubbed of it (redaction.py).
    """

    __slots__ = ("__weakref__", "_value")

    def __init__(self, value: str) -> None:
        self._value: Final = value
        if value:
            with _lock:
                _live_keys[id(self)] = self
            _install_log_filter()

    def reveal(self) -> str:
        return self._value

    def within(self, text: str) -> bool:
        """Whether `text` holds the secret (a caller's escape hatch must not carry it)."""
        return bool(self._value) and self._value in text

    def redact(self, text: str) -> str:
        """`text` with every occurrence of the secret replaced, for provider text that echoes it."""
        return text.replace(self._value, REDACTED) if self._value and self._value in text else text

    def __bool__(self) -> bool:
        return bool(self._value)

    def __repr__(self) -> str:
        return f"{type(self).__name__}('****')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __reduce__(self) -> str:  # pickling would write the secret in clear text
        raise TypeError(f"{type(self).__name__} cannot be pickled")


def secret_argument(value: object) -> object:
    """A secret parameter's argument as a generated method holds it: a string as a Secret, anything else
    (NOT_GIVEN, None, a wrong type validation reports) as is."""
    return Secret(value) if isinstance(value, str) else value


class APIKey(Secret):
    """The API key. Surrounding whitespace (a key read from a file ends with a newline) is stripped.

    Building one never fails, so a client holds the key this way before anything else can raise (a
    traceback with locals would show it in clear otherwise); `check()` then refuses a key an HTTP header
    cannot carry, without echoing it: httpx's own error and httpcore's debug log would print it in clear.
    """

    __slots__ = ("_problem",)

    def __init__(self, value: object, *, source: str = "api_key") -> None:
        problem = None
        if not isinstance(value, str):
            problem, value = f"{source} must be a string, got {type(value).__name__}", ""
        else:
            value = value.strip()
            unsendable = _unsendable(value)
            if unsendable is not None:  # not kept: it is never sent
                problem, value = (
                    f"{source} holds {unsendable} (only printable ASCII is allowed; the key is not shown)",
                    "",
                )
        self._problem = problem
        super().__init__(value)

    def check(self) -> APIKey:
        """This key, or InvalidParameterError (nothing sent) when it is not one a header can carry."""
        if self._problem is not None:
            raise InvalidParameterError([f"{self._problem}; nothing was sent"])
        return self


def _unsendable(value: str) -> str | None:
    """What makes `value` impossible to send as a header value, without quoting it; None if it can be sent."""
    for position, char in enumerate(value):
        if not (" " <= char <= "~"):
            what = "a line break" if char in "\r\n" else ("a control character" if char < " " else "a character")
            return f"{what} an HTTP header cannot carry at position {position}"
    return None


# By identity: a Secret compares by value, and a WeakSet would keep one entry for two equal keys, dropping it
# when the first dies while the second still lives.
_live_keys: weakref.WeakValueDictionary[int, Secret] = weakref.WeakValueDictionary()
_installed: list[logging.Filter] = []


def live_secrets() -> list[Secret]:
    """Every secret alive now: the keys of the clients, the secret arguments of the calls under way."""
    with _lock:
        return list(_live_keys.values())


_lock = threading.Lock()  # clients may be built in one thread while another logs


class _RedactKeys(logging.Filter):
    """Rewrites a log record whose message holds a live API key; runs only for records a logger emits."""

    def filter(self, record: logging.LogRecord) -> bool:
        keys = live_secrets()
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
