"""Draft model specs from a provider's OpenAPI document, in one of three layouts:

- `model-header`: one operation takes the model id in a header parameter (`Model`) whose enum lists every
  model; each model's input schema is `components.schemas.<model id>` (its `input` property when it has one).
- `path-per-model`: one POST operation per model, all below one parent path (`/v1/<model id>`), each with its
  JSON request body as the input schema and the same answer; the model id is the last path segment.
- `endpoint`: a document of one endpoint: its one POST operation with a JSON request body; the model id is
  the operation's path without the leading slash (it may hold slashes: `owner/app/sub`).

The first two are detected; a document that fits neither, or both, is refused unless `--layout` names its
layout. `endpoint` is read only when named: a document with one POST operation may as well be a generic
API whose path is no model id, so nothing is guessed. Everything the spec format can say is mapped;
everything else is listed with its place in the document. An input that may be null (`anyOf [T, null]`,
`nullable`) is an optional T.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ...parser.build import _ModelChecker
from ...parser.load import SpecDocument
from ...parser.schema import definition_problems
from .common import DocumentError, SourceDocument, json_kind, parse_structured
from .file_names import model_id_problem

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


LAYOUTS = ("model-header", "path-per-model", "endpoint")
_HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class ImportResult:
    drafts: list[dict[str, Any]] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)
    version: str | None = None


@dataclass
class _Model:
    """One model found in the document: where its input schema is, and what the document says about it."""

    id: str
    where: str  # the input schema's place
    schema: Any  # the input schema (or the schema wrapping it under `input`)
    description: str | None
    examples: dict[str, Any]
    body: str | None  # the answer's kind: json or bytes
    id_where: str = ""  # where the document states the model id


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


def _model_operation(doc: dict[str, Any], location: str) -> tuple[str, dict[str, Any], list[str]] | None:
    """The operation whose header parameter enumerates the models: (its place, the operation, model ids);
    None when there is none. DocumentError for a part of the document that has the wrong shape."""
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
    return None


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

    def optional_branch(self, schema: dict[str, Any], where: str, required: bool) -> dict[str, Any]:
        """`anyOf [T, null]` is an optional T: T's facts, with the outer annotations (description, default).
        Of an anyOf with several other branches, one scalar branch is mapped and the rest is listed."""
        branches = schema.get("anyOf")
        if not isinstance(branches, list):
            return schema
        resolved = [self.resolver.resolve(b, f"{where}.anyOf[{i}]") for i, b in enumerate(branches)]
        kept = [(i, b) for i, b in enumerate(resolved) if not (isinstance(b, dict) and b.get("type") == "null")]
        if len(kept) < len(resolved) and required:
            self.note(f"{where}.anyOf", "null is allowed for a required input; not represented")
        if len(kept) > 1:
            scalar = [
                (i, b)
                for i, b in kept
                if isinstance(b, dict) and b.get("type") in (*_SCALARS, "array") and "anyOf" not in b
            ]
            if len(scalar) != 1:
                return schema  # reported as an anyOf schema by scalar_type
            others = ", ".join(f"{where}.anyOf[{i}]" for i, _ in kept if i != scalar[0][0])
            self.note(f"{where}.anyOf", f"only the {scalar[0][1]['type']} branch is represented; not {others}")
            kept = scalar
        if len(kept) != 1 or not isinstance(kept[0][1], dict):
            return schema
        outer = {key: value for key, value in schema.items() if key != "anyOf"}
        return {**kept[0][1], **outer}

    def parameter(self, name: str, raw: Any, where: str, required: bool) -> dict[str, Any] | None:
        schema = self.resolver.resolve(raw, where)
        if not isinstance(schema, dict):
            self.note(where, "not a schema object")
            return None
        schema = self.optional_branch(schema, where, required)
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
        for key in sorted(schema):
            if key in _SIMPLE or key in _ANNOTATIONS or key in ("type", "items", "description", "format", "nullable"):
                continue
            if key == "anyOf" and kind is not None:
                continue  # reported by scalar_type when it made the type unknown
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
    resolver = _Resolver(doc, source.location)
    result = ImportResult(version=str(_mapping(doc.get("info"), source.location, "info").get("version") or "") or None)
    chosen, found = _models(doc, resolver, source.location, layout, result.unmapped)
    unknown = sorted(set(models) - {m.id for m in found})
    if unknown:
        where = "the Model enum" if chosen == "model-header" else f"the document ({', '.join(m.id for m in found)})"
        raise DocumentError(f"{source.location}: no model {', '.join(map(repr, unknown))} in {where}")
    categories = _categories(doc, [m.id for m in found], source.location)
    document = {"url": source_url or source.location, "sha256": source.sha256}
    if result.version:
        document["version"] = result.version
    for model in found:
        if models and model.id not in models:
            continue
        if model.schema is None:
            result.unmapped.append(f"{model.where}: no input schema for model {model.id!r}")
            continue
        problem = model_id_problem(model.id)  # it becomes a file name and the spec's id
        if problem is not None:
            raise DocumentError(f"{source.location}: {model.id_where or model.where}: {problem}")
        outer = resolver.resolve(model.schema, model.where)
        draft, unmapped = _draft(resolver, provider, model, outer)
        draft["source_document"] = dict(sorted(document.items()))
        draft["sources"] = [document["url"]]
        media = _media(categories.get(model.id))
        if media is None and output_media is not None:
            media = output_media
            draft["notes"] = [
                f"output.media {media!r} is the maintainer's choice (--output-media); the document does not state it."
            ]
        if media is None or model.body is None:
            what = "media (no image or video category in info.description)" if media is None else "body"
            unmapped.append(f"{model.where}: output {what} not stated by the document")
        else:
            draft["output"] = {"media": media, "body": model.body}
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


def _operations(doc: dict[str, Any], location: str) -> list[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) of every operation, in path order."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in sorted(_mapping(doc.get("paths"), location, "paths").items()):
        if isinstance(item, dict):
            found.extend((str(path), m, op) for m, op in item.items() if m in _HTTP_METHODS and isinstance(op, dict))
    return found


def _json_body(operation: dict[str, Any]) -> Any:
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json")
    return content.get("schema") if isinstance(content, dict) else None


def _answer_shape(resolver: _Resolver, operation: dict[str, Any], where: str) -> str:
    """The operation's 2xx answers without their titles and descriptions: models of one API answer alike."""

    def bare(node: Any, seen: tuple[int, ...] = ()) -> Any:
        node = resolver.resolve(node, where)
        if isinstance(node, dict) and id(node) not in seen:
            skip = ("title", "description", "example", "examples")
            return {k: bare(v, (*seen, id(node))) for k, v in sorted(node.items()) if k not in skip}
        if isinstance(node, list):
            return [bare(item, seen) for item in node]
        return node

    answers = {s: r for s, r in (operation.get("responses") or {}).items() if str(s).startswith("2")}
    return repr(bare(answers))


