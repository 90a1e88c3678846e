"""`python -m benchmarks --quick` keeps working: it exits 0 and prints a row for every figure.

Speed goals are not asserted here (the machine running the tests may be busy); `make bench` judges them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIGURES = ("1 regeneration", "2 call overhead", "3 import time", "4 waiting", "5 bulk", "6 concurrency", "7 streaming")


def test_quick_benchmarks_run_and_report_every_figure() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines and lines[0].split()[:2] == ["figure", "reference"], done.stdout[:500]
    for figure in FIGURES:
        assert any(line.startswith(figure) for line in lines), f"no row for {figure!r} in:\n{done.stdout}"
    assert any(line.startswith("machine: ") for line in lines)
    assert "FAILED" not in done.stdout
