"""Put rendered files on disk: formatted with the pinned ruff, then compared with or written to the output.

Formatting is the slow part; each file's formatted text is cached by its unformatted text (see cache.py),
so ruff runs only on files that changed since a run that used the same cache.
"""

from __future__ import annotations

import difflib
import filecmp
import itertools
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..parser.bounded import kind
from ..speed.cache import Cache

if TYPE_CHECKING:
    from .stream import Sink

# Never compared or carried over: caches a Python run or an editable install leaves behind.
IGNORED_PARTS = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache")
MAX_COMPARED_BYTES = 64 << 20  # the largest generated file is a few hundred kB; a bigger one differs anyway
RUFF_ARGS = ("--isolated", "--target-version", "py310", "--line-length", "120")
RUFF_FILES = 2000  # files per ruff run


def _ruff(*args: str) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise RuntimeError("ruff is not installed in this environment (pinned in requirements/generate.txt)")
    # --no-cache: the files live in a scratch folder, and no .ruff_cache/ is left in the caller's directory.
    subprocess.run([ruff, *args, "--no-cache"], check=True, capture_output=True, text=True)


def _write(files: dict[str, str], root: Path) -> None:
    for relative, content in sorted(files.items()):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")


def format_in_place(root: Path, paths: list[str]) -> None:
    """Format the files `paths` (relative to `root`) where they are, in ruff passes of RUFF_FILES files."""
    for start in range(0, len(paths), RUFF_FILES):  # a catalogue's paths would not fit on one command line
        targets = [str(root / relative) for relative in paths[start : start + RUFF_FILES]]
        # Import order and unused imports first, then layout: the same pinned ruff everywhere.
        _ruff("check", *RUFF_ARGS, "--select", "I,F401", "--fix", "--quiet", *targets)
        _ruff("format", *RUFF_ARGS, "--quiet", *targets)


def materialize(files: dict[str, str], root: Path, paths: list[str]) -> dict[str, str]:
    """Write `files` below `root`, format `paths` (relative) in one ruff pass, and return their new text."""
    _write(files, root)
    format_in_place(root, paths)
    return {relative: (root / relative).read_text(encoding="utf-8") for relative in paths}


def _key(cache: Cache, relative: str, content: str) -> str:
    return cache.key("ruff", " ".join(RUFF_ARGS), relative + "\n" + content)


def remember_formatting(cache: Cache, formatted: dict[str, tuple[str, str]]) -> None:
    """Store formatting done elsewhere (relative path -> (text, its formatted text)) as format_files would."""
    if cache.root is not None:
        for relative, (content, done) in formatted.items():
            cache.put(_key(cache, relative, content), done)


def format_files(files: dict[str, str], parent: Path, cache: Cache, roots: tuple[str, ...]) -> dict[str, str]:
    """`files` with every Python file below `roots` (the package and contract tests) formatted by the pinned ruff,
    in a scratch folder under `parent` laid out like the output, with every package `__init__.py` present, so
    ruff sees the packages it sees in the pipeline."""
    result = dict(files)
    keys: dict[str, str] = {}
    for relative, content in files.items():
        if _formatted(relative, roots):
            keys[relative] = _key(cache, relative, content) if cache.root is not None else ""
            cached = cache.get(keys[relative]) if cache.root is not None else None
            if cached is not None:
                result[relative] = cached
    pending = sorted(relative for relative in keys if result[relative] is files[relative])
    if not pending:
        return result
    scratch = {r: c for r, c in files.items() if r in pending or r.endswith("/__init__.py")}
    parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=".generated-", dir=parent))
    try:
        formatted = materialize(scratch, temp, pending)
    finally:
        shutil.rmtree(temp, ignore_errors=True)
    for relative, content in formatted.items():
        cache.put(keys[relative], content)
        result[relative] = content
    return result


def _formatted(relative: str, roots: tuple[str, ...]) -> bool:
    return relative.endswith(".py") and relative.startswith(roots)


class Formatter:
    """Hands each output file to `sink` with its final text: Python files below `roots` formatted by the pinned
    ruff, from the cache when it has them, else in the sink's staging folder, in place, in rounds (start, then
    finish). ruff runs in a thread that only waits for it, so the caller renders on meanwhile; the cache is
    read and written only in the caller's thread. Every package `__init__.py` is put in the staging folder
    before ruff runs, so that ruff sees the packages it would see in the output."""

    def __init__(self, sink: Sink, cache: Cache, roots: tuple[str, ...]) -> None:
        self.sink = sink
        self.staging = sink.staging
        self.cache = cache
        self.roots = roots
        self.packages: dict[str, bytes] = {}  # every __init__.py seen: its text (final when known)
        self.staged_packages: set[str] = set()
        self.pending: dict[str, str] = {}  # staged unformatted -> its cache key
        self._worker: threading.Thread | None = None
        self._outcome: list[BaseException] = []
        self._running: dict[str, str] = {}

    def add(self, relative: str, text: str) -> None:
        data = text.encode("utf-8")
        if not _formatted(relative, self.roots):
            self.sink.add(relative, data)
            return
        key = _key(self.cache, relative, text) if self.cache.root is not None else ""
        cached = self.cache.get(key) if key else None
        if relative.endswith("/__init__.py"):
            self.packages[relative] = cached.encode("utf-8") if cached is not None else data
        if cached is not None:
            self.sink.add(relative, cached.encode("utf-8"))
            return
        self.staging.write(relative, data)
        if relative.endswith("/__init__.py"):
            self.staged_packages.add(relative)
        self.pending[relative] = key

    def start(self) -> None:
        """Format what is pending, in a thread."""
        self.finish()
        if not self.pending:
            return
        for relative, data in self.packages.items():
            if relative not in self.staged_packages:
                self.staging.write(relative, data)
                self.staged_packages.add(relative)
        self._running, self.pending = self.pending, {}
        root, paths = self.staging.root, sorted(self._running)

        def run() -> None:
            try:
                format_in_place(root, paths)
            except BaseException as exc:  # handed to the caller's thread
                self._outcome.append(exc)

        self._worker = threading.Thread(target=run, name="ruff", daemon=True)
        self._worker.start()

    def finish(self) -> None:
        """Wait for the round started last; hand its files to the sink (and their formatting to the cache)."""
        if self._worker is None:
            return
        self._worker.join()
        self._worker = None
        if self._outcome:
            raise self._outcome.pop()
        running, self._running = self._running, {}
        for relative, key in sorted(running.items()):
            data = self.staging.read(relative)
            if key:
                self.cache.put(key, data.decode("utf-8"))
            if relative in self.packages:
                self.packages[relative] = data
            self.sink.add(relative, data, staged=True)