def _header_models(doc: dict[str, Any], resolver: _Resolver, location: str) -> list[_Model] | None:
    found = _model_operation(doc, location)
    if found is None:
        return None
    op_where, operation, ids = found
    where = op_where.rsplit(".parameters", 1)[0]
    components = _mapping(doc.get("components"), location, "components")
    schemas = _mapping(components.get("schemas"), location, "components.schemas")
    examples = _examples(operation, location, where)
    body = _body_kind(operation, location, where)
    return [
        _Model(
            model_id,
            f"components.schemas.{model_id}",
            schemas.get(model_id),
            None,
            examples.get(model_id, {}),
            body,
            f"{op_where}.schema.enum[{index}]",
        )
        for index, model_id in enumerate(ids)
    ]


def _posts(doc: dict[str, Any], location: str) -> list[tuple[str, dict[str, Any]]]:
    """POST operations with a JSON request body and no Model header: each may be one model's."""
    return [
        (path, op)
        for path, method, op in _operations(doc, location)
        if method == "post"
        and _json_body(op) is not None
        and not any(
            isinstance(p, dict) and str(p.get("name", "")).lower() == "model" for p in op.get("parameters") or []
        )
    ]


def _operation_model(model_id: str, path: str, operation: dict[str, Any], location: str) -> _Model:
    where = f"paths.{path}.post.requestBody.content.application/json.schema"
    text = operation.get("description") or operation.get("summary")
    body = _body_kind(operation, location, f"paths.{path}.post")
    return _Model(model_id, where, _json_body(operation), text, _body_example(operation), body, f"paths.{path}")


