"""First gate: every document against specs/spec.schema.json, with messages a person can act on."""

from __future__ import annotations

import itertools
import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .diagnostics import MAX_LISTED_PER_FILE, SpecProblem, show
from .load import SpecDocument

if TYPE_CHECKING:
    import jsonschema
    from jsonschema import Draft202012Validator

SCHEMA_NAME = "spec.schema.json"
KINDS = ("provider", "model")


def bundled_schema() -> Path:
    """The spec format this generator reads: the copy an installed wheel carries inside the package, or the
    checkout's specs/spec.schema.json (a source tree or an editable install)."""
    inside = Path(__file__).parent / SCHEMA_NAME
    return inside if inside.is_file() else Path(__file__).parent.parent.parent / "specs" / SCHEMA_NAME


@cache
def _fast_validators(schema_path: Path) -> dict[str, Any]:
    """A compiled validator per kind, used only to let valid documents through quickly; every message
    still comes from jsonschema. Empty when jsonschema_rs is not installed."""
    try:
        import jsonschema_rs
    except ImportError:
        return {}
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    return {
        kind: jsonschema_rs.Draft202012Validator({"$defs": schema["$defs"], "$ref": f"#/$defs/{kind}"})
        for kind in KINDS
    }


@cache
def _validators(schema_path: Path) -> dict[str, Draft202012Validator]:
    # Imported here: when jsonschema_rs passes every document, no message is needed, and neither is jsonschema.
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    defs = schema["$defs"]
    return {kind: Draft202012Validator({"$defs": defs, "$ref": f"#/$defs/{kind}"}) for kind in KINDS}


_TYPE_WORDS = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


Described = tuple[tuple[str | int, ...], str, str]


def _variant(error: jsonschema.ValidationError) -> str:
    """The variant the checked keys belong to (" for protocol 'direct'"), when they come from the `then` of an
    if/then on a constant, such as an API's protocol: the keys allowed and required depend on it."""
    if "then" not in error.absolute_schema_path:
        return ""
    schema = error.schema
    properties = schema.get("properties", {}) if isinstance(schema, dict) else {}
    for name, sub in properties.items():
        if isinstance(sub, dict) and "const" in sub:
            return f" for {name} {show(sub['const'])}"
    return ""


def _describe(error: jsonschema.ValidationError) -> list[Described]:
    if error.validator == "required":
        path = tuple(error.absolute_path)
        variant = _variant(error)
        return [
            (path, f"no key {key!r}", f"the required key {key!r}{variant}")
            for key in error.validator_value
            if key not in error.instance
        ]
    if error.validator == "additionalProperties":
        path = tuple(error.absolute_path)
        known = error.schema.get("properties", {})
        allowed = ", ".join(sorted(known))
        variant = _variant(error)
        return [
            ((*path, key), f"unknown key {key!r}", f"one of the known keys{variant} ({allowed})")
            for key in sorted(set(error.instance) - set(known))
        ]
    return [_describe_one(error)]


describe_error = _describe  # (key path, found, expected) for an error of any JSON Schema (the facts lock's too)


def _describe_one(error: jsonschema.ValidationError) -> Described:
    path = tuple(error.absolute_path)
    value = error.instance
    kind, arg = error.validator, error.validator_value
    if kind == "type":
        wanted = arg if isinstance(arg, list) else [arg]
        return path, show(value), " or ".join(_TYPE_WORDS.get(str(w), str(w)) for w in wanted)
    if kind in ("enum", "const"):
        options = arg if kind == "enum" else [arg]
        return path, show(value), "one of " + ", ".join(show(o) for o in options)
    if kind == "pattern":
        return path, show(value), f"text matching {arg}"
    if kind in ("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"):
        words = {"minimum": ">=", "exclusiveMinimum": ">", "maximum": "<=", "exclusiveMaximum": "<"}
        return path, show(value), f"a number {words[kind]} {arg}"
    if kind == "minLength":
        return path, show(value), "non-empty text" if arg == 1 else f"text of at least {arg} characters"
    if kind == "maxLength":
        return path, f"text of {len(value)} characters", f"at most {arg} characters"
    if kind in ("minItems", "maxItems"):
        return path, f"{len(value)} items", f"{'at least' if kind == 'minItems' else 'at most'} {arg} items"
    return path, show(value), error.message


def check_schema(documents: list[SpecDocument], schema_path: Path) -> tuple[list[SpecDocument], list[SpecProblem]]:
    """Documents that pass, and the problems of those that do not."""
    fast = _fast_validators(schema_path)
    passed: list[SpecDocument] = []
    problems: list[SpecProblem] = []
    for doc in documents:
        data: Any = doc.data
        if not isinstance(data, dict):
            problems.append(doc.problem((), show(data), "a mapping with kind: provider or kind: model"))
            continue
        kind = data.get("kind")
        if kind not in KINDS:
            problems.append(doc.problem(("kind",), show(kind), "'provider' or 'model'"))
            continue
        if kind in fast and fast[kind].is_valid(data):
            passed.append(doc)
            continue
        # Not every error of a hostile document: enough to fill the message, and one to say there are more.
        first = itertools.islice(_validators(schema_path)[kind].iter_errors(data), MAX_LISTED_PER_FILE + 1)
        errors = sorted(first, key=lambda e: [str(p) for p in e.absolute_path])
        seen: set[Described] = set()
        for error in errors:
            for described in _describe(error):
                if described not in seen:  # two branches of a schema may say the same thing
                    seen.add(described)
                    problems.append(doc.problem(*described))
        if not errors:
            passed.append(doc)
    return passed, problems


def definition_problems(data: Any, definition: str) -> list[Described]:
    """(key path, found, expected) for each way `data` breaks one definition of the bundled spec format
    (`$defs/<definition>`, such as a parameter): for drafts built piece by piece, before they are written."""
    errors = sorted(
        _definition_validator(definition).iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]
    )
    return [described for error in errors for described in _describe(error)]


@cache
def _definition_validator(definition: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    defs = json.loads(bundled_schema().read_text(encoding="utf-8"))["$defs"]
    return Draft202012Validator({"$defs": defs, "$ref": f"#/$defs/{definition}"})
