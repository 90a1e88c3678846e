"""Every kind of parameter constraint the spec format has, each stated once, in one table (CONSTRAINTS).

An entry says, for one kind: its spec key (also the IR's field and the facts lock's key), its JSON Schema
keyword, the parameter types (and item types) it applies to, how the spec gate checks a default or example
against it, how the client and the mock word a value that breaks it, the sentence a docstring gives it, the
contract-test samples at and just past it, and the JSON Schema of its value in a facts lock. The generator's
stages iterate this table instead of naming kinds one by one.

It lives in the runtime because the runtime must not import the generator while the generator may import the
runtime. The client (which gets a verbatim copy) reads only the wording of its errors from it; the rest is a
few small functions the generator uses. One table that ships a little more than the client needs beats two
tables that must agree.

A new kind: an entry here, its key in the spec format (specs/spec.schema.json), a field of the same name on
the IR's Parameter (and ItemType when it applies to items), and its line on the reference page
(emit/templates/provider.md.j2). tests/test_constraints.py fails until the schema, the IR and this table agree.
Not from this table: contract/support.py's hypothesis strategies, which make valid values per JSON type with the
keywords combined (a multiple within a range), so a kind that narrows the valid values needs a line there too.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

NUMERIC = ("integer", "number")
TEXT = ("string", "url")
SCALARS = ("string", "integer", "number", "boolean", "url", "file")
_NUMBER: Mapping[str, Any] = {"type": "number"}
_COUNT: Mapping[str, Any] = {"type": "integer", "minimum": 0}

Samples = list[tuple[str, Any]]  # (label, value) for contract tests


@dataclass(frozen=True)
class Facts:
    """What a kind's samples are made from: the parameter's type, its constraints by key (None or () when not
    set), an allowed item for an array and an allowed value ignoring the enum (where a multiple starts)."""

    type: str
    values: Mapping[str, Any]
    item: Any = None
    plain: Any = None


def _none(*_: Any) -> Any:
    return None


def _no_samples(bound: Any, facts: Facts) -> Samples:
    return []


@dataclass(frozen=True)
class Constraint:
    key: str  # in a spec, on the IR's Parameter, in a facts lock
    keyword: str  # JSON Schema
    types: tuple[str, ...]  # parameter types it applies to
    only_on: str  # what the spec gate expects when it is set on another type
    lock: Mapping[str, Any]  # its value's JSON Schema in a facts lock
    pydantic: tuple[str, str]  # the client's check: pydantic's error type and the bound's key in its context
    client_text: str  # the client's message; str.format fields: name, shown (name=value), bound, got, s, allowed
    mock_text: str  # the mock's message; fields: found, bound, size (of a list or text), allowed
    item_types: tuple[str, ...] = ()  # item types it applies to on an array's items; () for none
    only_on_items: str = ""  # what the spec gate expects when it is set on other items
    upper: str | None = None  # a lower bound's upper bound: the spec gate wants low <= high
    holds: Callable[[Any, Any], bool] | None = None  # whether a default or example meets it; None: not checked
    wanted: Callable[[Mapping[str, Any]], str] = _none  # the spec gate's words for what `holds` wants
    summary: Callable[[Mapping[str, Any]], str | None] = _none  # a docstring's sentence for it, if it says one
    item_summary: Callable[[Mapping[str, Any]], str | None] = _none  # ... for it on an array's items
    valid: Callable[[Any, Facts], Samples] = _no_samples  # contract-test values at the bound
    invalid: Callable[[Any, Facts], Samples] = _no_samples  # ... and just past it


def is_set(value: Any) -> bool:
    """Whether a constraint's value states anything (an IR leaves an unset enum as ())."""
    return value is not None and value != ()


def _show(value: Any) -> str:  # as the spec gate shows values (parser/diagnostics.py's show)
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def values_text(values: Any) -> str:
    return ", ".join(repr(v) for v in values)


def range_text(low: Any, high: Any) -> str | None:
    """A range in words for docs: `1 to 4`, `>= 1`, `<= 4`; None when neither bound is set."""
    if low is None and high is None:
        return None
    if high is None:
        return f">= {low}"
    if low is None:
        return f"<= {high}"
    return f"{low} to {high}"


