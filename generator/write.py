"""Put rendered files on disk: formatted with the pinned ruff, then swapped in whole."""

from __future__ import annotations

import difflib
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# Never compared or carried over: caches a Python run or an editable install leaves behind.
IGNORED_PARTS = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache")
RUFF_ARGS = ("--isolated", "--target-version", "py310", "--line-length", "120")


def _ruff(*args: str) -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise RuntimeError("ruff is not installed in this environment (pinned in requirements/generate.txt)")
    subprocess.run([ruff, *args], check=True, capture_output=True, text=True)


def materialize(files: dict[str, str], root: Path) -> None:
    """Write `files` below `root` and format the Python package in one ruff pass."""
    for relative, content in sorted(files.items()):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8", newline="\n")
    python = [str(root / name) for name in ("imagegen", "contract_tests") if (root / name).exists()]
    if python:
        # Import order and unused imports first, then layout: the same pinned ruff everywhere.
        _ruff("check", *RUFF_ARGS, "--select", "I,F401", "--fix", "--quiet", *python)
        _ruff("format", *RUFF_ARGS, "--quiet", *python)


def render_to_temp(files: dict[str, str], parent: Path) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=".generated-", dir=parent))
    try:
        materialize(files, temp)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return temp


def replace_tree(new: Path, target: Path) -> None:
    """Swap `new` in as `target`; the old tree is removed only after the swap."""
    old = target.with_name(f".{target.name}-old-{os.getpid()}")
    if target.exists():
        target.rename(old)
    try:
        new.rename(target)
    except BaseException:
        if old.exists():
            old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _tree(root: Path) -> dict[str, Path]:
    if not root.exists():
        return {}
    return {
        p.relative_to(root).as_posix(): p
        for p in root.rglob("*")
        if p.is_file() and not any(part in IGNORED_PARTS or part.endswith(".egg-info") for part in p.parts)
    }


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
