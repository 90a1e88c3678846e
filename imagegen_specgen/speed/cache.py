"""A content-addressed store for the generator's slow steps (parsed specs, request models, rendered
fragments, ruff formatting).

An entry's key is a SHA-256 of everything that determines its value: the step's name, the exact pinned
versions of the tools that compute it, the step's own options, and the unit's input text. A hit is therefore
what recomputing would give, byte for byte; nothing is ever invalidated by hand, and an entry whose stored
checksum does not match its text is ignored. `Cache(None)` stores nothing: the full path, for CI.

Each entry is a file of its own, written when computed. A run reads thousands of them, so a successful run
also leaves one pack file holding every entry it used (save()); the next run reads from that one file instead
of each entry's. The pack only speeds up reads: an entry not in it is read from its own file, a pack whose
index does not match its checksum is ignored whole, and an entry that does not match its own is ignored.
Entries are read from the pack when asked for, and a run remembers only where each entry it used is, so its
memory does not grow with the cache (at thousands of models the pack holds hundreds of megabytes).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import sys
import tempfile
import zlib
from functools import cache
from pathlib import Path
from typing import Any

# Tools whose exact versions shape what the cached steps produce.
TOOLS = ("datamodel-code-generator", "pydantic", "pydantic-core", "ruff")
ENV_DIR = "GENERATOR_CACHE_DIR"
PACK = "pack"
# A pack is rewritten when this many entries it lacked were used, or when it holds over twice what a run used.
REPACK_AFTER = 64
_TRAILER = struct.Struct(">QQ")  # the index's length and crc32


GENERATOR = Path(__file__).parent.parent  # the whole package: speed/ is one of its folders


@cache
def source_fingerprint() -> str:
    """A digest of the generator's own code and templates: a step whose output they shape keys on it, so an
    edited filter, template or emitter can never be answered from an entry the old code computed."""
    files = sorted(p for p in GENERATOR.rglob("*") if p.suffix in (".py", ".j2") and "__pycache__" not in p.parts)
    return _digest(*(f"{p.relative_to(GENERATOR).as_posix()}\n{p.read_text(encoding='utf-8')}" for p in files))


@cache
def tool_fingerprint() -> str:
    versions = [f"{name}=={installed_version(name)}" for name in TOOLS]
    return ";".join([f"python{sys.version_info[0]}.{sys.version_info[1]}", *versions])


def installed_version(name: str) -> str:
    """The installed version of distribution `name` ("missing" when it is not installed): read from the
    name of its `.dist-info` folder on sys.path, the first found as imports would find it. importlib.metadata
    is the fallback when that is not unambiguous; importing it alone costs a regeneration 50 ms."""
    found = _dist_info_versions().get(_normalized(name))
    if found is not None and len(found) == 1:
        return found[0]
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "missing"


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@cache
def _dist_info_versions() -> dict[str, list[str]]:
    """Distribution name -> the versions of its .dist-info folders in the first sys.path entry holding any."""
    versions: dict[str, list[str]] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        here: dict[str, list[str]] = {}
        for folder in names:
            stem = folder.removesuffix(".dist-info")
            if stem != folder and stem.count("-") == 1:  # name-version, each with its dashes escaped
                dist, version = stem.split("-")
                here.setdefault(_normalized(dist), []).append(version)
        for dist, found in here.items():
            versions.setdefault(dist, found)
    return versions


def _digest(*parts: str) -> str:
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8")
        hasher.update(len(data).to_bytes(8, "big"))
        hasher.update(data)
    return hasher.hexdigest()


class Cache:
    """Text values by content key, under `root` (None: a cache that never hits and stores nothing)."""

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self._root_text: str | None = None
        self._pack: _Pack | None = None  # read on first use
        # What this run read or stored, the next pack: where each entry is (its place in the pack, or None for
        # its own file), never its text.
        self._used: dict[str, tuple[int, int, int] | None] = {}
        self._unpacked = 0  # entries used that the pack lacked
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_output(cls, out_dir: Path, *, enabled: bool = True) -> Cache:
        """The cache beside an output folder (`.generator-cache/`), or where GENERATOR_CACHE_DIR says."""
        if not enabled:
            return cls(None)
        configured = os.environ.get(ENV_DIR)
        return cls(Path(configured) if configured else out_dir.resolve().parent / ".generator-cache")

    def key(self, step: str, options: str, unit: str) -> str:
        return _digest(tool_fingerprint(), step, options, unit)

    def _path(self, key: str) -> Path:
        assert self.root is not None
        return self.root / key[:2] / key[2:]

    def _file(self, key: str) -> str:
        # Plain strings: a run reads thousands of entries, and Path arithmetic costs more than the read.
        if self._root_text is None:
            self._root_text = str(self.root)
        return os.path.join(self._root_text, key[:2], key[2:])

    def get(self, key: str) -> str | None:
        data = self.get_bytes(key)
        if data is None:
            return None
        try:
            return str(data, "utf-8")
        except UnicodeDecodeError:  # not what put() stored, whatever its checksum says
            return None

    def get_bytes(self, key: str) -> bytes | None:
        """The entry's text as UTF-8 (what a large text is better kept as)."""
        if self.root is None:
            self.misses += 1
            return None
        if self._pack is None:
            self._pack = _Pack.open(self.root / PACK)
        place = self._pack.place(key)
        data = self._pack.read(place) if place is not None else None
        if data is None:
            place = None
            data = self._read_entry(key)
            if data is None:
                self.misses += 1
                return None
            self._unpacked += 1
        self._used[key] = place
        self.hits += 1
        return data

    def _read_entry(self, key: str) -> bytes | None:
        try:
            with open(self._file(key), "rb") as handle:
                stored = handle.read()
        except OSError:
            return None
        checksum, _, data = stored.partition(b"\n")
        if checksum != hashlib.sha256(data).hexdigest().encode("ascii"):
            return None
        return data

    def put(self, key: str, text: str) -> None:
        self.put_bytes(key, text.encode("utf-8"))

    def put_bytes(self, key: str, data: bytes) -> None:
        if self.root is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace(path, hashlib.sha256(data).hexdigest().encode("ascii") + b"\n" + data)
        except OSError:
            return  # a cache that cannot be written is only slower
        self._used[key] = None
        self._unpacked += 1

    def mark(self) -> tuple[int, int, int, int]:
        """Where this run's use of the cache stands: since() gives what was used after."""
        return (len(self._used), self._unpacked, self.hits, self.misses)

    def since(self, mark: tuple[int, int, int, int]) -> tuple[Any, ...]:
        """What was used after `mark` (in a forked process), for merge() in the process that forked it."""
        used = list(self._used.items())[mark[0] :]
        return (used, self._unpacked - mark[1], self.hits - mark[2], self.misses - mark[3])

    def merge(self, used: tuple[Any, ...]) -> None:
        entries, unpacked, hits, misses = used
        self._used.update(entries)
        self._unpacked += unpacked
        self.hits += hits
        self.misses += misses

    def save(self) -> None:
        """Leave the entries this run used as the pack the next run reads, when the pack is worth renewing."""
        if self.root is None or not self._used:
            return
        packed = len(self._pack or _EMPTY)
        if not self._unpacked or (packed and self._unpacked < REPACK_AFTER and packed <= 2 * len(self._used)):
            return  # a few new entries are read from their own files until there are more
        pack = self._pack or _EMPTY
        index: list[tuple[str, int, int, int]] = []
        at = 0
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self.root, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as handle:
                    for key, place in sorted(self._used.items()):
                        data = pack.read(place) if place is not None else None
                        if data is None:
                            data = self._read_entry(key)
                            if data is None:
                                continue  # gone since: the next run computes it again
                        handle.write(data)
                        index.append((key, at, len(data), zlib.crc32(data)))
                        at += len(data)
                    header = json.dumps(index, separators=(",", ":")).encode("ascii")
                    handle.write(header)
                    handle.write(_TRAILER.pack(len(header), zlib.crc32(header)))
                os.replace(temp, self.root / PACK)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError:
            return
        finally:
            pack.close()
            self._pack = None
        self._used, self._unpacked = {}, 0


