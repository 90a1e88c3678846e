"""Draft model specs from a provider's OpenAPI document, in one of five layouts:

- `model-header`: one operation takes the model id in a header parameter (`Model`) whose enum lists every
  model; each model's input schema is `components.schemas.<model id>` (its `input` property when it has one).
- `model-field`: POST operations whose request body has a `model` property listing the model ids (OpenAI);
  every listed model gets a draft of that body without the `model` property. The first such operation's models
  keep their ids; a later operation's get its last path segment, singular (`gpt-image-1-edit`), and keep the
  listed id as `wire_id`. Constraints the document states per model only in prose are listed, not drafted.
- `path-per-model`: one POST operation per model, all below one parent path (`/v1/<model id>`), each with its
  JSON request body as the input schema and the same JSON answer (a job's: BFL); the model id is the last path
  segment. Of several such groups the largest is read and the others are listed.
- `media-path`: every POST operation whose success answer is image or video media is a model (Stability), its
  id the last segment of its path.
- `endpoint`: a document of one endpoint: its one POST operation with a JSON request body; the model id is
  the operation's path without the leading slash (it may hold slashes: `owner/app/sub`).

The first four are detected; a document that fits none of them, or several, is refused unless `--layout` names
its layout (an operation that names its models, by a Model header or a model field, is no path's model).
`endpoint` is read only when named: a document with one POST operation may as well be a generic API whose path
is no model id, so nothing is guessed. Where a request reaches a model directly (`model-field`, `media-path`)
the draft states its path (with the path of the document's first server) and a multipart body
(`request_body: multipart`); header parameters are provider-level (auth, accept) and listed. Everything the
spec format can say is mapped; everything else is listed with its place in the document. Inputs: an `anyOf`
with one meaning in the spec format is read as that meaning (see `_ModelImport.simplified`); `format: binary`
is a file, `format: password` a secret. The readers of the layouts are in openapi_layouts.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ...parser.build import _ModelChecker
from ...parser.load import SpecDocument
from ...parser.schema import definition_problems
from ...runtime.constraints import CONSTRAINTS, ON_ITEMS
from .common import DocumentError, SourceDocument, json_kind, parse_structured
from .file_names import model_id_problem
from .openapi_layouts import LAYOUTS, Model, Resolver, _list, _mapping, find_models

__all__ = ["LAYOUTS", "ImportResult", "draft_model", "import_document"]

JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})
_SCALARS = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_URL_FORMATS = frozenset({"uri", "url", "iri"})
# Keys that only annotate (no fact a client could check) are dropped silently.
_ANNOTATIONS = frozenset({"title", "writeOnly", "readOnly", "x-cog-secret", "$comment", "nullable"})
_SIMPLE = {
    "default": "default",
    **{c.keyword: c.key for c in CONSTRAINTS},
    "example": "example",
}
_RATE = re.compile(r"rate limit:\s*(\d[\d,]{0,15})\s*requests?\s*(?:per|/)\s*(second|minute|hour)", re.IGNORECASE)
_PER_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
# The document's keys by our names, for naming the place of a value the spec format refuses.
_THEIRS = {ours: theirs for theirs, ours in _SIMPLE.items()}


@dataclass
class ImportResult:
    drafts: list[dict[str, Any]] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    version: str | None = None


def _rate_limit(description: str) -> dict[str, Any] | None:
    match = _RATE.search(description or "")
    if match is None:
        return None
    return {"requests": int(match[1].replace(",", "")), "per_seconds": _PER_SECONDS[match[2].lower()]}


class _ModelImport:
    def __init__(self, resolver: Resolver, unmapped: list[str]) -> None:
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
            if fmt == "binary":
                return "file"
            if fmt is not None and fmt != "password":  # a password is a string the spec marks `secret`
                self.note(f"{where}.format", f"format {fmt!r} not represented (kept as a string)")
            return "string"
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            return "array"
        self.note(where, f"type {kind!r} not supported")
        return None

    def simplified(self, schema: dict[str, Any], where: str, required: bool = False) -> dict[str, Any]:
        """An `anyOf` with one meaning in the spec format, as that meaning, with the outer annotations
        (description, default); any other schema as it is (an anyOf left is reported by scalar_type).

        - [T, null] is an optional T (on a required input the null is listed as not represented);
        - [a string, an enumerated string] is any string (an open enum: the values are listed, not drafted);
        - [T, an array of T] is an array (one value or a list of them);
        - of other branches, the one scalar branch is mapped and the rest is listed.

        An `allOf` of one schema is that schema (cog refers to an enum's schema so, with the default beside it)."""
        single = schema.get("allOf")
        if isinstance(single, list) and len(single) == 1 and "anyOf" not in schema:
            # One schema by reference with annotations beside it (how cog writes an enum input): that schema.
            inner = self.resolver.resolve(single[0], f"{where}.allOf[0]")
            if isinstance(inner, dict):
                outer = {key: value for key, value in schema.items() if key != "allOf"}
                return self.simplified({**inner, **outer}, where, required)
        branches = schema.get("anyOf")
        if not isinstance(branches, list):
            return schema
        outer = {key: value for key, value in schema.items() if key != "anyOf"}
        resolved = [self.resolver.resolve(b, f"{where}.anyOf[{i}]") for i, b in enumerate(branches)]
        kept = [(i, b) for i, b in enumerate(resolved) if not (isinstance(b, dict) and b.get("type") == "null")]
        if len(kept) < len(resolved) and required:
            self.note(f"{where}.anyOf", "null is allowed for a required input; not represented")
        if not kept or not all(isinstance(b, dict) for _, b in kept):
            return schema
        if len(kept) == 1:
            return self.simplified({**kept[0][1], **outer}, where)
        if len(kept) == 2:
            (_, first), (_, second) = kept
            if first.get("type") == second.get("type") == "string" and ("enum" in first) != ("enum" in second):
                open_branch, listed = (second, first) if "enum" in first else (first, second)
                values = ", ".join(map(str, listed["enum"]))
                self.note(f"{where}.anyOf", f"an open enum (any string, or one of {values}); drafted as a string")
                return {**open_branch, **outer}
            arrays = [b for _, b in kept if b.get("type") == "array"]
            single = [b for _, b in kept if b.get("type") != "array"]
            if len(arrays) == 1 and len(single) == 1 and arrays[0].get("items") == single[0]:
                self.note(f"{where}.anyOf", "one value or a list of them; drafted as a list")
                return {**arrays[0], **outer}
        scalar = [(i, b) for i, b in kept if b.get("type") in (*_SCALARS, "array") and "anyOf" not in b]
        if len(scalar) != 1:
            return schema
        others = ", ".join(f"{where}.anyOf[{i}]" for i, _ in kept if i != scalar[0][0])
        self.note(f"{where}.anyOf", f"only the {scalar[0][1]['type']} branch is represented; not {others}")
        return {**scalar[0][1], **outer}

    def parameter(self, name: str, raw: Any, where: str, required: bool) -> dict[str, Any] | None:
        schema = self.resolver.resolve(raw, where)
        if not isinstance(schema, dict):
            self.note(where, "not a schema object")
            return None
        schema = self.simplified(schema, where, required)
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
                param[ours] = _whole(schema[key]) if kind == "integer" else schema[key]
        description = schema.get("description") or schema.get("title")
        if not description:
            self.note(where, "no description or title (description left empty)")
        param["description"] = " ".join(str(description or "").split())
        for key in sorted(schema, key=str):
            if key in _SIMPLE or key in _ANNOTATIONS or key in ("type", "items", "description", "format"):
                continue
            if str(key).startswith("x-"):
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
        schema = self.simplified(schema, where)
        kind = self.scalar_type(schema, where)
        if kind is None or kind == "array":
            if kind == "array":
                self.note(where, "arrays of arrays not supported")
            return None
        items: dict[str, Any] = {"type": kind}
        for constraint in ON_ITEMS:
            if constraint.keyword in schema:
                items[constraint.key] = schema[constraint.keyword]
        return items


def _whole(value: Any) -> Any:
    """A number an integer parameter states as 32.0 is the whole number 32 (JSON has one number type)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_whole(item) for item in value]
    return value


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
    layout: str | None = None,
) -> ImportResult:
    """Drafts for every model of the document (or only `models`), with the list of what was not mapped."""
    doc = parse_structured(source)
    if "openapi" not in doc and "swagger" not in doc:
        raise DocumentError(f"{source.location}: no `openapi` key; not an OpenAPI document")
    resolver = Resolver(doc, source.location)
    result = ImportResult(version=str(_mapping(doc.get("info"), source.location, "info").get("version") or "") or None)
    lines: list[str] = []  # not mapped, in the order found; a line several drafts share is listed once
    chosen, found = find_models(resolver, layout, lines)
    first: dict[str, Model] = {}
    for model in found:
        if model.id in first:
            where = first[model.id].id_where
            raise DocumentError(f"{source.location}: {model.id_where}: model id {model.id!r} again (first: {where})")
        first[model.id] = model
    unknown = sorted(set(models) - set(first))
    if unknown:
        where = "the Model enum" if chosen == "model-header" else f"the document ({', '.join(first)})"
        raise DocumentError(f"{source.location}: no model {', '.join(map(repr, unknown))} in {where}")
    document = {"url": source_url or source.location, "sha256": source.sha256}
    if result.version:
        document["version"] = result.version
    for model in found:
        if models and model.id not in models:
            continue
        if model.schema is None:
            lines.append(f"{model.where}: no input schema for model {model.id!r}")
            continue
        problem = model_id_problem(model.id)  # it becomes a file name and the spec's id
        if problem is not None:
            raise DocumentError(f"{source.location}: {model.id_where}: {problem}")
        draft, unmapped = draft_model(resolver, provider, model)
        draft["source_document"] = dict(sorted(document.items()))
        draft["sources"] = [document["url"]]
        if model.wire_id is not None:
            draft["wire_id"] = model.wire_id
        if model.path is not None:
            draft["path"] = model.path
        if model.multipart:
            draft["request_body"] = "multipart"
        media = model.media
        if media is None and output_media is not None:
            media = output_media
            draft["notes"] = [
                f"output.media {media!r} is the maintainer's choice (--output-media); the document does not state it."
            ]
        if media is None:
            unmapped.append(model.media_missing)
        elif model.body is None:
            unmapped.append(f"{model.where}: output body not stated by the document")
        else:
            draft["output"] = {"media": media, "body": model.body}
        result.drafts.append(draft)
        lines += [*unmapped, *model.notes]
    result.unmapped = list(dict.fromkeys(lines))
    return result


def draft_model(resolver: Resolver, provider: str, model: Model) -> tuple[dict[str, Any], list[str]]:
    unmapped: list[str] = []
    model_id, where, example = model.id, model.where, model.examples
    outer = resolver.resolve(model.schema, where)
    if not isinstance(outer, dict):
        raise DocumentError(f"{resolver.location}: {where}: not a schema object")
    schema, inner_where = outer, where
    if isinstance(_mapping(outer.get("properties"), resolver.location, f"{where}.properties").get("input"), dict):
        inner_where = f"{where}.properties.input"
        schema = resolver.resolve(outer["properties"]["input"], inner_where)
    kind = schema.get("type") if isinstance(schema, dict) else None
    if not isinstance(schema, dict) or kind not in (None, "object"):
        raise DocumentError(f"{resolver.location}: {inner_where}: type {kind!r}; expected an object schema")
    text = model.description or outer.get("description") or schema.get("description") or model_id
    description = " ".join(str(text).split())
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
    required = set(listed) - model.exclude
    importer = _ModelImport(resolver, unmapped)
    params: list[dict[str, Any]] = []
    places: dict[str, str] = {}
    properties = _mapping(schema.get("properties"), resolver.location, f"{inner_where}.properties")
    for name in properties:  # source order: the order a reader of the document sees
        if name in model.exclude:
            continue  # the field naming the model: the provider spec's model_field, no parameter
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
    for name in sorted(set(example) - set(properties) - model.exclude):
        unmapped.append(f"example {model_id!r}: input key {name!r} is not a parameter of {inner_where}")
    draft["parameters"] = params
    _drop_invalid(draft, unmapped, places)
    return draft, unmapped
