"""A provider's OpenAPI documents, their texts reused from the cache: each by its identity (openapi/documents.py),
and all of them at once while the provider is unchanged.

The provider's own document's identity is a digest of the provider with its models, which determines every document
of the provider; under it the cache keeps the list of the provider's documents and their keys, so an unchanged
provider's documents are read, not made. The IR digests are the template fragments' (computed once per object and
run, speed/fragments.py).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

import jinja2

from ..parser import ir
from ..speed.cache import Cache, source_fingerprint
from .openapi.document import dump_bytes
from .openapi.documents import openapi_documents


def openapi_files(env: jinja2.Environment, provider: ir.Provider) -> Iterator[tuple[str, bytes]]:
    """Each document of the provider (its file name under openapi/, its text as openapi.dump writes it, UTF-8)."""
    store: Cache = env.fragment_cache  # type: ignore[attr-defined]
    documents = openapi_documents(provider, env.fragment_digests)  # type: ignore[attr-defined]
    if store.root is None:
        for document in documents:
            yield document.name, dump_bytes(document.build())
        return
    first = next(documents)
    listed = store.key("openapi-documents", source_fingerprint(), first.identity())
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
    for document in itertools.chain([first], documents):
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
    """The (name, key) pairs a listing holds; none when there is no entry (or not one this module wrote)."""
    try:
        pairs = json.loads(text) if text is not None else []
    except ValueError:
        return []
    if not isinstance(pairs, list) or not all(_pair(p) for p in pairs):
        return []
    return [(name, key) for name, key in pairs]


def _pair(item: Any) -> bool:
    return isinstance(item, list) and len(item) == 2 and all(isinstance(part, str) for part in item)
