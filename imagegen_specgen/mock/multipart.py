"""A small multipart/form-data reader (the server has no python-multipart)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message


@dataclass(frozen=True)
class Part:
    name: str
    filename: str | None
    content_type: str | None
    data: bytes


def _header_params(name: str, value: str) -> Message:
    message = Message()
    message[name] = value
    return message


def parse_form(content_type: str, body: bytes) -> list[Part]:
    """The parts of a multipart/form-data body; ValueError says what is wrong with it."""
    header = _header_params("content-type", content_type)
    if header.get_content_type() != "multipart/form-data":
        raise ValueError(f"expected a multipart/form-data body, found Content-Type {content_type or 'none'!r}")
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise ValueError("the multipart Content-Type has no boundary")
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    chunks = (b"\r\n" + body).split(delimiter)
    if len(chunks) < 2 or not chunks[-1].startswith(b"--"):
        raise ValueError("the multipart body does not end with its closing boundary")
    parts: list[Part] = []
    for chunk in chunks[1:-1]:
        blob, separator, data = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not separator:
            raise ValueError("a multipart part has no blank line after its headers")
        headers: dict[str, str] = {}
        for line in blob.decode("utf-8", "replace").split("\r\n"):
            key, colon, value = line.partition(":")
            if colon:
                headers[key.strip().lower()] = value.strip()
        disposition = _header_params("content-disposition", headers.get("content-disposition", ""))
        name = disposition.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ValueError("a multipart part has no Content-Disposition name")
        parts.append(Part(name, disposition.get_filename(), headers.get("content-type"), data))
    return parts
