"""Runs pytest over several copies of a generated package in one process, one session per copy, in turn.

`python -m tests.contract_runs TREE... -- PYTEST_ARGS...` ({tree} in an argument stands for the copy) prints a JSON
list: per copy, pytest's exit code, the tests that failed, its output and the file `imagegen_typed` was imported
from. The copies share one interpreter's start-up (about 2 s of CPU a process; a further copy costs 0.6 s). Each
session imports the copy's own `imagegen_typed` and `contract_tests`: the previous copy's modules are dropped first.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
from typing import Any

import pytest

FRESH = ("imagegen_typed", "contract_tests")  # the packages every copy has its own of


class _Failures:
    def __init__(self) -> None:
        self.failed: list[str] = []

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            self.failed.append(report.nodeid)


def run(tree: str, args: list[str]) -> dict[str, Any]:
    for name in [name for name in sys.modules if name.partition(".")[0] in FRESH]:
        del sys.modules[name]
    sys.path.insert(0, tree)
    failures, output = _Failures(), io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            code = pytest.main([arg.replace("{tree}", tree) for arg in args], plugins=[failures])
    finally:
        sys.path.remove(tree)
    package = sys.modules.get("imagegen_typed")
    return {
        "tree": tree,
        "exit": int(code),
        "failed": failures.failed,
        "output": output.getvalue(),
        "imported": getattr(package, "__file__", None),
    }


def main(argv: list[str]) -> None:
    split = argv.index("--")
    print(json.dumps([run(tree, argv[split + 1 :]) for tree in argv[:split]]))


if __name__ == "__main__":
    main(sys.argv[1:])
