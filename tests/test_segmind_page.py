"""The Segmind API-page importer: fixture pages in each layout, the unmapped items, broken pages, the seeds."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from imagegen_specgen.upkeep.importers.segmind_page import PageError, draft_from_page

from .seed_facts import MISSING, SEED_FACTS

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "fixtures" / "segmind_pages"
LAYOUTS = ["glued.txt", "spaced.txt", "one_per_line.txt", "variations.txt", "models_path.txt"]
BODY_NOTE = (
    'The page says "Returns: {}"; Segmind\'s v1 has been seen returning raw image bytes, '
    'so the body is "either" and the client branches on Content-Type.'
)
NO_MEDIA = "response type 'Text/JSON' does not say image or video; output.media not set"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def shared_dir() -> Path | None:
    """../shared next to the main checkout (or two levels up from a worktree), or $IMAGEGEN_SHARED_DIR."""
    candidates = [os.environ.get("IMAGEGEN_SHARED_DIR"), ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "seeds").is_dir():
            return Path(candidate)
    return None


def _value(value: Any) -> Any:
    """A fact value compared by meaning: 1 and 1.0 are the same number, False is not 0."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return ("number", float(value))
    if isinstance(value, list):
        return [_value(v) for v in value]
    return value


def page_facts(spec: dict[str, Any]) -> dict[str, Any]:
    """The facts a provider's document states, from a model spec dict: id and, per parameter, type, items,
    required, default, allowed values in order, range and item counts. (The facts lock has its own extractor.)"""
    params: dict[str, Any] = {}
    for param in spec["parameters"]:
        facts: dict[str, Any] = {"type": param["type"], "required": bool(param.get("required", False))}
        for key in ("default", "enum", "minimum", "maximum", "min_items", "max_items"):
            if key in param:
                facts[key] = _value(param[key])
        if "items" in param:
            facts["items"] = {key: _value(value) for key, value in param["items"].items()}
        params[param["name"]] = facts
    return {"id": spec["id"], "parameters": params}


# --- the layouts ---------------------------------------------------------------------------------------------


def test_glued_layout_reads_values_glued_to_the_next_parameter() -> None:
    draft, unmapped = draft_from_page(page("glued.txt"))
    assert unmapped == []
    assert {k: draft[k] for k in ("kind", "provider", "id", "title", "description", "output")} == {
        "kind": "model",
        "provider": "segmind",
        "id": "aurora-sketch",
        "title": "Aurora Sketch",
        "description": "Aurora Sketch turns short prompts into loose pencil sketches.",
        "output": {"media": "image", "body": "either", "documented_as": "Image"},
    }
    assert "cost" not in draft and "latency_seconds" not in draft
    assert draft["parameters"] == [
        {
            "name": "prompt",
            "type": "string",
            "required": True,
            "description": "What to draw.",
            "example": "a fox in the snow",
        },
        {
            "name": "style",
            "type": "string",
            "default": "loose",
            "enum": ["tight", "loose", "scribble"],
            "description": "How loose the lines are.",
            "example": "loose",
            "notes": ['The page lists "loose" first, apart from the allowed values, as the default.'],
        },
        {"name": "add_shading", "type": "boolean", "default": True, "description": "Whether to shade the drawing."},
        {
            "name": "strength",
            "type": "number",
            "default": 0.65,
            "minimum": -1.5,
            "maximum": 2.5,
            "description": "How strongly the sketch follows the prompt.",
            "example": 0.8,
        },
        {
            "name": "steps",
            "type": "integer",
            "default": 20,
            "minimum": 1,
            "maximum": 50,
            "description": "Number of refinement passes.",
            "example": 30,
        },
        {
            "name": "paper_seed",
            "type": "integer",
            "minimum": 0,
            "maximum": 4294967295,
            "description": "Seed for the paper texture.",
        },
    ]
    assert draft["notes"] == [BODY_NOTE.format("Image")]


