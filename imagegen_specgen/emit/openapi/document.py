"""One OpenAPI 3.1 document per provider, built from the IR as data and dumped as JSON.

What every protocol shares lives here (errors, headers, input schemas, security, files, assembly); each
protocol's paths and schemas live in `generator/protocols/`. Keys keep the order they are built in
(deterministic): tools that serve examples, Prism among them, answer with the first one, so the order of
`examples` is part of the document's meaning.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

from ...spec import ir

OPENAPI_VERSION = "3.1.0"
JSON = "application/json"
# What each kind of output is served as; OpenAPI content keys are media types, not ranges such as image/*.
MEDIA_TYPES = {"image": ("image/png", "image/jpeg", "image/webp"), "video": ("video/mp4",)}
EXAMPLE_ID = "pred_example_0001"
EXAMPLE_FILE_ID = "file-example0001"
SECURITY_SCHEME = "apiKey"


@dataclass(frozen=True)
class ApiNames:
    """How one API's parts are named in a document that may hold several APIs: its tag, and the prefixes
    that keep operation ids and schema names apart (none for the provider's default API)."""

    tag: str
    operation_prefix: str
    schema_prefix: str

    def operation(self, name: str) -> str:
        return self.operation_prefix + name

    def schema(self, name: str) -> str:
        return self.schema_prefix + name

    def ref(self, name: str) -> dict[str, str]:
        return {"$ref": f"#/components/schemas/{self.schema(name)}"}


def api_names(provider: ir.Provider, api: ir.API) -> ApiNames:
    if api is provider.default_api:
        return ApiNames(api.name, "", "")
    camel = "".join(part[:1].upper() + part[1:] for part in api.name.split("_") if part)
    return ApiNames(api.name, f"{api.name}_", camel)


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def header_object(description: str, schema: dict[str, Any], example: str) -> dict[str, Any]:
    return {"description": description, "schema": schema, "example": example}


def request_id_headers(provider: ir.Provider) -> dict[str, Any]:
    names = [*provider.request_id_headers]
    if provider.response_headers.request_id and provider.response_headers.request_id not in names:
        names.append(provider.response_headers.request_id)
    return {
        name: header_object("Identifier of the request, for support.", {"type": "string"}, "req-example-0001")
        for name in names
    }


def success_headers(provider: ir.Provider) -> dict[str, Any]:
    names = provider.response_headers
    headers: dict[str, Any] = {}
    if names.remaining_credits:
        headers[names.remaining_credits] = header_object(
            "Credits left on the account after this call.", {"type": "string", "pattern": r"^-?[0-9.]+$"}, "99.5"
        )
    if names.seed:
        headers[names.seed] = header_object(
            "The seed the provider used; send it back to reproduce the result.",
            {"type": "string", "pattern": "^-?[0-9]+$"},
            "42",
        )
    return {**headers, **request_id_headers(provider)}


def _error_schema_name(status: int | None) -> str:
    return "Error" if status is None else f"Error{status}"


def error_responses(provider: ir.Provider) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for e in provider.errors:
        headers = request_id_headers(provider)
        reset = provider.response_headers.rate_limit_reset
        if e.status == 429 and reset:
            headers[reset] = header_object(
                "When the rate limit resets (ISO 8601, UTC); the client waits until then before retrying.",
                {"type": "string", "format": "date-time"},
                "2026-01-01T00:00:30Z",
            )
        response: dict[str, Any] = {"description": f"{e.title}: {e.meaning}."}
        if headers:
            response["headers"] = headers
        name = _error_schema_name(e.status if e.body_schema is not None else None)
        response["content"] = {JSON: {"schema": ref(name)}}
        response["x-exception"] = e.class_name
        response["x-retry"] = e.retry
        if e.billed is not None:
            response["x-billed"] = e.billed
        responses[str(e.status)] = response
    return responses


def _error_schemas(provider: ir.Provider) -> dict[str, Any]:
    paths = ", ".join(provider.error_message_paths)
    schemas: dict[str, Any] = {
        "Error": {
            **(provider.error_body_schema or {"type": "object"}),
            "description": f"The provider's error body. The client reads the message from the first of: {paths}.",
        }
    }
    for e in provider.errors:
        if e.body_schema is not None:
            schemas[_error_schema_name(e.status)] = {**e.body_schema, "description": f"The body of a {e.status}."}
    return schemas


def input_schema(model: ir.Model) -> dict[str, Any]:
    schema = model.request_schema(for_openapi=True)
    schema["description"] = model.description
    schema["x-provider"] = model.provider_id
    schema["x-model"] = model.model_id
    return schema


def add_input_schema(schemas: dict[str, Any], model: ir.Model) -> dict[str, str]:
    """The model's input schema, written once however many APIs serve the model; returns its $ref."""
    schemas.setdefault(model.class_name, input_schema(model))
    return ref(model.class_name)


def model_extensions(model: ir.Model) -> dict[str, Any]:
    ext: dict[str, Any] = {"x-model": model.model_id, "x-spec": f"specs/{model.source_file}"}
    if model.cost is not None:
        ext["x-cost"] = {"usd": model.cost.usd, "per": model.cost.per}
    if model.latency_seconds is not None:
        ext["x-latency-seconds"] = model.latency_seconds
    if model.rate_limit is not None:
        ext["x-rate-limit"] = rate(model.rate_limit)
    return ext


def binary(media_type: str) -> dict[str, Any]:
    return {"schema": {"type": "string", "contentMediaType": media_type}}


def rate(limit: ir.RateLimit) -> dict[str, Any]:
    return {"requests": limit.requests, "per_seconds": limit.per_seconds}


def id_parameter(description: str) -> dict[str, Any]:
    return {"name": "id", "in": "path", "required": True, "description": description, "schema": {"type": "string"}}


def nested(fields: list[tuple[str, dict[str, Any], bool]], **extra: Any) -> dict[str, Any]:
    """An object schema with a property at each dotted path (`urls.get`): (path, schema, required)."""
    schema: dict[str, Any] = {"type": "object", **extra}
    for dotted, leaf, required in fields:
        node = schema
        *parents, last = dotted.split(".")
        for part in parents:
            node.setdefault("properties", {})
            child = node["properties"].setdefault(part, {"type": "object"})
            if required and part not in node.setdefault("required", []):
                node["required"].append(part)
            node = child
        node.setdefault("properties", {})[last] = leaf
        if required and last not in node.setdefault("required", []):
            node["required"].append(last)
    _drop_empty_required(schema)
    return schema


def _drop_empty_required(schema: dict[str, Any]) -> None:
    if schema.get("required") == []:
        del schema["required"]
    for child in schema.get("properties", {}).values():
        if child.get("type") == "object":
            _drop_empty_required(child)


def at(values: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON value with each value at its dotted path."""
    body: dict[str, Any] = {}
    for dotted, value in values:
        node = body
        *parents, last = dotted.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[last] = value
    return body


# --- provider-wide parts ------------------------------------------------------------------------------------


def _upload_operation(provider: ir.Provider, files: ir.Files) -> dict[str, Any]:
    file_url = f"{provider.base_url}{files.path}/{EXAMPLE_FILE_ID}"
    kept = f" Files are kept up to {files.retention_hours:g} hours." if files.retention_hours else ""
    return {
        "tags": ["Files"],
        "summary": "Upload a file",
        "description": "Stores a file (multipart form) so its URL can be passed as a model input." + kept,
        "operationId": "upload_file",
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "required": [files.field],
                        "properties": {
                            files.field: {
                                "type": "string",
                                "contentMediaType": "application/octet-stream",
                                "description": "The file.",
                            }
                        },
                    }
                }
            },
        },
        "responses": {
            "201": {
                "description": "Created: the stored file and its URL.",
                "content": {
                    JSON: {
                        "schema": ref("UploadedFile"),
                        "examples": {
                            "uploaded": {"value": at([(files.id_field, EXAMPLE_FILE_ID), (files.url_field, file_url)])}
                        },
                    }
                },
            },
            **error_responses(provider),
        },
    }


def _uploaded_file_schema(files: ir.Files) -> dict[str, Any]:
    return nested(
        [
            (files.id_field, {"type": "string", "description": "The file id."}, True),
            (files.url_field, {"type": "string", "format": "uri", "description": "Pass this URL as an input."}, True),
        ],
        description="A stored file; other fields the provider adds are allowed.",
    )


def _security_scheme(auth: ir.Auth) -> dict[str, Any]:
    if auth.scheme is not None and auth.scheme.lower() == "bearer":
        scheme: dict[str, Any] = {"type": "http", "scheme": "bearer"}
        if auth.header.lower() != "authorization":
            scheme = {"type": "apiKey", "in": "header", "name": auth.header}
            scheme["description"] = f"The value is `Bearer <key>` in the {auth.header} header."
        return scheme
    scheme = {"type": "apiKey", "in": "header", "name": auth.header}
    if auth.scheme is not None:
        scheme["description"] = f"The value is `{auth.scheme} <key>`: the scheme word, a space, then the key."
    else:
        scheme["description"] = "The value is the key itself."
    return scheme


def _merge(paths: dict[str, Any], more: dict[str, Any]) -> None:
    for path, item in more.items():
        target = paths.setdefault(path, {})
        for method, operation in item.items():
            if method in target:
                raise ValueError(f"two operations for {method.upper()} {path}")
            target[method] = operation


def openapi_document(provider: ir.Provider) -> dict[str, Any]:
    from . import EXPORTS

    schemas: dict[str, Any] = {}
    paths: dict[str, Any] = {}
    tags: list[dict[str, str]] = []
    limits: list[str] = []
    for api in provider.apis:
        export = EXPORTS[api.protocol]
        names = api_names(provider, api)
        _merge(paths, export.paths(provider, api, names, schemas))
        tags.append({"name": names.tag, "description": export.tag_description(api)})
        limits += [text for text in export.limits(api) if text not in limits]
    for api in provider.apis:
        for tag in EXPORTS[api.protocol].extra_tags(api):
            if tag not in tags:
                tags.append(tag)
    if provider.files is not None:
        schemas["UploadedFile"] = _uploaded_file_schema(provider.files)
        _merge(paths, {provider.files.path: {"post": _upload_operation(provider, provider.files)}})
        tags.append({"name": "Files", "description": "Upload files to pass as model inputs."})
    schemas.update(_error_schemas(provider))
    description = provider.description
    if limits:
        description += "\n\nLimits of this document: " + " ".join(limits)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": f"{provider.title} API", "version": "1", "description": description},
        "servers": [{"url": provider.base_url}],
        "security": [{SECURITY_SCHEME: []}],
        "tags": tags,
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": {SECURITY_SCHEME: _security_scheme(provider.auth)}},
        "x-provider": provider.id,
    }


def dump(document: dict[str, Any]) -> str:
    """The document as `json.dumps(document, indent=2, ensure_ascii=False)` writes it, plus a newline.

    Written here with the C string encoder: json's own indenting encoder is pure Python and several times
    slower on a catalogue's document. Values of any other kind (never in our documents) take json's way."""
    parts: list[str] = []
    try:
        _indented(document, "\n", parts)
    except _Unusual:
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return "".join(parts) + "\n"


class _Unusual(Exception):
    """A value `_indented` leaves to json (a number subclass, a key that is not text, ...)."""


def _bool(value: bool) -> str:
    return "true" if value else "false"


_SCALARS: dict[type, Callable[[Any], str]] = {str: encode_basestring, int: int.__repr__, bool: _bool}


def _indented(value: Any, newline: str, parts: list[str]) -> None:
    """Append `value` at the indentation `newline` holds (a newline and the current indent)."""
    kind = type(value)
    if kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        opening = "{"
        for key, item in value.items():
            if type(key) is not str:
                raise _Unusual
            parts.append(f"{opening}{inner}{encode_basestring(key)}: ")
            opening = ","
            _indented(item, inner, parts)
        parts.append(newline + "}")
    elif kind is list:
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        opening = "["
        for item in value:
            parts.append(opening + inner)
            opening = ","
            _indented(item, inner, parts)
        parts.append(newline + "]")
    elif kind in _SCALARS:
        parts.append(_SCALARS[kind](value))
    elif value is None:
        parts.append("null")
    elif kind is float:
        parts.append(json.dumps(value))  # repr, or NaN / Infinity as json writes them
    else:
        raise _Unusual
