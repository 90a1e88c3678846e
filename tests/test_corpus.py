"""Broken specs: each corpus file must produce its expected error text and write nothing."""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from imagegen_specgen.output.write import compare_trees
from imagegen_specgen.parser import files
from imagegen_specgen.parser.diagnostics import MAX_LISTED_PER_FILE, SpecError
from imagegen_specgen.parser.files import MAX_SPEC_BYTES
from imagegen_specgen.parser.load import MAX_NODES
from imagegen_specgen.parser.project import load_project
from imagegen_specgen.pipeline import generate

from .conftest import GENERATED, ROOT, SPECS

CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.yaml"))


def _text(case: Path) -> str:
    return case.read_bytes().decode("utf-8", errors="replace")  # some cases are not UTF-8 on purpose


def _expectations(case: Path) -> list[str]:
    lines = _text(case).splitlines()
    return [line.removeprefix("# expect: ") for line in lines if line.startswith("# expect: ")]


def _install(case: Path, specs: Path) -> Path:
    folder = "providers" if "kind: provider" in _text(case) else "models"
    target = specs / folder / case.name
    assert not target.exists(), "a corpus file never takes a real spec's place"
    shutil.copy(case, target)
    return target


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 20
    assert all(_expectations(case) for case in CORPUS), "every corpus file states the error it must produce"


@pytest.fixture(scope="module")
def module_specs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One copy of the specs for the module's tests that each add a file and take it away again."""
    target = tmp_path_factory.mktemp("corpus") / "specs"
    shutil.copytree(SPECS, target)
    return target


@pytest.mark.parametrize("case", CORPUS, ids=[c.stem for c in CORPUS])
def test_broken_spec_reports_expected_error(case: Path, module_specs: Path) -> None:
    installed = _install(case, module_specs)
    try:
        with pytest.raises(SpecError) as caught:
            load_project(module_specs)
    finally:
        installed.unlink()
    message = str(caught.value)
    for expected in _expectations(case):
        assert expected in message, f"{expected!r} not in:\n{message}"
    assert case.name in message, "the error names the file"


def test_broken_specs_change_nothing_in_generated(specs_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    for case in CORPUS:
        _install(case, specs_copy)
    with pytest.raises(SpecError) as caught:
        generate(specs_copy, out)
    assert compare_trees(GENERATED, out) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "specs"], "no temporary tree left behind"
    # Every broken file of the run is reported together, not just the first.
    message = str(caught.value)
    missing = [case.name for case in CORPUS if case.name not in message]
    assert missing == []


def test_fast_schema_precheck_agrees_with_jsonschema() -> None:
    """The compiled validator only lets documents through early; it must never pass one jsonschema fails."""
    from imagegen_specgen.parser.load import load_document
    from imagegen_specgen.parser.schema import _fast_validators, _validators

    schema = SPECS / "spec.schema.json"
    fast, slow = _fast_validators(schema), _validators(schema)
    assert fast, "jsonschema_rs is pinned in requirements/generate.txt"
    documents = [*SPECS.rglob("*.yaml"), *CORPUS]
    checked = 0
    for path in documents:
        doc, _ = load_document(path, path.name, path.parent)  # not yaml.safe_load: the corpus holds an alias bomb
        if doc is None:
            continue
        data = doc.data
        kind = data.get("kind") if isinstance(data, dict) else None
        if kind in slow:
            if fast[kind].is_valid(data):
                assert slow[kind].is_valid(data), path.name
            if path.is_relative_to(SPECS):
                assert fast[kind].is_valid(data), f"{path.name} takes the slow path"
            checked += 1
    assert checked >= 40


# Hostile entries that cannot live in git (or should not: a 1 MiB file), made in the test's own folder.
# Each: name under specs/models, a function that creates it, and the text the error must hold.
def _fifo(path: Path, outside: Path) -> None:
    os.mkfifo(path)


def _link_to_dev_zero(path: Path, outside: Path) -> None:
    path.symlink_to("/dev/zero")


def _link_outside(path: Path, outside: Path) -> None:
    target = outside / "elsewhere.yaml"
    shutil.copy(SPECS / "models" / "segmind-p-image.yaml", target)
    path.symlink_to(target)


def _folder_link_outside(path: Path, outside: Path) -> None:
    (outside / "vendor").mkdir()
    shutil.copy(SPECS / "models" / "segmind-p-image.yaml", outside / "vendor" / "p-image-copy.yaml")
    path.symlink_to(outside / "vendor", target_is_directory=True)


