"""`python -m imagegen_specgen import openapi`: a provider's OpenAPI document -> draft specs in our format."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from imagegen_specgen.cli import main
from imagegen_specgen.pipeline import generate
from imagegen_specgen.upkeep.importers import DocumentError, read_document

FIXTURES = Path(__file__).parent / "fixtures" / "importers"
MINI = FIXTURES / "mini-openapi.yml"


def _import(out: Path, *extra: str, document: Path | str = MINI, provider: str = "pruna") -> int:
    return main(["import", "openapi", str(document), "--provider", provider, "--out", str(out), *extra])


def _spec(path: Path) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_every_parameter_fact_of_the_document_is_drafted(tmp_path: Path) -> None:
    assert _import(tmp_path) == 0
    alpha = _spec(tmp_path / "pruna-alpha.yaml")
    params = {p["name"]: p for p in alpha["parameters"]}
    assert list(params) == ["prompt", "size", "shape", "strength", "refs", "token"]  # source order
    assert params["prompt"] == {
        "name": "prompt",
        "type": "string",
        "required": True,
        "max_length": 500,
        "description": "What to draw.",
        "example": "a red fox",
    }
    assert params["size"] == {
        "name": "size",
        "type": "integer",
        "default": 256,
        "minimum": 64,
        "maximum": 1024,
        "multiple_of": 64,
        "description": "Side in pixels.",
        "example": 512,
    }
    assert params["shape"]["enum"] == ["square", "wide", "tall"]  # through a $ref, in source order
    assert params["shape"]["default"] == "square"
    assert params["strength"]["description"] == "Strength"  # the title when there is no description
    assert params["refs"] == {
        "name": "refs",
        "type": "array",
        "items": {"type": "url"},
        "min_items": 1,
        "max_items": 3,
        "description": "Reference images.",
    }
    assert params["token"] == {"name": "token", "type": "string", "description": "A secret.", "secret": True}
    assert alpha["rate_limit"] == {"requests": 1200, "per_seconds": 60}
    assert alpha["additional_parameters"] is False
    assert alpha["output"] == {"media": "image", "body": "json"}
    assert alpha["source_document"]["version"] == "1.2.0"
    assert len(alpha["source_document"]["sha256"]) == 64
    beta = _spec(tmp_path / "pruna-beta.yaml")
    assert beta["output"]["media"] == "video"
    assert {p["name"]: p.get("required", False) for p in beta["parameters"]}["image"] is True
    assert next(p for p in beta["parameters"] if p["name"] == "image")["type"] == "url"


def test_what_cannot_be_mapped_is_listed_with_its_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _import(tmp_path) == 0
    err = capsys.readouterr().err
    assert "components.schemas.alpha.properties.input.properties.style: type 'object' not supported" in err
    assert "format 'password'" not in err  # mapped: the parameter is marked secret
    assert "input key 'undocumented_key' is not a parameter" in err
    assert "components.schemas.gamma: no input schema for model 'gamma'" in err
    names = [p["name"] for p in _spec(tmp_path / "pruna-alpha.yaml")["parameters"]]
    assert "style" not in names  # left out, not guessed
    assert not (tmp_path / "pruna-gamma.yaml").exists()


def test_drafts_validate_and_generate_next_to_the_real_providers(specs_copy: Path, tmp_path: Path) -> None:
    assert _import(specs_copy / "models") == 0
    out = tmp_path / "generated"
    project = generate(specs_copy, out)
    pruna = next(p for p in project.providers if p.id == "pruna")
    assert {"alpha", "beta"} <= {m.model_id for m in pruna.models}
    calls = out / "imagegen_typed/pruna/_calls"
    assert "def alpha(" in (calls / "alpha.py").read_text() and "def beta(" in (calls / "beta.py").read_text()


def test_drafts_are_byte_identical_run_to_run(tmp_path: Path) -> None:
    assert _import(tmp_path / "a") == 0
    assert _import(tmp_path / "b") == 0
    for path in (tmp_path / "a").iterdir():
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes()


def test_an_existing_spec_is_replaced_only_with_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "pruna-beta.yaml"
    target.write_text("hand-edited\n", encoding="utf-8")
    assert _import(tmp_path) == 2
    assert "pruna-beta.yaml: already exists; not overwritten (use --force" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "hand-edited\n"
    assert not (tmp_path / "pruna-alpha.yaml").exists()  # all or nothing
    assert _import(tmp_path, "--force") == 0
    assert _spec(target)["id"] == "beta"


def test_model_option_imports_only_the_named_models(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _import(tmp_path, "--model", "beta") == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pruna-beta.yaml"]
    assert _import(tmp_path, "--model", "delta") == 2
    assert "no model 'delta' in the Model enum" in capsys.readouterr().err


# Documents that are broken or hostile: tests/test_hostile_documents.py (one line, exit 2, nothing written).


def _variant(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.yml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A port that accepts connections (the kernel's backlog) but never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/openapi.yaml"
    finally:
        server.close()


def test_a_url_that_never_answers_times_out_cleanly(silent_server: str, tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"openapi.yaml: no answer within 0.3 s \(timed out\)"):
        read_document(silent_server, timeout=0.3)
    out = tmp_path / "out"
    assert _import(out, "--timeout", "0.3", document=silent_server) == 2
    assert not out.exists()


def test_output_media_the_document_does_not_state_is_the_maintainer_s_recorded_choice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _import(tmp_path, "--model", "trainer") == 2
    err = capsys.readouterr().err
    assert "not written: trainer: the document does not state its output media; say which with --output-media" in err
    assert "components.schemas.trainer: output media (no image or video category" in err  # the reason, printed
    assert not tmp_path.exists() or not any(tmp_path.iterdir())
    assert _import(tmp_path, "--model", "trainer", "--output-media", "image") == 0
    trainer = _spec(tmp_path / "pruna-trainer.yaml")
    assert trainer["output"] == {"media": "image", "body": "json"}
    assert any("--output-media" in note for note in trainer["notes"])


def test_segmind_pages_import_generate_and_lock_through_the_same_tables(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = Path(__file__).parent / "fixtures" / "segmind_pages"
    out = specs_copy / "models"
    # A "Returns: Text/JSON" page names no media: refused until the maintainer says which, then recorded.
    assert main(["import", "segmind-page", str(pages / "one_per_line.txt"), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "tidal-paint: the document does not state its output media; say which with --output-media image" in err
    assert "response type 'Text/JSON' does not say image or video" in err
    assert not (out / "segmind-tidal-paint.yaml").exists()
    argv = ["import", "segmind-page", str(pages / "one_per_line.txt"), "--out", str(out), "--output-media", "image"]
    assert main(argv) == 0
    draft = _spec(out / "segmind-tidal-paint.yaml")
    assert draft["provider"] == "segmind" and draft["output"]["media"] == "image"
    assert draft["source_document"]["url"] == str(pages / "one_per_line.txt")
    assert any("--output-media" in note for note in draft["notes"])
    generate(specs_copy, tmp_path / "generated")
    assert "def tidal_paint(" in (tmp_path / "generated/imagegen_typed/segmind/_calls/tidal_paint.py").read_text()
    capsys.readouterr()
    assert main(["import", "segmind-page", str(pages / "no_parameters.txt"), "--out", str(tmp_path / "broken")]) == 2
    assert f"{pages / 'no_parameters.txt'}: " in capsys.readouterr().err
    assert not (tmp_path / "broken").exists()


def test_a_draft_the_spec_format_refuses_is_an_importer_bug_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The importer's own guard against values the format refuses, switched off: the gate before writing remains.
    monkeypatch.setattr("imagegen_specgen.upkeep.importers.openapi._drop_invalid", lambda draft, unmapped, where: None)
    document = _variant(tmp_path, MINI.read_text(encoding="utf-8").replace("default: square", "default: round"))
    out = tmp_path / "out"
    assert _import(out, document=document) == 2
    err = capsys.readouterr().err
    assert "the drafts do not validate against the spec format (an importer bug; nothing written):" in err
    assert f"{out / 'pruna-alpha.yaml'}:" in err
    assert "parameters[2].default: found 'round'; expected one of the allowed values 'square', 'wide', 'tall'" in err
    assert not out.exists()


def test_pages_of_endpoints_under_models_draft_distinct_specs_with_their_paths(
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = Path(__file__).parent / "fixtures" / "segmind_pages" / "models_path.txt"
    other = tmp_path / "other.txt"
    other.write_text(page.read_text(encoding="utf-8").replace("lichen-mask", "moss-mask"), encoding="utf-8")
    out = specs_copy / "models"
    for document in (page, other):
        assert main(["import", "segmind-page", str(document), "--out", str(out)]) == 0
    assert (_spec(out / "segmind-lichen-mask.yaml")["path"], _spec(out / "segmind-moss-mask.yaml")["path"]) == (
        "/v1/models/lichen-mask",
        "/v1/models/moss-mask",
    )
    assert main(["import", "segmind-page", str(page), "--id", "lichen", "--out", str(out)]) == 0
    assert _spec(out / "segmind-lichen.yaml")["path"] == "/v1/models/lichen-mask"
    project = generate(specs_copy, tmp_path / "generated")
    segmind = next(p for p in project.providers if p.id == "segmind")
    assert {m.model_id: m.path for m in segmind.models}["moss-mask"] == "/v1/models/moss-mask"
