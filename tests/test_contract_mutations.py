"""The generated contract tests catch what they exist to catch: each mutation below, made to a copy of
the generated package, must make them fail (and the unmutated copy must pass the same selection)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import GENERATED, PYTEST, ROOT

SELECTION = "(p_image or cancel or upload) and not lifecycle and not mock_provider and not live"
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


def _run_contract_tests(tree: Path, provider: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            *PYTEST,
            "-q",
            "-x",
            "--rootdir",
            str(tree),
            "-k",
            SELECTION,
            str(tree / "contract_tests" / f"test_{provider}_contract.py"),
        ],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": f"{tree}{os.pathsep}{ROOT}"},
        capture_output=True,
        text=True,
    )


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "generated"
    shutil.copytree(GENERATED, tree, ignore=shutil.ignore_patterns("__pycache__"))
    return tree


@pytest.mark.parametrize("provider", PROVIDERS)
def test_unmutated_copy_passes(provider: str, tmp_path: Path) -> None:
    result = _run_contract_tests(_copy(tmp_path), provider)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("name", sorted(MUTATIONS))
def test_mutation_is_caught(name: str, tmp_path: Path) -> None:
    tree = _copy(tmp_path)
    provider, relative, old, new = MUTATIONS[name]
    path = tree / relative
    source = path.read_text(encoding="utf-8")
    assert old in source, f"mutation target {old!r} not found: update this test with the generated code"
    path.write_text(source.replace(old, new, 1), encoding="utf-8")
    result = _run_contract_tests(tree, provider)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "failed" in result.stdout
