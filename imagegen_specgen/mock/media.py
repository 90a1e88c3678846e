"""Small, real media files made locally: a PNG and an MP4 that parsers accept, deterministic from a seed."""

from __future__ import annotations

import functools
import hashlib
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


@functools.lru_cache(maxsize=512)
def png_bytes(seed: int, *, width: int = 8, height: int = 8) -> bytes:
    """An RGB PNG whose pixels depend only on `seed`: the same seed always gives the same bytes."""
    digest = hashlib.sha256(str(seed).encode()).digest()
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            i = (x + y * width) % (len(digest) - 2)
            rows += digest[i : i + 3]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _png_chunk(b"IEND", b"")
    )


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


@functools.lru_cache(maxsize=64)
def mp4_bytes(seed: int) -> bytes:
    """An ISO-BMFF file: ftyp, a moov holding an mvhd (1 s at 1000 units/s) and a small mdat."""
    ftyp = _box(b"ftyp", b"isom" + struct.pack(">I", 0x200) + b"isomiso2mp41")
    matrix = struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000)
    mvhd = _box(
        b"mvhd",
        struct.pack(">I4I", 0, 0, 0, 1000, 1000)  # version/flags, created, modified, timescale, duration
        + struct.pack(">IH", 0x00010000, 0x0100)  # rate 1.0, volume 1.0
        + bytes(10)
        + matrix
        + bytes(24)
        + struct.pack(">I", 2),  # next track id
    )
    mdat = _box(b"mdat", hashlib.sha256(str(seed).encode()).digest())
    return ftyp + _box(b"moov", mvhd) + mdat


def seed_of(value: object, fallback: str) -> int:
    """The seed to draw pixels from: an integer input when given, else a stable number from `fallback`."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return int.from_bytes(hashlib.sha256(fallback.encode()).digest()[:6], "big")
