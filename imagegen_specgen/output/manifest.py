"""The manifest an output folder holds: every file the generator wrote there, with the sha256 of what it
wrote. It is how the generator proves a file is its own before replacing or removing it.

The manifest is one of the generated files: derived from the others only (sorted, no time, no machine), so
it is byte-identical run to run and `check` compares it like any other file.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from pathlib import Path

from ..parser.bounded import Unreadable, read_regular_file

MANIFEST = ".imagegen-manifest.json"
# The generator's own version, as pyproject.toml states it (a test holds them equal). Not read from the
# installed distribution: `make generate` runs the checkout, which is not installed, and the manifest must
# be the same either way.
GENERATOR_VERSION = "0.1.0"
FORMAT = 1
MAX_MANIFEST_BYTES = 16 << 20  # 4,000 models make about 10,000 files, 1.2 MB of manifest
_DIGEST = re.compile(r"^[0-9a-f]{64}$")
_NOTE = (
    "Written by imagegen-specgen: the files it generated in this folder, with the sha256 of what it wrote. "
    "It replaces or removes only these, and only while they still hold what it wrote."
)


class OutputError(Exception):
    """The output folder cannot be written as asked; the message says why and what to do. Nothing was written."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_text(digests: Mapping[str, str]) -> str:
    """The manifest of the files whose sha256 `digests` gives (relative path -> digest), the manifest left out."""
    recorded = {path: value for path, value in sorted(digests.items()) if path != MANIFEST}
    body = {"files": recorded, "format": FORMAT, "generator": f"imagegen-specgen {GENERATOR_VERSION}", "note": _NOTE}
    return json.dumps(body, indent=1, sort_keys=True) + "\n"


def safe_relative(path: object) -> bool:
    """Whether `path` names a place inside a folder: relative, forward slashes, no empty, `.` or `..` part,
    printable. A manifest entry must, or it could name any file on the machine."""
    if not isinstance(path, str) or not path or len(path) > 4096 or not path.isprintable() or "\\" in path:
        return False
    return not path.startswith("/") and all(part not in ("", ".", "..") for part in path.split("/"))


def read_manifest(out: Path) -> dict[str, str] | None:
    """The recorded files of `out` (relative path -> sha256), None when it holds no manifest; OutputError when
    the manifest is not one this generator wrote."""
    path = out / MANIFEST
    if not path.exists() and not path.is_symlink():
        return None
    where = f"{out / MANIFEST}"
    try:
        data = json.loads(read_regular_file(path, MAX_MANIFEST_BYTES).decode("utf-8"))
    except Unreadable as exc:
        raise OutputError(_unusable(where, f"found {exc.found}")) from None
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError
        raise OutputError(_unusable(where, f"not JSON ({type(exc).__name__})")) from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        raise OutputError(_unusable(where, "no `files` mapping"))
    for name, value in files.items():
        if not safe_relative(name) or not isinstance(value, str) or not _DIGEST.match(value):
            shown = json.dumps(name)[:120]
            raise OutputError(
                _unusable(where, f"entry {shown}: expected a relative path inside the folder and a sha256")
            )
    return dict(files)


def _unusable(where: str, problem: str) -> str:
    return (
        f"{where}: {problem}; expected the manifest imagegen-specgen writes. Nothing was written. Restore it, or "
        "remove it and run again with --adopt (files the generator did not write are then never removed)."
    )
