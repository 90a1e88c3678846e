"""A provider's OpenAPI documents, their texts reused from the cache: each by its identity (openapi/documents.py),
and all of them at once while the provider is unchanged.

A provider's documents are made from its IR alone (with its models) by the generator's own code, so the cache
keeps, under a digest of the provider, the list of its documents' names and keys: an unchanged provider's documents
are read, not built. The provider's digest is made of its models' own digests, computed once per model and run (the
template fragments need them too, see speed/fragments.py).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import jinja2

from ..parser import ir
from ..speed.cache import Cache, source_fingerprint
from ..speed.fragments import stable_digest
from .openapi.document import dump_bytes
from .openapi.documents import openapi_documents


def provider_digest(env: jinja2.Environment, provider: ir.Provider) -> str:
    """A digest of the provider with its models: its own (without its models) and each model's, in order."""
    digests: dict[int, tuple[Any, str]] = env.fragment_digests  # type: ignore[attr-defined]
    one = env.filters["without_models"](provider)  # the object the fragments describe, so described once
    parts = [stable_digest(one, digests), *(stable_digest(model, digests) for model in provider.models)]
    return hashlib.sha256(" ".join(parts).encode()).hexdigest()


def openapi_files(env: jinja2.Environment, provider: ir.Provider) -> Iterator[tuple[str, bytes]]:
    """Each document of the provider (its file name under openapi/, its text as openapi.dump writes it, UTF-8)."""
    store: Cache = env.fragment_cache  # type: ignore[attr-defined]
    if store.root is None:
        for document in openapi_documents(provider):
            yield document.name, dump_bytes(document.build())
        return
    listed = store.key("openapi-documents", source_fingerprint(), provider_digest(env, provider))
    listing = _listing(store.get(listed))
    done: set[str] = set()
    for name, key in listing:
        data = store.get_bytes(key)
        if data is None:
            break  # gone from the cache: made below
        done.add(name)
        yield name, data
    if listing and len(done) == len(listing):
        return
    made: list[tuple[str, str]] = []
    for document in openapi_documents(provider):
        key = store.key("openapi-dump", source_fingerprint(), document.identity())
        made.append((document.name, key))
        if document.name in done:
            continue
        data = store.get_bytes(key)
        if data is None:
            data = dump_bytes(document.build())
            store.put_bytes(key, data)
        yield document.name, data
    store.put(listed, json.dumps(made))


def _listing(text: str | None) -> list[tuple[str, str]]:
    """The (name, key) pairs a listing entry holds; none when there is no entry (or not one this module wrote)."""
    try:
        pairs = json.loads(text) if text is not None else []
    except ValueError:
        return []
    if not isinstance(pairs, list) or not all(_pair(p) for p in pairs):
        return []
    return [(name, key) for name, key in pairs]


def _pair(item: Any) -> bool:
    return isinstance(item, list) and len(item) == 2 and all(isinstance(part, str) for part in item)