def compare_files(
    expected: dict[str, str], actual: Path, context_lines: int = 40, recorded: Iterable[str] = ()
) -> list[str]:
    """Report lines for every file that differs from `expected` or is missing in `actual`, and for every file
    the manifest `recorded` that no spec produces now. Other files are the user's: not differences."""
    report: list[str] = []
    for name in sorted(expected.keys() | set(recorded)):
        if name in expected:
            report.extend(difference(name, expected[name].encode("utf-8"), actual, context_lines))
            continue
        try:
            os.stat(actual / name)
        except (FileNotFoundError, NotADirectoryError):
            continue
        report.append(f"not produced by any spec: {name}")
    return report


def difference(name: str, data: bytes, actual: Path, context_lines: int = 40) -> list[str]:
    """Report lines when `actual/name` does not hold `data` (empty when it does)."""
    path = actual / name
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return [f"missing: {name}"]
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_COMPARED_BYTES:
        found = kind(info.st_mode) if not stat.S_ISREG(info.st_mode) else f"a file of {info.st_size} bytes"
        return [f"changed: {name}", f"  (found {found})"]
    if info.st_size == len(data):
        current_data = path.read_bytes()
        if current_data == data:
            return []
    else:
        current_data = path.read_bytes()
    report = [f"changed: {name}"]
    try:
        current = current_data.decode("utf-8")
    except UnicodeDecodeError:
        return [*report, "  (binary difference)"]
    shown = f"{actual.as_posix()}/{name}"  # the output folder as the caller named it
    expected = data.decode("utf-8")
    return report + _diff(current.splitlines(), expected.splitlines(), shown, context_lines)


_HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@")


def _diff(old: list[str], new: list[str], name: str, limit: int) -> list[str]:
    """The first `limit` lines of a unified diff. The common head and tail are cut first: difflib is slow on
    the long generated modules, while a one-spec edit changes a few lines of them."""
    shorter = min(len(old), len(new))
    head = 0
    while head < shorter and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < shorter - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start = max(head - 2, 0)
    # Only the first `limit` lines are shown: a window after the first difference is enough, and difflib on
    # the whole middle (a sync and an async client differ in two places far apart) would take seconds.
    window = max(4 * limit, 200)
    old_end = min(len(old) - tail, start + window)
    new_end = max(start, min(len(new) - tail, start + window + len(new) - len(old)))
    lines = difflib.unified_diff(
        old[start:old_end],
        new[start:new_end],
        f"{name} (on disk)",
        f"{name} (from specs)",
        lineterm="",
        n=2,
    )

    def renumber(line: str) -> str:  # hunk headers count from the cut, the reader from line 1
        found = _HUNK.match(line)
        if found is None:
            return line
        a, b = int(found.group(1)) + start, int(found.group(3)) + start
        return f"@@ -{a}{found.group(2) or ''} +{b}{found.group(4) or ''} @@" + line[found.end() :]

    return [renumber(line) for line in itertools.islice(lines, limit)]


def _ignored(name: str) -> bool:
    return name in IGNORED_PARTS or name.endswith(".egg-info")


def _tree(root: Path) -> dict[str, Path]:
    """Every file below `root` by its relative path, but those under ignored folders (one walk, plain strings:
    an output holds thousands of files)."""
    found: dict[str, Path] = {}
    top = str(root)
    for folder, subfolders, names in os.walk(top):
        subfolders[:] = [d for d in subfolders if not _ignored(d)]
        prefix = os.path.relpath(folder, top).replace(os.sep, "/") + "/"
        for name in names:
            if not _ignored(name) and os.path.isfile(full := os.path.join(folder, name)):
                found[(prefix + name).removeprefix("./")] = Path(full)
    return found


def compare_trees(expected: Path, actual: Path, context_lines: int = 40) -> list[str]:
    """Report lines for every file that differs, is missing or is extra in `actual`."""
    want, have = _tree(expected), _tree(actual)
    report: list[str] = []
    for name in sorted(want.keys() | have.keys()):
        if name not in have:
            report.append(f"missing: {name}")
        elif name not in want:
            report.append(f"not produced by any spec: {name}")
        elif not filecmp.cmp(want[name], have[name], shallow=False):
            report.append(f"changed: {name}")
            try:
                diff = difflib.unified_diff(
                    have[name].read_text(encoding="utf-8").splitlines(),
                    want[name].read_text(encoding="utf-8").splitlines(),
                    f"generated/{name} (checked in)",
                    f"generated/{name} (from specs)",
                    lineterm="",
                    n=2,
                )
                report.extend(list(diff)[:context_lines])
            except UnicodeDecodeError:
                report.append("  (binary difference)")
    return report