def is_multiple(value: Any, step: Any) -> bool:
    if isinstance(value, int) and isinstance(step, int):
        return value % step == 0
    quotient = value / step
    return math.isfinite(quotient) and abs(quotient - round(quotient)) < 1e-9  # 1e300 / 1e-300 is inf


def next_multiple(value: Any, step: Any) -> Any:
    """The least multiple of `step` at or above `value`."""
    quotient = -(-value // step)
    result = quotient * step
    return int(result) if isinstance(value, int) and isinstance(step, int) else result


def near_miss(value: str) -> str:
    """A plausible typo of an allowed value: 16:9 -> 16x9, DDIM -> ddim."""
    if ":" in value:
        return value.replace(":", "x")
    if value.lower() != value:
        return value.lower()
    return value + "s"


def _range_wanted(raw: Mapping[str, Any]) -> str:
    low, high = raw.get("minimum"), raw.get("maximum")
    return f"a value within the range {low if low is not None else '-inf'}..{high if high is not None else 'inf'}"


def _items_wanted(raw: Mapping[str, Any]) -> str:
    low, high = raw.get("min_items"), raw.get("max_items")
    return f"between {low or 0} and {high if high is not None else 'any'} items"


def _items_summary(values: Mapping[str, Any]) -> str | None:
    low, high = values.get("min_items"), values.get("max_items")
    if low is None and high is None:
        return None
    low = low if low is not None else 0
    return f"Items: {low} to {high}." if high is not None else f"At least {low} items."


def _enum_invalid(values: Any, facts: Facts) -> Samples:
    if facts.type == "string":
        allowed = {str(v) for v in values}
        miss = next((c for c in (near_miss(str(v)) for v in values) if c not in allowed), None)
        return [] if miss is None else [("near-miss enum value", miss)]
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    return [("value outside enum", max(numbers) + 1)]


def _minimum_valid(low: Any, facts: Facts) -> Samples:
    step = facts.values.get("multiple_of")
    return [("minimum", low if step is None else next_multiple(low, step))]


def _not_a_multiple(step: Any, facts: Facts) -> Samples:
    # Integers only: a number parameter gets no such case.
    if facts.type != "integer":
        return []
    high = facts.values.get("maximum")
    return [("not a multiple", facts.plain + 1)] if high is None or facts.plain + 1 <= high else []


def _delta(facts: Facts) -> Any:
    return 1 if facts.type == "integer" else 0.5


CONSTRAINTS: tuple[Constraint, ...] = (
    Constraint(
        key="enum",
        keyword="enum",
        types=("string", "integer", "number", "url", "file"),  # a file's enum is refused in a file's own words
        only_on="enum only on text or number parameters",
        item_types=SCALARS,
        lock={"type": "array"},
        pydantic=("literal_error", ""),
        client_text="{shown} is not allowed; allowed values: {allowed}",
        mock_text="{found} is not allowed; allowed values: {allowed}",
        holds=lambda value, allowed: value in allowed,
        wanted=lambda raw: "one of the allowed values " + ", ".join(_show(v) for v in raw["enum"]),
        summary=lambda v: f"Allowed: {values_text(v['enum'])}." if v.get("enum") else None,
        item_summary=lambda v: f"Each item one of: {values_text(v['enum'])}." if v.get("enum") else None,
        valid=lambda values, facts: [(f"enum {v!r}", v) for v in values],
        invalid=_enum_invalid,
    ),
    Constraint(
        key="minimum",
        keyword="minimum",
        types=NUMERIC,
        only_on="it only on integer or number parameters",
        item_types=NUMERIC,
        only_on_items="it only on numeric items",
        lock=_NUMBER,
        pydantic=("greater_than_equal", "ge"),
        client_text="{shown} is out of range: must be >= {bound}",
        mock_text="{found} is below the minimum {bound}",
        upper="maximum",
        holds=lambda value, low: value >= low,
        wanted=_range_wanted,
        summary=lambda v: (
            None if (text := range_text(v.get("minimum"), v.get("maximum"))) is None else f"Range: {text}."
        ),
        valid=_minimum_valid,
        invalid=lambda low, facts: [("below minimum", low - _delta(facts))],
    ),
    Constraint(
        key="maximum",
        keyword="maximum",
        types=NUMERIC,
        only_on="it only on integer or number parameters",
        item_types=NUMERIC,
        only_on_items="it only on numeric items",
        lock=_NUMBER,
        pydantic=("less_than_equal", "le"),
        client_text="{shown} is out of range: must be <= {bound}",
        mock_text="{found} is above the maximum {bound}",
        holds=lambda value, high: value <= high,
        wanted=_range_wanted,  # its sentence in docs is the minimum's (one range)
        # A maximum that is no multiple is no allowed value: the minimum's sample (a multiple) stands for both.
        valid=lambda high, facts: [] if facts.values.get("multiple_of") is not None else [("maximum", high)],
        invalid=lambda high, facts: [("above maximum", high + _delta(facts))],
    ),
    Constraint(
        key="multiple_of",
        keyword="multipleOf",
        types=NUMERIC,
        only_on="it only on integer or number parameters",
        lock=_NUMBER,
        pydantic=("multiple_of", "multiple_of"),
        client_text="{shown} must be a multiple of {bound}",
        mock_text="{found} is not a multiple of {bound}",
        holds=is_multiple,
        wanted=lambda raw: f"a multiple of {raw['multiple_of']}",
        summary=lambda v: None if v.get("multiple_of") is None else f"Multiple of {v['multiple_of']}.",
        invalid=_not_a_multiple,
    ),
    # Lengths: the spec gate never checked a default's length (the client does), and docstrings leave them out.
    Constraint(
        key="min_length",
        keyword="minLength",
        types=TEXT,
        only_on="it only on string parameters",
        lock=_COUNT,
        pydantic=("string_too_short", "min_length"),
        client_text="{name}: at least {bound} character{s}, got {got}",
        mock_text="text of length {size}; at least {bound}",
        upper="max_length",
        invalid=lambda low, facts: [("too short", "x" * (low - 1))] if low else [],
    ),
    Constraint(
        key="max_length",
        keyword="maxLength",
        types=TEXT,
        only_on="it only on string parameters",
        lock=_COUNT,
        pydantic=("string_too_long", "max_length"),
        client_text="{name}: at most {bound} character{s}, got {got}",
        mock_text="text of length {size}; at most {bound}",
        invalid=lambda high, facts: [("too long", "x" * (high + 1))],
    ),
    Constraint(
        key="min_items",
        keyword="minItems",
        types=("array",),
        only_on="it only on array parameters",
        lock=_COUNT,
        pydantic=("too_short", "min_length"),
        client_text="{name}: at least {bound} item{s}, got {got}",
        mock_text="{size} items; at least {bound} required",
        upper="max_items",
        holds=lambda items, low: len(items) >= low,
        wanted=_items_wanted,
        summary=_items_summary,  # one sentence for both bounds
        valid=lambda low, facts: [("fewest items", [facts.item] * low)],
        invalid=lambda low, facts: [("too few items", [facts.item] * (low - 1))] if low else [],
    ),
    Constraint(
        key="max_items",
        keyword="maxItems",
        types=("array",),
        only_on="it only on array parameters",
        lock=_COUNT,
        pydantic=("too_long", "max_length"),
        client_text="{name}: at most {bound} item{s}, got {got}",
        mock_text="{size} items; at most {bound} allowed",
        holds=lambda items, high: len(items) <= high,
        wanted=_items_wanted,
        valid=lambda high, facts: [("most items", [facts.item] * high)],
        invalid=lambda high, facts: [("too many items", [facts.item] * (high + 1))],
    ),
)

BY_KEY: Mapping[str, Constraint] = {c.key: c for c in CONSTRAINTS}
ON_ITEMS: tuple[Constraint, ...] = tuple(c for c in CONSTRAINTS if c.item_types)
BY_PYDANTIC_ERROR: Mapping[str, Constraint] = {c.pydantic[0]: c for c in CONSTRAINTS}
BY_KEYWORD: Mapping[str, Constraint] = {c.keyword: c for c in CONSTRAINTS}
