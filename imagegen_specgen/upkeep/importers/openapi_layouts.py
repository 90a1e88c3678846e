"""Where the models are in a provider's OpenAPI document: one reader per layout (see openapi.py for the layouts).

A reader takes the document and returns the models it finds there (`Model` records: the input schema's place,
the answer, the path and body a direct call uses), or None when the document does not have its layout.
`find_models` runs the reader named with `--layout`, or every detected one, and refuses a document that fits
none or several. Every part of the document read here is shape-checked: a wrong shape is a DocumentError
naming its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .common import DocumentError, json_kind

LAYOUTS = ("model-header", "model-field", "path-per-model", "media-path", "endpoint")
# Read without --layout when the document fits exactly one of them. An endpoint's document has one POST
# operation, as a generic API may have: whether its path is a model id cannot be told, so it must be named.
DETECTED = ("model-header", "model-field", "path-per-model", "media-path")
MODEL_FIELD = "model"  # the request body property that names the model, in the model-field layout
_BODY_TYPES = ("application/json", "multipart/form-data")
_CATEGORY = re.compile(r"^\s*[-*]\s*\*\*(?P<name>[^*]+)\*\*\s*:\s*(?P<ids>.+)$")
_SPEAKS_OF_MODELS = re.compile(r"\bmodels\b", re.IGNORECASE)  # "the GPT image models"
_MISSING = {
    "model-header": "no operation has a `Model` header parameter listing the model ids",
    "model-field": f"no POST request body has a `{MODEL_FIELD}` property listing the model ids",
    "path-per-model": "no two POST operations with JSON bodies below one parent path answer alike (not with media)",
    "media-path": "no POST operation answers image or video media",
}
_LAYOUT_TEXT = {
    "model-header": "an operation with a Model header parameter listing the model ids",
    "model-field": f"POST operations whose request body has a `{MODEL_FIELD}` property listing the model ids",
    "path-per-model": "two or more POST operations with JSON bodies below one parent path, answering alike (not "
    "with media)",
    "media-path": "POST operations answering image or video media",
    "endpoint": "exactly one POST operation with a JSON body, not answering media, at the endpoint id",
}


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


class Resolver:
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

    def mapping(self, node: Any, where: str) -> dict[str, Any]:
        """The mapping at `node`, its `$ref` followed (absent: empty); else DocumentError naming the place."""
        return _mapping(self.resolve(node, where), self.location, where)


@dataclass(frozen=True)
class Model:
    """One model found in the document: its input schema, its answer, and how a request reaches it."""

    id: str
    where: str  # the input schema's place
    schema: Any  # the input schema (or the schema wrapping it under `input`); None: the document has none
    id_where: str  # where the document states the model id
    description: str | None = None
    examples: dict[str, Any] = field(default_factory=dict)  # an example input, by parameter name
    media: str | None = None  # image or video, when the document states it
    body: str | None = None  # the answer: json, bytes or either
    media_missing: str = ""  # the line listing why the media is unknown
    path: str | None = None  # a direct call's path (with the server's): drafted as the spec's path
    wire_id: str | None = None  # the id requests carry, when not `id`
    multipart: bool = False
    exclude: frozenset[str] = frozenset()  # body properties that are no parameter (the field naming the model)
    notes: tuple[str, ...] = ()  # what the operation states that no draft carries, listed with the draft


@dataclass(frozen=True)
class _Post:
    """A POST operation with a JSON or multipart request body (the first such form listed)."""

    path: str  # as the document writes it: /images/edits
    where: str  # paths./images/edits.post
    operation: dict[str, Any]
    content_type: str  # application/json or multipart/form-data
    content: dict[str, Any]  # the body's media type object
    content_where: str
    other_bodies: tuple[str, ...]  # the places of the request body's other forms
    model_header: bool  # a parameter named Model: the model-header layout's operation

    @property
    def schema_where(self) -> str:
        return f"{self.content_where}.schema"


def find_models(resolver: Resolver, layout: str | None, notes: list[str]) -> tuple[str, list[Model]]:
    """The document's models in its layout: the one named, or the one layout the document fits. `notes` gets
    what the chosen reader saw and did not take (operations left out)."""
    readers: dict[str, Callable[[Resolver, list[str] | None], list[Model] | None]] = {
        "model-header": _header_models,
        "model-field": _field_models,
        "path-per-model": _path_models,
        "media-path": _media_models,
        "endpoint": _endpoint_models,
    }
    if layout is not None:
        if layout not in readers:
            raise DocumentError(f"--layout {layout!r}: expected one of {', '.join(LAYOUTS)}")
        found = readers[layout](resolver, notes)
        if found is None:
            raise DocumentError(
                f"{resolver.location}: the document does not have the {layout} layout ({_LAYOUT_TEXT[layout]})"
            )
        return layout, found
    fitting = [name for name in DETECTED if readers[name](resolver, None) is not None]
    if not fitting:
        missing = "; ".join(f"{name}: {_MISSING[name]}" for name in DETECTED)
        raise DocumentError(
            f"{resolver.location}: the document fits none of the layouts this importer detects ({missing}); "
            "a document of one endpoint is read with --layout endpoint"
        )
    if len(fitting) > 1:
        raise DocumentError(
            f"{resolver.location}: the document fits more than one layout ({', '.join(fitting)}); "
            "name the one to read with --layout"
        )
    return fitting[0], readers[fitting[0]](resolver, notes) or []


# --- model-header: a Model header parameter lists the models; their schemas are components ----------------------


def _header_models(resolver: Resolver, notes: list[str] | None) -> list[Model] | None:
    found = _model_operation(resolver)
    if found is None:
        return None
    op_where, operation, ids = found
    location, doc = resolver.location, resolver.root
    where = op_where.rsplit(".parameters", 1)[0]
    components = _mapping(doc.get("components"), location, "components")
    schemas = _mapping(components.get("schemas"), location, "components.schemas")
    examples = _examples(operation, location, where)
    answer_media, body = _answer(resolver, operation, where)
    categories = _categories(doc, ids, location)
    models = []
    for index, model_id in enumerate(ids):
        schema_where = f"components.schemas.{model_id}"
        models.append(
            Model(
                model_id,
                schema_where,
                schemas.get(model_id),
                f"{op_where}.schema.enum[{index}]",
                examples=examples.get(model_id, {}),
                media=_media(categories.get(model_id)) or answer_media,
                body=body,
                media_missing=f"{schema_where}: output media (no image or video category in info.description) "
                "not stated by the document",
            )
        )
    return models


def _model_operation(resolver: Resolver) -> tuple[str, dict[str, Any], list[str]] | None:
    """The operation whose header parameter enumerates the models: (its place, the operation, model ids);
    None when there is none. DocumentError for a part of the document that has the wrong shape."""
    location = resolver.location
    for path, item in sorted(_mapping(resolver.root.get("paths"), location, "paths").items()):
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


def _categories(doc: dict[str, Any], ids: list[str], location: str) -> dict[str, str]:
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
    words = (category or "").lower()
    return "video" if "video" in words else "image" if "image" in words else None


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


# --- the operation layouts: each POST operation's request body is the input schema ---------------------------------


def _posts(resolver: Resolver) -> list[_Post]:
    """Every POST operation with a JSON or multipart request body, in the document's order (an operation's
    place in it is what tells its models apart in the model-field layout)."""
    location = resolver.location
    found = []
    for path, item in _mapping(resolver.root.get("paths"), location, "paths").items():
        operation = item.get("post") if isinstance(item, dict) else None
        if not isinstance(operation, dict):
            continue
        where = f"paths.{path}.post"
        body = resolver.mapping(operation.get("requestBody"), f"{where}.requestBody")
        content = _mapping(body.get("content"), location, f"{where}.requestBody.content")
        kinds = [str(kind) for kind in content if str(kind).split(";")[0].strip().lower() in _BODY_TYPES]
        if not kinds:
            continue
        params = _list(operation.get("parameters"), location, f"{where}.parameters")
        found.append(
            _Post(
                str(path),
                where,
                operation,
                kinds[0].split(";")[0].strip().lower(),
                _mapping(content[kinds[0]], location, f"{where}.requestBody.content.{kinds[0]}"),
                f"{where}.requestBody.content.{kinds[0]}",
                tuple(f"{where}.requestBody.content.{kind}" for kind in kinds[1:]),
                any(isinstance(p, dict) and str(p.get("name", "")).lower() == "model" for p in params),
            )
        )
    return found


def _field_ids(resolver: Resolver, post: _Post) -> tuple[list[str], str]:
    """The model ids the body's model property lists (in an enum, or an anyOf branch's enum), and their place."""
    schema = resolver.mapping(post.content.get("schema"), post.schema_where)
    properties = _mapping(schema.get("properties"), resolver.location, f"{post.schema_where}.properties")
    if MODEL_FIELD not in properties:
        return [], ""
    where = f"{post.schema_where}.properties.{MODEL_FIELD}"
    field = resolver.resolve(properties[MODEL_FIELD], where)
    candidates = [(where, field)]
    if isinstance(field, dict):
        branches = _list(field.get("anyOf"), resolver.location, f"{where}.anyOf")
        candidates += [(f"{where}.anyOf[{i}]", branch) for i, branch in enumerate(branches)]
    for place, candidate in candidates:
        candidate = resolver.resolve(candidate, place)
        enum = candidate.get("enum") if isinstance(candidate, dict) else None
        if isinstance(enum, list) and enum and all(isinstance(v, str) for v in enum):
            return list(enum), f"{place}.enum"
    return [], ""


def _answer(resolver: Resolver, operation: dict[str, Any], where: str) -> tuple[str | None, str | None]:
    """(media, body) of the operation's success answers: image or video when they serve such media; bytes,
    json, or either when they serve both (Stability answers the image, or JSON holding it, as asked)."""
    location = resolver.location
    types: list[str] = []
    responses = _mapping(operation.get("responses"), location, f"{where}.responses")
    for status, raw in sorted(responses.items(), key=lambda item: str(item[0])):
        place = f"{where}.responses.{status}"
        response = resolver.resolve(raw, place)
        if str(status).startswith("2") and isinstance(response, dict):
            content = _mapping(response.get("content"), location, f"{place}.content")
            types += [str(t).split(";")[0].strip().lower() for t in content]
    media = next((kind for kind in ("image", "video") if any(t.startswith(kind + "/") for t in types)), None)
    json_answer = any(t == "application/json" or t.endswith("+json") for t in types)
    body = "either" if media and json_answer else ("json" if json_answer else ("bytes" if media else None))
    return media, body


def _last_segment(path: str) -> str:
    return path.rstrip("/").rpartition("/")[2]


def _operation_model(
    resolver: Resolver,
    post: _Post,
    model_id: str,
    id_where: str,
    *,
    direct: bool,
    served: list[str] | None = None,
    wire_id: str | None = None,
) -> Model:
    """The model a POST operation serves. `direct`: its answer is the call's result, so the draft states the
    operation's path (with the path of the document's first server) and its body's form; a job's API (the
    predictions protocol) names the model in its own path template. `served`: the ids the operation serves."""
    media, body = _answer(resolver, post.operation, post.where)
    text = post.operation.get("description") or post.operation.get("summary")
    path = None
    if direct:
        servers = _list(resolver.root.get("servers"), resolver.location, "servers")
        server = _mapping(servers[0], resolver.location, "servers[0]") if servers else {}
        path = urlsplit(str(server.get("url") or "")).path.rstrip("/") + post.path
    example = post.content.get("example")
    if not isinstance(example, dict):
        examples = _mapping(post.content.get("examples"), resolver.location, f"{post.content_where}.examples")
        values = [item.get("value") for item in examples.values() if isinstance(item, dict)]
        example = next((value for value in values if isinstance(value, dict)), {})
    return Model(
        model_id,
        post.schema_where,
        post.content.get("schema"),
        id_where,
        description=str(text) if text else None,
        examples=example,
        media=media,
        body=body,
        media_missing=f"{post.where}.responses: output media (image or video) not stated by the document",
        path=path,
        wire_id=wire_id if wire_id != model_id else None,
        multipart=post.content_type == "multipart/form-data",
        exclude=frozenset({MODEL_FIELD}) if served else frozenset(),
        notes=_operation_notes(resolver, post, served or [model_id]),
    )


def _operation_notes(resolver: Resolver, post: _Post, served: list[str]) -> tuple[str, ...]:
    """What an operation states that no draft carries: other forms of its body, its header parameters
    (provider-level: auth, accept), and, where it serves several models, property descriptions that name or
    speak of models: a per-model fact the document states in prose only."""
    notes = [f"{place}: another form of the request body; not drafted" for place in post.other_bodies]
    for i, raw in enumerate(_list(post.operation.get("parameters"), resolver.location, f"{post.where}.parameters")):
        param = resolver.resolve(raw, f"{post.where}.parameters[{i}]")
        if isinstance(param, dict) and param.get("in") == "header":
            notes.append(
                f"{post.where}.parameters[{i}]: header parameter {param.get('name')!r}: not a model parameter "
                "(the provider spec states auth and accept)"
            )
    if len(served) < 2:
        return tuple(notes)
    schema = resolver.mapping(post.content.get("schema"), post.schema_where)
    for name, raw in _mapping(schema.get("properties"), resolver.location, f"{post.schema_where}.properties").items():
        place = f"{post.schema_where}.properties.{name}"
        prop = resolver.resolve(raw, place)
        text = str(prop.get("description") or "") if isinstance(prop, dict) else ""
        named = sorted(model for model in served if re.search(rf"(?<![\w.-]){re.escape(model)}(?![\w.-])", text))
        if named or _SPEAKS_OF_MODELS.search(text):
            which = f"names {', '.join(named)}" if named else "speaks of models"
            notes.append(
                f"{place}.description: {which}: a per-model fact stated in prose only, not drafted (state it in "
                "the spec, with its source)"
            )
    return tuple(notes)


def _field_models(resolver: Resolver, notes: list[str] | None) -> list[Model] | None:
    """model-field: every model a request body's model property lists gets a draft of that body. The first
    operation's models keep their ids; a later operation's get its last path segment, singular (gpt-image-1
    generates, gpt-image-1-edit edits), and keep the listed id as the id requests carry."""
    listed = [(post, *_field_ids(resolver, post)) for post in _posts(resolver) if not post.model_header]
    listed = [(post, ids, where) for post, ids, where in listed if ids]
    if not listed:
        return None
    models = []
    for i, (post, ids, where) in enumerate(listed):
        suffix = "" if i == 0 else "-" + _last_segment(post.path).removesuffix("s")
        models += [
            _operation_model(resolver, post, wire + suffix, f"{where}[{j}]", direct=True, served=ids, wire_id=wire)
            for j, wire in enumerate(ids)
        ]
    return models


def _single_model_posts(resolver: Resolver) -> list[_Post]:
    """POST operations that do not name a model (by a Model parameter or a body field listing ids)."""
    return [post for post in _posts(resolver) if not post.model_header and not _field_ids(resolver, post)[0]]


def _media_models(resolver: Resolver, notes: list[str] | None) -> list[Model] | None:
    """media-path: every POST answering image or video media is a model, its id the last segment of its path."""
    answering = [post for post in _single_model_posts(resolver) if _answer(resolver, post.operation, post.where)[0]]
    found = [post for post in answering if "{" not in post.path]
    if not found:
        return None
    if notes is not None:
        notes.extend(
            f"{post.where}: not drafted as a model (its path has a variable; a model's path is fixed)"
            for post in answering
            if "{" in post.path
        )
    return [
        _operation_model(resolver, post, _last_segment(post.path), f"paths.{post.path}", direct=True) for post in found
    ]


def _answer_shape(resolver: Resolver, operation: dict[str, Any], where: str) -> str:
    """The operation's 2xx answers without their titles and descriptions: models of one API answer alike."""

    def bare(node: Any, seen: tuple[int, ...] = ()) -> Any:
        node = resolver.resolve(node, where)
        if isinstance(node, dict) and id(node) not in seen:
            skip = ("title", "description", "example", "examples")
            items = sorted(node.items(), key=lambda item: str(item[0]))
            return {k: bare(v, (*seen, id(node))) for k, v in items if k not in skip}
        if isinstance(node, list):
            return [bare(item, seen) for item in node]
        return node

    responses = _mapping(operation.get("responses"), resolver.location, f"{where}.responses")
    return repr(bare({s: r for s, r in responses.items() if str(s).startswith("2")}))


