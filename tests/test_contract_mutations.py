"""The generated contract tests catch what they exist to catch: each mutation below, made to a copy of
the generated package of its own, must make them fail (and an unmutated copy must pass the same selection)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import GENERATED, PYTEST_OPTIONS, ROOT

# Not the request model's hypothesis check against its JSON Schema: -x stops each mutated run at an earlier test, so
# it only ran in the unmutated runs (4 s of CPU each); the main suite runs it on the checked-in package.
SELECTION = "(p_image or cancel or upload) and not lifecycle and not mock_provider and not live and not json_schema"
PROVIDERS = ("segmind", "replicate")  # one provider of each protocol, one with a second API

# name -> (provider whose contract tests must catch it, file, text, replacement)
MUTATIONS = {
    # a constraint deleted from a generated request model
    "constraint deleted": ("segmind", "imagegen_typed/segmind/models/p_image.py", "ge=256, le=1440)", "ge=256)"),
    # a wire name changed in the generated client
    "wire name changed": (
        "segmind",
        "imagegen_typed/segmind/_calls/p_image.py",
        '"disable_safety_checker": disable',
        '"disable_safety": disable',
    ),
    # the documented defaults sent for parameters the caller did not set (Segmind's seed 42 on every call)
    "unset defaults sent": (
        "segmind",
        "imagegen_typed/_runtime/validation.py",
        "exclude_unset=True",
        "exclude_unset=False",
    ),
    # an error code mapped to the wrong exception
    "error mapped wrong": (
        "segmind",
        "imagegen_typed/segmind/errors.py",
        "406: InsufficientCreditsError",
        "406: BadRequestError",
    ),
    # the status URL the submit answer gives is looked for under another name (so it is never followed)
    "status link ignored": (
        "segmind",
        "imagegen_typed/segmind/_endpoints.py",
        'status_url_field="status_url"',
        'status_url_field="status_link"',
    ),
    # the key sent raw where the spec says "Bearer <key>"
    "auth scheme dropped": ("replicate", "imagegen_typed/replicate/_endpoints.py", 'auth_scheme="Bearer",', ""),
    # the sync hold header never asked for
    "hold header dropped": ("replicate", "imagegen_typed/replicate/_endpoints.py", 'hold_header="Prefer",', ""),
    # cancel sent to a path the provider does not have
    "cancel path wrong": (
        "replicate",
        "imagegen_typed/replicate/_endpoints.py",
        'cancel_path="/v1/predictions/{id}/cancel"',
        'cancel_path="/v1/predictions/{id}/stop"',
    ),
}


def _copy(tree: Path) -> Path:
    # What the contract tests import and read: the package, the tests and the specs copy the mock is built from.
    for part in ("imagegen_typed", "contract_tests"):
        shutil.copytree(GENERATED / part, tree / part, ignore=shutil.ignore_patterns("__pycache__"))
    return tree


def _mutate(tree: Path, relative: str, old: str, new: str) -> None:
    path = tree / relative
    source = path.read_text(encoding="utf-8")
    assert old in source, f"mutation target {old!r} not found: update this test with the generated code"
    path.write_text(source.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("provider", PROVIDERS)
def test_each_mutation_is_caught_and_the_unmutated_copy_passes(provider: str, tmp_path: Path) -> None:
    """One copy per mutation and one unmutated, each tested in a pytest session of its own. The sessions share one
    process (tests/contract_runs.py); the unmutated copy goes last, so nothing a mutated copy left behind counts."""
    copies: dict[str, Path] = {}
    for name in sorted(name for name, (target, *_) in MUTATIONS.items() if target == provider):
        copies[name] = _copy(tmp_path / f"mutant-{len(copies)}")
        _mutate(copies[name], *MUTATIONS[name][1:])
    copies["unmutated"] = _copy(tmp_path / "unmutated")
    tests = f"{{tree}}/contract_tests/test_{provider}_contract.py"
    pytest_args = [*PYTEST_OPTIONS, "-q", "-x", "--rootdir", "{tree}", "-k", SELECTION, tests]
    command = [sys.executable, "-m", "tests.contract_runs", *map(str, copies.values()), "--", *pytest_args]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = dict(zip(copies, json.loads(done.stdout.splitlines()[-1]), strict=True))
    for name, tree in copies.items():  # each session tested its own copy's client
        assert results[name]["imported"] == str(tree / "imagegen_typed" / "__init__.py"), results[name]
    unmutated = results.pop("unmutated")
    assert unmutated["exit"] == 0 and not unmutated["failed"], unmutated["output"][-3000:]
    missed = {name: result["output"][-2000:] for name, result in results.items() if result["exit"] != 1}
    assert not missed, f"the contract tests did not catch: {missed}"
    assert all(result["failed"] for result in results.values())
