"""The facts lock (`sources refresh`) and the drift check (`drift`) on a small provider written for the tests."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from imagegen_specgen.cli import main

from .conftest import SPECS

FIXTURES = Path(__file__).parent / "fixtures" / "importers"
MINI = FIXTURES / "mini-openapi.yml"


MINI_URL = "https://docs.mini.invalid/openapi.yml"  # the address the test provider's spec declares


def _refresh(sources: Path, *documents: Path, specs: Path = FIXTURES / "specs", provider: str = "mini") -> int:
    return main(
        ["sources", "refresh", provider, *map(str, documents), "--specs", str(specs), "--sources", str(sources)]
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """specs/ with the test provider and the drafts of the mini document; sources/ with its lock."""
    specs = tmp_path / "specs"
    shutil.copytree(FIXTURES / "specs", specs)
    shutil.copy(SPECS / "spec.schema.json", specs / "spec.schema.json")
    assert main(["import", "openapi", str(MINI), "--provider", "mini", "--out", str(specs / "models")]) == 0
    assert _refresh(tmp_path / "sources", MINI, specs=specs) == 0
    return tmp_path


def _drift(root: Path) -> int:
    return main(["drift", "--specs", str(root / "specs"), "--sources", str(root / "sources")])


def test_the_lock_holds_facts_only_and_is_byte_identical_run_to_run(tmp_path: Path) -> None:
    assert _refresh(tmp_path / "a", MINI) == 0
    assert _refresh(tmp_path / "b", MINI) == 0
    first = (tmp_path / "a" / "mini.facts.json").read_bytes()
    assert first == (tmp_path / "b" / "mini.facts.json").read_bytes()
    lock = json.loads(first)
    assert sorted(lock["models"]) == ["alpha", "beta", "trainer"]
    # The address the provider spec declares, not the local copy's path.
    assert lock["documents"] == [{"sha256": lock["documents"][0]["sha256"], "url": MINI_URL, "version": "1.2.0"}]
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


# Each kind of change a provider can make to its document: the edits to the mini document, the line `sources refresh`
# prints, and what `drift` then reports (at the spec's line) until the specs record it.
CHANGES = {
    "version": ([], "version changed: 1.2.0 -> 1.3.0", "source_document.version: found version 1.2.0"),
    "range": (
        [("maximum: 1024, multipleOf: 64", "maximum: 2048, multipleOf: 64")],
        "alpha: parameters.size.maximum changed: 1024 -> 2048",
        "parameters[1].maximum: found parameters.size.maximum = 1024 where the provider's document says 2048",
    ),
    "default": (
        [("default: 256, description: Side", "default: 512, description: Side")],
        "alpha: parameters.size.default changed: 256 -> 512",
        "found parameters.size.default = 256 where the provider's document says 512",
    ),
    "enum": (
        [("enum: [square, wide, tall]", "enum: [square, wide, tall, round]")],
        'alpha: parameters.shape.enum changed: ["square", "wide", "tall"] -> ["square", "wide", "tall", "round"]',
        'found parameters.shape.enum = ["square", "wide", "tall"] where',
    ),
    "type": (
        [("fps: {type: integer,", "fps: {type: number,")],
        'beta: parameters.fps.type changed: "integer" -> "number"',
        'found parameters.fps.type = "integer" where the provider\'s document says "number"',
    ),
    # Required now, its default still documented: the lock keeps the default (no false "default 256 -> absent").
    "required": (
        [("required: [prompt]\n", "required: [prompt, size]\n")],
        "alpha: parameters.size.required changed: false -> true",
        "found parameters.size.required = false where the provider's document says true",
    ),
    "parameter added": (
        [
            (
                "            shape: {$ref",
                "            seed: {type: integer, description: Seed.}\n            shape: {$ref",
            )
        ],
        "alpha: parameter added: seed",
        "parameters: found parameters.seed = absent where the provider's document says present",
    ),
    "parameter removed": (
        [("            loop: {type: boolean, default: false, description: Loop the clip.}\n", "")],
        "beta: parameter removed: loop",
        "found parameters.loop = present where the provider's document says absent",
    ),
    "rate limit": (
        [("Rate limit: 30 requests per minute", "Rate limit: 60 requests per minute")],
        "beta: rate_limit.requests changed: 30 -> 60",
        "rate_limit.requests: found rate_limit.requests = 30 where the provider's document says 60",
    ),
    "extra keys": (
        [
            (
                "required: [prompt, image]\n          additionalProperties: false",
                "required: [prompt, image]\n          additionalProperties: true",
            )
        ],
        "beta: additional_parameters changed: false -> true",
        "found additional_parameters = false where the provider's document says true",
    ),
    "model added": (
        [
            ("- **Text-to-Image**: alpha", "- **Text-to-Image**: alpha, delta"),
            ("enum: [alpha, beta, gamma, trainer]", "enum: [alpha, beta, gamma, trainer, delta]"),
            (
                "    trainer:\n",
                "    delta:\n      type: object\n      properties:\n        input:\n          type: object\n"
                "          properties:\n            prompt: {type: string, description: Words.}\n    trainer:\n",
            ),
        ],
        "model added: delta",
        "model 'delta' documented by the provider (mini.facts.json) without a spec",
    ),
}


def _newer(tmp_path: Path, edits: list[tuple[str, str]]) -> Path:
    """The mini document as its provider might publish it next: version 1.3.0, with `edits`."""
    text = MINI.read_text(encoding="utf-8").replace("version: 1.2.0", "version: 1.3.0")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    newer = tmp_path / "newer.yml"
    newer.write_text(text, encoding="utf-8")
    return newer


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_every_change_shows_in_refresh_and_fails_drift_until_the_specs_take_it(
    project: Path, change: str, capsys: pytest.CaptureFixture[str]
) -> None:
    edits, refreshed, drifted = CHANGES[change]
    newer = _newer(project, edits)
    specs = project / "specs"
    capsys.readouterr()
    assert _refresh(project / "sources", newer, specs=specs) == 0
    out = capsys.readouterr().out
    assert f"document {MINI_URL}: version changed: 1.2.0 -> 1.3.0" in out
    assert refreshed in out
    assert "default changed" not in out or change == "default"
    assert _drift(project) == 1
    err = capsys.readouterr().err
    assert drifted in err
    assert "models/mini-alpha.yaml:9: source_document.version: found version 1.2.0 of " + MINI_URL in err
    # `import --merge` takes the new facts and the new version; then drift passes.
    argv = ["import", "openapi", str(newer), "--provider", "mini", "--out", str(specs / "models"), "--merge"]
    assert main(argv) == 0
    assert _drift(project) == 0, capsys.readouterr().err


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
    args = ["sources", "refresh", "pruna", str(SHARED_PRUNA), "--specs", str(SPECS), "--sources", str(tmp_path)]
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
    # Each page is matched to the address segmind.yaml declares for it by the model it describes.
    pages = sorted(str(page) for page in (SHARED_PRUNA.parents[1] / "seeds").glob("00[0124]_*.txt"))
    args = ["sources", "refresh", "segmind", *pages, "--specs", str(SPECS), "--sources", str(tmp_path)]
    assert main(args) == 0
    assert (tmp_path / "segmind.facts.json").read_bytes() == checked_in.read_bytes()


def test_merge_takes_new_facts_and_keeps_the_curation_and_recorded_deviations(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = project / "specs" / "models" / "mini-alpha.yaml"
    text = spec.read_text(encoding="utf-8")
    text = text.replace("title: alpha", "title: Alpha, by hand").replace("Side in pixels.", "Edge length, curated.")
    text = text.replace("  - name: size\n", "  - name: size\n    python_name: side\n    usage: Multiples of 64 only.\n")
    text += (
        "notes:\n  - Curated note.\n"
        "deviations:\n  - fact: parameters.shape.default\n    provider: square\n    spec: wide\n"
        "    why: Tested by hand.\n    source: a test\n"
    )
    spec.write_text(text.replace("    default: square\n", "    default: wide\n"), encoding="utf-8")
    assert _drift(project) == 0
    # The same document again: nothing to take, so the curated file is left byte for byte.
    curated = spec.read_bytes()
    capsys.readouterr()
    assert main(["import", "openapi", str(MINI), "--provider", "mini", "--out", str(spec.parent), "--merge"]) == 0
    assert f"unchanged {spec} (1 fact(s) kept for recorded deviations)" in capsys.readouterr().out
    assert spec.read_bytes() == curated
    newer = _newer(
        project,
        [
            ("maximum: 1024, multipleOf: 64", "maximum: 2048, multipleOf: 64"),
            ("default: square", "default: tall"),
            (
                "            shape: {$ref",
                "            seed: {type: integer, description: Seed.}\n            shape: {$ref",
            ),
        ],
    )
    capsys.readouterr()
    argv = ["import", "openapi", str(newer), "--provider", "mini", "--out", str(spec.parent), "--merge"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert f"merged {spec}:" in out
    for line in (
        "parameter added: seed",
        "parameters.size.maximum: 1024 -> 2048",
        'parameters.shape.default: kept "wide" (a recorded deviation; the provider\'s document says "tall")',
        'source_document.version: "1.2.0" -> "1.3.0"',
    ):
        assert line in out
    merged = yaml.safe_load(spec.read_text(encoding="utf-8"))
    params = {p["name"]: p for p in merged["parameters"]}
    assert [p["name"] for p in merged["parameters"]][:3] == ["prompt", "size", "seed"]  # the document's order
    assert params["size"]["maximum"] == 2048 and params["size"]["description"] == "Edge length, curated."
    assert (params["size"]["python_name"], params["size"]["usage"]) == ("side", "Multiples of 64 only.")
    assert params["shape"]["default"] == "wide"  # the deviation's fact is not touched
    assert (merged["title"], merged["notes"]) == ("Alpha, by hand", ["Curated note."])
    assert merged["source_document"]["version"] == "1.3.0"
    assert (project / "specs" / "models" / "mini-beta.yaml").read_text(encoding="utf-8").count("1.3.0") == 1
    _refresh(project / "sources", newer, specs=project / "specs")
    capsys.readouterr()
    # The deviation now records a provider value the document no longer has: drift asks for it to be updated.
    assert _drift(project) == 1
    assert 'deviation for parameters.shape.default recording provider "square"' in capsys.readouterr().err


def test_drift_names_the_folders_it_was_given_and_refuses_missing_ones(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs, sources = project / "specs", project / "sources"
    _edit(specs / "models" / "mini-alpha.yaml", "    default: 256\n", "    default: 512\n")
    assert _drift(project) == 1
    assert f"1 difference from the providers' documents in {specs}:" in capsys.readouterr().err
    cases = [
        (project / "nowhere", sources, f"1 problem in {project / 'nowhere'}:", "found no such folder"),
        (specs, project / "nowhere", f"error: {project / 'nowhere'}: (document): found no such folder", "(--sources)"),
        (project / "empty", sources, f"1 problem in {project / 'empty'}:", "found no provider spec"),
    ]
    (project / "empty").mkdir()
    for specs_dir, sources_dir, heading, found in cases:
        assert main(["drift", "--specs", str(specs_dir), "--sources", str(sources_dir)]) == 2
        err = capsys.readouterr().err
        assert heading in err and found in err, err
        assert "no drift" not in err


PAGES = Path(__file__).parent / "fixtures" / "segmind_pages"


def _page_provider(tmp_path: Path, documents: str) -> Path:
    """The test provider, declaring page documents (a user's own provider of the Segmind page kind)."""
    specs = tmp_path / "specs"
    shutil.copytree(FIXTURES / "specs", specs)
    _edit(specs / "providers" / "mini.yaml", f"documents:\n  - {{url: {MINI_URL}, kind: openapi}}\n", documents)
    return specs


PAGE_DOCUMENTS = (
    "documents:\n"
    "  - {url: https://pages.mini.invalid/aurora, kind: segmind-page, models: [aurora-sketch]}\n"
    "  - {url: https://pages.mini.invalid/lumen, kind: segmind-page, models: [lumen-edit]}\n"
)


def test_refresh_reads_the_document_kinds_and_addresses_the_provider_spec_declares(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = _page_provider(tmp_path, PAGE_DOCUMENTS)
    # Local copies in any order: each is matched to its declared address by the model it describes.
    assert _refresh(tmp_path / "sources", PAGES / "spaced.txt", PAGES / "glued.txt", specs=specs) == 0
    lock = json.loads((tmp_path / "sources" / "mini.facts.json").read_text(encoding="utf-8"))
    assert [d["url"] for d in lock["documents"]] == [
        "https://pages.mini.invalid/aurora",
        "https://pages.mini.invalid/lumen",
    ]
    assert sorted(lock["models"]) == ["aurora-sketch", "lumen-edit"]
    capsys.readouterr()
    refused = [
        (
            [PAGES / "one_per_line.txt"],
            [],
            "(it describes tidal-paint, which no declared document lists); name it with --source-url",
        ),
        (
            [PAGES / "glued.txt"],
            ["https://pages.mini.invalid/lumen"],
            "describes model(s) 'aurora-sketch', while the provider spec takes only 'lumen-edit'",
        ),
        (
            [PAGES / "glued.txt"],
            ["https://elsewhere.invalid/x"],
            "--source-url https://elsewhere.invalid/x: not one of the documents",
        ),
        ([PAGES / "glued.txt", PAGES / "glued.txt"], [], "a second copy of https://pages.mini.invalid/aurora"),
    ]
    before = (tmp_path / "sources" / "mini.facts.json").read_bytes()
    for documents, urls, message in refused:
        argv = ["sources", "refresh", "mini", *map(str, documents), "--specs", str(specs)]
        argv += ["--sources", str(tmp_path / "sources"), *[arg for url in urls for arg in ("--source-url", url)]]
        assert main(argv) == 2
        assert message in capsys.readouterr().err
    assert (tmp_path / "sources" / "mini.facts.json").read_bytes() == before


@pytest.fixture
def page_server() -> Iterator[str]:
    """The fixture pages over HTTP on a loopback port: a provider's public address, as a test can have one."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(PAGES))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_refresh_without_copies_reads_each_document_from_its_address(tmp_path: Path, page_server: str) -> None:
    documents = f"documents:\n  - {{url: {page_server}/glued.txt, kind: segmind-page}}\n"
    specs = _page_provider(tmp_path, documents)
    assert _refresh(tmp_path / "sources", specs=specs) == 0
    lock = json.loads((tmp_path / "sources" / "mini.facts.json").read_text(encoding="utf-8"))
    assert [d["url"] for d in lock["documents"]] == [f"{page_server}/glued.txt"]
    assert list(lock["models"]) == ["aurora-sketch"]


def test_refresh_refuses_a_provider_that_declares_no_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    specs = _page_provider(tmp_path, "")
    assert _refresh(tmp_path / "sources", MINI, specs=specs) == 2
    assert f"{specs / 'providers' / 'mini.yaml'}: provider 'mini' declares no `documents`" in capsys.readouterr().err
    assert _refresh(tmp_path / "sources", MINI, specs=specs, provider="acme") == 2
    assert "no provider 'acme' (the providers there: mini)" in capsys.readouterr().err
    assert not (tmp_path / "sources").exists()


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
