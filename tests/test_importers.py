"""`python -m imagegen_specgen import openapi`: a provider's OpenAPI document -> draft specs in our format."""

from __future__ import annotations

import json
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


def test_drafts_validate_and_generate_next_to_the_real_providers(
    specs_copy: Path, tmp_path: Path, shared_generation: None
) -> None:
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
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_generation: None
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
    specs_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], shared_generation: None
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
    # --id names the model, the path stays the page's; drafted elsewhere, as two specs of one path are refused
    # unless the API names its models by a body field (model_field).
    renamed = tmp_path / "renamed"
    assert main(["import", "segmind-page", str(page), "--id", "lichen", "--out", str(renamed)]) == 0
    assert _spec(renamed / "segmind-lichen.yaml")["path"] == "/v1/models/lichen-mask"
    project = generate(specs_copy, tmp_path / "generated")
    segmind = next(p for p in project.providers if p.id == "segmind")
    assert {m.model_id: m.path for m in segmind.models}["moss-mask"] == "/v1/models/moss-mask"


# --- the other layouts: one POST per model (BFL), one document per endpoint (fal) ---------------------------

DOCUMENTS = Path(__file__).resolve().parent.parent / "sources" / "documents"
BFL = DOCUMENTS / "bfl" / "openapi.json"
FAL = DOCUMENTS / "fal" / "fal-ai-flux-schnell.openapi.json"


def test_one_post_per_model_is_detected_and_each_body_drafted(tmp_path: Path) -> None:
    assert _import(tmp_path, "--output-media", "image", document=BFL, provider="bfl") == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bfl-flux-kontext-pro.yaml",
        "bfl-flux-pro-1.1-ultra.yaml",
        "bfl-flux-pro-1.1.yaml",
    ]
    params = {p["name"]: p for p in _spec(tmp_path / "bfl-flux-pro-1.1.yaml")["parameters"]}
    # anyOf [T, null]: an optional T, with the outer description and default.
    assert params["prompt"] == {
        "name": "prompt",
        "type": "string",
        "default": "",
        "description": "Text prompt for image generation.",
        "example": "ein fantastisches bild",
    }
    assert params["output_format"]["enum"] == ["jpeg", "png", "webp"] and params["output_format"]["default"] == "jpeg"
    # 32.0 and 1440.0 of an integer input are whole numbers.
    assert (params["width"]["multiple_of"], params["width"]["maximum"]) == (32, 1440)
    assert type(params["width"]["multiple_of"]) is int
    assert params["webhook_url"] == {
        "name": "webhook_url",
        "type": "url",
        "min_length": 1,
        "max_length": 2083,
        "description": "URL to receive webhook notifications",
    }
    kontext = _spec(tmp_path / "bfl-flux-kontext-pro.yaml")
    assert kontext["description"].startswith("Create an image with FLUX.1 Kontext [pro] (legacy")


def test_a_post_answering_unlike_the_models_is_not_drafted_but_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(BFL.read_text(encoding="utf-8"))
    other = json.loads(json.dumps(document["paths"]["/v1/flux-pro-1.1"]))
    other["post"]["responses"]["200"]["content"]["application/json"]["schema"] = {"type": "object"}
    document["paths"]["/v1/finetune"] = other
    path = tmp_path / "bfl.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _import(tmp_path / "out", "--output-media", "image", document=path, provider="bfl") == 0
    assert "bfl-finetune.yaml" not in [p.name for p in (tmp_path / "out").iterdir()]
    assert "paths./v1/finetune.post: not drafted as a model" in capsys.readouterr().err


def test_an_endpoint_document_is_read_only_when_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _import(tmp_path, "--output-media", "image", document=FAL, provider="fal") == 2
    assert "a document of one endpoint is read with --layout endpoint" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    assert _import(tmp_path, "--output-media", "image", "--layout", "endpoint", document=FAL, provider="fal") == 0
    draft = _spec(tmp_path / "fal-fal-ai-flux-schnell.yaml")  # the id's slashes flattened in the file name only
    assert draft["id"] == "fal-ai/flux/schnell"
    params = {p["name"]: p for p in draft["parameters"]}
    assert params["image_size"]["enum"][:2] == ["square_hd", "square"] and params["seed"]["type"] == "integer"
    err = capsys.readouterr().err
    assert ".properties.image_size.anyOf: only the string branch is represented; not " in err


@pytest.mark.parametrize(
    ("layout", "message"),
    [
        ("path-per-model", "does not have the path-per-model layout"),
        ("model-header", "does not have the model-header layout"),
        ("model-field", "does not have the model-field layout"),
        ("media-path", "does not have the media-path layout"),
    ],
)
def test_a_named_layout_the_document_does_not_have_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], layout: str, message: str
) -> None:
    assert _import(tmp_path, "--output-media", "image", "--layout", layout, document=FAL, provider="fal") == 2
    assert message in capsys.readouterr().err