def _job_posts(resolver: Resolver) -> list[_Post]:
    """The single-model POSTs of a job's API (predictions protocol): JSON bodies, answers that are not media."""
    return [
        post
        for post in _single_model_posts(resolver)
        if post.content_type == "application/json" and _answer(resolver, post.operation, post.where)[0] is None
    ]


def _path_models(resolver: Resolver, notes: list[str] | None) -> list[Model] | None:
    """path-per-model: one POST per model below one parent path, all answering alike; the largest such group is
    the models. The others are listed (when `notes` is given)."""
    groups: dict[tuple[str, str], list[_Post]] = {}
    for post in sorted(_job_posts(resolver), key=lambda post: post.path):
        parent, _, last = post.path.rstrip("/").rpartition("/")
        if last and "{" not in post.path:
            groups.setdefault((parent, _answer_shape(resolver, post.operation, post.where)), []).append(post)
    sizes = sorted((len(g) for g in groups.values()), reverse=True)
    if not sizes or sizes[0] < 2 or (len(sizes) > 1 and sizes[1] == sizes[0]):
        return None
    chosen = next(g for g in groups.values() if len(g) == sizes[0])
    if notes is not None:
        for group in groups.values():
            if group is not chosen:
                notes.extend(
                    f"{post.where}: not drafted as a model (another parent path or another answer than "
                    f"{chosen[0].path})"
                    for post in group
                )
    return [
        _operation_model(resolver, post, _last_segment(post.path), f"paths.{post.path}", direct=False)
        for post in chosen
    ]


def _endpoint_models(resolver: Resolver, notes: list[str] | None) -> list[Model] | None:
    """endpoint: the document's one POST; the model id is its path without the leading slash (owner/app/sub)."""
    posts = _job_posts(resolver)
    if len(posts) != 1:
        return None
    model_id = posts[0].path.strip("/")
    if not model_id or "{" in model_id:
        return None
    return [_operation_model(resolver, posts[0], model_id, f"paths.{posts[0].path}", direct=False)]
