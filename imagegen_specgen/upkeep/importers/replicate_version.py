"""Draft one model spec from a Replicate model version document (kind `replicate-version`).

Replicate publishes each model version's inputs as an OpenAPI schema made by cog: the version object
(`GET /v1/models/{owner}/{name}/versions/{id}`: `id`, `openapi_schema`) or the model object
(`GET /v1/models/{owner}/{name}`: `owner`, `name`, `latest_version` holding the version object). The inputs are
`openapi_schema.components.schemas.Input`, read like any OpenAPI input schema (openapi.py), in the order of
their `x-order`; `$ref`s are relative to `openapi_schema`. The model id is the model object's owner/name, else
`--id` (or the one model the provider spec declares for the document); the version id is the lock's version.
The output schema states no media (a URI), so the media comes from `--output-media`.
"""

from __future__ import annotations

from typing import Any

from .common import DocumentError, SourceDocument, json_kind, parse_structured
from .file_names import model_id_problem
from .openapi import ImportResult, draft_model
from .openapi_layouts import Model, Resolver, _mapping

INPUT = "components.schemas.Input"


def import_version(
    source: SourceDocument,
    *,
    provider: str,
    model_id: str | None,
    source_url: str | None = None,
    output_media: str | None = None,
) -> ImportResult:
    doc = parse_structured(source)
    location = source.location
    prefix, version, named = "", doc, None
    if "latest_version" in doc:  # a model object: its latest version, its id from owner/name
        owner, name = doc.get("owner"), doc.get("name")
        if not isinstance(owner, str) or not isinstance(name, str) or not owner or not name:
            raise DocumentError(f"{location}: owner, name: expected the model's owner and name (text)")
        named = f"{owner}/{name}"
        prefix = "latest_version."
        version = _mapping(doc["latest_version"], location, "latest_version")
    if named is not None and model_id is not None and model_id != named:
        raise DocumentError(f"{location}: describes model {named!r}, not {model_id!r} (--id)")
    model_id = named or model_id
    if model_id is None:
        raise DocumentError(
            f"{location}: a version document does not name its model; give it with --id OWNER/NAME "
            "(or declare the document with its one model in the provider spec)"
        )
    problem = model_id_problem(model_id)
    if problem is not None:
        raise DocumentError(f"{location}: model id {model_id!r}: {problem}")
    version_id = version.get("id")
    if not isinstance(version_id, str) or not version_id:
        found = json_kind(version_id) if version_id is not None else "nothing"
        raise DocumentError(f"{location}: {prefix}id: found {found}; expected the version id (text)")
    where = f"{prefix}openapi_schema"
    schema_doc = _mapping(version.get("openapi_schema"), location, where)
    if not schema_doc:
        raise DocumentError(f"{location}: {where}: missing; expected the version's OpenAPI schema")
    resolver = Resolver(schema_doc, location)
    schemas = resolver.mapping(
        resolver.mapping(schema_doc.get("components"), f"{where}.components").get("schemas"),
        f"{where}.components.schemas",
    )
    if "Input" not in schemas:
        raise DocumentError(f"{location}: {where}.{INPUT}: missing; expected the model's input schema")
    inputs = resolver.mapping(schemas["Input"], f"{where}.{INPUT}")
    model = Model(
        id=model_id,
        where=f"{where}.{INPUT}",
        schema=_in_order(inputs, resolver, f"{where}.{INPUT}"),
        id_where="--id" if named is None else "owner, name",
        description=doc.get("description") if isinstance(doc.get("description"), str) else None,
        media=output_media,
        body="json",  # the prediction object; its output holds the model's Output
    )
    draft, unmapped = draft_model(resolver, provider, model)
    url = source_url or location
    draft["source_document"] = {"sha256": source.sha256, "url": url, "version": version_id}
    draft["sources"] = [url]
    if output_media is not None:
        draft["output"] = {"media": output_media, "body": "json"}
        draft["notes"] = [
            f"output.media {output_media!r} is the maintainer's choice (--output-media); the version's Output "
            "schema does not state it."
        ]
    else:
        unmapped.append(f"{where}.components.schemas.Output: states no media; give --output-media image|video")
    return ImportResult(drafts=[draft], unmapped=list(dict.fromkeys(unmapped)), version=version_id)


def _in_order(schema: dict[str, Any], resolver: Resolver, where: str) -> dict[str, Any]:
    """The input schema with its properties in `x-order` (the order of the model page); the rest after them."""
    properties = resolver.mapping(schema.get("properties"), f"{where}.properties")

    def rank(item: tuple[str, Any]) -> tuple[int, float]:
        order = item[1].get("x-order") if isinstance(item[1], dict) else None
        if isinstance(order, (int, float)) and not isinstance(order, bool):
            return 0, float(order)
        return 1, 0.0

    ordered = dict(sorted(properties.items(), key=rank))  # stable: unordered ones keep the document's order
    return {**schema, "properties": ordered}
