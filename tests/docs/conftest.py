"""A provider with a few small model specs, loaded into the IR: the docs and type-alias tests' fixture; mypy --strict
on a caller of the generated package: the typing tests' fixture."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from imagegen_specgen.parser import ir
from imagegen_specgen.parser.project import load_project

from ..conftest import SPECS


def mini_provider(folder: Path, models: dict[str, str]) -> ir.Provider:
    """The real Segmind provider spec with only `models` (file name -> YAML) as its model specs."""
    (folder / "models").mkdir(parents=True)
    (folder / "providers").mkdir()
    (folder / "spec.schema.json").write_bytes((SPECS / "spec.schema.json").read_bytes())
    (folder / "providers" / "segmind.yaml").write_bytes((SPECS / "providers" / "segmind.yaml").read_bytes())
    for name, text in models.items():
        (folder / "models" / name).write_text(text, encoding="utf-8")
    (provider,) = load_project(folder).providers
    return provider


def model_spec(model_id: str, parameters: str, extra: str = "") -> str:
    return f"""\
kind: model
provider: segmind
id: {model_id}
title: Model {model_id}
description: A test model.
output: {{media: image, body: either}}
sources: [tests/docs]
{extra}parameters:
  - {{name: prompt, type: string, required: true, description: Prompt.}}
{parameters}"""


MypyStrict = Callable[[Path, str], tuple[list[str], str]]


@pytest.fixture(scope="session")
def mypy_strict(tmp_path_factory: pytest.TempPathFactory) -> MypyStrict:
    """`check(folder, caller)`: the error lines of `mypy --strict` on `caller` (as folder/caller.py), and its whole
    report. The runs of a session share one mypy cache, across pytest's workers too (their base folders' parent is
    the session's), and take turns: the first analyses the generated package and its dependencies (5 s), the others
    read them from the cache and check only their caller (0.4 s)."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent
    cache, lock = shared / "mypy-cache", shared / "mypy-cache.lock"

    def check(folder: Path, caller: str) -> tuple[list[str], str]:
        (folder / "caller.py").write_text(caller, encoding="utf-8")
        with lock.open("a") as held:
            fcntl.flock(held, fcntl.LOCK_EX)  # released when the file closes, or when a worker dies holding it
            result = subprocess.run(
                [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), "caller.py"],
                cwd=folder,
                capture_output=True,
                text=True,
                timeout=300,
            )
        return [line for line in result.stdout.splitlines() if ": error:" in line], result.stdout

    return check
