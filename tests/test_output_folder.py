"""What `generate --out` manages and what it refuses: it replaces or removes only files its manifest proves it
wrote and that still hold what it wrote; everything else is the user's and is kept, or the run is refused."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from imagegen_specgen.cli import main
from imagegen_specgen.output.manifest import GENERATOR_VERSION, MANIFEST, digest
from imagegen_specgen.pipeline import generate

from .conftest import ROOT

CLIENT = "imagegen_typed/segmind/_client.py"


@pytest.fixture(autouse=True)
def shared_cache(use_generator_cache: Path) -> None:
    """The worker's shared generator cache for every run here: outside every folder a test looks at."""


def _tree(root: Path) -> dict[str, bytes | str]:
    """Every entry below `root`: a file's bytes, a link's target, a folder as "/"."""
    found: dict[str, bytes | str] = {}
    for folder, subfolders, names in os.walk(root):
        for name in subfolders + names:
            path = Path(folder) / name
            key = path.relative_to(root).as_posix()
            if path.is_symlink():
                found[key] = f"-> {os.readlink(path)}"
            elif path.is_dir():
                found[key] = "/"
            else:
                found[key] = path.read_bytes()
    return found


def _generate(specs: Path, out: Path, *extra: str) -> int:
    return main(["generate", "--specs", str(specs), "--out", str(out), *extra])


def _refused(specs: Path, out: Path, capsys: pytest.CaptureFixture[str], *flags: str, watched: Path) -> str:
    """`generate` refused: exit 2 and nothing below `watched` changed. Returns what it said on stderr."""
    before = _tree(watched)
    capsys.readouterr()
    assert _generate(specs, out, *flags) == 2
    assert _tree(watched) == before, "nothing was written"
    return capsys.readouterr().err


def _users_project(root: Path) -> dict[str, bytes]:
    """A folder such as a user might point --out at: notes, a repository, code, a README, a photo."""
    files = {
        "notes.txt": b"my notes\n",
        ".git/HEAD": b"ref: refs/heads/main\n",
        "src/app.py": b"print('my app')\n",
        "README.md": b"# My project\n",
        "pyproject.toml": b"[project]\nname = 'mine'\n",
        "photo.jpg": bytes(range(256)),
    }
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return files


