"""A provider of an existing protocol spelled differently everywhere needs only YAML.

tests/fixtures/fourth_provider holds a made-up provider ("acme") of protocol `predictions` with another auth
scheme (Token), other status words, URL fields nested under `links`, an id field and an output field of their
own, a hold header whose value is the number of seconds, and a cancel link. Dropped into a copy of specs/, it
generates a client, CLI subcommand and contract tests that pass against the mock, with no code change.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import PYTEST, SPECS

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "fourth_provider"


def _run(command: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_a_fourth_provider_generates_and_passes_its_contract_tests(tmp_path: Path, generator_cache: Path) -> None:
    specs = tmp_path / "specs"
    (specs / "providers").mkdir(parents=True)
    (specs / "models").mkdir()
    shutil.copy(SPECS / "spec.schema.json", specs)
    for kind in ("providers", "models"):
        for source in (FIXTURE / kind).glob("*.yaml"):
            shutil.copy(source, specs / kind)
    out = tmp_path / "out"
    root = Path(__file__).resolve().parent.parent
    generate = [sys.executable, "-m", "imagegen_specgen", "generate", "--specs", specs, "--out", out]
    generated = _run(generate, root, GENERATOR_CACHE_DIR=str(generator_cache))
    assert generated.returncode == 0, generated.stderr
    contract = _run(
        [*PYTEST, "-q", out / "contract_tests"],
        tmp_path,
        PYTHONPATH=os.pathsep.join([str(out), str(root)]),
    )
    assert contract.returncode == 0, contract.stdout[-3000:] + contract.stderr[-2000:]
    assert " passed" in contract.stdout and " failed" not in contract.stdout
    sketch = ["acme", "sketch", "--prompt", "a lighthouse", "--strokes", "4", "--dry-run"]
    dry = _run(
        [sys.executable, "-m", "imagegen_typed", *sketch],
        tmp_path,
        PYTHONPATH=str(out),
    )
    assert dry.returncode == 0, dry.stderr
    assert '"params"' in dry.stdout and '"strokes": 4' in dry.stdout  # inputs wrapped as the spec says
