"""The table of constraint kinds (runtime/constraints.py) is the spec format's: a kind added to one and not the
other fails here, before any stage that iterates the table can quietly leave it out."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pydantic
import pytest
from jsonschema import Draft202012Validator

from imagegen_specgen.parser import ir
from imagegen_specgen.runtime.constraints import BY_PYDANTIC_ERROR, CONSTRAINTS, ON_ITEMS

from .conftest import SPECS

_DEFS = json.loads((SPECS / "spec.schema.json").read_text(encoding="utf-8"))["$defs"]
_PARAMETER = _DEFS["parameter"]["properties"]
# A parameter's keys that are no constraint on its value.
NOT_CONSTRAINTS = {
    "name",
    "python_name",
    "type",
    "items",
    "required",
    "default",
    "description",
    "example",
    "secret",
    "default_is_placeholder",
    "always_send",
    "usage",
    "relevant_when",
    "notes",
}


def test_every_constraint_of_the_spec_format_is_in_the_table_and_no_other() -> None:
    in_schema = set(_PARAMETER) - NOT_CONSTRAINTS
    assert in_schema == {c.key for c in CONSTRAINTS}, "add the kind to runtime/constraints.py (or NOT_CONSTRAINTS)"
    on_items = set(_PARAMETER["items"]["properties"]) - {"type"}
    assert on_items == {c.key for c in ON_ITEMS}, "a kind on items needs item_types in runtime/constraints.py"


def test_the_ir_has_a_field_for_every_kind() -> None:
    parameter = {f.name for f in dataclasses.fields(ir.Parameter)}
    assert {c.key for c in CONSTRAINTS} <= parameter
    assert {f.name for f in dataclasses.fields(ir.ItemType)} == {"type"} | {c.key for c in ON_ITEMS}


def test_each_kind_names_a_json_schema_keyword_and_types_of_the_spec_format() -> None:
    types = set(_PARAMETER["type"]["enum"])
    for constraint in CONSTRAINTS:
        assert constraint.keyword in Draft202012Validator.VALIDATORS, constraint.key
        assert set(constraint.types) <= types, constraint.key
        assert set(constraint.item_types) <= set(_DEFS["scalar_type"]["enum"]), constraint.key
        assert constraint.upper is None or constraint.upper in {c.key for c in CONSTRAINTS}, constraint.key
        Draft202012Validator.check_schema(dict(constraint.lock))


def _failing(schema: dict[str, Any], value: Any) -> str:
    """pydantic's error type for `value` under one JSON Schema property, as the request models are made."""
    from pydantic import Field, create_model

    keywords = {
        "minimum": "ge",
        "maximum": "le",
        "multipleOf": "multiple_of",
        "minLength": "min_length",
        "maxLength": "max_length",
        "minItems": "min_length",
        "maxItems": "max_length",
    }
    if "enum" in schema:
        from typing import Literal

        annotation: Any = Literal[tuple(schema["enum"])]
        field = Field()
    else:
        kind = schema["type"]
        annotation = {"integer": int, "string": str, "array": list[int]}[kind]
        field = Field(**{keywords[k]: v for k, v in schema.items() if k in keywords})
    model = create_model("M", x=(annotation, field))
    with pytest.raises(pydantic.ValidationError) as caught:
        model.model_validate({"x": value})
    return str(caught.value.errors()[0]["type"])


# A value breaking each kind, in a property with only that keyword (and a type).
BROKEN = [
    ({"enum": ["a", "b"]}, "c"),
    ({"type": "integer", "minimum": 2}, 1),
    ({"type": "integer", "maximum": 2}, 3),
    ({"type": "integer", "multipleOf": 2}, 3),
    ({"type": "string", "minLength": 2}, "x"),
    ({"type": "string", "maxLength": 1}, "xy"),
    ({"type": "array", "minItems": 2}, [1]),
    ({"type": "array", "maxItems": 1}, [1, 2]),
]


def test_every_kind_has_a_broken_value_below() -> None:
    assert {k for schema, _ in BROKEN for k in schema if k != "type"} == {c.keyword for c in CONSTRAINTS}


@pytest.mark.parametrize(("schema", "value"), BROKEN, ids=[str(list(schema)[-1]) for schema, _ in BROKEN])
def test_each_kind_is_reported_by_pydantic_as_the_table_says(schema: dict[str, Any], value: Any) -> None:
    """The client words an error by pydantic's type for it (runtime/validation.py): each kind's is right."""
    assert BY_PYDANTIC_ERROR[_failing(schema, value)].keyword in schema
