"""Every document of a provider: its own (document.py), and one per model of an API that names its models in a
header, made from parts built once per provider.

Such a model's document is the provider's API as called for that one model (see predictions.MODEL_HEADER_LIMIT):
but for the model's create operation, input schema, title and description, it is the same for every model of the
provider. So those shared parts are built once (`_Shared`: the paths, with the API's name where each model's create
operation goes, and the schema writes in order, MODEL_INPUT where its input schema goes), and each model's document
is made of them and the model's own parts (`_Own`). Its schemas are the writes replayed with the model's input
schema at MODEL_INPUT: in the order and with the values the builders would give, as they never read the schemas
they write (parts.Schemas).

Both kinds of parts are plain JSON data, so a model document's identity is a digest of the shared parts, taken
once per provider, and the model's own parts as JSON: text that determines the document, made without building or
serialising the whole of it. The model documents share the objects of the shared parts: read them, never change
them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from ...parser import ir
from . import predictions
from .document import document_parts, finish, openapi_document, provider_head, title_and_description
from .parts import MODEL_INPUT, input_schema


@dataclass(frozen=True)
class Document:
    """A document under openapi/, by its file name. `identity()` is text that determines the document exactly
    (equal texts, equal documents): its cache key, cheaper to make than the document's own text."""

    name: str
    build: Callable[[], dict[str, Any]]
    identity: Callable[[], str]


def openapi_documents(provider: ir.Provider) -> Iterator[Document]:
    """Every document of the provider, one at a time: its own, and one per model of an API that names its models in
    a header (see predictions.model_document_name)."""
    document = openapi_document(provider)
    yield Document(f"{provider.id}.json", lambda: document, lambda: "provider " + _json(document))
    shared: dict[tuple[str, ...], tuple[_Shared, list[str], str]] = {}
    seen: set[str] = set()
    for api in provider.apis:
        for model in predictions.header_models(provider, api):
            name = predictions.model_document_name(provider, model)
            if name in seen:
                raise ValueError(f"two models of {provider.id} would share the document openapi/{name}")
            seen.add(name)
            per_model = tuple(a.name for a in provider.apis if predictions.has_header_model(a, model))
            if per_model not in shared:
                shared[per_model] = _shared(provider, per_model)
            parts, limits, digest = shared[per_model]
            own = _own(provider, model, per_model, limits)
            yield Document(name, _builder(parts, own), _identity(digest, own))


@dataclass(frozen=True)
class _Shared:
    """What each model's document of a provider holds as it is (JSON data only)."""

    head: dict[str, Any]  # document.provider_head
    tags: list[dict[str, str]]
    paths: dict[str, Any]  # where a model's create operation goes: the name of its API
    writes: list[tuple[bool, str, Any]]  # (setdefault, not set; name; schema), MODEL_INPUT for the model's input


@dataclass(frozen=True)
class _Own:
    """One model's parts of its document (JSON data only)."""

    model_id: str
    title: str
    description: str
    operations: dict[str, dict[str, Any]]  # by API name: the model's create operation
    input_name: str
    input_schema: dict[str, Any]


class _Writes:
    """parts.Schemas that records the writes, in order."""

    def __init__(self) -> None:
        self.log: list[tuple[bool, str, Any]] = []

    def __setitem__(self, name: str, schema: Any, /) -> None:
        self.log.append((False, name, schema))

    def setdefault(self, name: str, schema: Any, /) -> Any:
        self.log.append((True, name, schema))
        return None  # never read (parts.Schemas)


def _shared(provider: ir.Provider, per_model: tuple[str, ...]) -> tuple[_Shared, list[str], str]:
    """The shared parts of the documents of the models of the APIs `per_model` names, the document's limits and
    the parts' digest."""
    writes = _Writes()
    paths, tags, limits = document_parts(provider, writes, per_model)
    parts = _Shared(provider_head(provider), tags, paths, writes.log)
    data = _json([getattr(parts, field.name) for field in dataclasses.fields(parts)])
    return parts, limits, hashlib.sha256(data.encode()).hexdigest()


def _own(provider: ir.Provider, model: ir.Model, per_model: tuple[str, ...], limits: list[str]) -> _Own:
    title, description = title_and_description(provider, limits, model)
    operations = {name: predictions.model_operation(provider, provider.api(name), model) for name in per_model}
    return _Own(model.model_id, title, description, operations, model.class_name, input_schema(model))


def _builder(parts: _Shared, own: _Own) -> Callable[[], dict[str, Any]]:
    def build() -> dict[str, Any]:
        schemas: dict[str, Any] = {}
        for default, name, schema in parts.writes:
            if name == MODEL_INPUT:
                name, schema = own.input_name, own.input_schema
            if default:
                schemas.setdefault(name, schema)
            else:
                schemas[name] = schema
        paths = {path: _filled(item, own.operations) for path, item in parts.paths.items()}
        return finish(parts.head, own.title, own.description, parts.tags, paths, schemas, own.model_id)

    return build


def _filled(item: dict[str, Any], operations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A path item with the model's own create operation where its API's name stands (an operation is never text)."""
    if not any(type(operation) is str for operation in item.values()):
        return item
    return {method: operations[op] if type(op) is str else op for method, op in item.items()}


def _identity(digest: str, own: _Own) -> Callable[[], str]:
    """The document is _builder(parts, own)(): the digest of the parts and the model's own parts determine it."""
    return lambda: f"model {digest} " + _json([getattr(own, field.name) for field in dataclasses.fields(own)])


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))
