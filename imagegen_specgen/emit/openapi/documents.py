"""Every document of a provider: its own (document.py), and one per model of an API that names its models in a
header, made from parts built once per provider.

Such a model's document is the provider's API as called for that one model (see predictions.MODEL_HEADER_LIMIT):
but for the model's create operation, input schema, title and description, it is the same for every model of the
provider. So those shared parts are built once (`_Shared`: the paths, with the API's name where each model's create
operation goes, and the schema writes in order, MODEL_INPUT where its input schema goes), and each model's document
is made of them and the model's own parts (`_own`). Its schemas are the writes replayed with the model's input
schema at MODEL_INPUT: in the order and with the values the builders would give, as they never read the schemas
they write (parts.Schemas). The model documents share the objects of the shared parts: read them, never change them.

Each document has an identity, text that determines it, made without building it (the cache's key for its text):
- the provider's: a digest of the provider with its models, which determines every document of the provider;
- a model's: a digest of the shared parts (plain JSON data, digested once per provider) and of the two things its
  own parts are made from besides them, the provider without its models and the model (IR digests as the template
  fragments take them, each once per run: speed/fragments.py).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from ...parser import ir
from ...speed.fragments import stable_digest
from . import predictions
from .document import document_parts, finish, openapi_document, provider_head, title_and_description
from .parts import MODEL_INPUT, input_schema


@dataclass(frozen=True)
class Document:
    """A document under openapi/, by its file name. `identity()` is text that determines the document exactly
    (equal texts, equal documents), made without building it: its cache key."""

    name: str
    build: Callable[[], dict[str, Any]]
    identity: Callable[[], str]


def openapi_documents(provider: ir.Provider, digests: dict[int, tuple[Any, str]] | None = None) -> Iterator[Document]:
    """Every document of the provider, one at a time: its own first, then one per model of an API that names its
    models in a header (see predictions.model_document_name). `digests`: stable_digest's, shared with the template
    fragments so each IR object is described once."""
    known = {} if digests is None else digests
    one = dataclasses.replace(provider, models=())

    def provider_identity() -> str:
        parts = [stable_digest(one, known), *(stable_digest(model, known) for model in provider.models)]
        return "provider " + _sha256(" ".join(parts))

    yield Document(f"{provider.id}.json", lambda: openapi_document(provider), provider_identity)
    shared: dict[tuple[str, ...], _Shared] = {}
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
            parts = shared[per_model]
            yield Document(name, _builder(parts, one, model), _identity(parts, one, model, known))


@dataclass(frozen=True)
class _Shared:
    """What each model's document of a provider holds as it is, or makes its own parts from (JSON data only)."""

    per_model: tuple[str, ...]  # the APIs called for the one model
    head: dict[str, Any]  # document.provider_head
    tags: list[dict[str, str]]
    limits: list[str]
    paths: dict[str, Any]  # where a model's create operation goes: the name of its API
    writes: list[tuple[bool, str, Any]]  # (setdefault, not set; name; schema), MODEL_INPUT for the model's input
    accepted: dict[str, dict[str, Any]]  # by API name: its accepted_example

    @cached_property
    def digest(self) -> str:
        return _sha256(_json([getattr(self, field.name) for field in dataclasses.fields(self)]))


class _Writes:
    """parts.Schemas that records the writes, in order."""

    def __init__(self) -> None:
        self.log: list[tuple[bool, str, Any]] = []

    def __setitem__(self, name: str, schema: Any, /) -> None:
        self.log.append((False, name, schema))

    def setdefault(self, name: str, schema: Any, /) -> Any:
        self.log.append((True, name, schema))
        return None  # never read (parts.Schemas)


def _shared(provider: ir.Provider, per_model: tuple[str, ...]) -> _Shared:
    writes = _Writes()
    paths, tags, limits = document_parts(provider, writes, per_model)
    accepted = {name: predictions.accepted_example(provider, provider.api(name)) for name in per_model}
    return _Shared(per_model, provider_head(provider), tags, limits, paths, writes.log, accepted)


def _builder(parts: _Shared, one: ir.Provider, model: ir.Model) -> Callable[[], dict[str, Any]]:
    """The model's document, its own parts made from `parts`, `one` (the provider without its models) and `model`
    alone: what _identity describes."""

    def build() -> dict[str, Any]:
        title, description = title_and_description(one, parts.limits, model)
        operations = {
            name: predictions.model_operation(one, one.api(name), model, parts.accepted[name])
            for name in parts.per_model
        }
        schemas: dict[str, Any] = {}
        for default, name, schema in parts.writes:
            if name == MODEL_INPUT:
                name, schema = model.class_name, input_schema(model)
            if default:
                schemas.setdefault(name, schema)
            else:
                schemas[name] = schema
        paths = {path: _filled(item, operations) for path, item in parts.paths.items()}
        return finish(parts.head, title, description, parts.tags, paths, schemas, model.model_id)

    return build


def _filled(item: dict[str, Any], operations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A path item with the model's own create operation where its API's name stands (an operation is never text)."""
    if not any(type(operation) is str for operation in item.values()):
        return item
    return {method: operations[op] if type(op) is str else op for method, op in item.items()}


def _identity(
    parts: _Shared, one: ir.Provider, model: ir.Model, digests: dict[int, tuple[Any, str]]
) -> Callable[[], str]:
    return lambda: f"model {parts.digest} {stable_digest(one, digests)} {stable_digest(model, digests)}"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))