def _replace(path: Path, data: bytes) -> None:
    """Written whole, then renamed: a concurrent or interrupted run never sees half a file."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class _Pack:
    """A pack file: the entries' texts one after the other, then an index of (key, offset, length, crc32) and a
    trailer (the index's length and crc32). Only the index is read when it is opened; each text when asked for."""

    def __init__(self, fd: int | None, index: dict[str, tuple[int, int, int]]) -> None:
        self._fd = fd
        self._index = index

    @classmethod
    def open(cls, path: Path) -> _Pack:
        """The pack's index, or an empty pack when it is missing or its index does not match its checksum."""
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return _EMPTY
        try:
            size = os.fstat(fd).st_size
            if size < _TRAILER.size:
                raise ValueError("no trailer")
            length, crc = _TRAILER.unpack(os.pread(fd, _TRAILER.size, size - _TRAILER.size))
            body = size - _TRAILER.size - length
            header = os.pread(fd, length, body) if 0 <= body else b""
            if body < 0 or len(header) != length or zlib.crc32(header) != crc:
                raise ValueError("index damaged")
            index = {key: (at, n, check) for key, at, n, check in json.loads(header)}
            if not all(type(a) is int and type(n) is int and 0 <= a <= a + n <= body for a, n, _ in index.values()):
                raise ValueError("index out of bounds")
        except (OSError, ValueError, TypeError):
            os.close(fd)
            return _EMPTY
        return cls(fd, index)

    def __len__(self) -> int:
        return len(self._index)

    def place(self, key: str) -> tuple[int, int, int] | None:
        return self._index.get(key)

    def read(self, place: tuple[int, int, int]) -> bytes | None:
        """The bytes at `place`, or None when they do not match their checksum."""
        if self._fd is None:
            return None
        at, size, check = place
        try:
            data = os.pread(self._fd, size, at)
        except OSError:
            return None
        return data if len(data) == size and zlib.crc32(data) == check else None

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __del__(self) -> None:
        self.close()


_EMPTY = _Pack(None, {})


class Deferred(Cache):
    """Reads through to `cache`; keeps what is put until commit(): a run that fails writes no entry."""

    def __init__(self, cache: Cache) -> None:
        super().__init__(cache.root)
        self._inner = cache
        self._pending: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._inner.get(key)

    def get_bytes(self, key: str) -> bytes | None:
        return self._inner.get_bytes(key)

    def put(self, key: str, text: str) -> None:
        if self.root is not None:
            self._pending[key] = text

    def put_bytes(self, key: str, data: bytes) -> None:
        self.put(key, data.decode("utf-8"))

    def commit(self) -> None:
        for key, text in self._pending.items():
            self._inner.put(key, text)
        self._pending.clear()
