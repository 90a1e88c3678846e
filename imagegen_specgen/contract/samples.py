"""Values a spec allows and values it forbids, per parameter: the raw material of contract tests.

Derived from the IR alone, so a new spec gets its cases with no hand-written test.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..parser import ir
from ..runtime.constraints import CONSTRAINTS, Facts, is_set, next_multiple

SAMPLE_URL = "https://example.com/input.png"
SAMPLE_FILE = "input.png"  # what examples (docs, the export) show for a file parameter: a path
# What contract tests pass for a file parameter: a file's bytes (a PNG signature), never a path on the disk.
SAMPLE_FILE_BYTES = b"\x89PNG\r\n\x1a\n" + bytes(24)


@dataclass(frozen=True)
class Case:
    label: str
    value: Any


def _scalar_valid(kind: str, enum: tuple[Any, ...], low: Any, high: Any, step: Any = None) -> Any:
    if enum:
        return enum[0]
    if kind == "boolean":
        return True
    if kind == "url":
        return SAMPLE_URL
    if kind == "file":
        return SAMPLE_FILE
    if kind == "string":
        return "a red fox in the snow"
    if low is not None:
        return low if step is None else next_multiple(low, step)
    if high is not None:
        return high if step is None else next_multiple(high - step + 1 if kind == "integer" else high, step)
    value = 1 if kind == "integer" else 1.5
    return value if step is None else step


def example_value(param: ir.Parameter) -> Any:
    """One value the spec allows: its example, default, or the simplest value in range."""
    if param.example is not None:
        return param.example
    if param.has_default:
        return param.default
    if param.type == "array":
        assert param.items is not None
        item = _scalar_valid(param.items.type, param.items.enum, param.items.minimum, param.items.maximum)
        return [item] * max(param.min_items or 1, 1)
    return _scalar_valid(param.type, param.enum, param.minimum, param.maximum, param.multiple_of)


def contract_value(param: ir.Parameter) -> Any:
    """What a contract test passes for a parameter: its example value, but a file's bytes for a file."""
    if param.is_file:
        return [SAMPLE_FILE_BYTES] * max(param.min_items or 1, 1) if param.type == "array" else SAMPLE_FILE_BYTES
    return example_value(param)


def minimal_input(model: ir.Model, *, contract: bool = False) -> dict[str, Any]:
    """Only the required parameters, with allowed values (`contract`: as contract tests pass them)."""
    value = contract_value if contract else example_value
    return {p.wire_name: value(p) for p in model.parameters if p.required}


def _file_cases(param: ir.Parameter, valid: bool) -> list[Case]:
    if param.type != "array":
        if valid:
            return [Case("file bytes", SAMPLE_FILE_BYTES)]
        return [Case("number for file", 5), Case("URL for file", SAMPLE_URL)]
    one = SAMPLE_FILE_BYTES
    if valid:
        cases = [Case("file bytes", [one] * max(param.min_items or 1, 1))]
        if param.max_items is not None:
            cases.append(Case("most items", [one] * param.max_items))
        return cases
    cases = [Case("item: number for file", [5]), Case("item: URL for file", [SAMPLE_URL])]
    if param.max_items is not None:
        cases.append(Case("too many items", [one] * (param.max_items + 1)))
    if param.min_items:
        cases.append(Case("too few items", [one] * (param.min_items - 1)))
    return cases


def _item(param: ir.Parameter) -> Any:
    """An allowed item of an array parameter."""
    assert param.items is not None
    return _scalar_valid(param.items.type, param.items.enum, param.items.minimum, param.items.maximum)


def _constraint_cases(param: ir.Parameter, valid: bool) -> list[Case]:
    """The samples of each constraint the parameter sets (runtime/constraints.py): at its bound, or just past it."""
    values = param.constraint_values
    plain = None
    if param.multiple_of is not None:  # an allowed value ignoring the enum: where a multiple starts
        plain = _scalar_valid(param.type, (), param.minimum, param.maximum, param.multiple_of)
    facts = Facts(param.type, values, _item(param) if param.type == "array" else None, plain)
    return [
        Case(label, value)
        for constraint in CONSTRAINTS
        if is_set(values[constraint.key])
        for label, value in (constraint.valid if valid else constraint.invalid)(values[constraint.key], facts)
    ]


def valid_cases(param: ir.Parameter) -> list[Case]:
    if param.is_file:
        return _file_cases(param, valid=True)
    cases = [Case("example", example_value(param))]
    if param.has_default:
        cases.append(Case("default", param.default))
    cases += _constraint_cases(param, valid=True)
    unique: dict[str, Case] = {}
    for case in cases:
        unique.setdefault(case.label, case)
    return list(unique.values())


def _wrong_type(kind: str) -> list[Case]:
    return {
        "string": [Case("number for text", 5)],
        "url": [Case("number for URL", 5), Case("not a URL", "not a url")],
        "integer": [Case("text for integer", "5"), Case("fraction for integer", 5.5), Case("bool for integer", True)],
        "number": [Case("text for number", "1.5"), Case("bool for number", True)],
        "boolean": [Case("text for boolean", "true"), Case("number for boolean", 1)],
    }[kind]


def invalid_cases(param: ir.Parameter) -> list[Case]:
    if param.is_file:
        return _file_cases(param, valid=False)
    if param.type == "array":
        assert param.items is not None
        cases = [Case("single value for list", _item(param)), *_constraint_cases(param, valid=False)]
        return cases + [Case(f"item: {c.label}", [c.value]) for c in _wrong_type(param.items.type)]
    return _wrong_type(param.type) + _constraint_cases(param, valid=False)