def _path_models(
    doc: dict[str, Any], resolver: _Resolver, location: str, unmapped: list[str] | None
) -> list[_Model] | None:
    """One POST per model below one parent path, all answering alike; the largest such group is the models."""
    groups: dict[tuple[str, str], list[tuple[str, dict[str, Any]]]] = {}
    for path, op in _posts(doc, location):
        parent, _, last = path.rstrip("/").rpartition("/")
        if last and "{" not in path:
            groups.setdefault((parent, _answer_shape(resolver, op, f"paths.{path}.post")), []).append((path, op))
    sizes = sorted((len(g) for g in groups.values()), reverse=True)
    if not sizes or sizes[0] < 2 or (len(sizes) > 1 and sizes[1] == sizes[0]):
        return None
    chosen = next(g for g in groups.values() if len(g) == sizes[0])
    if unmapped is not None:
        for group in groups.values():
            if group is not chosen:
                unmapped.extend(
                    f"paths.{path}.post: not drafted as a model (another parent path or another answer than "
                    f"{chosen[0][0]})"
                    for path, _ in group
                )
    return [_operation_model(path.rstrip("/").rpartition("/")[2], path, op, location) for path, op in chosen]


def _endpoint_models(doc: dict[str, Any], location: str) -> list[_Model] | None:
    posts = _posts(doc, location)
    if len(posts) != 1:
        return None
    path, op = posts[0]
    model_id = path.strip("/")
    if not model_id or "{" in model_id:
        return None
    return [_operation_model(model_id, path, op, location)]


def _models(
    doc: dict[str, Any], resolver: _Resolver, location: str, layout: str | None, unmapped: list[str]
) -> tuple[str, list[_Model]]:
    """The document's models in its layout: the one given, or the one layout the document fits."""
    readers = {
        "model-header": lambda notes: _header_models(doc, resolver, location),
        "path-per-model": lambda notes: _path_models(doc, resolver, location, notes),
        "endpoint": lambda notes: _endpoint_models(doc, location),
    }
    if layout is not None:
        if layout not in readers:
            raise DocumentError(f"--layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
        found = readers[layout](unmapped)
        if found is None:
            raise DocumentError(f"{location}: the document does not have the {layout} layout ({_LAYOUT_TEXT[layout]})")
        return layout, found
    fitting = [name for name in DETECTED if readers[name](None) is not None]
    if not fitting:
        missing = "; ".join(f"{name}: {_MISSING[name]}" for name in DETECTED)
        raise DocumentError(
            f"{location}: the document fits none of the layouts this importer detects ({missing}); "
            "a document of one endpoint is read with --layout endpoint"
        )
    if len(fitting) > 1:
        raise DocumentError(
            f"{location}: the document fits more than one layout ({', '.join(fitting)}); "
            "name the one to read with --layout"
        )
    return fitting[0], readers[fitting[0]](unmapped) or []


DETECTED = ("model-header", "path-per-model")
_MISSING = {
    "model-header": "no operation has a `Model` header parameter listing the model ids",
    "path-per-model": "no two POST operations with JSON bodies below one parent path answer alike",
}
_LAYOUT_TEXT = {
    "model-header": "an operation with a Model header parameter listing the model ids",
    "path-per-model": "two or more POST operations with JSON bodies below one parent path, answering alike",
    "endpoint": "exactly one POST operation with a JSON body, at the endpoint id",
}


def _body_example(operation: dict[str, Any]) -> dict[str, Any]:
    content = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json") or {}
    example = content.get("example")
    if isinstance(example, dict):
        return example
    for item in (content.get("examples") or {}).values():
        value = item.get("value") if isinstance(item, dict) else None
        if isinstance(value, dict):
            return value
    return {}


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


def _draft(resolver: _Resolver, provider: str, model: _Model, outer: Any) -> tuple[dict[str, Any], list[str]]:
    unmapped: list[str] = []
    model_id, where, example = model.id, model.where, model.examples
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
    required = set(listed)
    importer = _ModelImport(resolver, unmapped)
    params: list[dict[str, Any]] = []
    places: dict[str, str] = {}
    properties = _mapping(schema.get("properties"), resolver.location, f"{inner_where}.properties")
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
