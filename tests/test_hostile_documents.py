"""Hostile provider documents through `import openapi`, as a user runs it: each ends in one line naming the
file, the place in it and what was expected, with exit code 2, no traceback, nothing written, in bounded
time and memory."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from imagegen_specgen.upkeep.importers.common import MAX_BYTES

from .conftest import ROOT

CORPUS_DIR = Path(__file__).parent / "fixtures" / "hostile_documents"
BASE = CORPUS_DIR / "_base.yml"  # every corpus file is a variant of this one, which imports
CORPUS = sorted(p for p in CORPUS_DIR.iterdir() if not p.name.startswith("_"))
ALPHA = "components.schemas.alpha.properties.input"
ENUM = "paths./v1/predictions.post.parameters[0].schema.enum[0]: model id"

# What the one line must say, by file.
EXPECTED = {
    "alias-bomb.yml": "alias-bomb.yml:18:6: bomb.a: found the anchor &a; expected no anchors (&) or aliases (*)",
    "deep-nesting.yml": "found values nested more than 64 levels deep; expected at most 64 levels",
    "duplicate-key.yml": "duplicate-key.yml:6: info.version: found key 'version' a second time",
    "empty.yml": "empty.yml: the document is empty",
    "enum-of-mappings.yml": f"{ALPHA}.properties.size.enum[0]: found {{'a': 1}}; expected text or a whole number",
    "exponent-overflow.json": f"{ALPHA}.properties.size.minimum: found '1e400'; expected a number",
    "huge-integer.yml": "huge-integer.yml:28:44: components.schemas.alpha.properties.input.properties.size.minimum: "
    "found a number written with 5000 characters; expected a number of at most 100 characters",
    "id-dot.yml": f"{ENUM} '.': expected ^[a-z0-9]",
    "id-newline.yml": f"{ENUM} 'a\\nb': expected ^[a-z0-9]",
    "id-not-an-id.yml": f"{ENUM} 'My Model!': expected ^[a-z0-9]",
    "id-nul.yml": f"{ENUM} 'a\\x00b': expected ^[a-z0-9]",
    "id-traversal.yml": f"{ENUM} 'x/../../..': expected ^[a-z0-9]",
    "infinite-number.yml": f"infinite-number.yml:28: {ALPHA}.properties.size.minimum: found inf; expected a finite",
    "info-list.yml": "info-list.yml: info: found a list; expected a mapping",
    "latin1.yml": "latin1.yml:21:29: found bytes that are not UTF-8 (e9); expected UTF-8 text",
    "minimum-text.yml": f"{ALPHA}.properties.size.minimum: found 'zero'; expected a number",
    "no-model-header.yml": "fits none of the layouts this importer detects (model-header: no operation has a `Model`",
    "not-yaml.yml": "not-yaml.yml:3:3: (document): found malformed YAML (did not find expected ',' or ']')",
    "paths-list.yml": "paths-list.yml: paths: found a list; expected a mapping",
    "properties-list.yml": f"{ALPHA}.properties: found a list; expected a mapping",
    "python-tag.yml": "python-tag.yml:4:10: info.title: found the tag !!python/object/apply:os.system",
    "ref-cycle.yml": "$ref cycle #/components/schemas/Loop -> #/components/schemas/Shape -> #/components/schemas/Loop",
    "required-text.yml": f"{ALPHA}.required: found the text 'prompt'; expected a list",
    "second-document.yml": "second-document.yml:29:1: (document): found a second document (---)",
    "top-level-list.yml": "top-level-list.yml: found a list at the top; expected a mapping",
    "type-mapping.yml": f"{ALPHA}.properties.size.type: found a mapping; expected a type name",
    "unknown-type.yml": f"{ALPHA}.properties.size.type: unknown type 'bool'",
}


# Documents that cannot live in git, made in the test's folder: name -> (make it, what the line must say).
def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")  # stat says 0 bytes; reading never ends


def _folder(path: Path) -> None:
    path.mkdir()


def _oversized(path: Path) -> None:
    with open(path, "wb") as handle:  # sparse: no disk is used
        handle.truncate(MAX_BYTES + 1)


REGULAR = f"expected a regular file of at most {MAX_BYTES} bytes"
SPECIAL: dict[str, tuple[Callable[[Path], None], str]] = {
    "fifo.yml": (_fifo, f"fifo.yml: found a FIFO (named pipe); {REGULAR}"),
    "zero.yml": (_dev_zero, f"zero.yml: found a character device; {REGULAR}"),
    "folder.yml": (_folder, f"folder.yml: found a directory; {REGULAR}"),
    "oversized.yml": (_oversized, f"oversized.yml: found a file of {MAX_BYTES + 1} bytes; {REGULAR}"),
}


# The command a user runs, once per document, each in its own process with 512 MB of address space and 60 s (the
# document's own bound is far below both; these only keep a regression from taking the suite down). One process
# imports the command's modules, then forks one child per document: a child is the command's process from its
# `main` on, without paying each time for the interpreter's start and the imports (0.7 s of CPU per document).
RUN = r"""
import json, os, resource, signal, sys, traceback
from imagegen_specgen.cli import main
import imagegen_specgen.upkeep.commands, imagegen_specgen.upkeep.importers.openapi