def test_a_document_of_two_detected_layouts_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    for name in ("one", "two"):
        document["paths"][f"/v2/{name}"] = {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                "responses": {"200": {"description": "ok"}},
            }
        }
    path = tmp_path / "both.yml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    assert _import(tmp_path / "out", document=path) == 2
    assert "fits more than one layout (model-header, path-per-model); name the one" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("provider", "documents"),
    [
        ("bfl", {"https://api.bfl.ai/openapi.json": BFL}),
        (
            "fal",
            {
                f"https://fal.ai/api/openapi/queue/openapi.json?endpoint_id={endpoint}": DOCUMENTS / "fal" / name
                for endpoint, name in (
                    ("fal-ai/flux/schnell", "fal-ai-flux-schnell.openapi.json"),
                    ("fal-ai/flux-pro/kontext", "fal-ai-flux-pro-kontext.openapi.json"),
                )
            },
        ),
        (
            "replicate",
            {
                f"https://api.replicate.com/v1/models/prunaai/{name}/versions/{version}": DOCUMENTS
                / "replicate"
                / f"prunaai-{name}.version.json"
                for name, version in (
                    ("p-image", "8527975e894984ac13c83a6ba96533dbe666cd1093b0dc4ba3632c0baa5f3ca2"),
                    ("p-image-edit", "21572612bd5577c2cddc926e177b7e50640a8fae9cd51a69677f0d29d37e3df5"),
                )
            },
        ),
    ],
)
def test_the_checked_in_lock_is_what_the_stored_documents_give(
    tmp_path: Path, provider: str, documents: dict[str, Path]
) -> None:
    args = ["sources", "refresh", provider, *map(str, documents.values()), "--sources", str(tmp_path)]
    for url in documents:
        args += ["--source-url", url]
    assert main(args) == 0
    checked_in = Path(__file__).resolve().parent.parent / "sources" / f"{provider}.facts.json"
    assert (tmp_path / f"{provider}.facts.json").read_bytes() == checked_in.read_bytes()


# --- the direct layouts: a body field naming the models (OpenAI), one model per media-answering path (Stability) ---


def test_models_named_by_a_body_field_get_one_draft_each_and_prose_only_facts_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = DOCUMENTS / "openai" / "openapi.json"
    args = ("--output-media", "image", "--model", "dall-e-3", "--model", "gpt-image-1-edit")
    assert _import(tmp_path, *args, document=document, provider="openai") == 0
    err = capsys.readouterr().err
    dalle = _spec(tmp_path / "openai-dall-e-3.yaml")
    assert (dalle["path"], "wire_id" in dalle, "request_body" in dalle) == ("/v1/images/generations", False, False)
    params = {p["name"]: p for p in dalle["parameters"]}
    assert "model" not in params  # the field naming the model is no parameter
    # What the schema states for every model is drafted; what the prose states per model is not guessed.
    assert params["n"]["maximum"] == 10 and "enum" not in params["size"]
    assert "parameters.size" not in err
    place = "paths./images/generations.post.requestBody.content.application/json.schema.properties"
    assert f"{place}.prompt.description: names dall-e-2, dall-e-3: a per-model fact stated in prose only" in err
    assert f"{place}.n.description: names dall-e-3" in err
    assert f"{place}.size.anyOf: an open enum (any string, or one of auto, 1024x1024" in err
    edit = _spec(tmp_path / "openai-gpt-image-1-edit.yaml")
    assert (edit["wire_id"], edit["path"], edit["request_body"]) == ("gpt-image-1", "/v1/images/edits", "multipart")
    image = next(p for p in edit["parameters"] if p["name"] == "image")
    assert image == {
        "name": "image",
        "type": "array",
        "items": {"type": "file"},
        "required": True,
        "max_items": 16,
        "description": "",
    }
    assert "paths./images/edits.post.requestBody.content.application/json: another form of the request body" in err


def test_one_model_per_media_answering_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = DOCUMENTS / "stability" / "openapi.json"
    assert _import(tmp_path, document=document, provider="stability") == 0
    err = capsys.readouterr().err
    ultra = _spec(tmp_path / "stability-ultra.yaml")
    assert (ultra["path"], ultra["request_body"]) == ("/v2beta/stable-image/generate/ultra", "multipart")
    assert ultra["output"] == {"media": "image", "body": "either"}  # image bytes, or JSON, as accept asks
    assert next(p for p in ultra["parameters"] if p["name"] == "image")["type"] == "file"
    assert "header parameter 'accept': not a model parameter" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["stability-core.yaml", "stability-ultra.yaml"]


def test_two_paths_giving_one_model_id_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = json.loads((DOCUMENTS / "stability" / "openapi.json").read_text(encoding="utf-8"))
    document["paths"]["/v2beta/stable-video/core"] = document["paths"]["/v2beta/stable-image/generate/core"]
    path = tmp_path / "stability.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert _import(tmp_path / "out", document=path, provider="stability") == 2
    err = capsys.readouterr().err
    assert (
        "paths./v2beta/stable-video/core: model id 'core' again (first: paths./v2beta/stable-image/generate/core)"
        in err
    )
    assert not (tmp_path / "out").exists()


def test_drafts_of_the_new_layouts_validate_and_generate(
    specs_copy: Path, tmp_path: Path, shared_generation: None
) -> None:
    for provider in ("openai", "stability"):
        for spec in (specs_copy / "models").glob(f"{provider}-*.yaml"):
            spec.unlink()
        document = DOCUMENTS / provider / "openapi.json"
        assert _import(specs_copy / "models", "--output-media", "image", document=document, provider=provider) == 0
    project = generate(specs_copy, tmp_path / "generated")
    drafted = {m.model_id for p in project.providers if p.id in ("openai", "stability") for m in p.models}
    assert {"dall-e-3", "gpt-image-1-edit", "core", "ultra"} <= drafted
