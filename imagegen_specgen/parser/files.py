"""Finding and reading spec files: only regular files inside the specs folder, size-capped, UTF-8.

A spec folder may hold anything a checkout can: a FIFO named *.yaml would block a plain open() forever, a
symlink to /dev/zero would be read until memory runs out, a symlink may lead anywhere. So the file type is
checked before opening, the open cannot block, and no more than the cap is ever read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .bounded import Unreadable, read_regular_file
from .diagnostics import SpecProblem

MAX_SPEC_BYTES = 1 << 20  # 1 MiB: the largest spec today is under 5 KiB
SPEC_SUFFIXES = (".yaml", ".yml")
# A run streams its output file by file, but holds the IR and, in its workers, each model's schema: about 75 kB
# per model spec summed over its processes (10,000 spec files peak at 750 MB, measured; 5,000 at 460 MB), so
# the limit bounds a run near 1.5 GB. Today's specs are 31 files.
MAX_SPEC_FILES = 20_000
_REGULAR = "a regular file inside the specs folder"


def _problem(relative: str, found: str, expected: str = _REGULAR) -> SpecProblem:
    return SpecProblem(relative, (), None, found, expected)


def find_spec_files(specs_dir: Path) -> tuple[list[tuple[Path, str]], list[SpecProblem]]:
    """(path, name relative to specs_dir) of every *.yaml / *.yml below specs_dir, in a stable order.

    Symlinked folders are not followed (their targets inside the folder are walked anyway); one leading
    outside the folder is reported. More than MAX_SPEC_FILES is refused before any is read.
    """
    root = Path(os.path.realpath(specs_dir))
    found: list[tuple[Path, str]] = []
    problems: list[SpecProblem] = []
    for folder, dirs, files in os.walk(specs_dir, followlinks=False):
        base = Path(folder)
        for name in dirs:
            path = base / name
            if path.is_symlink() and not _inside(path, root):
                problems.append(_outside(path, path.relative_to(specs_dir).as_posix()))
        for name in files:
            if name.endswith(SPEC_SUFFIXES):
                path = base / name
                found.append((path, path.relative_to(specs_dir).as_posix()))
        if len(found) > MAX_SPEC_FILES:
            found_text = f"more than {MAX_SPEC_FILES} spec files"
            limit = f"at most {MAX_SPEC_FILES} spec files in one folder (a larger catalogue is several clients)"
            return [], [SpecProblem(str(specs_dir), (), None, found_text, limit)]
    found.sort(key=lambda item: item[1])
    return found, problems


def _inside(path: Path, root: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(root)


def _outside(path: Path, relative: str) -> SpecProblem:
    return _problem(relative, f"a symlink leading outside the specs folder (to {os.path.realpath(path)!r})")


def read_spec_text(path: Path, relative: str, specs_dir: Path) -> tuple[str | None, SpecProblem | None]:
    """The text of one spec file, or the reason it cannot be one. Never blocks, never reads past the cap."""
    if not relative.isprintable():  # the name lands in messages, docstrings and reference pages
        return None, _problem(relative, "a file name with control characters", "a printable file name")
    try:
        link = os.lstat(path)
        if stat.S_ISLNK(link.st_mode):
            if not _inside(path, Path(os.path.realpath(specs_dir))):
                return None, _outside(path, relative)
            path = Path(os.path.realpath(path))
    except OSError as exc:
        return None, _problem(relative, f"a file that cannot be read ({exc.strerror or exc})")
    try:
        data = read_regular_file(path, MAX_SPEC_BYTES, follow_symlinks=False)
    except Unreadable as exc:
        return None, _too_large(relative, exc.found) if exc.too_large else _problem(relative, exc.found)
    return _decode(data, relative)


def _too_large(relative: str, found: str) -> SpecProblem:
    return _problem(relative, found, f"a spec of at most {MAX_SPEC_BYTES} bytes (1 MiB)")


def _decode(data: bytes, relative: str) -> tuple[str | None, SpecProblem | None]:
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line_start = data.rfind(b"\n", 0, exc.start) + 1
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[line_start : exc.start].decode("utf-8", errors="replace")) + 1
        bad = data[exc.start : exc.end].hex(" ")
        return None, SpecProblem(
            relative, (), line, f"bytes that are not UTF-8 ({bad}: {exc.reason})", "UTF-8 text", column
        )