def _oversized(path: Path, outside: Path) -> None:
    path.write_bytes(b"# padding\n" * (MAX_SPEC_BYTES // 10 + 1))


def _too_many_values(path: Path, outside: Path) -> None:
    path.write_text("kind: model\nnotes: [" + "0, " * 60_000 + "]\n", encoding="utf-8")


def _thousands_of_mistakes(path: Path, outside: Path) -> None:
    head = (SPECS / "models" / "segmind-p-image.yaml").read_text(encoding="utf-8").split("parameters:")[0]
    path.write_text(head.replace("id: p-image", "id: mistakes") + "parameters: [" + "{}, " * 5000 + "]\n")


def _control_character_name(path: Path, outside: Path) -> None:
    shutil.copy(SPECS / "models" / "segmind-p-image.yaml", path)


HOSTILE = {
    "fifo.yaml": (_fifo, "models/fifo.yaml: (document): found a FIFO (named pipe); expected a regular file"),
    "zero.yaml": (_link_to_dev_zero, "models/zero.yaml: (document): found a symlink leading outside the specs folder"),
    "outside.yaml": (_link_outside, "models/outside.yaml: (document): found a symlink leading outside the specs"),
    "vendor": (_folder_link_outside, "models/vendor: (document): found a symlink leading outside the specs folder"),
    "oversized.yaml": (_oversized, f"found a file of {(MAX_SPEC_BYTES // 10 + 1) * 10} bytes; expected a spec of at"),
    "many.yaml": (_too_many_values, f"found more than {MAX_NODES} values; expected at most {MAX_NODES} values in one"),
    "mistakes.yaml": (_thousands_of_mistakes, "more problems, not listed"),
    "bell\x1b[2J.yaml": (_control_character_name, "models/bell\\x1b[2J.yaml: (document): found a file name with"),
}


def _make_hostile(specs: Path, outside: Path) -> None:
    outside.mkdir(exist_ok=True)
    for name, (make, _) in HOSTILE.items():
        make(specs / "models" / name, outside)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks need a POSIX system")
@pytest.mark.parametrize("name", HOSTILE, ids=[n.encode("ascii", "backslashreplace").decode() for n in HOSTILE])
def test_hostile_file_ends_in_a_spec_error(name: str, specs_copy: Path, tmp_path: Path) -> None:
    make, expected = HOSTILE[name]
    (tmp_path / "outside").mkdir()
    make(specs_copy / "models" / name, tmp_path / "outside")
    with _within_5_s(), pytest.raises(SpecError) as caught:
        load_project(specs_copy)
    message = str(caught.value)
    assert expected in message
    listed = message.splitlines()[1:]
    assert all(line.startswith(f"  models/{name.split(chr(27))[0]}") for line in listed), "nothing else was read"
    assert len(listed) <= MAX_LISTED_PER_FILE + 1
    assert "\x1b" not in message


def _too_slow(signum: int, frame: object) -> None:
    raise TimeoutError("the loader did not return within 5 s")


@contextlib.contextmanager
def _within_5_s() -> Iterator[None]:
    """A FIFO opened for reading blocks until a writer comes: fail instead of hanging the suite."""
    previous = signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(5)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_more_spec_files_than_a_run_can_hold_are_refused_before_any_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run's memory grows with its specs (10,000 take 750 MB): more than the limit is refused before any is
    read. FIFOs block whoever reads them. The limit is lowered here: the check is the same, and making 20,001
    FIFOs cost the kernel 1 to 4 s."""
    monkeypatch.setattr(files, "MAX_SPEC_FILES", 40)
    specs = tmp_path / "specs"
    specs.mkdir()
    for i in range(files.MAX_SPEC_FILES + 1):
        os.mkfifo(specs / f"model-{i}.yaml")
    with _within_5_s(), pytest.raises(SpecError) as caught:
        load_project(specs)
    assert "found more than 40 spec files; expected at most 40 spec files" in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs need a POSIX system")
def test_the_schema_in_the_specs_folder_is_read_as_carefully_as_a_spec(specs_copy: Path) -> None:
    schema = specs_copy / "spec.schema.json"
    schema.write_text('{"$defs": {"model": [}}', encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_project(specs_copy)
    assert "spec.schema.json:1:22: (document): found malformed JSON (Expecting value)" in str(caught.value)
    schema.unlink()
    os.mkfifo(schema)
    with _within_5_s(), pytest.raises(SpecError) as caught:
        load_project(specs_copy)
    assert "spec.schema.json: (document): found a FIFO (named pipe); expected a regular file" in str(caught.value)


def test_symlinks_inside_the_specs_folder_are_read(specs_copy: Path, tmp_path: Path) -> None:
    moved = specs_copy / "models" / "segmind-p-image.yaml"
    (specs_copy / "shared").mkdir()
    moved.rename(specs_copy / "shared" / "p-image.txt")
    moved.symlink_to(Path("..") / "shared" / "p-image.txt")
    (tmp_path / "linked-specs").symlink_to(specs_copy, target_is_directory=True)
    project = load_project(tmp_path / "linked-specs")
    segmind = next(p for p in project.providers if p.id == "segmind")
    assert [m.source_file for m in segmind.models if m.model_id == "p-image"] == ["models/segmind-p-image.yaml"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks need a POSIX system")
def test_generator_cli_on_a_hostile_folder_is_bounded_and_writes_nothing(specs_copy: Path, tmp_path: Path) -> None:
    """The whole corpus and every special file at once, through the command a user runs, in a separate process
    limited to 300 MB of address space and 10 s of CPU time (a FIFO that blocked it would use none: the wall-clock
    timeout, generous on a loaded machine, catches that)."""
    for case in CORPUS:
        _install(case, specs_copy)
    _make_hostile(specs_copy, tmp_path / "outside")
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (300 * 2**20, 300 * 2**20))
        resource.setrlimit(resource.RLIMIT_CPU, (10, 10))

    result = subprocess.run(
        [sys.executable, "-m", "imagegen_specgen", "generate", "--specs", str(specs_copy), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limit,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "\x1b" not in result.stderr
    for case in CORPUS:
        assert case.name in result.stderr
    for _, expected in HOSTILE.values():
        assert expected in result.stderr
    assert compare_trees(GENERATED, out) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated", "outside", "specs"], "no temporary tree left"
