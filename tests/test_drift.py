"""The facts lock (`sources refresh`) and the drift check (`drift`) on a small provider written for the tests."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from imagegen_specgen.cli import main

from .conftest import SPECS

FIXTURES = Path(__file__).parent / "fixtures" / "importers"
MINI = FIXTURES / "mini-openapi.yml"


def _refresh(sources: Path, *documents: Path) -> int:
    return main(["sources", "refresh", "pruna", *map(str, documents), "--sources", str(sources)])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """specs/ with the test provider and the drafts of the mini document; sources/ with its lock."""
    specs = tmp_path / "specs"
    shutil.copytree(FIXTURES / "specs", specs)
    shutil.copy(SPECS / "spec.schema.json", specs / "spec.schema.json")
    assert main(["import", "openapi", str(MINI), "--provider", "mini", "--out", str(specs / "models")]) == 0
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "mini.facts.json").write_text(_mini_lock(tmp_path), encoding="utf-8")
    return tmp_path


def _mini_lock(tmp_path: Path) -> str:
    # `sources refresh` knows only the providers in PROVIDER_DOCUMENTS; the lock of the test provider is
    # the pruna-kind lock of the same document under the provider id mini.
    scratch = tmp_path / "scratch"
    assert _refresh(scratch, MINI) == 0
    lock = json.loads((scratch / "pruna.facts.json").read_text(encoding="utf-8"))
    lock["provider"] = "mini"
    return json.dumps(lock, indent=2, sort_keys=True) + "\n"


def _drift(root: Path) -> int:
    return main(["drift", "--specs", str(root / "specs"), "--sources", str(root / "sources")])


def test_the_lock_holds_facts_only_and_is_byte_identical_run_to_run(tmp_path: Path) -> None:
    assert _refresh(tmp_path / "a", MINI) == 0
    assert _refresh(tmp_path / "b", MINI) == 0
    first = (tmp_path / "a" / "pruna.facts.json").read_bytes()
    assert first == (tmp_path / "b" / "pruna.facts.json").read_bytes()
    lock = json.loads(first)
    assert sorted(lock["models"]) == ["alpha", "beta", "trainer"]
    assert lock["documents"][0]["version"] == "1.2.0"
    assert lock["models"]["alpha"]["parameters"]["size"] == {
        "default": 256,
        "maximum": 1024,
        "minimum": 64,
        "multiple_of": 64,
        "required": False,
        "type": "integer",
    }
    assert lock["models"]["alpha"]["rate_limit"] == {"per_seconds": 60, "requests": 1200}
    assert lock["models"]["alpha"]["additional_parameters"] is False
    assert "What to draw" not in first.decode()  # no prose


def test_refreshing_from_a_newer_document_prints_what_the_provider_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = tmp_path / "sources"
    assert _refresh(sources, MINI) == 0
    newer = tmp_path / "newer.yml"
    text = MINI.read_text(encoding="utf-8")
    text = text.replace("maximum: 1024, multipleOf: 64", "maximum: 2048, multipleOf: 64")
    text = text.replace("enum: [alpha, beta, gamma, trainer]", "enum: [alpha, beta, gamma, trainer, delta]")
    text += "    delta:\n      type: object\n      properties:\n        input:\n          type: object\n"
    text += "          properties:\n            prompt: {type: string, description: Words.}\n"
    newer.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert _refresh(sources, newer) == 0
    out = capsys.readouterr().out
    assert "model added: delta" in out
    assert "alpha: parameters.size.maximum changed: 1024 -> 2048" in out
    assert "the provider changed 2 fact(s)" in out


def test_drift_passes_when_the_specs_say_what_the_document_says(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _drift(project) == 0
    assert "mini: 2 specs, 1 excluded, 3 documented models" in capsys.readouterr().out


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


DEVIATION = """deviations:
- fact: parameters.size.default
  provider: 256
  spec: 512
  why: Tested by hand at 512.
  source: a test
