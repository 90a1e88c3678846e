"""A facts lock is an input like a spec: a broken or hostile one is one line naming the file, the place in it and
what was expected, exit 2, for `drift` and `sources refresh` alike, and nothing is written."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from imagegen_specgen.cli import main
from imagegen_specgen.upkeep.lock_file import MAX_LOCK_BYTES

from .conftest import ROOT, SPECS

MINI = ROOT / "tests" / "fixtures" / "importers" / "mini-openapi.yml"


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the real specs with their locks; the pruna lock is the one the tests break."""
    shutil.copytree(SPECS, tmp_path / "specs")
    shutil.copytree(ROOT / "sources", tmp_path / "sources")
    return tmp_path / "specs", tmp_path / "sources"


def _lock(sources: Path) -> Path:
    return sources / "pruna.facts.json"


def _rewrite(edit: Callable[[dict], object]) -> Callable[[Path], None]:  # type: ignore[type-arg]
    def apply(path: Path) -> None:
        lock = json.loads(path.read_text(encoding="utf-8"))
        edit(lock)
        path.write_text(json.dumps(lock, indent=2), encoding="utf-8")

    return apply


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.unlink()
    path.symlink_to("/dev/zero")


def _huge(path: Path) -> None:
    with path.open("r+b") as f:  # sparse: a 1 GB file that costs no disk, and must cost no memory either
        f.truncate(1 << 30)


def _not_utf8(path: Path) -> None:
    path.write_bytes(path.read_bytes().replace(b'"format"', b'"f\xffrmat"', 1))


CASES = {
    "truncated": (
        _truncate,
        ": (document): found malformed JSON (",
        "expected a facts lock as `sources refresh` writes it",
    ),
    "models a list": (
        _rewrite(lambda lock: lock.update(models=list(lock["models"]))),
        ":10: models: found [",
        "expected a mapping",
    ),
    "parameter facts wrongly typed": (
        _rewrite(lambda lock: lock["models"]["p-video"]["parameters"]["duration"].update(required="yes")),
        "models.p-video.parameters.duration.required: found 'yes'",
        "expected true or false",
    ),
    "an unknown key": (
        _rewrite(lambda lock: lock["models"]["p-image"].update(colour=1)),
        "models.p-image.colour: found unknown key 'colour'",
        "expected one of the known keys (additional_parameters, parameters, rate_limit)",
    ),
    "another provider's lock": (
        _rewrite(lambda lock: lock.update(provider="segmind")),
        "provider: found 'segmind'",
        "expected 'pruna' (the file's name)",
    ),
    "a directory": (_directory, ": (document): found a directory", "expected a regular file"),
    "a FIFO": (_fifo, ": (document): found a FIFO (named pipe)", "expected a regular file"),
    "/dev/zero": (_dev_zero, ": (document): found a character device", "expected a regular file"),
    "1 GB": (_huge, f": (document): found a file of {1 << 30} bytes", f"of at most {MAX_LOCK_BYTES} bytes"),
    "not UTF-8": (_not_utf8, ":9: (document): found bytes that are not UTF-8", "expected UTF-8 JSON"),
}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks need a POSIX system")
@pytest.mark.parametrize("case", sorted(CASES))
@pytest.mark.parametrize("command", ["drift", "refresh"])
def test_a_broken_lock_is_one_line_naming_file_place_and_expectation(
    folders: tuple[Path, Path], case: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, sources = folders
    damage, where, expected = CASES[case]
    lock = _lock(sources)
    damage(lock)
    before = sorted(os.listdir(sources))
    if command == "drift":
        argv = ["drift", "--specs", str(specs), "--sources", str(sources)]
    else:  # the previous lock is read before anything is: nothing is fetched, nothing written
        argv = ["sources", "refresh", "pruna", str(MINI), "--specs", str(specs), "--sources", str(sources)]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"error: {lock}")
    assert where in err[0] and expected in err[0]
    assert sorted(os.listdir(sources)) == before


def test_no_lock_at_all_is_the_only_lock_drift_skips(
    folders: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    specs, sources = folders
    _lock(sources).unlink()
    assert main(["drift", "--specs", str(specs), "--sources", str(sources)]) == 0
    assert "pruna: no facts lock (pruna.facts.json); drift not checked" in capsys.readouterr().out
    _lock(sources).symlink_to(sources / "nowhere.json")  # a dangling link is not "no lock"
    assert main(["drift", "--specs", str(specs), "--sources", str(sources)]) == 2
    assert "found a file that cannot be read (No such file or directory)" in capsys.readouterr().err
