"""Finding and reading spec files: only regular files inside the specs folder, size-capped, UTF-8.

A spec folder may hold anything a checkout can: a FIFO named *.yaml would block a plain open() forever, a
symlink to /dev/zero would be read until memory runs out, a symlink may lead anywhere. So the file type is
checked before opening, the open cannot block, and no more than the cap is ever read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .diagnostics import SpecProblem

MAX_SPEC_BYTES = 1 << 20  # 1 MiB: the largest spec today is under 5 KiB
SPEC_SUFFIXES = (".yaml", ".yml")
_REGULAR = "a regular file inside the specs folder"
_SIZE = "a file of "  # how read_capped starts a size problem


def _kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return name
    return "a special file"


def _problem(relative: str, found: str, expected: str = _REGULAR) -> SpecProblem:
    return SpecProblem(relative, (), None, found, expected)


def find_spec_files(specs_dir: Path) -> tuple[list[tuple[Path, str]], list[SpecProblem]]:
    """(path, name relative to specs_dir) of every *.yaml / *.yml below specs_dir, in a stable order.

    Symlinked folders are not followed (their targets inside the folder are walked anyway); one leading
    outside the folder is reported.
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
    data, found = read_capped(path, MAX_SPEC_BYTES)
    if data is None:
        return None, _too_large(relative, found) if found.startswith(_SIZE) else _problem(relative, found)
    return _decode(data, relative)


def read_capped(path: Path, limit: int) -> tuple[bytes | None, str]:
    """At most `limit` bytes of a regular file, or (None, what the path was found to be). Never blocks on a
    FIFO, never reads a device, never reads past the cap (a file that grows while read is refused)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        return None, f"a file that cannot be read ({exc.strerror or exc})"
    if not stat.S_ISREG(info.st_mode):
        return None, _kind(info.st_mode)
    if info.st_size > limit:
        return None, f"{_SIZE}{info.st_size} bytes"
    # O_NONBLOCK: should the file be swapped for a FIFO after the check, open() still returns at once.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return None, f"a file that cannot be read ({exc.strerror or exc})"
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            return None, _kind(mode)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        return None, f"a file that cannot be read ({exc.strerror or exc})"
    finally:
        os.close(fd)
    if size > limit:  # it grew after the check
        return None, f"{_SIZE}more than {limit} bytes"
    return b"".join(chunks), ""


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
