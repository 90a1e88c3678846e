"""Draft model specs from an OpenAPI document of the Pruna shape.

The shape: one operation takes the model id in a header parameter (`Model`) whose enum lists every model;
each model's input schema is `components.schemas.<model id>` (its `input` property when it has one).
Everything the spec format can say is mapped; everything else is listed with its place in the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...parser.build import _ModelChecker
from ...parser.load import SpecDocument
from ...parser.schema import definition_problems
from .common import DocumentError, SourceDocument, json_kind, parse_structured
from .file_names import model_id_problem

JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})
_SCALARS = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_URL_FORMATS = frozenset({"uri", "url", "iri"})
# Keys that only annotate (no fact a client could check) are dropped silently.
_ANNOTATIONS = frozenset({"title", "writeOnly", "readOnly", "x-cog-secret", "$comment"})
_SIMPLE = {
    "default": "default",
    "enum": "enum",
    "minimum": "minimum",
    "maximum": "maximum",
    "multipleOf": "multiple_of",
    "minLength": "min_length",
    "maxLength": "max_length",
    "minItems": "min_items",
    "maxItems": "max_items",
    "example": "example",
}
_RATE = re.compile(r"rate limit:\s*(\d[\d,]{0,15})\s*requests?\s*(?:per|/)\s*(second|minute|hour)", re.IGNORECASE)
_PER_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_CATEGORY = re.compile(r"^\s*[-*]\s*\*\*(?P<name>[^*]+)\*\*\s*:\s*(?P<ids>.+)$")


# The document's keys by our names, for naming the place of a value the spec format refuses.
_THEIRS = {ours: theirs for theirs, ours in _SIMPLE.items()}


def _mapping(value: Any, location: str, where: str) -> dict[str, Any]:
    """`value` when it is a mapping (absent: empty); else DocumentError naming the place."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise DocumentError(f"{location}: {where}: found {json_kind(value)}; expected a mapping")
    return value


