"""The generator's command as a user runs it anywhere: the generated package's import name, paths taken and shown
as given, the spec format it ships with."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from imagegen_specgen.cli import main
from imagegen_specgen.emit.render import package_problem
from imagegen_specgen.output.manifest import MANIFEST
from imagegen_specgen.parser.diagnostics import SpecError
from imagegen_specgen.parser.project import load_project
from imagegen_specgen.pipeline import generate

from .conftest import GENERATED, ROOT, SPECS


def test_the_chosen_import_name_is_used_everywhere_generated(
    specs_copy: Path, tmp_path: Path, shared_generation: None
) -> None:
    out = tmp_path / "out"
    generate(specs_copy, out, package="picgen")
    assert sorted(p.name for p in out.iterdir()) == [
        MANIFEST,
        "LICENSE",
        "README.md",
        "contract_tests",
        "openapi",
        "picgen",
        "pyproject.toml",
    ]
    default_name = re.compile(r"\bimagegen(_typed)?\b")
    mentions = [
        relative
        for path in sorted(out.rglob("*"))
        if path.is_file()
        # The runtime's docstrings give `imagegen_typed` as an example; the copied specs are the user's own text; the
        # license names the runtime's authors; the manifest names the generator (imagegen-specgen).
        and not (relative := path.relative_to(out).as_posix()).startswith(
            ("picgen/_runtime/", "contract_tests/specs/", "LICENSE")
        )
        and relative != MANIFEST
        and default_name.search(path.read_text(encoding="utf-8"))
    ]
    assert mentions == []
    assert 'NAME = "picgen"' in (out / "picgen/_runtime/package.py").read_text()  # the logger's name
    page = (out / "picgen/docs/segmind.md").read_text(encoding="utf-8")
    assert "`picgen.Segmind`" in page and "import picgen\n\nwith picgen.Segmind() as client:" in page
    assert "python -m picgen segmind p-image \\" in page and "imagegen" not in page
    assert "from picgen.segmind import" in (out / "contract_tests/test_segmind_contract.py").read_text()
    pyproject = (out / "pyproject.toml").read_text()
    assert 'name = "picgen-typed"' in pyproject and 'picgen-client = "picgen.__main__:main"' in pyproject
    # It imports under that name, its types with it, and its User-Agent says that name.
    script = (
        "from picgen._runtime.user_agent import USER_AGENT\n"
        "from picgen.segmind.types import PImageAspectRatio\n"
        "import picgen\n"
        "print(USER_AGENT.split()[0], picgen.__version__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    agent, version = result.stdout.split()
    assert agent == f"picgen-typed/{version}"


def test_without_package_the_name_the_output_holds_is_kept(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_generation: None
) -> None:
    out = tmp_path / "out"
    assert main(["generate", "--specs", str(specs_copy), "--out", str(out), "--package", "picgen"]) == 0
    assert main(["check", "--specs", str(specs_copy), "--out", str(out)]) == 0
    (specs_copy / "models/segmind-imagen.yaml").unlink()
    assert main(["generate", "--specs", str(specs_copy), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["contract_tests", "openapi", "picgen"]
    capsys.readouterr()
    assert main(["check", "--specs", str(specs_copy), "--out", str(out), "--package", "imagegen_typed"]) == 1
    assert f"generate --specs {specs_copy} --out {out} --package imagegen_typed`:" in capsys.readouterr().err


def test_the_checked_in_client_is_its_own_distribution() -> None:
    pyproject = (SPECS.parent / "generated/pyproject.toml").read_text()
    assert 'name = "imagegen-typed"' in pyproject
    assert 'imagegen-client = "imagegen_typed.__main__:main"' in pyproject


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("class", "is not a Python import name"),
        ("my-client", "is not a Python import name"),
        ("json", "would shadow another module"),
        ("contract_tests", "would shadow another module"),
        ("httpx", "would shadow another module"),  # the client's own dependency: it would import itself
        ("typing_extensions", "would shadow another module"),
    ],
)
def test_an_unusable_package_name_is_refused_before_anything_is_written(
    name: str, why: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["generate", "--specs", str(SPECS), "--out", str(tmp_path / "out"), "--package", name])
    assert exited.value.code == 2
    assert f"argument --package: {name!r} {why}" in capsys.readouterr().err
    with pytest.raises(ValueError, match=why):  # the same refusal through the Python API
        generate(SPECS, tmp_path / "out", package=name)
    assert list(tmp_path.iterdir()) == []


def _installed_closure(requirements: list[str]) -> set[str]:
    """The import names of `requirements` and of everything they require (extras left out), as installed here."""
    from importlib import metadata

    from packaging.requirements import Requirement

    imports_by_dist: dict[str, set[str]] = {}
    for name, dists in metadata.packages_distributions().items():
        for dist in dists:
            imports_by_dist.setdefault(dist.lower().replace("_", "-"), set()).add(name)
    names: set[str] = set()
    pending, seen = list(requirements), set()
    while pending:
        requirement = Requirement(pending.pop())
        dist = requirement.name.lower().replace("_", "-")
        if dist in seen or (requirement.marker is not None and not requirement.marker.evaluate({"extra": ""})):
            continue
        seen.add(dist)
        names |= {n for n in imports_by_dist.get(dist, set()) if not n.startswith("_") or n == "_pytest"}
        pending.extend(metadata.requires(requirement.name) or [])
    return names


def test_every_module_the_client_and_its_dependencies_import_is_refused_as_the_package_name() -> None:
    pyproject = (GENERATED / "pyproject.toml").read_text(encoding="utf-8")
    client = ast.literal_eval(re.search(r"^dependencies = (\[.*\])$", pyproject, re.MULTILINE)[1])  # type: ignore[index]
    names = _installed_closure([*client, "pytest", "hypothesis", "jsonschema"])  # the contract tests' tools too
    assert {"httpx", "httpcore", "h11", "anyio", "pydantic", "pydantic_core", "typing_extensions"} <= names
    assert {name: package_problem(name) for name in names if package_problem(name) is None} == {}


def test_options_may_come_before_the_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sources = str(ROOT / "sources")
    assert main(["--specs", str(SPECS), "--sources", sources, "drift"]) == 0
    assert capsys.readouterr().out.endswith(f"no drift in {SPECS}\n")
    assert main(["--specs", str(tmp_path / "nowhere"), "drift"]) == 2, "the drift of these specs, not a check"
    assert "nowhere" in capsys.readouterr().err
    assert main(["--specs", str(SPECS), "validate"]) == 0
    for refused in (["--no-cache", "drift"], ["--adopt", "check"], ["--verbose", "generate"]):
        with pytest.raises(SystemExit) as exited:
            main(refused)
        assert exited.value.code == 2, refused


def test_paths_are_taken_and_shown_as_given(
    specs_copy: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    shared_generation: None,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    shutil.move(specs_copy, work / "specs")
    monkeypatch.chdir(work)
    assert main(["generate"]) == 0  # ./specs -> ./generated
    assert capsys.readouterr().out.startswith("generated the client from specs into generated: ")
    assert (work / "generated/imagegen_typed/__init__.py").exists()

    spec = work / "specs/models/segmind-p-image.yaml"
    spec.write_text(spec.read_text().replace("maximum: 1440", "maximum: 100", 1))
    (work / "specs").rename(work / "my specs")
    assert main(["check", "--specs", "my specs"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("2 problems in my specs:\n  models/segmind-p-image.yaml:28: parameters[3].default"), err


def test_a_specs_folder_without_the_format_uses_the_one_the_generator_ships(specs_copy: Path) -> None:
    (specs_copy / "spec.schema.json").unlink()
    assert len(load_project(specs_copy).models) == len(load_project(SPECS).models)
    bad = specs_copy / "models/segmind-p-image.yaml"
    bad.write_text(bad.read_text().replace("type: integer", "type: whole", 1))
    with pytest.raises(SpecError) as caught:  # the bundled format is enforced, not skipped
        load_project(specs_copy)
    assert "models/segmind-p-image.yaml" in str(caught.value) and "'whole'" in str(caught.value)


def test_timings_say_when_each_step_ended(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_generation: None
) -> None:
    out = tmp_path / "out"
    for command in ("generate", "check"):
        assert main([command, "--specs", str(specs_copy), "--out", str(out), "--timings"]) == 0
        lines = capsys.readouterr().err.splitlines()
        assert lines[0].split() == ["ended", "took", "step"]
        rows = [re.match(r"\s*([\d.]+) s\s+([\d.]+) s  (.+)$", line) for line in lines[1:]]
        assert all(rows), lines
        ended = [float(row.group(1)) for row in rows if row]
        steps = [row.group(3) for row in rows if row]
        assert ended == sorted(ended) and steps[0] == "start-up and imports"
        assert "load and check the specs, build the IR" in steps
        last = "write the files that changed" if command == "generate" else "compare with the output folder"
        assert steps[-1] == last


# -- every command's own help, with an example ----------------------------------------------------------------------

COMMANDS = (
    ["generate"],
    ["check"],
    ["validate"],
    ["import", "openapi"],
    ["import", "segmind-page"],
    ["sources", "refresh"],
    ["drift"],
    ["mock"],
)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_each_command_has_its_own_help_with_an_example(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main([*command, "--help"])
    out = capsys.readouterr().out
    assert stop.value.code == 0
    prog = f"python -m imagegen_specgen {' '.join(command)}"
    assert out.startswith(f"usage: {prog} ")
    description = out.split("\n\n")[1]
    assert not description.startswith(("positional arguments", "options")), out  # a description of its own
    example = out.split("example:\n", 1)[1].splitlines()[0].strip()
    assert example.startswith(prog + " "), out


def test_the_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in ("generate", "check", "validate", "import", "sources", "drift", "mock"):
        assert re.search(rf"^    {command} +\S", out, re.M), command


def test_counts_are_spelled_for_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("providers/segmind.yaml", "models/segmind-p-image.yaml"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        shutil.copy(SPECS / name, tmp_path / name)
    assert main(["validate", "--specs", str(tmp_path)]) == 0
    assert capsys.readouterr().out == f"specs OK in {tmp_path}: 1 provider, 1 model\n"


def test_the_mock_command_serves_the_specs(tmp_path: Path) -> None:
    import subprocess
    import sys
    import urllib.request

    command = [sys.executable, "-m", "imagegen_specgen", "mock", "--specs", str(SPECS), "--port", "0"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=tmp_path)
    try:
        assert server.stdout is not None
        urls: dict[str, str] = {}
        for line in iter(server.stdout.readline, ""):  # "<provider>: <URL>" lines, then the controls' line
            if line.startswith("controls:"):
                break
            name, _, url = line.strip().partition(": ")
            urls[name] = url
        request = urllib.request.Request(
            urls["segmind"] + "/v1/p-image",  # the v1 API's path, as specs/providers/segmind.yaml says
            data=b'{"prompt": "a red fox"}',
            headers={"x-api-key": "test-key", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=60) as answer:
            assert answer.status == 200 and answer.read(8) == b"\x89PNG\r\n\x1a\n"
    finally:
        server.terminate()
        server.wait(timeout=30)
