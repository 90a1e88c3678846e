"""Telling URLs from local files in upload-capable parameters, and reading a local file for upload."""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, TypeGuard

from .options import FileInput

PLACEHOLDER_URL = "https://upload.invalid/placeholder"


@dataclass(frozen=True, slots=True)
class LocalFile:
    name: str
    content: bytes
    content_type: str


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def is_local_file(value: object) -> TypeGuard[FileInput]:
    """A path (str that is not a URL, or os.PathLike), bytes, or a binary file object."""
    if isinstance(value, str):
        return not is_url(value)
    return isinstance(value, (bytes, bytearray, os.PathLike)) or hasattr(value, "read")


def read_local_file(value: FileInput) -> LocalFile:
    """The name, bytes and content type of a local file; FileNotFoundError/TypeError as Python raises them."""
    if isinstance(value, (bytes, bytearray)):
        return LocalFile("upload", bytes(value), _sniff(bytes(value)))
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        content = path.read_bytes()
        guessed = mimetypes.guess_type(path.name)[0]
        return LocalFile(path.name, content, guessed or _sniff(content))
    stream: BinaryIO = value
    content = stream.read()
    if not isinstance(content, bytes):
        raise TypeError("file objects must be opened in binary mode ('rb')")
    name = os.path.basename(str(getattr(stream, "name", "") or "upload"))
    return LocalFile(name, content, mimetypes.guess_type(name)[0] or _sniff(content))


_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
    (b"RIFF", "image/webp"),
)


def _sniff(content: bytes) -> str:
    for prefix, content_type in _SIGNATURES:
        if content.startswith(prefix):
            return content_type
    return "application/octet-stream"
