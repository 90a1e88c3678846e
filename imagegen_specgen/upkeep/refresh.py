"""`sources refresh PROVIDER [DOC...]`: the provider's facts lock, rebuilt from the documents its spec declares.

The provider spec's `documents` list each document's public address, its kind (the importer that reads it)
and optionally the models to take from it; that address, never a local path, is what the lock records. A
DOC on the command line is a local copy (or another address) of one declared document: the one whose address
`--source-url` names, else the provider's only document, else the one listing the models the copy describes.
A declared document no DOC stands for is read from its address.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..parser import ir
from .facts import build_lock
from .importers import IMPORTERS, DocumentError, ImportOptions, ImportResult, SourceDocument, read_document


@dataclass
class Refreshed:
    lock: dict[str, Any]
    read: list[str] = field(default_factory=list)  # one line per document: what was read for which address


def declared_documents(provider: ir.Provider, spec_file: Path) -> tuple[ir.ProviderDocument, ...]:
    if not provider.documents:
        raise DocumentError(
            f"{spec_file}: provider {provider.id!r} declares no `documents` (the url and kind of each document "
            "its facts lock is built from); nothing to refresh"
        )
    return provider.documents


def refresh_lock(
    provider: ir.Provider, spec_file: Path, copies: list[str], source_urls: list[str], timeout: float
) -> Refreshed:
    declared = declared_documents(provider, spec_file)
    if source_urls and len(source_urls) != len(copies):
        raise DocumentError("--source-url: give one per document, in the same order, or none")
    # The copies first, every one of them checked, before any declared address is read.
    given: dict[str, tuple[SourceDocument, ImportResult]] = {}
    for i, location in enumerate(copies):
        document = read_document(location, timeout=timeout)
        entry = _entry(provider, spec_file, declared, document, source_urls[i] if source_urls else None)
        if entry.url in given:
            first = given[entry.url][0].location
            raise DocumentError(f"{location}: a second copy of {entry.url} (the first: {first})")
        given[entry.url] = document, _import(provider, entry, document)
    drafts: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    read: list[str] = []
    for entry in declared:
        if entry.url in given:
            document, result = given[entry.url]
        else:
            document = read_document(entry.url, timeout=timeout)
            result = _import(provider, entry, document)
        read.append(f"{entry.url}: read from {document.location}" if document.location != entry.url else entry.url)
        drafts.extend(result.drafts)
        record = {"url": entry.url, "sha256": document.sha256}
        if result.version:
            record["version"] = result.version
        documents.append(record)
    seen: set[str] = set()
    for draft in drafts:
        if draft["id"] in seen:
            raise DocumentError(f"model {draft['id']!r} appears in more than one document")
        seen.add(draft["id"])
    return Refreshed(build_lock(provider.id, documents, drafts), read)


def _import(provider: ir.Provider, entry: ir.ProviderDocument, document: SourceDocument) -> ImportResult:
    result = IMPORTERS[entry.kind](document, ImportOptions(provider.id, entry.models, None, entry.url))
    stray = sorted({d["id"] for d in result.drafts} - set(entry.models)) if entry.models else []
    if stray:
        raise DocumentError(
            f"{document.location}: describes model(s) {', '.join(map(repr, stray))}, while the provider spec takes "
            f"only {', '.join(map(repr, entry.models))} from {entry.url}"
        )
    return result


def _entry(
    provider: ir.Provider,
    spec_file: Path,
    declared: tuple[ir.ProviderDocument, ...],
    document: SourceDocument,
    source_url: str | None,
) -> ir.ProviderDocument:
    """The declared document a copy stands for."""
    addresses = ", ".join(d.url for d in declared)
    if source_url is not None:
        found = next((d for d in declared if d.url == source_url), None)
        if found is None:
            raise DocumentError(
                f"--source-url {source_url}: not one of the documents {spec_file} declares ({addresses}); "
                "add it there, with its kind, first"
            )
        return found
    if len(declared) == 1:
        return declared[0]
    kinds = {d.kind for d in declared}
    if len(kinds) == 1:
        (kind,) = kinds
        ids = {d["id"] for d in IMPORTERS[kind](document, ImportOptions(provider.id)).drafts}
        matches = [d for d in declared if ids & set(d.models)]
        if len(matches) == 1:
            return matches[0]
        what = f"it describes {', '.join(sorted(ids)) or 'no model'}, " + (
            "which several declared documents list" if matches else "which no declared document lists"
        )
    else:
        what = "the provider declares documents of several kinds"
    raise DocumentError(
        f"{document.location}: which of the documents {spec_file} declares is this? ({what}); "
        f"name it with --source-url (one of {addresses})"
    )