def test_the_manifest_records_every_generated_file_with_the_hash_of_what_was_written(
    specs_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert _generate(specs_copy, out) == 0
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    on_disk = {k: v for k, v in _tree(out).items() if isinstance(v, bytes) and k != MANIFEST}
    assert manifest["files"] == {name: digest(data) for name, data in on_disk.items()}
    assert manifest["generator"] == f"imagegen-specgen {GENERATOR_VERSION}"
    assert list(manifest["files"]) == sorted(manifest["files"])
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'\nversion = "{GENERATOR_VERSION}"\n' in pyproject, "the manifest names the version pyproject.toml states"


def test_a_folder_the_generator_did_not_write_is_refused_and_left_untouched(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "project"
    out.mkdir()
    _users_project(out)
    err = _refused(specs_copy, out, capsys, watched=out)
    assert f"--out {out}: the folder is not empty and holds no {MANIFEST}" in err
    assert "--adopt" in err


def test_adopt_writes_beside_the_user_s_files_and_refuses_to_replace_one_that_differs(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "project"
    out.mkdir()
    mine = _users_project(out)
    # The generator writes a README.md and a pyproject.toml too.
    err = _refused(specs_copy, out, capsys, "--adopt", watched=out)
    assert "exist and were not written by the generator (kept as they are):\n  README.md\n  pyproject.toml\n" in err
    assert "--overwrite" in err

    for name in ("README.md", "pyproject.toml"):
        (out / name).unlink()
        del mine[name]
    assert _generate(specs_copy, out, "--adopt") == 0
    assert all((out / name).read_bytes() == data for name, data in mine.items())
    assert (out / MANIFEST).is_file() and (out / CLIENT).is_file()
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert not set(manifest) & set(mine), "the user's files are not recorded as the generator's"

    assert _generate(specs_copy, out) == 0, "adopted once: a manifest now says what is the generator's"
    assert all((out / name).read_bytes() == data for name, data in mine.items())


def test_adopt_with_overwrite_replaces_the_differing_file_and_keeps_the_rest(specs_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "project"
    out.mkdir()
    mine = _users_project(out)
    assert _generate(specs_copy, out, "--adopt", "--overwrite") == 0
    assert (out / "pyproject.toml").read_bytes() != mine.pop("pyproject.toml")
    assert (out / "README.md").read_bytes() != mine.pop("README.md")
    assert all((out / name).read_bytes() == data for name, data in mine.items())


def test_a_user_s_file_inside_a_generated_folder_is_kept_and_said_to_be(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(specs_copy, out) == 0
    (out / "imagegen_typed/my_helper.py").write_text("HELP = 1\n", encoding="utf-8")
    (out / "imagegen_typed/segmind/my_notes.md").write_text("segmind notes\n", encoding="utf-8")
    capsys.readouterr()
    assert _generate(specs_copy, out) == 0
    said = capsys.readouterr().out
    assert "kept 2 files the generator did not write" in said and "  imagegen_typed/my_helper.py\n" in said

    # Segmind goes away: its generated files with it, the folder stays for the user's file, and the output says so.
    (specs_copy / "providers/segmind.yaml").unlink()
    for spec in (specs_copy / "models").glob("segmind-*.yaml"):
        spec.unlink()
    assert _generate(specs_copy, out) == 0
    said = capsys.readouterr().out
    assert "kept the folder imagegen_typed/segmind/: no spec produces it now, but it holds files the generator" in said
    assert sorted(p.name for p in (out / "imagegen_typed/segmind").iterdir()) == ["my_notes.md"]
    assert (out / "imagegen_typed/my_helper.py").read_text(encoding="utf-8") == "HELP = 1\n"
    assert not (out / "openapi/segmind.json").exists(), "the generator's own files that no spec produces are removed"
    assert not (out / "imagegen_typed/segmind/models").exists(), "a folder emptied of them is removed"


def test_an_edited_generated_file_fails_the_run_and_stays_unless_overwrite(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(specs_copy, out) == 0
    edited = (out / CLIENT).read_text(encoding="utf-8") + "# my fix\n"
    (out / CLIENT).write_text(edited, encoding="utf-8")
    spec = specs_copy / "models/segmind-p-image.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("maximum: 1440", "maximum: 1424", 1), encoding="utf-8")
    err = _refused(specs_copy, out, capsys, watched=out)  # not the edited file, nor those the spec edit changes
    assert f"changed since the generator wrote them (kept as they are):\n  {CLIENT}\n" in err

    assert _generate(specs_copy, out, "--overwrite") == 0
    assert "# my fix" not in (out / CLIENT).read_text(encoding="utf-8")
    assert "le=1424" in (out / "imagegen_typed/segmind/models/p_image.py").read_text(encoding="utf-8")


def test_a_generated_file_no_spec_produces_goes_only_while_unedited(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(specs_copy, out) == 0
    model = out / "imagegen_typed/segmind/models/imagen.py"
    model.write_text(model.read_text(encoding="utf-8") + "# mine\n", encoding="utf-8")
    (specs_copy / "models/segmind-imagen.yaml").unlink()
    assert _generate(specs_copy, out) == 2
    assert "imagegen_typed/segmind/models/imagen.py" in capsys.readouterr().err
    assert model.exists()
    model.write_bytes(b"")  # still not what the generator wrote
    assert _generate(specs_copy, out) == 2
    assert _generate(specs_copy, out, "--overwrite") == 0
    assert not model.exists()
    assert "def imagen(" not in (out / CLIENT).read_text(encoding="utf-8")


@pytest.mark.parametrize("out", [".", "specs/x", "specs", "specs/models"])
def test_an_output_folder_overlapping_the_specs_is_refused(
    out: str, specs_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    err = _refused(Path("specs"), Path(out), capsys, watched=tmp_path)
    assert f"--out {out}: contains, equals or lies inside the specs folder specs" in err


def test_out_that_is_a_file_is_refused_by_generate_and_check(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "client"
    target.write_bytes(b"a user's file\n")
    for command in ("generate", "check"):
        assert main([command, "--specs", str(specs_copy), "--out", str(target)]) == 2
        assert f"--out {target}: found a file, not a folder" in capsys.readouterr().err
    assert target.read_bytes() == b"a user's file\n"


@pytest.mark.parametrize("kept", ["nothing", "providers"], ids=["empty-folder", "providers-only"])
def test_no_specs_is_an_error_and_the_existing_output_stays(
    kept: str, specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(specs_copy, out) == 0
    shutil.rmtree(specs_copy / "models")
    if kept == "nothing":
        shutil.rmtree(specs_copy)
        specs_copy.mkdir()
    err = _refused(specs_copy, out, capsys, watched=out)
    found = "no spec files (*.yaml, *.yml)" if kept == "nothing" else "no model spec"
    assert f"found {found}; expected at least one provider spec and one model spec" in err


def test_check_writes_nothing_and_lists_the_user_s_files_only_when_asked(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(specs_copy, out) == 0
    (out / "imagegen_typed/my_helper.py").write_text("HELP = 1\n", encoding="utf-8")
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*") if p.is_file()}
    capsys.readouterr()
    assert main(["check", "--specs", str(specs_copy), "--out", str(out)]) == 0
    assert "my_helper" not in capsys.readouterr().out
    assert main(["check", "--specs", str(specs_copy), "--out", str(out), "--verbose"]) == 0
    assert "not generated (kept): imagegen_typed/my_helper.py" in capsys.readouterr().out
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.rglob("*") if p.is_file()} == before

    (out / MANIFEST).unlink()  # from before manifests: the check says the manifest is missing
    assert main(["check", "--specs", str(specs_copy), "--out", str(out)]) == 1
    assert f"missing: {MANIFEST}" in capsys.readouterr().err


@pytest.mark.parametrize(
    "entry",
    ["../outside.txt", "/etc/hostname", "imagegen_typed/../../outside.txt", "a\nb"],
    ids=["parent", "absolute", "dotdot", "newline"],
)
def test_a_manifest_naming_files_outside_the_folder_is_refused(
    entry: str, specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(specs_copy, out) == 0
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"a user's file\n")
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    manifest["files"][entry] = digest(outside.read_bytes())  # as if the generator had written it
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    assert f"{out / MANIFEST}: entry " in _refused(specs_copy, out, capsys, watched=tmp_path)


def test_a_symlinked_folder_leading_outside_is_not_written_through(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _generate(specs_copy, out) == 0
    elsewhere = tmp_path / "elsewhere"
    shutil.move(out / "openapi", elsewhere)
    (out / "openapi").symlink_to(elsewhere, target_is_directory=True)
    (elsewhere / "segmind.json").write_text("{}\n", encoding="utf-8")
    err = _refused(specs_copy, out, capsys, "--overwrite", watched=tmp_path)
    assert "openapi is a symlink leading outside the output folder" in err


def test_replacing_a_file_never_touches_a_user_file_named_like_a_temporary_one(
    specs_copy: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    generate(specs_copy, out)
    mine = out / "imagegen_typed/segmind" / f"._client.py.tmp-{os.getpid()}"  # the name the generator once used
    mine.write_bytes(b"mine\n")
    spec = specs_copy / "models/segmind-p-image.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("maximum: 1440", "maximum: 1424", 1), encoding="utf-8")
    generate(specs_copy, out)
    assert mine.read_bytes() == b"mine\n"
    assert not [p for p in out.rglob("*.tmp")], "no temporary file left behind"
