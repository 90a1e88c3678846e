"""A spec is checked against the provider, not against itself: a copy of a spec with a wrong shape passes every
contract test generated from it (the mock is built from the same spec, so it agrees), and the client generated
from it fails against the double written from the provider's own documents."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import GENERATED, PYTEST, ROOT, provider_specs

# (what is wrong, provider file, text replaced, replacement, the error the double's answers cause)
WRONG = [
    pytest.param(
        "fal",
        "      succeeded: [COMPLETED]\n",
        "      succeeded: [DONE]\n",
        "UnknownPredictionStatusError",
        id="status-word",
    ),
    pytest.param(
        "fal",
        # As fal's per-endpoint documents write it (the full endpoint path), and without the answer's URL.
        "      path: /{app}/requests/{id}/status\n      url_field: status_url\n",
        "      path: /{model}/requests/{id}/status\n",
        "NotFoundError",
        id="follow-up-path",
    ),
]


def _run(command: list[str | Path], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, timeout=600
    )


def _texts(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.py")}


@pytest.mark.parametrize(("provider", "right", "wrong", "error"), WRONG)
def test_a_wrong_spec_passes_its_contract_tests_and_fails_against_the_double(
    tmp_path: Path, generator_cache: Path, provider: str, right: str, wrong: str, error: str
) -> None:
    specs = provider_specs(provider, tmp_path / "specs")
    spec = specs / "providers" / f"{provider}.yaml"
    text = spec.read_text(encoding="utf-8")
    assert text.count(right) == 1
    spec.write_text(text.replace(right, wrong), encoding="utf-8")
    out = tmp_path / "out"
    generate: list[str | Path] = [sys.executable, "-m", "imagegen_specgen", "generate", "--specs", specs, "--out", out]
    generated = _run(generate, ROOT, GENERATOR_CACHE_DIR=str(generator_cache))
    assert generated.returncode == 0, generated.stderr
    path = os.pathsep.join([str(out), str(ROOT)])

    contract = _run(
        [
            *PYTEST,
            "-q",
            out / "contract_tests" / f"test_{provider}_contract.py",
            # Not the request models' hypothesis check against their JSON Schema (3 s of CPU): the models are the
            # checked-in ones (asserted below), which the main suite checks.
            "-k",
            "not json_schema",
        ],
        tmp_path,
        PYTHONPATH=path,
    )
    assert contract.returncode == 0, contract.stdout[-3000:] + contract.stderr[-2000:]
    assert " passed" in contract.stdout and " failed" not in contract.stdout

    models = f"imagegen_typed/{provider}/models"
    assert _texts(out / models) == _texts(GENERATED / models)

    check = "from pathlib import Path; from tests.doubles.clients import whole_call; whole_call(%r, Path('.'))"
    check %= "fal-flux-schnell"
    against_double = _run([sys.executable, "-c", check], tmp_path, PYTHONPATH=path)
    assert against_double.returncode != 0
    assert error in against_double.stderr, against_double.stderr[-2000:]
    assert str(out / "imagegen_typed") in against_double.stderr  # the copy's client, not the checked-in one