def _list(value: Any, location: str, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise DocumentError(f"{location}: {where}: found {json_kind(value)}; expected a list")
    return value


@dataclass
class ImportResult:
    drafts: list[dict[str, Any]] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    version: str | None = None


class _Resolver:
    """Local `$ref`s (`#/...`) followed with cycle detection; anything else is an error naming the place."""

    def __init__(self, root: dict[str, Any], location: str) -> None:
        self.root = root
        self.location = location

    def resolve(self, node: Any, where: str, seen: tuple[str, ...] = ()) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise DocumentError(f"{self.location}: {where}: $ref {ref!r} is not a local reference (#/...)")
            if ref in seen:
                chain = " -> ".join((*seen, ref))
                raise DocumentError(f"{self.location}: {where}: $ref cycle {chain}")
            seen = (*seen, ref)
            node = self.root
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(node, dict) or part not in node:
                    raise DocumentError(f"{self.location}: {where}: $ref {ref!r} points nowhere")
                node = node[part]
        return node


def _model_operation(doc: dict[str, Any], location: str) -> tuple[str, dict[str, Any], list[str]]:
    """The operation whose header parameter enumerates the models: (its place, the operation, model ids)."""
    for path, item in sorted(_mapping(doc.get("paths"), location, "paths").items()):
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            where = f"paths.{path}.{method}"
            for i, param in enumerate(_list(operation.get("parameters"), location, f"{where}.parameters")):
                if not isinstance(param, dict) or param.get("in") != "header":
                    continue
                if str(param.get("name", "")).lower() != "model":
                    continue
                enum = _mapping(param.get("schema"), location, f"{where}.parameters[{i}].schema").get("enum")
                if isinstance(enum, list) and all(isinstance(v, str) for v in enum):
                    return f"paths.{path}.{method}.parameters[{i}]", operation, list(enum)
    raise DocumentError(f"{location}: no operation has a `Model` header parameter listing the model ids")


def _categories(doc: dict[str, Any], ids: Sequence[str], location: str) -> dict[str, str]:
    """Model id -> category name, from `info.description` bullets such as `- **Text-to-Video**: wan-t2v`."""
    text = _mapping(doc.get("info"), location, "info").get("description") or ""
    known = set(ids)
    found: dict[str, str] = {}
    for line in str(text).splitlines():
        match = _CATEGORY.match(line)
        if match is None:
            continue
        names = [n.strip() for n in match["ids"].split(",")]
        if names and all(n in known for n in names):
            for name in names:
                found.setdefault(name, match["name"].strip())
    return found


def _media(category: str | None) -> str | None:
    if category is None:
        return None
    words = category.lower()
    if "video" in words:
        return "video"
    if "image" in words:
        return "image"
    return None


def _body_kind(operation: dict[str, Any], location: str, where: str) -> str | None:
    responses = _mapping(operation.get("responses"), location, f"{where}.responses")
    for status, response in sorted((str(s), r) for s, r in responses.items()):
        if not status.startswith("2") or not isinstance(response, dict):
            continue
        types = sorted(_mapping(response.get("content"), location, f"{where}.responses.{status}.content"))
        if any(t == "application/json" for t in types):
            return "json"
        if any(t.startswith(("image/", "video/")) for t in types):
            return "bytes"
    return None


def _rate_limit(description: str) -> dict[str, Any] | None:
    match = _RATE.search(description or "")
    if match is None:
        return None
    return {"requests": int(match[1].replace(",", "")), "per_seconds": _PER_SECONDS[match[2].lower()]}


class _ModelImport:
    def __init__(self, resolver: _Resolver, unmapped: list[str]) -> None:
        self.resolver = resolver
        self.unmapped = unmapped

    def note(self, where: str, what: str) -> None:
        self.unmapped.append(f"{where}: {what}")

    def scalar_type(self, schema: dict[str, Any], where: str) -> str | None:
        kind = schema.get("type")
        if isinstance(kind, str) and kind not in JSON_TYPES:
            raise DocumentError(f"{self.resolver.location}: {where}.type: unknown type {kind!r}")
        if kind is not None and not isinstance(kind, (str, list)):
            found = json_kind(kind)
            raise DocumentError(f"{self.resolver.location}: {where}.type: found {found}; expected a type name")
        if isinstance(kind, list):
            self.note(where, f"type {kind!r} (a list of types) not supported")
            return None
        if kind is None:
            combinators = [k for k in ("anyOf", "oneOf", "allOf", "not") if k in schema]
            what = f"{combinators[0]} schema" if combinators else "schema without a type"
            self.note(where, f"{what} not supported")
            return None
        if kind == "string":
            fmt = schema.get("format")
            if isinstance(fmt, str) and fmt in _URL_FORMATS:
                return "url"
            if fmt is not None and fmt != "password":  # a password is a string the spec marks `secret`
                self.note(f"{where}.format", f"format {fmt!r} not represented (kept as a string)")
            return "string"
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            return "array"
        self.note(where, f"type {kind!r} not supported")
        return None

    def parameter(self, name: str, raw: Any, where: str, required: bool) -> dict[str, Any] | None:
        schema = self.resolver.resolve(raw, where)
        if not isinstance(schema, dict):
            self.note(where, "not a schema object")
            return None
        kind = self.scalar_type(schema, where)
        if kind is None:
            return None
        param: dict[str, Any] = {"name": name, "type": kind}
        if kind == "array":
            items = self.items(schema.get("items"), f"{where}.items")
            if items is None:
                self.note(where, "array without mappable items; parameter left out")
                return None
            param["items"] = items
        if required:
            param["required"] = True
        for key, ours in _SIMPLE.items():
            if key in schema:
                param[ours] = schema[key]
        description = schema.get("description") or schema.get("title")
        if not description:
            self.note(where, "no description or title (description left empty)")
        param["description"] = " ".join(str(description or "").split())
        for key in sorted(schema):
            if key in _SIMPLE or key in _ANNOTATIONS or key in ("type", "items", "description", "format"):
                continue
            if key.startswith("x-"):
                continue
            self.note(f"{where}.{key}", f"{key!r} not represented")
        if kind == "string" and schema.get("format") == "password":
            param["secret"] = True
            for key in ("default", "enum", "example"):  # the spec format refuses them on a secret
                if key in param:
                    del param[key]
                    self.note(f"{where}.{key}", f"a {key} on a password field is not represented")
        self.check(param, where)
        return param

    def check(self, param: dict[str, Any], where: str) -> None:
        """Refuse what the spec format's parameter definition refuses (a minimum that is text, an enum of
        mappings, ...), naming the place in the document: the draft could not be a spec."""
        for path, found, expected in definition_problems(param, "parameter")[:1]:
            place = where
            for part in path:
                place += f"[{part}]" if isinstance(part, int) else f".{_THEIRS.get(str(part), part)}"
            if path[:1] == ("name",):
                place = where
            raise DocumentError(f"{self.resolver.location}: {place}: found {found}; expected {expected}")

    def items(self, raw: Any, where: str) -> dict[str, Any] | None:
        if raw is None:
            return None
        schema = self.resolver.resolve(raw, where)
        if not isinstance(schema, dict):
            return None
        kind = self.scalar_type(schema, where)
        if kind is None or kind == "array":
            if kind == "array":
                self.note(where, "arrays of arrays not supported")
            return None
        items: dict[str, Any] = {"type": kind}
        for key in ("enum", "minimum", "maximum"):
            if key in schema:
                items[key] = schema[key]
        return items


def _drop_invalid(draft: dict[str, Any], unmapped: list[str], where: dict[str, str]) -> None:
    """Values the spec format would refuse (a default outside the enum, an example of the wrong type) are
    listed and left out rather than carried into a spec that cannot generate."""
    doc = SpecDocument(file=draft["id"], data=draft)
    for _ in range(10):  # each pass drops what the previous one reported; a draft has few such values
        checker = _ModelChecker(doc)
        for i, param in enumerate(draft["parameters"]):
            checker.check_parameter(("parameters", i), param)
        if not checker.problems:
            return
        for problem in checker.problems:
            index, key = problem.path[1], problem.path[2] if len(problem.path) > 2 else None
            assert isinstance(index, int)
            param = draft["parameters"][index]
            place = where[param["name"]]
            if key is None or key not in param:
                continue
            unmapped.append(f"{place}.{key}: found {problem.found}; expected {problem.expected}; left out")
            del param[key]


def import_document(
    source: SourceDocument,
    *,
    provider: str,
    models: Sequence[str] = (),
    source_url: str | None = None,
    output_media: str | None = None,
) -> ImportResult:
    """Drafts for every model of the document (or only `models`), with the list of what was not mapped."""
    doc = parse_structured(source)
    if "openapi" not in doc and "swagger" not in doc:
        raise DocumentError(f"{source.location}: no `openapi` key; not an OpenAPI document")
    resolver = _Resolver(doc, source.location)
    result = ImportResult(version=str(_mapping(doc.get("info"), source.location, "info").get("version") or "") or None)
    op_where, operation, ids = _model_operation(doc, source.location)
    unknown = sorted(set(models) - set(ids))
    if unknown:
        raise DocumentError(
            f"{source.location}: {op_where}: no model {', '.join(map(repr, unknown))} in the Model enum"
        )
    categories = _categories(doc, ids, source.location)
    operation_where = op_where.rsplit(".parameters", 1)[0]
    body = _body_kind(operation, source.location, operation_where)
    components = _mapping(doc.get("components"), source.location, "components")
    schemas = _mapping(components.get("schemas"), source.location, "components.schemas")
    examples = _examples(operation, source.location, operation_where)
    document = {"url": source_url or source.location, "sha256": source.sha256}
    if result.version:
        document["version"] = result.version
    for index, model_id in enumerate(ids):
        if models and model_id not in models:
            continue
        where = f"components.schemas.{model_id}"
        if model_id not in schemas:
            result.unmapped.append(f"{where}: no input schema for model {model_id!r} listed at {op_where}")
            continue
        problem = model_id_problem(model_id)  # it becomes a file name and the spec's id
        if problem is not None:
            raise DocumentError(f"{source.location}: {op_where}.schema.enum[{index}]: {problem}")
        outer = resolver.resolve(schemas[model_id], where)
        draft, unmapped = _draft(resolver, provider, model_id, outer, where, examples.get(model_id, {}))
        draft["source_document"] = dict(sorted(document.items()))
        draft["sources"] = [document["url"]]
        media = _media(categories.get(model_id))
        if media is None and output_media is not None:
            media = output_media
            draft["notes"] = [
                f"output.media {media!r} is the maintainer's choice (--output-media); the document does not state it."
            ]
        if media is None or body is None:
            what = "media (no image or video category in info.description)" if media is None else "body"
            unmapped.append(f"{where}: output {what} not stated by the document")
        else:
            draft["output"] = {"media": media, "body": body}
        result.drafts.append(draft)
        result.unmapped.extend(unmapped)
    return result


def _examples(operation: dict[str, Any], location: str, where: str) -> dict[str, dict[str, Any]]:
    """Per model, the example input of the operation's request body (named by model id)."""
    where += ".requestBody"
    body = _mapping(operation.get("requestBody"), location, where)
    content = _mapping(body.get("content"), location, f"{where}.content")
    where += ".content.application/json"
    json_body = _mapping(content.get("application/json"), location, where)
    found: dict[str, dict[str, Any]] = {}
    for name, example in _mapping(json_body.get("examples"), location, f"{where}.examples").items():
        value = (example or {}).get("value") if isinstance(example, dict) else None
        if isinstance(value, dict) and isinstance(value.get("input"), dict):
            found[str(name)] = value["input"]
    return found


def _draft(
    resolver: _Resolver, provider: str, model_id: str, outer: Any, where: str, example: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    unmapped: list[str] = []
    if not isinstance(outer, dict):
        raise DocumentError(f"{resolver.location}: {where}: not a schema object")
    schema, inner_where = outer, where
    if isinstance(_mapping(outer.get("properties"), resolver.location, f"{where}.properties").get("input"), dict):
        inner_where = f"{where}.properties.input"
        schema = resolver.resolve(outer["properties"]["input"], inner_where)
    kind = schema.get("type") if isinstance(schema, dict) else None
    if not isinstance(schema, dict) or kind not in (None, "object"):
        raise DocumentError(f"{resolver.location}: {inner_where}: type {kind!r}; expected an object schema")
    description = " ".join(str(outer.get("description") or schema.get("description") or model_id).split())
    draft: dict[str, Any] = {"kind": "model", "provider": provider, "id": model_id, "title": model_id}
    draft["description"] = description
    rate = _rate_limit(description)
    if rate is not None:
        draft["rate_limit"] = rate
    extra = schema.get("additionalProperties")
    if isinstance(extra, bool):
        draft["additional_parameters"] = extra
    elif extra is not None:
        unmapped.append(f"{inner_where}.additionalProperties: a schema for extra keys is not represented")
    listed = _list(schema.get("required"), resolver.location, f"{inner_where}.required")
    for i, name in enumerate(listed):
        if not isinstance(name, str):
            found = json_kind(name)
            raise DocumentError(
                f"{resolver.location}: {inner_where}.required[{i}]: found {found}; expected a property name"
            )
    required = set(listed)
    importer = _ModelImport(resolver, unmapped)
    params: list[dict[str, Any]] = []
    places: dict[str, str] = {}
    properties = _mapping(schema.get("properties"), resolver.location, f"{inner_where}.properties")
    for name in properties:  # source order: the order a reader of the document sees
        place = f"{inner_where}.properties.{name}"
        param = importer.parameter(str(name), properties[name], place, name in required)
        if param is None:
            continue
        if name in example and "example" not in param:
            param["example"] = example[name]
        params.append(param)
        places[str(name)] = place
    for name in sorted(required - set(properties)):
        unmapped.append(f"{inner_where}.required: {name!r} is required but has no schema")
    for name in sorted(set(example) - set(properties)):
        unmapped.append(f"example {model_id!r}: input key {name!r} is not a parameter of {inner_where}")
    draft["parameters"] = params
    _drop_invalid(draft, unmapped, places)
    return draft, unmapped
