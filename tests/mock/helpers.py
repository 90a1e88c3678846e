"""Checks shared by the mock server's tests: is it a real PNG, a real MP4, the provider's error shape."""

from __future__ import annotations

import struct
import zlib
from typing import Any

import httpx

from generator import ir


def assert_png(data: bytes) -> tuple[int, int]:
    """Signature, IHDR first, every chunk's CRC, IDAT that inflates to the right size, IEND last."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:8]
    offset, chunks = 8, []
    while offset < len(data):
        assert offset + 12 <= len(data), "truncated PNG"
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        assert offset + 12 + length <= len(data), "truncated PNG chunk"
        kind = data[offset + 4 : offset + 8]
        payload = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + payload) & 0xFFFFFFFF, f"bad CRC in {kind!r}"
        chunks.append((kind, payload))
        offset += 12 + length
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, color = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (depth, color) == (8, 2)
    raw = zlib.decompress(b"".join(p for k, p in chunks if k == b"IDAT"))
    assert len(raw) == height * (1 + 3 * width)
    return width, height


def assert_mp4(data: bytes) -> None:
    assert data[4:8] == b"ftyp" and data[8:12] == b"isom"
    offset, kinds = 0, []
    while offset < len(data):
        (size,) = struct.unpack(">I", data[offset : offset + 4])
        assert size >= 8
        kinds.append(data[offset + 4 : offset + 8])
        offset += size
    assert offset == len(data)
    assert kinds == [b"ftyp", b"moov", b"mdat"]


def error_message(provider: ir.Provider, response: httpx.Response) -> str:
    """The error message, after checking the body has exactly the provider's error shape."""
    body: Any = response.json()
    if provider.style == "segmind":
        assert set(body) == {"error"} and isinstance(body["error"], str), body
        return str(body["error"])
    if response.status_code == 422:  # the validation body the provider documents for 422
        assert set(body) == {"detail", "status", "title", "invalid_fields"} and body["status"] == 422, body
        return str(body["detail"])
    assert set(body) == {"error", "request_id"}, body
    assert body["request_id"].startswith("req_")
    assert isinstance(body["error"]["message"], str) and isinstance(body["error"]["code"], str)
    return str(body["error"]["message"])
