"""Importers: a provider's own document -> draft model specs in our format (plain dicts).

Every importer has the same shape, `(document, options) -> ImportResult`, so the CLI (`import KIND`) and
the facts lock (`sources refresh PROVIDER`) treat them alike: document -> draft spec dicts -> facts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import openapi, replicate_version, segmind_page
from .common import DocumentError, SourceDocument, read_document
from .file_names import provider_problem
from .openapi import ImportResult


@dataclass(frozen=True)
class ImportOptions:
    provider: str | None = None
    models: tuple[str, ...] = ()
    slug: str | None = None  # page importers: the model's endpoint slug when the page does not say
    source_url: str | None = None  # the public address of a document read from a local copy
    output_media: str | None = None  # the maintainer's answer when the document does not state the output
    layout: str | None = None  # openapi: the document's layout when it is not detected (see importers/openapi.py)


def _openapi(document: SourceDocument, options: ImportOptions, layout: str | None = None) -> ImportResult:
    if options.provider is None:
        raise DocumentError("import openapi needs --provider: the document does not name our provider id")
    problem = provider_problem(options.provider)
    if problem is not None:
        raise DocumentError(f"--provider: {problem}")
    return openapi.import_document(
        document,
        provider=options.provider,
        models=options.models,
        source_url=options.source_url,
        output_media=options.output_media,
        layout=options.layout or layout,
    )


def _openapi_endpoint(document: SourceDocument, options: ImportOptions) -> ImportResult:
    """A document of one endpoint (`openapi --layout endpoint`): the kind a facts lock names for such documents."""
    return _openapi(document, options, "endpoint")


def _replicate_version(document: SourceDocument, options: ImportOptions) -> ImportResult:
    """A Replicate model version (or model) document; its model id from the document, --id, or the one model
    the provider spec declares for it."""
    model_id = options.slug or (options.models[0] if len(options.models) == 1 else None)
    return replicate_version.import_version(
        document,
        provider=options.provider or "replicate",  # a user's provider of this kind names itself
        model_id=model_id,
        source_url=options.source_url,
        output_media=options.output_media,
    )


# Kind of document -> importer. A page importer returning one (spec dict, unmapped) pair per page is
# registered through `single_draft` (see there).
IMPORTERS: dict[str, Callable[[SourceDocument, ImportOptions], ImportResult]] = {}


def single_draft(
    parse: Callable[..., tuple[dict[str, object], list[str]]], provider: str
) -> Callable[[SourceDocument, ImportOptions], ImportResult]:
    """Adapt a one-page parser `parse(text, slug=...) -> (spec dict, unmapped)`, which raises ValueError for
    a broken page, to the importer shape, adding the document as the spec's source."""

    def run(document: SourceDocument, options: ImportOptions) -> ImportResult:
        try:
            spec, unmapped = parse(document.text, slug=options.slug, output_media=options.output_media)
        except ValueError as exc:  # a page parser's way of saying the page is broken (with its line)
            raise DocumentError(f"{document.location}: {exc}") from None
        spec = dict(spec)
        if not spec.get("id"):
            raise DocumentError(f"{document.location}: the page states no model id; import it with --id SLUG")
        spec["provider"] = options.provider or spec.get("provider") or provider  # a user's provider of this kind
        url = options.source_url or document.location
        spec["source_document"] = {"sha256": document.sha256, "url": url}
        spec.setdefault("sources", [url])
        return ImportResult(drafts=[spec], unmapped=list(unmapped), version=None)

    return run


IMPORTERS.update(
    {
        "openapi": _openapi,
        "openapi-endpoint": _openapi_endpoint,
        "replicate-version": _replicate_version,
        "segmind-page": single_draft(segmind_page.draft_from_page, "segmind"),
    }
)


__all__ = [
    "IMPORTERS",
    "DocumentError",
    "ImportOptions",
    "ImportResult",
    "SourceDocument",
    "read_document",
    "single_draft",
]
