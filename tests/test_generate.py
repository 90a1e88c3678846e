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
    """A full (uncached) run in another process, with another hash seed and working directory, writes exactly what
    the checked-in generated/ holds: the output of `make generate`, another run in another process (that this
    process's full path gives it too is test_request_models.py's check)."""
    out = tmp_path / "generated"
    subprocess.run(
        [sys.executable, "-m", "imagegen_specgen", "generate", "--no-cache", "--specs", str(SPECS), "--out", str(out)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)},
        check=True,
        capture_output=True,
    )
    assert compare_trees(GENERATED, out) == [], "differs from generated/ (stale? `make generate` after a change)"


def test_failed_run_leaves_output_untouched(
    specs_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, use_generator_cache: Path
) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    # A model's description no run has seen (the path is new each run): its client code must be formatted afresh.
    spec = specs_copy / "models/segmind-p-image.yaml"
    data = yaml.safe_load(spec.read_text(encoding="utf-8"))
    data["description"] = f"{data['description']} Edited in {tmp_path}."
    spec.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    def explode(root: Path, paths: list[str]) -> None:
        (root / "half-written.py").write_text("x = 1\n")
        raise RuntimeError("formatter crashed")

    monkeypatch.setattr("imagegen_specgen.output.write.format_in_place", explode)
    with pytest.raises(RuntimeError, match="formatter crashed"):
        generate(specs_copy, out)
    assert compare_trees(GENERATED, out) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "specs"]


def test_a_failure_while_the_documents_render_aside_leaves_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, use_generator_cache: Path
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
    assert [p.name for p in tmp_path.iterdir()] == ["generated"]


def test_the_contract_tests_get_each_spec_as_the_run_read_it(
    specs_copy: Path, tmp_path: Path, use_generator_cache: Path
) -> None:
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


def test_files_no_spec_produces_disappear_and_the_user_s_stay(
    specs_copy: Path, tmp_path: Path, use_generator_cache: Path
) -> None:
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


NEW_MODEL = {
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
        {"name": "strength", "type": "number", "minimum": 0, "maximum": 1, "default": 0.5,
         "description": "How strong."},
    ],
}
ALWAYS_SEND = {
    "kind": "model",
    "provider": "segmind",
    "id": "needs-mode",
    "title": "Needs mode",
    "description": "A provider that wants mode in every request.",
    "output": {"media": "image", "body": "bytes"},
    "sources": ["test"],
    "parameters": [
        {"name": "prompt", "type": "string", "required": True, "description": "Prompt."},
        {"name": "mode", "type": "string", "enum": ["fast", "slow"], "default": "fast", "always_send": True,
         "description": "Mode."},
        {"name": "steps", "type": "integer", "default": 20, "description": "Steps."},
    ],
}
REQUIRED = "    type: string\n    required: true\n"


@pytest.fixture(scope="module")
def edited(tmp_path_factory: pytest.TempPathFactory, generator_cache: Path, warm_request_models: None) -> Path:
    """One output for the three tests below, each about its own change to the specs (different models): a new
    Pruna model spec (NEW_MODEL), a Segmind one with an always-sent parameter (ALWAYS_SEND), and p-image's
    required prompt given the default its provider documents."""
    root = tmp_path_factory.mktemp("edited")
    specs = root / "specs"
    shutil.copytree(SPECS, specs)
    (specs / "models/pruna-brand-new-2.yaml").write_text(yaml.safe_dump(NEW_MODEL))
    (specs / "models/segmind-needs-mode.yaml").write_text(yaml.safe_dump(ALWAYS_SEND))
    spec = specs / "models/segmind-p-image.yaml"
    text = spec.read_text()
    assert REQUIRED in text
    spec.write_text(text.replace(REQUIRED, f"{REQUIRED}    default: a lighthouse\n", 1))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GENERATOR_CACHE_DIR", str(generator_cache))
        generate(specs, root / "generated")
    return root / "generated"


def _run_python(out: Path, script: str, *path: Path) -> str:
    """What `script` prints, run against the generated package in `out` (a fresh interpreter imports it; `path`
    adds to its import path), in `out`."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, (out, *path)))}
    result = subprocess.run([sys.executable, "-c", script], cwd=out, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_new_model_spec_needs_no_generator_change(edited: Path) -> None:
    out = edited
    # The command line as `python -m imagegen_typed ...` runs it (its __main__.main), in the same interpreter.
    script = (
        "import contextlib, inspect, io, json, imagegen_typed\n"
        "from imagegen_typed.__main__ import main\n"
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
        "def cli(*args):\n"
        "    printed = io.StringIO()\n"
        "    with contextlib.redirect_stdout(printed):\n"
        "        try:\n            code = main(['pruna', 'brand-new-2', *args])\n"
        "        except SystemExit as exit:\n            code = exit.code\n"
        "    assert code in (0, None), code\n"
        "    return printed.getvalue()\n"
        "print(json.dumps([cli('--help'), cli('--prompt', 'x', '--strength', '0.25', '--dry-run')]))\n"
    )
    help_text, dry_run = json.loads(_run_python(out, script))
    assert "Range: 0 to 1. Default: 0.5." in " ".join(help_text.split())
    assert json.loads(dry_run) == {"input": {"prompt": "x", "strength": 0.25}}
    assert '"x-model": "brand-new-2"' in (out / "openapi/pruna.json").read_text()
    assert "brand_new_2" in (out / "imagegen_typed/docs/pruna.md").read_text()


def _segmind_calls(out: Path, calls: str, *path: Path) -> str:
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
    return _run_python(out, script + calls, *path)


def test_always_send_parameter_is_sent_at_its_default_and_others_are_not(edited: Path) -> None:
    out = edited
    contract = out / "contract_tests/test_segmind_contract.py"
    # Then, in the same interpreter: the generated contract test of a call with only the required arguments
    # expects mode, and only mode, added.
    pytest_args = [*PYTEST[3:], "-q", "--rootdir", str(out), "-k", "only_required and needs_mode", str(contract)]
    said, run = _segmind_calls(
        out,
        "client.needs_mode(prompt='x')\n"
        "client.needs_mode(prompt='x', mode='slow', steps=20)\n"
        "mode = inspect.signature(imagegen_typed.Segmind.needs_mode).parameters['mode'].default\n"
        "print(json.dumps([sent, mode, inspect.getdoc(imagegen_typed.Segmind.needs_mode)]))\n"
        f"import pytest\nraise SystemExit(pytest.main({pytest_args!r}))\n",
        ROOT,
    ).split("\n", 1)
    bodies, signature_default, doc = json.loads(said)
    assert bodies == [{"prompt": "x", "mode": "fast"}, {"prompt": "x", "mode": "slow", "steps": 20}]
    assert signature_default == "fast"
    assert "Default: 'fast' (sent when not set: the provider requires it)." in doc
    assert "Default (applied by the provider when not set): 20." in doc
    text = contract.read_text()
    assert "always_sent={'mode': 'fast'}" in text or 'always_sent={"mode": "fast"}' in text
    assert "default `'fast'`, sent when not set" in (out / "imagegen_typed/docs/segmind.md").read_text()
    assert "2 passed" in run, run  # one case per API that serves the model (Segmind's v1 and v2)


def test_a_required_parameter_s_documented_default_is_shown_never_sent_and_it_stays_required(edited: Path) -> None:
    out = edited  # p-image's prompt: required, and its provider's document gives it a default (the spec keeps both)
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


def test_check_fails_after_a_one_byte_spec_edit(
    specs_copy: Path, capsys: pytest.CaptureFixture[str], warm_request_models: None
) -> None:
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
