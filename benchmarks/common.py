"""What every figure shares: the result row, medians, timed subprocesses, the machine line, the work folder."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
VENV_BIN = Path(sys.executable).parent


@dataclass(frozen=True)
class Row:
    """One line of the table. `met` is None for rows given for context only (no goal)."""

    figure: str
    reference: str
    ours: str
    ratio: str
    goal: str
    met: bool | None

    @property
    def verdict(self) -> str:
        return "-" if self.met is None else ("yes" if self.met else "NO")


@dataclass
class Context:
    """Shared by the figures of one run: quick or full, a scratch folder, packages generated along the way."""

    quick: bool
    work: Path
    # Synthetic model count -> the generated/ folder of a full generation of that set (figure 1 leaves them).
    generated: dict[int, Path] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        self.notes.append(text)


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


_pycache: list[Path] = []


def use_pycache(folder: Path) -> None:
    """Child processes keep their bytecode under `folder` (see bench_env)."""
    _pycache[:] = [folder]


def bench_env(extra: Mapping[str, str] | None = None, *, pythonpath: Sequence[Path] = ()) -> dict[str, str]:
    """The environment for child processes: this venv's tools first on PATH, optional PYTHONPATH entries first.

    Bytecode is cached, as it is for any installed package (pip compiles at install), even when the caller's
    environment sets PYTHONDONTWRITEBYTECODE; with use_pycache() it goes to a folder outside the repository instead
    of __pycache__ folders in it, for every module alike, so warm-up runs fill it for both sides (a scratch folder;
    --quick's the caller's own, where it has one: see run.py).
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if _pycache:
        env["PYTHONPYCACHEPREFIX"] = str(_pycache[0])
    env["PATH"] = str(VENV_BIN) + os.pathsep + env.get("PATH", "")
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(str(p) for p in pythonpath)
    else:
        env.pop("PYTHONPATH", None)
    env.update(extra or {})
    return env


def run_timed(
    cmd: Sequence[str],
    *,
    cwd: Path = ROOT,
    env: Mapping[str, str] | None = None,
    timeout: float = 600.0,
    expect: int = 0,
) -> float:
    """Wall seconds of one child process; raises with its output when it exits other than `expect`."""
    started = time.perf_counter()
    done = subprocess.run(
        list(cmd), cwd=cwd, env=dict(env) if env is not None else None, capture_output=True, text=True, timeout=timeout
    )
    elapsed = time.perf_counter() - started
    if done.returncode != expect:
        raise RuntimeError(
            f"{' '.join(cmd)} exited {done.returncode}:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}".rstrip()
        )
    return elapsed


@dataclass(frozen=True)
class Measured:
    """One child process run to its end: wall seconds, CPU seconds (its own and its descendants' it waited for),
    the peak of the PSS summed over its process tree (bytes; 0 where /proc has no smaps_rollup) and its stderr."""

    seconds: float
    cpu_seconds: float
    peak_pss: int
    stderr: str


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as handle:
                found += [int(child) for child in handle.read().split()]
    except OSError:
        pass  # gone meanwhile
    return found


def tree_pss(pid: int) -> int:
    """The proportional set size of `pid` and every process below it, in bytes (each shared page counted once)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += _children(current)
        try:
            with open(f"/proc/{current}/smaps_rollup", encoding="ascii") as handle:
                for line in handle:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            pass
    return total


def run_measured(
    cmd: Sequence[str],
    *,
    cwd: Path = ROOT,
    env: Mapping[str, str] | None = None,
    timeout: float = 1800.0,
    expect: int = 0,
    memory: bool = True,
) -> Measured:
    """run_timed, with its CPU time (wait4) and, with `memory`, the peak of its process tree's PSS (sampled every
    50 ms; without it the end is seen at once, for short runs)."""
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        child = subprocess.Popen(list(cmd), cwd=cwd, env=dict(env) if env is not None else None, stdout=out, stderr=err)
        peak = 0
        guard = threading.Timer(timeout, child.kill)  # a blocking wait4 sees the end at once, the guard a hang
        guard.start()
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG if memory else 0)
            if pid:
                guard.cancel()
                break
            peak = max(peak, tree_pss(child.pid))
            if time.perf_counter() - started > timeout:
                child.kill()
                os.wait4(child.pid, 0)
                raise RuntimeError(f"{' '.join(cmd)} took over {timeout:.0f} s")
            time.sleep(0.05)
        elapsed = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if child.returncode != expect:
        raise RuntimeError(f"{' '.join(cmd)} exited {child.returncode}:\n{stdout[-2000:]}\n{stderr[-4000:]}".rstrip())
    return Measured(elapsed, usage.ru_utime + usage.ru_stime, peak, stderr)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown CPU"


def machine_line() -> str:
    cores = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = cores
    core_text = f"{cores} cores" if usable == cores else f"{cores} cores ({usable} usable)"
    return (
        f"{cpu_model()}, {core_text}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.system()} {platform.release()}"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.0f} µs"


def secs(seconds: float) -> str:
    return f"{seconds:.2f} s"


def mb(size: int) -> str:
    return f"{size / (1 << 20):.0f} MB"