def test_spaced_layout_reads_default_after_the_range_and_url_arrays() -> None:
    draft, unmapped = draft_from_page(page("spaced.txt"))
    assert unmapped == []
    assert draft["id"] == "lumen-edit"
    assert draft["title"] == "Lumen Edit"
    assert draft["cost"] == {"usd": 0.004, "per": "generation"}
    assert draft["latency_seconds"] == 3.2
    assert draft["parameters"] == [
        {
            "name": "photo_urls",
            "type": "array",
            "items": {"type": "url"},
            "required": True,
            "description": "Photos to relight, as public URLs.",
            "example": ["https://example.com/a.png", "https://example.com/b.png"],
        },
        {
            "name": "reference_image",
            "type": "url",
            "description": "Reference photo whose light is copied.",
            "example": "https://example.com/ref.png",
        },
        {
            "name": "intensity",
            "type": "integer",
            "default": 2,
            "minimum": 1,
            "maximum": 5,
            "description": "How strong the relighting is.",
            "example": 3,
        },
        {
            "name": "mode",
            "type": "string",
            "default": "soft",
            "enum": ["soft", "hard", "rim"],
            "description": "Light mode.",
            "example": "soft",
        },
        {"name": "keep_colors", "type": "boolean", "default": True, "description": "Keep the photos' own colours."},
    ]


def test_one_per_line_layout_reads_unquoted_values_and_numeric_enums() -> None:
    draft, unmapped = draft_from_page(page("one_per_line.txt"))
    assert unmapped == [f"line 47: {NO_MEDIA}"]
    assert draft["output"] == {"body": "either", "documented_as": "Text/JSON"}
    assert draft["cost"] == {"usd": 0.05, "per": "image"}
    assert draft["latency_seconds"] == 12
    assert draft["parameters"] == [
        {
            "name": "prompt",
            "type": "string",
            "required": True,
            "description": "Scene to paint",
            "example": "a storm over a harbour",
        },
        {
            "name": "palette",
            "type": "string",
            "default": "deep_sea",
            "enum": ["deep_sea", "coral", "storm_grey"],
            "description": "Colour palette.",
        },
        {
            "name": "num_images",
            "type": "integer",
            "default": 1,
            "enum": [1, 2, 4],
            "description": "How many images to return.",
            "example": 2,
        },
        {
            "name": "upscale",
            "type": "number",
            "default": 1.0,
            "minimum": 1,
            "maximum": 4,
            "description": "Upscale factor.",
        },
    ]


def test_variations_no_default_image_arrays_booleans_and_number_enums() -> None:
    draft, unmapped = draft_from_page(page("variations.txt"))
    assert unmapped == []
    assert page_facts(draft) == {
        "id": "quill-collage",
        "parameters": {
            "picture_urls": {"type": "array", "required": True, "items": {"type": "url"}},
            "title": {"type": "string", "required": False},
            "tiles": {
                "type": "integer",
                "required": False,
                "default": ("number", 4.0),
                "enum": [("number", 1.0), ("number", 2.0), ("number", 4.0), ("number", 9.0)],
            },
            "border": {"type": "boolean", "required": False},
            "mirror": {"type": "boolean", "required": False, "default": False},
            "gap": {"type": "number", "required": False, "minimum": ("number", 0.0), "maximum": ("number", 12.5)},
        },
    }
    tiles = draft["parameters"][2]
    assert tiles["enum"] == [1, 2, 4, 9] and all(type(v) is int for v in tiles["enum"])
    assert draft["parameters"][3]["example"] is True


@pytest.mark.parametrize("name", LAYOUTS)
def test_line_endings_and_extra_blank_lines_do_not_change_the_draft(name: str) -> None:
    text = page(name)
    expected = draft_from_page(text)[0]
    assert draft_from_page(text.replace("\n", "\r\n"))[0] == expected
    assert draft_from_page(text.replace("\n\n", "\n\n\n\n"))[0] == expected