"""


def test_a_changed_default_fails_with_file_key_path_and_line_until_recorded(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = project / "specs" / "models" / "mini-alpha.yaml"
    _edit(spec, "    default: 256\n", "    default: 512\n")
    line = spec.read_text(encoding="utf-8").splitlines().index("    default: 512") + 1
    assert _drift(project) == 1
    err = capsys.readouterr().err
    assert f"models/mini-alpha.yaml:{line}: parameters[1].default: found parameters.size.default = 512" in err
    assert "the provider's document says 256" in err
    with spec.open("a", encoding="utf-8") as f:
        f.write(DEVIATION)
    assert _drift(project) == 0


def test_a_removed_enum_value_fails_naming_the_enum(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = project / "specs" / "models" / "mini-alpha.yaml"
    _edit(spec, "      - tall\n", "")
    assert _drift(project) == 1
    err = capsys.readouterr().err
    assert "models/mini-alpha.yaml:" in err
    assert 'parameters[2].enum: found parameters.shape.enum = ["square", "wide"]' in err


def test_a_deviation_that_no_longer_differs_is_stale(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = project / "specs" / "models" / "mini-alpha.yaml"
    with spec.open("a", encoding="utf-8") as f:
        f.write(DEVIATION)
    assert _drift(project) == 1
    assert (
        "deviations[0]: found a stale deviation: parameters.size.default no longer differs" in capsys.readouterr().err
    )


def test_a_spec_parameter_the_document_lacks_is_drift(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = project / "specs" / "models" / "mini-beta.yaml"
    _edit(spec, "parameters:\n", "parameters:\n  - name: mode\n    type: string\n    description: From elsewhere.\n")
    assert _drift(project) == 1
    assert "parameters[0]: found parameters.mode = present where the provider's document says absent" in (
        capsys.readouterr().err
    )


def test_documented_models_need_a_spec_or_an_exclusion(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "specs" / "models" / "mini-beta.yaml").unlink()
    assert _drift(project) == 1
    assert "model 'beta' documented by the provider (mini.facts.json) without a spec" in capsys.readouterr().err
    _edit(
        project / "specs" / "providers" / "mini.yaml",
        "excluded_models:\n",
        "excluded_models:\n"
        "  - {id: beta, why: Not needed., source: a test}\n  - {id: omega, why: Gone., source: a test}\n",
    )
    assert _drift(project) == 1
    assert "a stale exclusion: 'omega' is not in the provider's document" in capsys.readouterr().err


def test_a_provider_without_a_lock_is_skipped_with_a_message(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "sources" / "mini.facts.json").unlink()
    assert _drift(project) == 0
    assert "mini: no facts lock (mini.facts.json); drift not checked" in capsys.readouterr().out


# ../shared next to the clone (or next to the folder of worktrees holding it).
SHARED_PRUNA = next(
    (
        path
        for parent in Path(__file__).resolve().parents[1:4]
        if (path := parent / "shared" / "sources" / "pruna-openapi-0.5.3.yml").is_file()
    ),
    Path("../shared/sources/pruna-openapi-0.5.3.yml"),
)


@pytest.mark.skipif(not SHARED_PRUNA.is_file(), reason="Pruna's document is kept outside the repo (../shared)")
def test_the_checked_in_pruna_lock_is_what_pruna_s_document_gives(tmp_path: Path) -> None:
    url = "https://docs.api.pruna.ai/openapi.yaml"
    args = ["sources", "refresh", "pruna", str(SHARED_PRUNA), "--source-url", url, "--sources", str(tmp_path)]
    assert main(args) == 0
    checked_in = SPECS.parent / "sources" / "pruna.facts.json"
    assert (tmp_path / "pruna.facts.json").read_bytes() == checked_in.read_bytes()


def test_a_deviation_the_provider_has_since_moved_from_must_be_updated(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = project / "specs" / "models" / "mini-alpha.yaml"
    _edit(spec, "    default: 256\n", "    default: 512\n")
    with spec.open("a", encoding="utf-8") as f:
        f.write(DEVIATION.replace("provider: 256", "provider: 128"))
    assert _drift(project) == 1
    err = capsys.readouterr().err
    assert "deviations[0]: found deviation for parameters.size.default recording provider 128 and spec 512" in err
    assert "expected provider 256 and spec 512 as they are now" in err


@pytest.mark.skipif(not (SHARED_PRUNA.parents[1] / "seeds").is_dir(), reason="the seed pages are kept outside the repo")
def test_the_checked_in_segmind_lock_is_what_the_seed_pages_give(tmp_path: Path) -> None:
    checked_in = SPECS.parent / "sources" / "segmind.facts.json"
    urls = [document["url"] for document in json.loads(checked_in.read_text(encoding="utf-8"))["documents"]]
    # Each page's public address names the page text it was read from: "... (page text as in seeds/NNN.txt)".
    pages = [str(SHARED_PRUNA.parents[1] / url.split("page text as in ")[1].rstrip(")")) for url in urls]
    args = ["sources", "refresh", "segmind", *pages, "--sources", str(tmp_path)]
    for url in urls:
        args += ["--source-url", url]
    assert main(args) == 0
    assert (tmp_path / "segmind.facts.json").read_bytes() == checked_in.read_bytes()


@pytest.mark.parametrize("provider", ["openai", "stability"])
def test_the_checked_in_lock_is_what_the_stored_document_gives(provider: str, tmp_path: Path) -> None:
    """The OpenAI and Stability locks are built by `sources refresh` from the documents stored in the repo, under
    the public address of the copy they were trimmed from."""
    checked_in = SPECS.parent / "sources" / f"{provider}.facts.json"
    (document,) = json.loads(checked_in.read_text(encoding="utf-8"))["documents"]
    stored = SPECS.parent / "sources" / "documents" / provider / "openapi.json"
    args = ["sources", "refresh", provider, str(stored), "--source-url", document["url"], "--sources", str(tmp_path)]
    assert main(args) == 0
    assert (tmp_path / f"{provider}.facts.json").read_bytes() == checked_in.read_bytes()
