"""Work done aside, in a forked copy of this process, while this process does other work: after a one-spec
edit the run is single-threaded work on one core, and the documents render on the other meanwhile.

Fork is used only where it is the platform's safe default (Linux), with more than one core, and only while this
process runs no other thread (a thread's locks would be copied held). The child hands back a picklable result
through a pipe and exits without running this process's clean-up; what it raised is raised here.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any


class AsideError(RuntimeError):
    """The work aside failed in a way that cannot be raised here as it was (its traceback is the message)."""


def start_aside(work: Callable[[], Any]) -> Callable[[], Any] | None:
    """Run `work` in a forked child; the returned function waits for it and returns its result (or raises what
    it raised). None where forking is not safe or not worth it: the caller then does the work itself."""
    if not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2 or threading.active_count() > 1:
        return None
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        os.close(read_end)
        status = 1
        try:
            try:
                payload = pickle.dumps(("ok", work()))
            except BaseException as exc:  # handed to the parent
                try:
                    payload = pickle.dumps(("raised", exc))
                except Exception:
                    payload = pickle.dumps(("failed", traceback.format_exc()))
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)

    def wait() -> Any:
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(pid, 0)
        if not payload or status != 0:
            raise AsideError(f"the work aside ended without a result (exit status {status})")
        kind, value = pickle.loads(payload)
        if kind == "raised":
            raise value
        if kind == "failed":
            raise AsideError(value)
        return value

    return wait
