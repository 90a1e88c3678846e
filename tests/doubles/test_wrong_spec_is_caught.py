"""The doubles see what the mock cannot: a spec that is wrong about the provider passes the contract tests built
from it (the mock answers as the spec says) and fails against the double (which answers as the provider does).

The wrong spec here is a copy of Stability's with the JSON answer's output field moved to where Stability's v1
API kept it (artifacts[].base64) instead of where v2beta's document puts it (image).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ..conftest import GENERATED, PYTEST, ROOT, provider_specs

RIGHT = "- {field: image, encoding: base64}"
WRONG = '- {field: "artifacts[].base64", encoding: base64}'


def _run(command: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=ROOT, env={**os.environ, **env}, capture_output=True, text=True, timeout=900, check=False
    )


def _pytest(path: str, *args: str) -> subprocess.CompletedProcess[str]:
    return _run([*PYTEST, "-q", *args], PYTHONPATH=path)


def _texts(folder: Path) -> dict[str, str]:
    return {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.py")}


def test_a_wrong_output_field_passes_its_contract_tests_and_fails_against_the_double(
    tmp_path: Path, generator_cache: Path
) -> None:
    specs_copy = provider_specs("stability", tmp_path / "specs")
    provider = specs_copy / "providers" / "stability.yaml"
    text = provider.read_text(encoding="utf-8")
    assert RIGHT in text, "the stability spec changed: update this test"
    provider.write_text(text.replace(RIGHT, WRONG), encoding="utf-8")
    out = tmp_path / "generated"
    generated = _run(
        [sys.executable, "-m", "imagegen_specgen", "generate", "--specs", str(specs_copy), "--out", str(out)],
        GENERATOR_CACHE_DIR=str(generator_cache),
    )
    assert generated.returncode == 0, generated.stderr

    path = os.pathsep.join([str(out), str(ROOT)])  # the copy's client before the installed one
    contract_tests = out / "contract_tests" / "test_stability_contract.py"
    # Not the request models' hypothesis check against their JSON Schema (3 s of CPU): the models are the checked-in
    # ones (asserted below), which the main suite checks.
    contract = _pytest(path, "--rootdir", str(out), str(contract_tests), "-k", "not live and not json_schema")
    assert contract.returncode == 0, contract.stdout[-3000:] + contract.stderr[-2000:]
    assert " passed" in contract.stdout and " failed" not in contract.stdout
    models = "imagegen_typed/stability/models"
    assert _texts(out / models) == _texts(GENERATED / models)

    # pytest-asyncio: the project's pytest configuration, which this run reads, sets its options.
    doubles_tests = str(ROOT / "tests" / "doubles" / "test_stability_client.py")
    double = _pytest(path, "-p", "asyncio", doubles_tests, "-k", "json")
    assert double.returncode == 1, double.stdout[-3000:] + double.stderr[-2000:]
    assert "FAILED tests/doubles/test_stability_client.py::test_core_answers_json" in double.stdout
    assert "no output in the answer" in double.stdout and "artifacts[].base64" in double.stdout
    # The copy's client was the one tested (pytest shows its path relative to the working folder when shorter).
    assert f"{out.parent.name}/{out.name}/imagegen_typed/" in double.stdout
