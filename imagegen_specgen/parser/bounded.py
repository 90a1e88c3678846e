"""Reading a file the user named or a folder holds, without trusting it: regular files only, never blocking,
never reading past a cap.

A FIFO would block a plain open() forever; /dev/zero reports a size of 0 and never ends; a file may grow
between the size check and the read. So the type is checked before and after a non-blocking open, and the
read stops one byte past the cap whatever stat said.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class Unreadable(Exception):
    """What was found instead of a readable regular file (`found` completes "found ..."); `too_large` when
    the only problem is its size."""

    def __init__(self, found: str, *, too_large: bool = False) -> None:
        super().__init__(found)
        self.found = found
        self.too_large = too_large


def kind(mode: int) -> str:
    """What a non-regular file is, for messages."""
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


def read_regular_file(path: Path, limit: int, *, follow_symlinks: bool = True) -> bytes:
    """The bytes of the regular file at `path`, or Unreadable. At most `limit` bytes are accepted; more is
    refused without being read. Without `follow_symlinks` the open refuses a symlink swapped in after the
    caller resolved the path."""
    try:
        info = os.stat(path)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        raise Unreadable(f"a file that cannot be read ({_reason(exc)})") from None
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable(kind(info.st_mode))
    if info.st_size > limit:
        raise Unreadable(f"a file of {info.st_size} bytes", too_large=True)
    # O_NONBLOCK: should the file be swapped for a FIFO after the check, open() still returns at once.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_symlinks:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise Unreadable(f"a file that cannot be read ({_reason(exc)})") from None
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise Unreadable(kind(mode))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise Unreadable(f"a file that cannot be read ({_reason(exc)})") from None
    finally:
        os.close(fd)
    if size > limit:  # it grew after the check
        raise Unreadable(f"a file of more than {limit} bytes", too_large=True)
    return b"".join(chunks)


def _reason(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