def child(document, cwd, stderr):
    signal.alarm(60)
    resource.setrlimit(resource.RLIMIT_AS, (512 * 2**20, 512 * 2**20))
    os.chdir(cwd)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # this process's stdout carries the exit codes
    os.dup2(os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), 2)
    code = 1
    try:
        code = main(["import", "openapi", document, "--provider", "pruna", "--out", "out"])
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

codes = {}
for name, document, cwd, stderr in json.load(sys.stdin):
    pid = os.fork()
    if pid == 0:
        child(document, cwd, stderr)
    codes[name] = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
print(json.dumps(codes))
"""


@dataclasses.dataclass(frozen=True)
class Run:
    document: str  # as given on the command line
    cwd: Path  # where the command ran, with what it held before
    before: list[str]
    returncode: int
    stderr: str


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    """`import openapi` of the base document, each corpus file and each special file, by file name."""
    root = tmp_path_factory.mktemp("hostile-documents")
    jobs: dict[str, tuple[str, Path]] = {BASE.name: (str(BASE), root / "base")}
    jobs.update((p.name, (str(CORPUS_DIR / p.name), root / p.name)) for p in CORPUS)
    jobs.update((name, (name, root / name)) for name in SPECIAL)
    (root / "stderr").mkdir()
    for name, (_, cwd) in jobs.items():
        cwd.mkdir()
        if name in SPECIAL:
            SPECIAL[name][0](cwd / name)
    before = {name: sorted(p.name for p in cwd.iterdir()) for name, (_, cwd) in jobs.items()}
    work = [[name, document, str(cwd), str(root / "stderr" / name)] for name, (document, cwd) in jobs.items()]
    result = subprocess.run(
        [sys.executable, "-c", RUN],
        input=json.dumps(work),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    codes = json.loads(result.stdout)
    return {
        name: Run(document, cwd, before[name], codes[name], (root / "stderr" / name).read_text(encoding="utf-8"))
        for name, (document, cwd) in jobs.items()
    }


def test_every_hostile_document_states_what_it_must_say() -> None:
    assert sorted(EXPECTED) == [p.name for p in CORPUS]


def test_the_document_they_vary_imports(runs: dict[str, Run]) -> None:
    run = runs[BASE.name]
    assert run.returncode == 0, run.stderr
    assert [p.name for p in (run.cwd / "out").iterdir()] == ["pruna-alpha.yaml"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symlinks need a POSIX system")
@pytest.mark.parametrize("name", [p.name for p in CORPUS] + list(SPECIAL))
def test_a_hostile_document_ends_in_one_line_and_writes_nothing(name: str, runs: dict[str, Run]) -> None:
    run = runs[name]
    expected = SPECIAL[name][1] if name in SPECIAL else EXPECTED[name]
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == 1, run.stderr
    assert lines[0].startswith(f"error: {run.document}"), lines[0]
    assert expected in lines[0]
    assert lines[0].isprintable()
    assert sorted(p.name for p in run.cwd.iterdir()) == run.before, "nothing written"


def test_a_document_not_read_within_its_time_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The clock is checked every 4,096 values: with no time at all, a document of 5,000 values is refused."""
    from imagegen_specgen.cli import main
    from imagegen_specgen.upkeep.importers import common

    monkeypatch.setattr(common, "DOCUMENT_LIMITS", dataclasses.replace(common.DOCUMENT_LIMITS, seconds=0.0))
    document = tmp_path / "slow.yml"
    document.write_text(BASE.read_text(encoding="utf-8") + "x-padding: [" + "0, " * 5000 + "]\n", encoding="utf-8")
    assert main(["import", "openapi", str(document), "--provider", "pruna", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "found a document still unread; expected a provider's document read within 0 s" in err
    assert not (tmp_path / "out").exists()