SAME_FACTS_REWRITES = [
    ("one_per_line.txt", "Minimum: 1\nMaximum: 4", "Minimum: 1, Maximum: 4"),
    ("one_per_line.txt", "deep_sea\ncoral\nstorm_grey\n", "deep_sea | coral | storm_grey\n"),
    ("one_per_line.txt", "deep_sea\ncoral\nstorm_grey\n", '"deep_sea", "coral", "storm_grey"\n'),
    (
        "one_per_line.txt",
        'Default:\n1\nAllowed values :\n"1"\n"2"\n"4"\n',
        'Allowed values :\n"1"\n"2"\n"4"\nDefault:\n1\n',
    ),
    ("one_per_line.txt", "palette\noptionalstring", "palette (Optional)\nstring"),
    (
        "one_per_line.txt",
        "prompt\nrequiredstring\nScene to paint\n",
        "prompt\n\nrequired\n\nstring\n\nScene to paint\n\n",
    ),
    ("spaced.txt", "Range: 1 - 5Default: 2", "Range: [1, 5]\nDefault: 2"),
    ("spaced.txt", "Range: 1 - 5Default: 2", "Default: 2\nRange: 1 to 5"),
    ("glued.txt", "0.65Range: -1.5 - 2.5", "0.65Range: -1.5 – 2.5"),
    ("glued.txt", "promptRequiredstring", "promptrequiredString"),
]


@pytest.mark.parametrize(("name", "old", "new"), SAME_FACTS_REWRITES)
def test_layout_variants_give_the_same_draft(name: str, old: str, new: str) -> None:
    text = page(name)
    assert old in text
    draft, unmapped = draft_from_page(text.replace(old, new))
    expected, expected_unmapped = draft_from_page(text)
    assert draft == expected
    assert [item.split(": ", 1)[1] for item in unmapped] == [item.split(": ", 1)[1] for item in expected_unmapped]


def test_heading_words_in_prose_do_not_end_or_start_a_section() -> None:
    text = page("glued.txt")
    prose = "What to draw; see the API Endpoint and Response Type notes below."
    edited = text.replace("loose pencil sketches.", "loose pencil sketches via one API endpoint.").replace(
        "What to draw.", prose
    )
    draft, unmapped = draft_from_page(edited)
    expected = draft_from_page(text)[0]
    expected["description"] = "Aurora Sketch turns short prompts into loose pencil sketches via one API endpoint."
    expected["parameters"][0]["description"] = prose
    assert (draft, unmapped) == (expected, [])


def test_draft_has_no_source_document_entry() -> None:
    draft, _ = draft_from_page(page("spaced.txt"))
    assert not {"sources", "url", "version", "sha256"} & set(draft)


def test_slug_names_the_model_and_keeps_the_page_endpoint_as_path() -> None:
    draft, _ = draft_from_page(page("glued.txt"), slug="sketch")
    assert draft["id"] == "sketch"
    assert draft["path"] == "/v1/aurora-sketch"
    same, _ = draft_from_page(page("glued.txt"), slug="aurora-sketch")
    assert "path" not in same


def test_slug_that_is_not_a_model_id_is_refused() -> None:
    with pytest.raises(ValueError, match="'Aurora Sketch' is not a model id"):
        draft_from_page(page("glued.txt"), slug="Aurora Sketch")


