"""multipart/form-data request bodies: files read within bounds, fields in the provider's encoding.

A body is encoded here, once, into bytes with a random boundary, so every retry sends the same bytes and the
request needs no streaming body. Files are read by the flow as blocking work (off the event loop in async).
"""

from __future__ import annotations

import json
import mimetypes
import os
import secrets
import stat
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .errors import InvalidParameterError
from .options import FileInput
from .uploads import LocalFile, read_local_file
from .uploads import _sniff as sniff

# A file part larger than this is refused before anything is sent: providers take tens of MB per image at
# most, and a path such as /dev/zero or a stream without end must not exhaust memory.
MAX_FILE_BYTES = 256 * 1024 * 1024


def read_part(value: FileInput, label: str) -> LocalFile:
    """A caller's file (a path, bytes or a binary file object) as a part: name, bytes, content type.

    InvalidParameterError naming `label` when it cannot be read, is not a regular file (a FIFO, a device, a
    folder) or is larger than MAX_FILE_BYTES: nothing has been sent then.
    """
    try:
        if isinstance(value, (str, os.PathLike)):
            path = Path(value)
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                raise InvalidParameterError([f"{label}={os.fspath(value)!r} is not a regular file"])
            _check_size(label, info.st_size)
        elif not isinstance(value, (bytes, bytearray)):
            return _read_stream(value, label)
        return read_local_file(value)
    except OSError as error:
        shown = os.fspath(value) if isinstance(value, (str, os.PathLike)) else type(value).__name__
        raise InvalidParameterError([f"{label}={shown!r} cannot be read: {error.strerror or error}"]) from None


def _read_stream(stream: FileInput, label: str) -> LocalFile:
    read = getattr(stream, "read", None)
    if read is None:
        raise InvalidParameterError([f"{label} is not a file: pass a path, bytes or an open binary file"])
    content = read(MAX_FILE_BYTES + 1)
    if not isinstance(content, bytes):
        raise InvalidParameterError([f"{label}: file objects must be opened in binary mode ('rb')"])
    _check_size(label, len(content))
    name = os.path.basename(str(getattr(stream, "name", "") or "upload"))
    return LocalFile(name, content, mimetypes.guess_type(name)[0] or sniff(content))


def _check_size(label: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise InvalidParameterError([f"{label}: the file is larger than {MAX_FILE_BYTES} bytes"])


def field_text(value: object) -> str:
    """A form field's text: a string as it is, anything else as JSON writes it (true, 0.5, 42)."""
    return value if isinstance(value, str) else json.dumps(value, allow_nan=False)


def form_fields(
    body: Mapping[str, object], names: Mapping[str, str], skip: Iterable[str] = ()
) -> list[tuple[str, str]]:
    """The body's values as (part name, text) pairs, a list as one part per item; `names` maps a wire name to
    its part name (`image[]`); keys in `skip` (the file parameters) are left out."""
    skipped = set(skip)
    fields: list[tuple[str, str]] = []
    for wire, value in body.items():
        if wire in skipped:
            continue
        name = names.get(wire, wire)
        items: Sequence[object] = value if isinstance(value, list) else [value]
        fields.extend((name, field_text(item)) for item in items)
    return fields


def _quoted(text: str) -> str:
    """A name or file name inside a Content-Disposition quoted string, escaped as HTML forms (and httpx) do."""
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def encode(fields: Sequence[tuple[str, str]], files: Sequence[tuple[str, LocalFile]]) -> tuple[bytes, str]:
    """The body and its Content-Type: fields first, then files, each in the order given."""
    boundary = secrets.token_hex(16)
    chunks: list[bytes] = []
    for name, text in fields:
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"\r\n\r\n'.encode())
        chunks.append(text.encode("utf-8") + b"\r\n")
    for name, part in files:
        head = (
            f'--{boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"; '
            f'filename="{_quoted(part.name)}"\r\nContent-Type: {part.content_type}\r\n\r\n'
        )
        chunks.append(head.encode("utf-8"))
        chunks.append(part.content + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"
