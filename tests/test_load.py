"""The spec loader reads ordinary YAML exactly as PyYAML does, and yields only JSON's types."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from imagegen_specgen.parser.load import load_specs, parse_document

from .conftest import SPECS


def test_real_specs_load_as_pyyaml_reads_them() -> None:
    documents, problems = load_specs(SPECS)
    assert problems == []
    assert len(documents) == len(list(SPECS.rglob("*.yaml")))
    for doc in documents:
        assert doc.data == yaml.safe_load((SPECS / doc.file).read_text(encoding="utf-8")), doc.file


def test_values_are_json_types_with_the_lines_of_their_keys() -> None:
    text = (
        "date: 2024-01-01\n"  # YAML 1.1 would make a date, which JSON Schema cannot check: kept as text
        "ratio: !!str 16:9\n"
        "hex: 0x1F\n"
        "nothing: ~\n"
        "items:\n"
        "  - yes\n"
        "  - {a: 1.5}\n"
    )
    doc, problems = parse_document(text, "x.yaml")
    assert problems == []
    assert doc is not None
    assert doc.data == {
        "date": "2024-01-01",
        "ratio": "16:9",
        "hex": 31,
        "nothing": None,
        "items": [True, {"a": 1.5}],
    }
    assert doc.line_of(("items", 1, "a")) == 7
    assert doc.line_of(("hex",)) == 3


# Characters that make YAML structure, tags, anchors, aliases, numbers and escapes.
_YAML_ALPHABET = "&*!:[]{},-?|># \n\t'\"%@`\\0123456789abex._+~=<"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_YAML_ALPHABET, max_size=120))
def test_any_text_gives_data_or_problems_never_an_exception(text: str) -> None:
    doc, problems = parse_document(text, "fuzz.yaml")
    assert (doc is None) == bool(problems)
    assert all(p.file == "fuzz.yaml" for p in problems)
