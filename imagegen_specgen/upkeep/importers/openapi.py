"""Draft model specs from an OpenAPI document, in one of three layouts (tried in this order):

- model header: one operation takes the model id in a header parameter (`Model`) whose enum lists every
  model; each model's input schema is `components.schemas.<model id>` (its `input` property when it has one);
- model field: operations whose request body has a `model` property listing the model ids; every listed
  model gets a draft of that body (its other properties), so constraints the document states per model only
  in prose are not drafted but listed, with their place, for the maintainer to state with their source;
- one path per model: every POST operation whose success answer is image or video media is a model, its id
  the last segment of its path.

Everything the spec format can say is mapped; everything else is listed with its place in the document.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ...parser.build import _ModelChecker
from ...parser.load import SpecDocument
from .common import DocumentError, SourceDocument, parse_structured

JSON_TYPES = frozenset({"string", "integer", "number", "boolean", "array", "object", "null"})
_SCALARS = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_URL_FORMATS = frozenset({"uri", "url", "iri"})
# Keys that only annotate (no fact a client could check) are dropped silently.
_ANNOTATIONS = frozenset({"title", "writeOnly", "readOnly", "x-cog-secret", "$comment", "nullable"})
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
_RATE = re.compile(r"rate limit:\s*([\d,]+)\s*requests?\s*(?:per|/)\s*(second|minute|hour)", re.IGNORECASE)
_PER_SECONDS = {"second": 1, "minute": 60, "hour": 3600}
_CATEGORY = re.compile(r"^\s*[-*]\s*\*\*(?P<name>[^*]+)\*\*\s*:\s*(?P<ids>.+)$")


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


def _model_operation(doc: dict[str, Any]) -> tuple[str, dict[str, Any], list[str]] | None:
    """The operation whose header parameter enumerates the models: (its place, the operation, model ids)."""
    for path, item in sorted((doc.get("paths") or {}).items()):
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for i, param in enumerate(operation.get("parameters") or []):
                if not isinstance(param, dict) or param.get("in") != "header":
                    continue
                if str(param.get("name", "")).lower() != "model":
                    continue
                enum = (param.get("schema") or {}).get("enum")
                if isinstance(enum, list) and all(isinstance(v, str) for v in enum):
                    return f"paths.{path}.{method}.parameters[{i}]", operation, list(enum)
    return None


def _categories(doc: dict[str, Any], ids: Sequence[str]) -> dict[str, str]:
    """Model id -> category name, from `info.description` bullets such as `- **Text-to-Video**: wan-t2v`."""
    text = (doc.get("info") or {}).get("description") or ""
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


def _body_kind(operation: dict[str, Any]) -> str | None:
    responses = operation.get("responses") or {}
    for status, response in sorted((str(s), r) for s, r in responses.items()):
        if not status.startswith("2") or not isinstance(response, dict):
            continue
        types = sorted(response.get("content") or {})
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
            if fmt in _URL_FORMATS:
                return "url"
            if fmt == "binary":
                return "file"
            if fmt is not None:
                self.note(f"{where}.format", f"format {fmt!r} not represented (kept as a string)")
            return "string"
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            return "array"
        self.note(where, f"type {kind!r} not supported")
        return None

    def simplified(self, schema: dict[str, Any], where: str) -> dict[str, Any]:
        """`anyOf` shapes with one meaning in our format, as that meaning: [X, null] is X (null is what the
        client never sends); [a string, an enumerated string] is any string (an open enum: the values are
        listed, not drafted); [X, an array of X] is an array (one value or a list). Others stay as they are."""
        branches = schema.get("anyOf")
        if not isinstance(branches, list):
            return schema
        outer = {key: value for key, value in schema.items() if key != "anyOf"}
        resolved = [self.resolver.resolve(b, f"{where}.anyOf[{i}]") for i, b in enumerate(branches)]
        if not all(isinstance(b, dict) for b in resolved):
            return schema
        kept = [b for b in resolved if b.get("type") != "null"]
        if len(kept) == 1:
            return self.simplified({**kept[0], **outer}, where)
        if len(kept) == 2 and all(b.get("type") == "string" for b in kept):
            open_branch = [b for b in kept if "enum" not in b]
            listed = [b for b in kept if "enum" in b]
            if len(open_branch) == 1 and len(listed) == 1:
                values = ", ".join(map(str, listed[0]["enum"]))
                self.note(f"{where}.anyOf", f"an open enum (any string, or one of {values}); drafted as a string")
                return {**open_branch[0], **outer}
        if len(kept) == 2:
            arrays = [b for b in kept if b.get("type") == "array"]
            single = [b for b in kept if b.get("type") != "array"]
            if len(arrays) == 1 and len(single) == 1 and arrays[0].get("items") == single[0]:
                self.note(f"{where}.anyOf", "one value or a list of them; drafted as a list")
                return {**arrays[0], **outer}
        return schema

    def parameter(self, name: str, raw: Any, where: str, required: bool) -> dict[str, Any] | None:
        schema = self.resolver.resolve(raw, where)
        if not isinstance(schema, dict):
            self.note(where, "not a schema object")
            return None
        schema = self.simplified(schema, where)
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
            if key == "anyOf" and kind is not None:
                continue  # reported by scalar_type when it made the type unknown
            if key.startswith("x-"):
                continue
            self.note(f"{where}.{key}", f"{key!r} not represented")
        if required and "default" in param:
            self.note(f"{where}.default", "a default on a required parameter is not represented")
            del param["default"]
        return param

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
    result = ImportResult(version=str((doc.get("info") or {}).get("version") or "") or None)
    document = {"url": source_url or source.location, "sha256": source.sha256}
    if result.version:
        document["version"] = result.version
    found = _model_operation(doc)
    if found is None:
        _operation_layouts(doc, resolver, result, provider, models, output_media is not None)
    else:
        _header_layout(doc, resolver, result, provider, models, found)
    for draft in result.drafts:
        draft["source_document"] = dict(sorted(document.items()))
        draft["sources"] = [document["url"]]
        output = draft.get("output")
        if output is not None and "media" not in output and output_media is not None:
            output["media"] = output_media
            draft["notes"] = [
                f"output.media {output_media!r} is the maintainer's choice (--output-media); the document does not "
                "state it."
            ]
        if output is not None and "media" not in output:
            del draft["output"]  # a body without its media is no output a spec can state
    return result


def _header_layout(
    doc: dict[str, Any],
    resolver: _Resolver,
    result: ImportResult,
    provider: str,
    models: Sequence[str],
    found: tuple[str, dict[str, Any], list[str]],
) -> None:
    op_where, operation, ids = found
    unknown = sorted(set(models) - set(ids))
    if unknown:
        raise DocumentError(
            f"{resolver.location}: {op_where}: no model {', '.join(map(repr, unknown))} in the Model enum"
        )
    categories = _categories(doc, ids)
    body = _body_kind(operation)
    schemas = (doc.get("components") or {}).get("schemas") or {}
    examples = _examples(operation)
    for model_id in ids:
        if models and model_id not in models:
            continue
        where = f"components.schemas.{model_id}"
        if model_id not in schemas:
            result.unmapped.append(f"{where}: no input schema for model {model_id!r} listed at {op_where}")
            continue
        outer = resolver.resolve(schemas[model_id], where)
        draft, unmapped = _draft(resolver, provider, model_id, outer, where, examples.get(model_id, {}))
        media = _media(categories.get(model_id))
        if media is None or body is None:
            what = "media (no image or video category in info.description)" if media is None else "body"
            unmapped.append(f"{where}: output {what} not stated by the document")
        if body is not None:
            draft["output"] = {"body": body} if media is None else {"media": media, "body": body}
        result.drafts.append(draft)
        result.unmapped.extend(unmapped)


MODEL_FIELD = "model"  # the request body property that names the model, in the model-field layout
_SPEAKS_OF_MODELS = re.compile(r"\bmodels\b", re.IGNORECASE)  # "the GPT image models"
_BODY_TYPES = ("application/json", "multipart/form-data")


@dataclass(frozen=True)
class _BodyOperation:
    path: str  # the request path, with the path of the document's first server: /v1/images/edits
    where: str  # its place in the document: paths./images/edits.post
    operation: dict[str, Any]
    content_type: str  # the request body drafted: application/json or multipart/form-data
    schema_where: str
    schema: dict[str, Any]


def _body_operations(doc: dict[str, Any], resolver: _Resolver, unmapped: list[str]) -> list[_BodyOperation]:
    """Every POST operation with a JSON or multipart request body, in the document's order; of several bodies
    the first listed is drafted, and the others are listed as not mapped."""
    servers = doc.get("servers") or [{}]
    prefix = urlsplit(str((servers[0] or {}).get("url") or "")).path.rstrip("/")
    found = []
    for path, item in (doc.get("paths") or {}).items():
        operation = item.get("post") if isinstance(item, dict) else None
        if not isinstance(operation, dict):
            continue
        where = f"paths.{path}.post"
        content = (resolver.resolve(operation.get("requestBody") or {}, f"{where}.requestBody") or {}).get("content")
        content = content if isinstance(content, dict) else {}
        kinds = [kind for kind in content if kind.split(";")[0].strip() in _BODY_TYPES]
        if not kinds:
            continue
        for other in kinds[1:]:
            unmapped.append(f"{where}.requestBody.content.{other}: another form of the request body; not drafted")
        schema_where = f"{where}.requestBody.content.{kinds[0]}.schema"
        schema = resolver.resolve(content[kinds[0]].get("schema") or {}, schema_where)
        if not isinstance(schema, dict):
            raise DocumentError(f"{resolver.location}: {schema_where}: not a schema object")
        found.append(
            _BodyOperation(f"{prefix}{path}", where, operation, kinds[0].split(";")[0].strip(), schema_where, schema)
        )
    return found


def _field_models(op: _BodyOperation, resolver: _Resolver) -> list[str]:
    """The model ids the body's model property lists (in an enum, or an anyOf branch's enum)."""
    raw = (op.schema.get("properties") or {}).get(MODEL_FIELD)
    if raw is None:
        return []
    schema = resolver.resolve(raw, f"{op.schema_where}.properties.{MODEL_FIELD}")
    candidates = [schema, *(schema.get("anyOf") or [])] if isinstance(schema, dict) else []
    for candidate in candidates:
        candidate = resolver.resolve(candidate, f"{op.schema_where}.properties.{MODEL_FIELD}")
        enum = candidate.get("enum") if isinstance(candidate, dict) else None
        if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
            return list(enum)
    return []


def _answer(operation: dict[str, Any]) -> tuple[str | None, str | None]:
    """(media, body) of the operation's success answer: image or video when it serves such media; bytes,
    json, or either when it serves both."""
    types: list[str] = []
    for status, response in (operation.get("responses") or {}).items():
        if str(status).startswith("2") and isinstance(response, dict):
            types += [t.split(";")[0].strip() for t in response.get("content") or {}]
    media = next((kind for kind in ("image", "video") if any(t.startswith(kind + "/") for t in types)), None)
    json_answer = any(t == "application/json" or t.endswith("+json") for t in types)
    body = "either" if media and json_answer else ("json" if json_answer else ("bytes" if media else None))
    return media, body


def _operation_layouts(
    doc: dict[str, Any],
    resolver: _Resolver,
    result: ImportResult,
    provider: str,
    models: Sequence[str],
    media_given: bool,
) -> None:
    """The model-field layout where request bodies name the model, else one model per media-answering path."""
    notes: list[str] = []
    operations = _body_operations(doc, resolver, notes)
    by_field = [(op, _field_models(op, resolver)) for op in operations]
    by_field = [(op, ids) for op, ids in by_field if ids]
    planned: list[tuple[str, str, _BodyOperation]] = []  # (draft id, id in requests, operation)
    if by_field:
        for i, (op, ids) in enumerate(by_field):
            # The first operation's models keep their ids; a later operation's get its last path segment
            # (singular): gpt-image-1 generates, gpt-image-1-edit edits.
            suffix = "" if i == 0 else "-" + op.path.rstrip("/").rsplit("/", 1)[-1].removesuffix("s")
            planned += [(model_id + suffix, model_id, op) for model_id in ids]
    else:
        planned = [
            (op.path.rstrip("/").rsplit("/", 1)[-1], op.path.rstrip("/").rsplit("/", 1)[-1], op)
            for op in operations
            if _answer(op.operation)[0] is not None
        ]
    if not planned:
        raise DocumentError(
            f"{resolver.location}: no operation has a `Model` header parameter listing the model ids, a request "
            f"body whose `{MODEL_FIELD}` property lists them, or a success answer of image or video media"
        )
    unknown = sorted(set(models) - {draft_id for draft_id, _, _ in planned})
    if unknown:
        known = ", ".join(draft_id for draft_id, _, _ in planned)
        raise DocumentError(f"{resolver.location}: no model {', '.join(map(repr, unknown))} in the document ({known})")
    for op in [op for i, (_, _, op) in enumerate(planned) if all(other is not op for _, _, other in planned[:i])]:
        _note_operation(op, resolver, notes, {wire for _, wire, o in planned if o is op})
    for draft_id, wire, op in planned:
        if models and draft_id not in models:
            continue
        draft, unmapped = _draft(
            resolver, provider, draft_id, op.schema, op.schema_where, {}, exclude=frozenset({MODEL_FIELD})
        )
        result.unmapped.extend(line for line in unmapped if line not in result.unmapped and line not in notes)
        draft["description"] = " ".join(str(op.operation.get("summary") or draft["description"]).split())
        if wire != draft_id:
            draft["wire_id"] = wire
        draft["path"] = op.path
        if op.content_type == "multipart/form-data":
            draft["request_body"] = "multipart"
        media, body = _answer(op.operation)
        if body is not None:
            draft["output"] = {"media": media, "body": body} if media else {"body": body}
        missing = f"{op.where}.responses: output media (image or video) not stated by the document"
        if media is None and not media_given and missing not in result.unmapped:
            result.unmapped.append(missing)
        result.drafts.append(draft)
    result.unmapped.extend(notes)


def _note_operation(op: _BodyOperation, resolver: _Resolver, notes: list[str], ids: set[str]) -> None:
    """What an operation states that no draft carries: header parameters (provider-level: auth, accept), and
    descriptions that speak of models, where the document states a per-model fact in prose only."""
    for i, raw in enumerate(op.operation.get("parameters") or []):
        param = resolver.resolve(raw, f"{op.where}.parameters[{i}]")
        if isinstance(param, dict) and param.get("in") == "header":
            notes.append(
                f"{op.where}.parameters[{i}]: header parameter {param.get('name')!r}: not a model parameter "
                "(the provider spec states auth and accept)"
            )
    for name, raw in (op.schema.get("properties") or {}).items():
        place = f"{op.schema_where}.properties.{name}"
        schema = resolver.resolve(raw, place)
        text = str(schema.get("description") or "") if isinstance(schema, dict) else ""
        named = sorted(model for model in ids if re.search(rf"(?<![\w.-]){re.escape(model)}(?![\w.-])", text))
        if named or _SPEAKS_OF_MODELS.search(text):
            which = f"names {', '.join(named)}" if named else "speaks of models"
            notes.append(
                f"{place}.description: {which}: a per-model fact stated in prose only, not drafted (state it in "
                "the spec, with its source)"
            )


def _examples(operation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Per model, the example input of the operation's request body (named by model id)."""
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    found: dict[str, dict[str, Any]] = {}
    for name, example in (content.get("examples") or {}).items():
        value = (example or {}).get("value") if isinstance(example, dict) else None
        if isinstance(value, dict) and isinstance(value.get("input"), dict):
            found[str(name)] = value["input"]
    return found


def _draft(
    resolver: _Resolver,
    provider: str,
    model_id: str,
    outer: Any,
    where: str,
    example: dict[str, Any],
    exclude: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], list[str]]:
    unmapped: list[str] = []
    if not isinstance(outer, dict):
        raise DocumentError(f"{resolver.location}: {where}: not a schema object")
    schema, inner_where = outer, where
    if isinstance((outer.get("properties") or {}).get("input"), dict):
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
    required = set(schema.get("required") or [])
    importer = _ModelImport(resolver, unmapped)
    params: list[dict[str, Any]] = []
    places: dict[str, str] = {}
    properties = schema.get("properties") or {}
    for name in properties:  # source order: the order a reader of the document sees
        if name in exclude:
            continue
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
