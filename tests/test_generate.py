"""The generator as a whole: golden output, determinism, atomic writes, new specs, the CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from imagegen_specgen.cli import main
from imagegen_specgen.output.write import compare_files, compare_trees
from imagegen_specgen.pipeline import generate
from imagegen_specgen.speed.timings import Timings

from .conftest import GENERATED, PYTEST, ROOT, SPECS


def test_output_is_identical_across_runs_hash_seeds_and_working_directories(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "generated", tmp_path / "b" / "generated"
    generate(SPECS, first)
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [sys.executable, "-m", "imagegen_specgen", "generate", "--specs", str(SPECS), "--out", str(second)],
        cwd=tmp_path,
        env={**env, "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
    )
    assert compare_trees(first, second) == []


def test_failed_run_leaves_output_untouched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))

    def explode(root: Path, paths: list[str]) -> None:
        (root / "half-written.py").write_text("x = 1\n")
        raise RuntimeError("formatter crashed")

    monkeypatch.setattr("imagegen_specgen.output.write.format_in_place", explode)
    with pytest.raises(RuntimeError, match="formatter crashed"):
        generate(SPECS, out, use_cache=False)
    assert compare_trees(GENERATED, out) == []
    assert [p.name for p in tmp_path.iterdir()] == ["generated"]


def test_a_failure_while_the_documents_render_aside_leaves_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a cache the documents render in a forked copy of the run (speed/aside.py): what fails there fails the
    run, and nothing is written."""
    out = tmp_path / "generated"
    generate(SPECS, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(*args: object) -> None:
        raise RuntimeError("the documents broke")

    monkeypatch.setattr("imagegen_specgen.pipeline.render_documents", broken)
    with pytest.raises(RuntimeError, match="the documents broke"):
        generate(SPECS, out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".generator-cache", "generated"]


def test_cached_regeneration_after_an_edit_equals_the_full_path(specs_copy: Path, tmp_path: Path) -> None:
    cached, full = tmp_path / "cached" / "generated", tmp_path / "full" / "generated"
    generate(specs_copy, cached)
    spec = specs_copy / "models/segmind-p-image.yaml"
    spec.write_text(spec.read_text().replace("maximum: 1440", "maximum: 1424", 1))
    # A corrupted entry must be recomputed, never served.
    entries = sorted(p for p in (cached.parent / ".generator-cache").rglob("*") if p.is_file())
    assert entries, "the first run filled the cache"
    entries[0].write_text(entries[0].read_text(encoding="utf-8") + "# tampered\n", encoding="utf-8")
    generate(specs_copy, cached)
    generate(specs_copy, full, use_cache=False)
    assert compare_trees(full, cached) == []
    assert "le=1424" in (cached / "imagegen_typed/segmind/models/p_image.py").read_text()
    assert not (full.parent / ".generator-cache").exists()


def test_the_contract_tests_get_each_spec_as_the_run_read_it(specs_copy: Path, tmp_path: Path) -> None:
    """A spec edited while a run renders: the copy beside the contract tests (what their mock serves) is the
    text the client was generated from, not the edit."""
    spec = specs_copy / "models/segmind-p-image.yaml"
    read = spec.read_text(encoding="utf-8")

    class EditAfterLoading(Timings):
        def mark(self, step: str) -> None:
            super().mark(step)
            if step.startswith("load"):
                spec.write_text(read.replace("maximum: 1440", "maximum: 1424", 1), encoding="utf-8")

    out = tmp_path / "generated"
    generate(specs_copy, out, timings=EditAfterLoading())
    assert spec.read_text(encoding="utf-8") != read
    assert (out / "contract_tests/specs/models/segmind-p-image.yaml").read_text(encoding="utf-8") == read


def test_files_no_spec_produces_disappear_and_the_user_s_stay(specs_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    generate(specs_copy, out)
    assert (out / "imagegen_typed/segmind/models/imagen.py").exists()
    (out / "notes.txt").write_text("mine")  # not the generator's: kept (see test_output_folder.py)
    (specs_copy / "models/segmind-imagen.yaml").unlink()
    generate(specs_copy, out)
    assert not (out / "imagegen_typed/segmind/models/imagen.py").exists()
    assert (out / "notes.txt").read_text() == "mine"
    assert not (out / "imagegen_typed/segmind/_calls/imagen.py").exists()
    assert '"imagen"' not in (out / "imagegen_typed/segmind/_client.py").read_text()


def test_new_model_spec_needs_no_generator_change(specs_copy: Path, tmp_path: Path) -> None:
    spec = {
        "kind": "model",
        "provider": "pruna",
        "id": "brand-new-2",
        "title": "Brand new",
        "description": "A model added by one YAML file.",
        "output": {"media": "image", "body": "json"},
        "sources": ["test"],
        "sync": True,
        "parameters": [
            {"name": "prompt", "type": "string", "required": True, "description": "Prompt."},
            {
                "name": "strength",
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "default": 0.5,
                "description": "How strong.",
            },
        ],
    }
    (specs_copy / "models/pruna-brand-new-2.yaml").write_text(yaml.safe_dump(spec))
    out = tmp_path / "generated"
    generate(specs_copy, out)
    script = (
        "import inspect, imagegen_typed\n"
        "from imagegen_typed.pruna.models.brand_new_2 import BrandNew2Request as M\n"
        "assert M.model_validate({'prompt': 'x', 'strength': 0.25}).strength == 0.25\n"
        "try:\n    M.model_validate({'prompt': 'x', 'strength': 2})\nexcept Exception:\n    pass\n"
        "else:\n    raise SystemExit('range not enforced')\n"
        "sig = inspect.signature(imagegen_typed.Pruna.brand_new_2)\n"
        "assert sig.parameters['strength'].default is imagegen_typed.NOT_GIVEN\n"
        "from imagegen_typed.pruna._endpoints import BRAND_NEW_2\n"
        "assert [p.default for p in BRAND_NEW_2.params if p.wire == 'strength'] == [0.5]\n"
        "doc = inspect.getdoc(imagegen_typed.Pruna.brand_new_2)\n"
        "assert 'Default (applied by the provider when not set): 0.5.' in doc\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": str(out)}, capture_output=True, text=True
    )
    assert result.stdout.strip() == "ok", result.stderr
    command = [sys.executable, "-m", "imagegen_typed", "pruna", "brand-new-2"]
    cli = subprocess.run(
        [*command, "--help"], env={**os.environ, "PYTHONPATH": str(out)}, capture_output=True, text=True
    )
    assert "Range: 0 to 1. Default: 0.5." in " ".join(cli.stdout.split()), cli.stderr
    dry_run = [*command, "--prompt", "x", "--strength", "0.25", "--dry-run"]
    cli = subprocess.run(dry_run, env={**os.environ, "PYTHONPATH": str(out)}, capture_output=True, text=True)
    assert json.loads(cli.stdout) == {"input": {"prompt": "x", "strength": 0.25}}, cli.stderr
    assert '"x-model": "brand-new-2"' in (out / "openapi/pruna.json").read_text()
    assert "brand_new_2" in (out / "imagegen_typed/docs/pruna.md").read_text()


def _segmind_calls(out: Path, calls: str) -> str:
    """What `calls` print, run against the generated package in `out` with a Segmind `client` whose requests'
    bodies are recorded in `sent` (answered with a PNG)."""
    script = (
        "import inspect, json, httpx, imagegen_typed\n"
        "sent = []\n"
        "def answer(request):\n"
        "    sent.append(json.loads(request.content))\n"
        "    return httpx.Response(200, content=b'png', headers={'content-type': 'image/png'})\n"
        "http = httpx.Client(transport=httpx.MockTransport(answer))\n"
        "client = imagegen_typed.Segmind(api_key='k', http_client=http)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", script + calls], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_always_send_parameter_is_sent_at_its_default_and_others_are_not(specs_copy: Path, tmp_path: Path) -> None:
    spec = {
        "kind": "model",
        "provider": "segmind",
        "id": "needs-mode",
        "title": "Needs mode",
        "description": "A provider that wants mode in every request.",
        "output": {"media": "image", "body": "bytes"},
        "sources": ["test"],
        "parameters": [
            {"name": "prompt", "type": "string", "required": True, "description": "Prompt."},
            {
                "name": "mode",
                "type": "string",
                "enum": ["fast", "slow"],
                "default": "fast",
                "always_send": True,
                "description": "Mode.",
            },
            {"name": "steps", "type": "integer", "default": 20, "description": "Steps."},
        ],
    }
    (specs_copy / "models/segmind-needs-mode.yaml").write_text(yaml.safe_dump(spec))
    out = tmp_path / "generated"
    generate(specs_copy, out)
    bodies, signature_default, doc = _segmind_calls(
        out,
        "client.needs_mode(prompt='x')\n"
        "client.needs_mode(prompt='x', mode='slow', steps=20)\n"
        "print(json.dumps(sent))\n"
        "print(inspect.signature(imagegen_typed.Segmind.needs_mode).parameters['mode'].default)\n"
        "print(inspect.getdoc(imagegen_typed.Segmind.needs_mode))\n",
    ).split("\n", 2)
    assert json.loads(bodies) == [{"prompt": "x", "mode": "fast"}, {"prompt": "x", "mode": "slow", "steps": 20}]
    assert signature_default == "fast"
    assert "Default: 'fast' (sent when not set: the provider requires it)." in doc
    assert "Default (applied by the provider when not set): 20." in doc
    contract = (out / "contract_tests/test_segmind_contract.py").read_text()
    assert "always_sent={'mode': 'fast'}" in contract or 'always_sent={"mode": "fast"}' in contract
    assert "default `'fast'`, sent when not set" in (out / "imagegen_typed/docs/segmind.md").read_text()
    # The generated contract test of a call with only the required arguments expects mode, and only mode, added.
    run = subprocess.run(
        [
            *PYTEST,
            "-q",
            "--rootdir",
            str(out),
            "-k",
            "only_required and needs_mode",
            str(out / "contract_tests/test_segmind_contract.py"),
        ],
        cwd=out,
        env={**os.environ, "PYTHONPATH": f"{out}{os.pathsep}{ROOT}"},
        capture_output=True,
        text=True,
    )
    # One case per API that serves the model (Segmind's v1 and v2).
    assert run.returncode == 0 and "2 passed" in run.stdout, run.stdout + run.stderr


def test_a_required_parameter_s_documented_default_is_shown_never_sent_and_it_stays_required(
    specs_copy: Path, tmp_path: Path
) -> None:
    spec = specs_copy / "models/segmind-p-image.yaml"
    text = spec.read_text()
    assert "    type: string\n    required: true\n" in text
    # The provider's document gives prompt a default while requiring it: the spec keeps both.
    spec.write_text(
        text.replace(
            "    type: string\n    required: true\n",
            "    type: string\n    required: true\n    default: a lighthouse\n",
            1,
        )
    )
    out = tmp_path / "generated"
    generate(specs_copy, out)
    bodies, required, doc = _segmind_calls(
        out,
        "try:\n    client.p_image()\nexcept TypeError:\n    pass\nelse:\n    raise SystemExit('prompt not required')\n"
        "client.p_image(prompt='a fox')\n"
        "print(json.dumps(sent))\n"
        "prompt = inspect.signature(imagegen_typed.Segmind.p_image).parameters['prompt']\n"
        "print(prompt.default is inspect.Parameter.empty)\n"
        "print(inspect.getdoc(imagegen_typed.Segmind.p_image))\n",
    ).split("\n", 2)
    assert (json.loads(bodies), required) == ([{"prompt": "a fox"}], "True")
    assert "Required (the provider documents a default, 'a lighthouse'; it is not sent for you)." in doc
    page = (out / "imagegen_typed/docs/segmind.md").read_text()
    assert "required (the provider documents a default, `'a lighthouse'`" in page


def test_check_fails_after_a_one_byte_spec_edit(specs_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = specs_copy / "models/segmind-p-image.yaml"
    spec.write_text(spec.read_text().replace("maximum: 1440", "maximum: 1441", 1))
    assert main(["check", "--specs", str(specs_copy), "--out", str(GENERATED)]) == 1
    err = capsys.readouterr().err
    assert "changed: imagegen_typed/segmind/models/p_image.py" in err
    assert "changed: openapi/segmind.json" in err
    height = "Field(description=\"Set custom height for 'custom' aspect ratio. Use 576 for wide images.\", ge=256,"
    assert f"-        {height} le=1440)," in err
    assert f"+        {height} le=1441)," in err


def test_validate_reports_all_problems_with_exit_2(specs_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (specs_copy / "models/bad-one.yaml").write_text("kind: model\nprovider: nobody\n")
    (specs_copy / "models/bad-two.yaml").write_text("kind: [\n")
    assert main(["validate", "--specs", str(specs_copy)]) == 2
    err = capsys.readouterr().err
    assert "models/bad-one.yaml:1: (document): found no key 'description'" in err
    assert "models/bad-two.yaml" in err and "malformed YAML" in err


def test_validate_accepts_the_real_specs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert "specs OK" in capsys.readouterr().out


def test_check_shows_the_first_difference_of_a_long_file_at_its_line(tmp_path: Path) -> None:
    old = [f"line {i + 1}" for i in range(50_000)]
    new = list(old)
    new[100], new[40_000] = "changed 101", "changed 40001"  # two places far apart, as a sync and an async client
    (tmp_path / "big.py").write_text("\n".join(old) + "\n", encoding="utf-8")
    report = compare_files({"big.py": "\n".join(new) + "\n"}, tmp_path)
    assert report[0] == "changed: big.py"
    assert "@@ -99,5 +99,5 @@" in report and "-line 101" in report and "+changed 101" in report
    assert len(report) <= 1 + 40  # the first lines of the diff, not all of it
