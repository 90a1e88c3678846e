"""A content-addressed store for the generator's slow steps (parsed specs, request models, rendered
fragments, ruff formatting).

An entry's key is a SHA-256 of everything that determines its value: the step's name, the exact pinned
versions of the tools that compute it, the step's own options, and the unit's input text. A hit is therefore
what recomputing would give, byte for byte; nothing is ever invalidated by hand, and an entry whose stored
checksum does not match its text is ignored. `Cache(None)` stores nothing: the full path, for CI.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from functools import cache
from importlib import metadata
from pathlib import Path

# Tools whose exact versions shape what the cached steps produce.
TOOLS = ("datamodel-code-generator", "pydantic", "pydantic-core", "ruff")
ENV_DIR = "GENERATOR_CACHE_DIR"


GENERATOR = Path(__file__).parent


@cache
def source_fingerprint() -> str:
    """A digest of the generator's own code and templates: a step whose output they shape keys on it, so an
    edited filter, template or emitter can never be answered from an entry the old code computed."""
    files = sorted(p for p in GENERATOR.rglob("*") if p.suffix in (".py", ".j2") and "__pycache__" not in p.parts)
    return _digest(*(f"{p.relative_to(GENERATOR).as_posix()}\n{p.read_text(encoding='utf-8')}" for p in files))


@cache
def tool_fingerprint() -> str:
    versions = []
    for name in TOOLS:
        try:
            versions.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name} missing")
    return ";".join([f"python{sys.version_info[0]}.{sys.version_info[1]}", *versions])


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
        if self.root is None:
            self.misses += 1
            return None
        try:
            with open(self._file(key), encoding="utf-8", newline="") as handle:
                stored = handle.read()
        except (OSError, UnicodeDecodeError):
            self.misses += 1
            return None
        checksum, _, text = stored.partition("\n")
        if checksum != hashlib.sha256(text.encode("utf-8")).hexdigest():
            self.misses += 1
            return None
        self.hits += 1
        return text

    def put(self, key: str, text: str) -> None:
        if self.root is None:
            return
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # Written whole, then renamed: a concurrent or interrupted run never sees half an entry.
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(hashlib.sha256(text.encode("utf-8")).hexdigest() + "\n" + text)
            os.replace(temp, path)
        except OSError:
            pass  # a cache that cannot be written is only slower


class Deferred(Cache):
    """Reads through to `cache`; keeps what is put until commit(): a run that fails writes no entry."""

    def __init__(self, cache: Cache) -> None:
        super().__init__(cache.root)
        self._pending: dict[str, str] = {}

    def put(self, key: str, text: str) -> None:
        if self.root is not None:
            self._pending[key] = text

    def commit(self) -> None:
        for key, text in self._pending.items():
            super().put(key, text)
        self._pending.clear()
