"""What `import` and `sources refresh` write: only files named from ids the spec format accepts, each replaced
whole through a temporary file no user can own, and nothing when the destination is not a folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from imagegen_specgen.cli import main

from .test_hostile_documents import BASE

MINI = Path(__file__).parent / "fixtures" / "importers" / "mini-openapi.yml"


def _document(tmp_path: Path, *ids: str) -> Path:
    """The hostile corpus's base document with these model ids, each with the same input schema."""
    text = BASE.read_text(encoding="utf-8")
    head, schema = text.split("    alpha:\n", 1)
    head = head.replace("enum: [alpha]", f"enum: [{', '.join(ids)}]")
    head = head.replace("- **Text-to-Image**: alpha", f"- **Text-to-Image**: {', '.join(ids)}")
    path = tmp_path / "doc.yml"
    path.write_text(head + "".join(f"    {model_id}:\n{schema}" for model_id in ids), encoding="utf-8")
    return path


def _import(document: Path, out: Path, *extra: str) -> int:
    return main(["import", "openapi", str(document), "--provider", "pruna", "--out", str(out), *extra])


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_owner_slash_name_id_is_written_to_a_file_named_from_it_never_a_subfolder(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    assert _import(_document(tmp_path, "owner/name"), out) == 0
    assert [p.name for p in out.iterdir()] == ["pruna-owner-name.yaml"]
    assert yaml.safe_load((out / "pruna-owner-name.yaml").read_text(encoding="utf-8"))["id"] == "owner/name"


def test_two_ids_that_would_share_a_file_are_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "specs"
    assert _import(_document(tmp_path, "a/b", "a-b"), out) == 2
    assert "model ids 'a/b' and 'a-b' both make" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.parametrize("provider", ["../x", "Pruna", "a/b", "pruna\n"])
def test_a_provider_id_the_spec_format_refuses_is_refused(
    provider: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "specs"
    assert main(["import", "openapi", str(BASE), "--provider", provider, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --provider: provider id ") and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_import_force_never_touches_a_user_file_named_like_a_temporary_one(tmp_path: Path) -> None:
    out = tmp_path / "specs"
    assert _import(MINI, out) == 0
    mine = {"pruna-alpha.yaml.tmp": b"my own notes\n", ".pruna-alpha.yaml.tmp": b"mine too\n"}
    for name, data in mine.items():
        (out / name).write_bytes(data)
    (out / "pruna-alpha.yaml").write_text("kind: model\n", encoding="utf-8")
    before = set(_files(out))
    assert _import(MINI, out, "--force") == 0
    after = _files(out)
    assert set(after) == before, "no temporary file left, none of the user's removed"
    assert {name: after[name] for name in mine} == mine
    assert after["pruna-alpha.yaml"] != b"kind: model\n"


def test_sources_refresh_never_touches_a_user_file_named_like_a_temporary_one(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "pruna.facts.json.tmp").write_bytes(b"my own notes\n")
    assert main(["sources", "refresh", "pruna", str(MINI), "--sources", str(sources)]) == 0
    assert sorted(p.name for p in sources.iterdir()) == ["pruna.facts.json", "pruna.facts.json.tmp"]
    assert (sources / "pruna.facts.json.tmp").read_bytes() == b"my own notes\n"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "specs"
    assert _import(MINI, out) == 0
    before = _files(out)

    def full_disk(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        _import(MINI, out, "--force")
    assert _files(out) == before


@pytest.mark.parametrize("command", ["import", "refresh"])
def test_a_destination_that_is_a_file_is_refused_with_a_message(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "target"
    target.write_bytes(b"a user's file\n")
    if command == "import":
        assert _import(MINI, target) == 2
    else:
        assert main(["sources", "refresh", "pruna", str(MINI), "--sources", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"{target}: found a file, not a folder" in err and len(err.splitlines()) == 1
    assert target.read_bytes() == b"a user's file\n"
