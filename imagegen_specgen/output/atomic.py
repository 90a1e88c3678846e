"""Replacing a file whole: written aside under a name no one else can hold, then renamed over the target.

A fixed temporary name (`<name>.tmp`) could be a user's own file, overwritten and then renamed away; a name
from mkstemp is created exclusively, so it was nobody's before. It is removed on every failure.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from functools import cache
from pathlib import Path


@cache
def default_mode() -> int:
    """The mode a plain open() gives a new file under the current umask (mkstemp's is private to the owner)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def replace_file(path: Path, data: bytes) -> None:
    """Make `path` hold `data`: the old content or the new one is there at every moment, never a mix, and a
    failure leaves no temporary file behind. A new file gets the umask's mode, a replaced one keeps its mode."""
    try:
        mode = os.stat(path).st_mode & 0o7777
    except FileNotFoundError:
        mode = default_mode()
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
