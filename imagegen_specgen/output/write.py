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
from collections.abc import Callable, Iterable
from pathlib import Path

from ..parser.bounded import kind
from ..speed.cache import Cache
from . import ownership

# Never compared or carried over: caches a Python run or an editable install leaves behind.
IGNORED_PARTS = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache")
MAX_COMPARED_BYTES = 64 << 20  # the largest generated file is a few hundred kB; a bigger one differs anyway
RUFF_ARGS = ("--isolated", "--target-version", "py310", "--line-length", "120")


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


def materialize(files: dict[str, str], root: Path, paths: list[str]) -> dict[str, str]:
    """Write `files` below `root`, format `paths` (relative) in one ruff pass, and return their new text."""
    _write(files, root)
    targets = [str(root / relative) for relative in paths]
    # Import order and unused imports first, then layout: the same pinned ruff everywhere.
    _ruff("check", *RUFF_ARGS, "--select", "I,F401", "--fix", "--quiet", *targets)
    _ruff("format", *RUFF_ARGS, "--quiet", *targets)
    return {relative: (root / relative).read_text(encoding="utf-8") for relative in paths}


def _key(cache: Cache, relative: str, content: str) -> str:
    return cache.key("ruff", " ".join(RUFF_ARGS), relative + "\n" + content)


def remember_formatting(cache: Cache, formatted: dict[str, tuple[str, str]]) -> None:
    """Store formatting done elsewhere (relative path -> (text, its formatted text)) as format_files would."""
    if cache.root is not None:
        for relative, (content, done) in formatted.items():
            cache.put(_key(cache, relative, content), done)


def format_files(files: dict[str, str], parent: Path, cache: Cache, roots: tuple[str, ...]) -> dict[str, str]:
    """`files` with every Python file below `roots` (the package and contract tests) formatted by the pinned ruff."""
    return start_formatting(files, parent, cache, roots)()


def start_formatting(
    files: dict[str, str], parent: Path, cache: Cache, roots: tuple[str, ...]
) -> Callable[[], dict[str, str]]:
    """Start formatting `files` (see format_files); the returned function waits for the result.

    Files not in the cache are formatted in a scratch folder under `parent` laid out like the output, with
    every package `__init__.py` present, so that ruff sees the same packages it would see in a full run.
    ruff runs in a thread that only waits for it, so the caller can go on meanwhile; the cache is read and
    written only in the caller's thread.
    """
    result = dict(files)
    keys: dict[str, str] = {}
    for relative, content in files.items():
        if relative.endswith(".py") and relative.startswith(roots):
            if cache.root is None:  # the full path: everything is formatted, no key is needed
                keys[relative] = ""
                continue
            key = keys[relative] = _key(cache, relative, content)
            cached = cache.get(key)
            if cached is not None:
                result[relative] = cached
    pending = sorted(relative for relative in keys if result[relative] is files[relative])
    if not pending:
        return lambda: result
    scratch = {r: c for r, c in files.items() if r in pending or r.endswith("/__init__.py")}
    parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=".generated-", dir=parent))
    outcome: list[dict[str, str] | BaseException] = []

    def run() -> None:
        try:
            outcome.append(materialize(scratch, temp, pending))
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)
        finally:
            shutil.rmtree(temp, ignore_errors=True)

    worker = threading.Thread(target=run, name="ruff", daemon=True)
    worker.start()

    def collect() -> dict[str, str]:
        worker.join()
        formatted = outcome[0]
        if isinstance(formatted, BaseException):
            raise formatted
        for relative, content in formatted.items():
            cache.put(keys[relative], content)
            result[relative] = content
        return result

    return collect


def compare_files(
    expected: dict[str, str], actual: Path, context_lines: int = 40, recorded: Iterable[str] = ()
) -> list[str]:
    """Report lines for every file that differs from `expected` or is missing in `actual`, and for every file
    the manifest `recorded` that no spec produces now. Other files are the user's: not differences."""
    report: list[str] = []
    for name in sorted(expected.keys() | set(recorded)):
        path = actual / name
        try:
            info = os.stat(path)
        except (FileNotFoundError, NotADirectoryError):
            if name in expected:
                report.append(f"missing: {name}")
            continue
        if name not in expected:
            report.append(f"not produced by any spec: {name}")
            continue
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_COMPARED_BYTES:
            found = kind(info.st_mode) if not stat.S_ISREG(info.st_mode) else f"a file of {info.st_size} bytes"
            report.extend([f"changed: {name}", f"  (found {found})"])
            continue
        data = path.read_bytes()
        if data == expected[name].encode("utf-8"):
            continue
        report.append(f"changed: {name}")
        try:
            current = data.decode("utf-8")
        except UnicodeDecodeError:
            report.append("  (binary difference)")
            continue
        shown = f"{actual.as_posix()}/{name}"  # the output folder as the caller named it
        report.extend(_diff(current.splitlines(), expected[name].splitlines(), shown, context_lines))
    return report


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


def update_tree(
    files: dict[str, str], target: Path, recorded: dict[str, str] | None = None, *, overwrite: bool = False
) -> list[str]:
    """Make `target` hold `files`, touching only what its manifest `recorded` proves is the generator's own
    (see ownership.py); returns notes on what was kept. `files` holds the new manifest.

    Everything is computed before this runs, so a spec or generation error writes nothing, and a refusal is
    raised before the first file is written; a new output folder is built aside and renamed into place.
    """
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = Path(tempfile.mkdtemp(prefix=".generated-", dir=target.parent))
        try:
            _make_public(temp)
            _write(files, temp)
            temp.rename(target)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
        return []
    known = recorded or {}
    plan = ownership.plan_update(files, target, known)
    notes = ownership.apply(plan, files, target, overwrite=overwrite)
    return notes + ownership.kept_note(ownership.user_files(target, files, known))


def _make_public(folder: Path) -> None:
    """The mode a plain mkdir gives (mkdtemp's is private to the owner): the output folder is an ordinary one."""
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)


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
