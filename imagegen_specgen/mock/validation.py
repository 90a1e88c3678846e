"""A model's request checked against its JSON Schema (Draft 2020-12), with messages naming the parameter."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from ..parser import ir
from ..runtime.constraints import BY_KEYWORD
from .multipart import Part


@dataclass(frozen=True)
class Problem:
    parameter: str  # "" for the body as a whole
    message: str

    def __str__(self) -> str:
        return f"{self.parameter}: {self.message}" if self.parameter else self.message


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _where(error: ValidationError) -> str:
    text = ""
    for part in error.absolute_path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _describe(error: ValidationError, schema: dict[str, Any]) -> list[Problem]:
    where = _where(error)
    value, rule, instance = error.validator_value, error.validator, error.instance
    if rule == "required":
        return [Problem(name, "required parameter is missing") for name in value if name not in instance]
    if rule == "additionalProperties":
        allowed = ", ".join(sorted(schema.get("properties", {})))
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        return [Problem(name, f"unknown parameter; allowed parameters: {allowed}") for name in extra]
    if rule == "type":
        expected = value if isinstance(value, str) else " or ".join(value)
        found = f"{_json_type(instance)} {_json(instance)}"
        return [Problem(where, f"expected {'an' if expected[0] in 'aeiou' else 'a'} {expected}, found {found}")]
    constraint = BY_KEYWORD.get(str(rule))
    if constraint is not None:
        size = len(instance) if isinstance(instance, (list, str)) else 0
        allowed = ", ".join(_json(v) for v in value) if isinstance(value, list) else ""
        text = constraint.mock_text.format(found=_json(instance), bound=_json(value), size=size, allowed=allowed)
        return [Problem(where, text)]
    messages = {  # keywords of no spec kind: exclusive bounds, and a URL parameter's pattern
        "exclusiveMinimum": f"{_json(instance)} must be greater than {_json(value)}",
        "exclusiveMaximum": f"{_json(instance)} must be less than {_json(value)}",
        "pattern": f"{_json(instance)} is not an http(s) URL"
        if value == ir.URL_PATTERN
        else f"{_json(instance)} does not match {value}",
    }
    return [Problem(where, messages.get(str(rule), error.message))]


class RequestValidator:
    """Checks one model's inputs; built once per model when the app is created."""

    def __init__(self, model: ir.Model) -> None:
        self.model = model
        self.schema = model.request_schema()
        Draft202012Validator.check_schema(self.schema)
        self._validator = Draft202012Validator(self.schema)

    def problems(self, body: Any) -> list[Problem]:
        """Every problem with `body`, sorted by parameter; empty when it is valid."""
        if not isinstance(body, dict):
            return [Problem("", f"expected a JSON object of parameters, found {_json_type(body)}")]
        found: list[Problem] = []
        for error in self._validator.iter_errors(body):
            found.extend(_describe(error, self.schema))
        return sorted(set(found), key=lambda p: (p.parameter, p.message))


FILE_PLACEHOLDER = "<file>"  # what a file part stands as in the inputs checked against the schema


def _coerced(param: ir.Parameter, kind: str, text: str) -> tuple[Any, str | None]:
    """A form field's text as the parameter's JSON value, or what is wrong with it."""
    if kind == "integer":
        try:
            return int(text), None
        except ValueError:
            return text, f"expected an integer, found {_json(text)}"
    if kind == "number":
        try:
            return float(text), None
        except ValueError:
            return text, f"expected a number, found {_json(text)}"
    if kind == "boolean":
        if text in ("true", "false"):
            return text == "true", None
        return text, f"expected true or false, found {_json(text)}"
    return text, None


def form_inputs(model: ir.Model, api: ir.DirectAPI, parts: list[Part]) -> tuple[dict[str, Any], list[Problem]]:
    """A multipart body's parts as the model's inputs (fields typed as the spec says, files as a placeholder),
    and what is wrong with the parts: a file where a field belongs, a field where a file belongs, a repeat."""
    params = {api.form_name(p): p for p in model.parameters}
    inputs: dict[str, Any] = {}
    problems: list[Problem] = []
    for part in parts:
        if part.name == api.model_field:
            continue
        param = params.get(part.name)
        if param is None:
            inputs[part.name] = part.data.decode("utf-8", "replace")  # reported as unknown by the schema
            continue
        kind = param.items.type if param.type == "array" and param.items is not None else param.type
        if kind == "file":
            if part.filename is None or not part.data:
                problems.append(Problem(param.wire_name, "expected a non-empty file part (with a file name)"))
            value: Any = FILE_PLACEHOLDER
        elif part.filename is not None:
            problems.append(Problem(param.wire_name, "expected a form field, found a file part"))
            continue
        else:
            value, wrong = _coerced(param, kind, part.data.decode("utf-8", "replace"))
            if wrong:
                problems.append(Problem(param.wire_name, wrong))
        if param.type == "array":
            inputs.setdefault(param.wire_name, []).append(value)
        elif param.wire_name in inputs:
            problems.append(Problem(param.wire_name, "sent more than once"))
        else:
            inputs[param.wire_name] = value
    return inputs, problems


def summary(problems: list[Problem]) -> str:
    return "; ".join(str(p) for p in problems)