@pytest.mark.parametrize("name", ["glued.txt", "spaced.txt", "variations.txt", "models_path.txt"])
def test_draft_with_a_source_is_a_spec_the_project_builds(name: str, specs_copy: Path) -> None:
    from imagegen_specgen.parser.project import load_project

    draft, _ = draft_from_page(page(name))
    draft["sources"] = [f"tests/fixtures/segmind_pages/{name}"]
    (specs_copy / "models" / f"segmind-{draft['id']}.yaml").write_text(
        yaml.safe_dump(draft, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    project = load_project(specs_copy)
    model = next(m for m in project.models if m.model_id == draft["id"])
    assert [p.wire_name for p in model.parameters] == [p["name"] for p in draft["parameters"]]


@pytest.fixture(scope="module")
def segmind_specs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A specs folder holding the format and segmind.yaml alone: all a Segmind draft is checked against, without
    reading the other providers' specs again for every draft."""
    specs = tmp_path_factory.mktemp("specs")
    (specs / "providers").mkdir()
    shutil.copy(ROOT / "specs" / "spec.schema.json", specs)
    shutil.copy(ROOT / "specs" / "providers" / "segmind.yaml", specs / "providers")
    return specs


def spec_problems(draft: dict[str, Any], specs: Path) -> list[str]:
    """What the project's own loader, schema and build checks say of the draft as a spec next to segmind.yaml."""
    from imagegen_specgen.upkeep.importers.draft_check import check_drafts

    spec = {**draft, "sources": ["a test page"]}
    problems, with_provider = check_drafts([(Path("models") / f"segmind-{draft['id']}.yaml", spec)], specs)
    assert with_provider
    return [str(problem) for problem in problems]


@pytest.mark.parametrize("name", [*LAYOUTS, "unmapped.txt"])
def test_every_draft_is_a_valid_spec(name: str, segmind_specs: Path) -> None:
    draft, _ = draft_from_page(page(name), output_media="image")
    assert spec_problems(draft, segmind_specs) == []


def _param(draft: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in draft["parameters"] if p["name"] == name)


def test_endpoint_under_models_keeps_the_slug_as_id_and_the_page_path() -> None:
    draft, _ = draft_from_page(page("models_path.txt"))
    assert (draft["id"], draft["path"], draft["apis"]) == ("lichen-mask", "/v1/models/lichen-mask", ["v1"])
    assert any("POST /v1/models/lichen-mask only" in note for note in draft["notes"])
    renamed, _ = draft_from_page(page("models_path.txt"), slug="lichen")
    assert (renamed["id"], renamed["path"]) == ("lichen", "/v1/models/lichen-mask")


def test_format_after_the_type_is_a_url_type_or_a_note_never_description() -> None:
    draft, unmapped = draft_from_page(page("models_path.txt"))
    assert _param(draft, "image")["type"] == "url"
    assert _param(draft, "image")["description"] == "Photo of the rock."
    reference = _param(draft, "reference")
    assert (reference["type"], reference["description"]) == ("string", "A second photo, as base64 text.")
    assert reference["notes"] == ["The page gives the format 'base64', which the spec cannot state; the value is text."]
    assert "line 30: parameter 'reference': format 'base64' not represented (kept as string)" in unmapped
    glued = page("glued.txt").replace("promptRequiredstring", "promptRequiredstring (uri)")
    assert _param(draft_from_page(glued)[0], "prompt")["type"] == "url"


BACKDROP = '"transparent""mask""black""white""grey""red""green""blue""sepia""blur"'


@pytest.mark.parametrize(
    ("heading", "tail", "of"),
    [
        ("Allowed values (13 total):", "+3 more", "10 of 13"),
        ("Allowed values :", "+3 more", "10 of 13"),
        ("Allowed values (13 total):", "", "10 of 13"),
        ("Allowed values :", "...", "10 of more"),
    ],
)
def test_a_list_of_values_cut_short_is_recorded_as_partial_and_not_enforced(heading: str, tail: str, of: str) -> None:
    text = page("models_path.txt").replace(
        f"Allowed values (13 total):\n{BACKDROP}+3 more", f"{heading}\n{BACKDROP}{tail}"
    )
    draft, unmapped = draft_from_page(text)
    backdrop = _param(draft, "backdrop")
    assert "enum" not in backdrop and backdrop["default"] == "transparent"  # the default is kept, unchecked
    assert backdrop["notes"][0].startswith(f"The page shows only {of} allowed values ('transparent', 'mask',")
    assert any(
        item.startswith(f"line 40: parameter 'backdrop': the page shows {of} allowed values") for item in unmapped
    )
    whole = text.replace(heading, "Allowed values (10 total):").replace(BACKDROP + tail, BACKDROP)
    assert _param(draft_from_page(whole)[0], "backdrop")["enum"][:2] == ["transparent", "mask"]


def test_integers_printed_without_separators_are_read_only_when_one_reading_fits() -> None:
    draft, unmapped = draft_from_page(page("models_path.txt"))
    tiles = _param(draft, "tiles")  # default 4: of 248 / 2,48 / 24,8 / 2,4,8 only the last holds it
    assert tiles["enum"] == [2, 4, 8]
    assert "the only reading that fits" in tiles["notes"][0]
    assert "enum" not in _param(draft, "grid")
    assert any(
        item.startswith("line 55: parameter 'grid': allowed values printed without separators ('1216')")
        for item in unmapped
    )
    no_default = page("models_path.txt").replace("Default: 4\n", "")
    assert "enum" not in _param(draft_from_page(no_default)[0], "tiles")
    counted = no_default.replace("Tiles per side.\n\nAllowed values :", "Tiles per side.\n\nAllowed values (3 total):")
    assert _param(draft_from_page(counted)[0], "tiles")["enum"] == [2, 4, 8]
    ranged = page("models_path.txt").replace("Grid cells.\n", "Grid cells.\nRange: 10 - 20\n")
    assert _param(draft_from_page(ranged)[0], "grid")["enum"] == [12, 16]


# --- what cannot be mapped ---------------------------------------------------------------------------------------


def test_unmapped_items_name_their_line_and_nothing_is_guessed() -> None:
    draft, unmapped = draft_from_page(page("unmapped.txt"))
    assert unmapped == [
        "line 3: '$ call us' is neither a price ('$0.01 per generation') nor a latency ('~7.5s')",
        "line 10: the example request sends density='thick', which the parameter table does not allow; "
        "not used as its example",
        "line 12: the example request sends 'lighting', which the parameter table does not list",
        "line 18: parameter 'layers': type 'object' not understood; parameter left out",
        "line 21: parameter 'growth': range not understood: 'low -'",
        "line 21: parameter 'highshade' follows unparsed text directly; the first letters of its name may belong "
        "to that text",
        "line 22: parameter 'highshade' has no description",
        f"line 23: {NO_MEDIA}",
    ]
    params = {p["name"]: p for p in draft["parameters"]}
    assert list(params) == ["prompt", "density", "growth", "highshade"]
    assert params["prompt"]["default"] == "a wall"  # documented on a required parameter: kept, never sent
    assert "example" not in params["density"]
    assert params["growth"]["default"] == 100
    assert "minimum" not in params["growth"] and "maximum" not in params["growth"]
    assert params["highshade"]["description"] == ""  # the format requires the key; the page gives no text
    assert "may belong to that text" in params["highshade"]["notes"][0]  # the doubtful name is marked in the draft
    assert "cost" not in draft


def test_values_whose_default_cannot_be_told_apart_are_not_set() -> None:
    text = page("glued.txt").replace('"loose""tight""loose""scribble"', '"tight""loose""scribble"')
    draft, unmapped = draft_from_page(text)
    style = next(p for p in draft["parameters"] if p["name"] == "style")
    assert "default" not in style and "enum" not in style
    assert unmapped == [
        'line 22: parameter \'style\': values "tight", "loose", "scribble": the first is not among the others, '
        "so it is unclear whether it is the default; neither default nor allowed values set",
    ]


def test_default_outside_the_range_is_reported_not_set() -> None:
    draft, unmapped = draft_from_page(page("glued.txt").replace("20Range: 1 - 50", "200Range: 1 - 50"))
    steps = next(p for p in draft["parameters"] if p["name"] == "steps")
    assert "default" not in steps
    assert unmapped == [
        "line 25: parameter 'steps': the default 200 is outside its own allowed values or range; not set",
    ]


def test_allowed_values_that_do_not_fit_the_type_are_reported() -> None:
    draft, unmapped = draft_from_page(page("one_per_line.txt").replace('"4"\nupscale', '"four"\nupscale'))
    num_images = next(p for p in draft["parameters"] if p["name"] == "num_images")
    assert "enum" not in num_images
    assert "line 33: parameter 'num_images': allowed values not understood as integer values; not set" in unmapped


@pytest.mark.parametrize("value", ["", "null", "None"])
def test_default_without_a_value_is_reported_and_the_next_parameter_kept(value: str) -> None:
    text = (
        page("one_per_line.txt")
        .replace("Default:\ndeep_sea\n", "")
        .replace("storm_grey\n", f"storm_grey\nDefault: {value}\n")
    )
    draft, unmapped = draft_from_page(text)
    assert [(p["name"], p.get("default")) for p in draft["parameters"]] == [
        ("prompt", None),
        ("palette", None),
        ("num_images", 1),
        ("upscale", 1.0),
    ]
    assert unmapped[0] == "line 26: parameter 'palette': 'Default:' without a value it can take"


def test_array_values_read_as_a_json_default_and_item_values() -> None:
    text = page("spaced.txt").replace(
        "Photos to relight, as public URLs.\n",
        'Photos to relight, as public URLs.\nAllowed values : "https://example.com/a.png", "https://example.com/b.png"\n',
    )
    text = text.replace(
        "Reference photo whose light is copied.\n", 'Reference photo.\nDefault: "https://example.com/r.png"\n'
    )
    text = text.replace(
        "keep_colorsoptional\nboolean",
        'tagsoptional\nstring[]\n\nTags.\n\nDefault: ["a", "b"]\nkeep_colorsoptional\nboolean',
    )
    draft, unmapped = draft_from_page(text)
    params = {p["name"]: p for p in draft["parameters"]}
    assert params["photo_urls"]["items"] == {
        "type": "url",
        "enum": ["https://example.com/a.png", "https://example.com/b.png"],
    }
    assert params["reference_image"]["default"] == "https://example.com/r.png"
    assert params["tags"] == {
        "name": "tags",
        "type": "array",
        "items": {"type": "string"},
        "default": ["a", "b"],
        "description": "Tags.",
    }
    assert unmapped == []


def test_quoted_words_as_an_array_default_are_reported() -> None:
    text = page("spaced.txt").replace(
        "Photos to relight, as public URLs.\n", 'Photos to relight.\n"https://example.com/a.png"\n'
    )
    draft, unmapped = draft_from_page(text)
    assert "default" not in draft["parameters"][0]
    assert unmapped == ["line 32: parameter 'photo_urls' not understood: '\"https://example.com/a.png\"'"]


# --- pages that are not complete Segmind API pages ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_empty_page_is_refused(text: str) -> None:
    with pytest.raises(PageError, match="the page is empty"):
        draft_from_page(text)


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_truncation_before_the_response_type_is_refused(name: str) -> None:
    lines = page(name).split("\n")
    returns = next(i for i, line in enumerate(lines) if line.startswith("Returns:"))
    for cut in range(returns + 1):
        with pytest.raises(PageError):
            draft_from_page("\n".join(lines[:cut]))


def test_page_cut_inside_the_table_says_so() -> None:
    text = page("spaced.txt").split("Response Type")[0]
    with pytest.raises(
        PageError, match=r"line 26: the page ends inside the parameter table at line 58: .*truncated"
    ) as info:
        draft_from_page(text)
    assert info.value.line == 26
    assert isinstance(info.value, ValueError)


def test_other_vendor_api_page_is_refused() -> None:
    with pytest.raises(PageError, match=r"line 5: .*not followed by an endpoint https://api\.segmind\.com/v1/<slug>"):
        draft_from_page(page("not_segmind.txt"))


def test_unrelated_text_is_refused() -> None:
    with pytest.raises(PageError, match=r"no 'API Endpoint' heading anywhere up to the last line \(4\)"):
        draft_from_page(page("release_notes.txt"))


def test_parameters_section_without_parameters_is_refused() -> None:
    with pytest.raises(PageError, match="line 4: the 'Parameters' section lists no parameter"):
        draft_from_page(page("no_parameters.txt"))


def test_page_without_returns_line_is_refused() -> None:
    text = page("glued.txt").replace("Returns: Image", "")
    with pytest.raises(PageError, match=r"no 'Returns: \.\.\.' line after the 'Response Type' heading"):
        draft_from_page(text)


# --- the seeds (only where ../shared is present) -----------------------------------------------------------------

# What each seed's draft may leave unmapped: the page's "Text/JSON" names no media, and imagen-4-fast's example
# sends aspect_ratio, which its table lacks (recorded in specs/models/segmind-imagen-4-fast.yaml's notes).
SEED_UNMAPPED = {
    "p-image": [NO_MEDIA],
    "p-image-edit": [],
    "imagen-4-fast": ["the example request sends 'aspect_ratio', which the parameter table does not list", NO_MEDIA],
    "imagen": [NO_MEDIA],
}


def test_seed_pages_draft_the_checked_in_facts() -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared/seeds is absent (set IMAGEGEN_SHARED_DIR): the fixture pages cover the layouts")
    specs = sorted((ROOT / "specs" / "models").glob("segmind-*.yaml"))
    assert {path.stem for path in specs} == {f"segmind-{slug}" for slug in SEED_UNMAPPED}
    for path in specs:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        (source,) = spec["sources"]
        draft, unmapped = draft_from_page((shared / source).read_text(encoding="utf-8"))
        # The parameter facts reach the spec through the facts lock (test_drift.py rebuilds it from these
        # pages) and `make drift`, which also honours the spec's recorded deviations; here: the rest of the page.
        assert [item.split(": ", 1)[1] for item in unmapped] == SEED_UNMAPPED[spec["id"]], path.name
        assert (draft["title"], draft["description"]) == (spec["title"], spec["description"]), path.name
        for key in ("cost", "latency_seconds"):
            assert draft.get(key) == spec.get(key), (path.name, key)
        assert draft["output"]["documented_as"] == spec["output"]["documented_as"], path.name


def test_seed_pages_draft_the_hand_transcribed_seed_facts() -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared/seeds is absent (set IMAGEGEN_SHARED_DIR): the fixture pages cover the layouts")
    json_type = {"url": "string"}
    for path in sorted((shared / "seeds").glob("00[0124]_*.txt")):
        draft, _ = draft_from_page(path.read_text(encoding="utf-8"))
        found = {
            p["name"]: (
                json_type.get(p["type"], p["type"]),
                bool(p.get("required")),
                p.get("minimum"),
                p.get("maximum"),
                p.get("enum"),
                p.get("default", MISSING),
            )
            for p in draft["parameters"]
        }
        assert found == SEED_FACTS[("segmind", draft["id"])], path.name


def test_pruna_seed_is_not_a_segmind_page() -> None:
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared/seeds is absent (set IMAGEGEN_SHARED_DIR)")
    (pruna,) = (shared / "seeds").glob("003_*.txt")
    with pytest.raises(PageError):
        draft_from_page(pruna.read_text(encoding="utf-8"))


# --- any text: a draft or a PageError, quickly ---------------------------------------------------------------

PIECES = [
    '"',
    "\n",
    " ",
    "required",
    "optional",
    "string[]",
    "integer",
    "Default:",
    "Range: ",
    "-",
    "1.5",
    "x_y",
    "Allowed values :",
    "true",
    "[",
    "Response Type",
    "Returns: ",
    "API Endpoint",
    "data = {",
    "}",
    "é🙂",
    "\r",
    " (uri)",
    "(base64)",
    "+3 more",
    "Allowed values (3 total):",
    "248",
    "/models/",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(LAYOUTS),
    cut=st.tuples(st.floats(0, 1), st.floats(0, 1)),
    insert=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=8),
)
def test_edited_pages_give_a_draft_or_a_page_error(
    segmind_specs: Path, name: str, cut: tuple[float, float], insert: list[str]
) -> None:
    text = page(name)
    low, high = sorted(int(f * len(text)) for f in cut)
    edited = text[:low] + "".join(insert) + text[high:]
    try:
        draft, unmapped = draft_from_page(edited)
    except PageError as error:
        assert str(error).startswith("not a complete Segmind API page: ")
        return
    assert draft["kind"] == "model" and draft["parameters"]
    assert all(item.startswith("line ") for item in unmapped)
    if "media" in draft["output"]:
        assert spec_problems(draft, segmind_specs) == []


def test_long_runs_do_not_make_reading_slow() -> None:
    started = time.perf_counter()
    for filler in ("a" * 50_000 + " optionalstring", '"' * 50_000, " " * 50_000 + "x", "1" * 50_000):
        for name in ("glued.txt", "one_per_line.txt"):
            text = page(name).replace("Response Type", filler + "\nResponse Type")
            draft_from_page(text)
    assert time.perf_counter() - started < 5
