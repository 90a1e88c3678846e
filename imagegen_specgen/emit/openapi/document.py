"""One OpenAPI 3.1 document per provider, built from the IR as data and dumped as JSON.

The document is assembled here (files, security, tags, limits); the pieces every protocol shares are in
parts.py and each protocol's paths and schemas in its own module beside it. Keys keep the order they are
built in (deterministic): tools that serve examples, Prism among them, answer with the first one, so the
order of `examples` is part of the document's meaning.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from json.encoder import encode_basestring
from types import ModuleType
from typing import Any

from ...parser import ir
from . import direct, predictions
from .parts import JSON, Schemas, api_names, at, error_responses, error_schemas, nested, ref

OPENAPI_VERSION = "3.1.0"
EXAMPLE_FILE_ID = "file-example0001"
SECURITY_SCHEME = "apiKey"
# The IR's protocol name -> the module that writes an API's paths of that protocol.
EXPORTS: dict[str, ModuleType] = {"direct": direct, "predictions": predictions}


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
    if auth.hosts:
        scheme["description"] += (
            " Besides the server's host, these API hosts take it (follow-up URLs may point there): "
            + ", ".join(auth.hosts)
            + "; no other host does."
        )
        scheme["x-auth-hosts"] = list(auth.hosts)
    return scheme


def _merge(paths: dict[str, Any], more: dict[str, Any]) -> None:
    for path, item in more.items():
        target = paths.setdefault(path, {})
        for method, operation in item.items():
            if method in target:
                raise ValueError(f"two operations for {method.upper()} {path}")
            target[method] = operation


def document_parts(
    provider: ir.Provider, schemas: Schemas, per_model: Collection[str] = ()
) -> tuple[dict[str, Any], list[dict[str, str]], list[str]]:
    """The document's paths, tags and limits, its schemas written to `schemas`. The APIs named in `per_model`
    (each naming its model in a header) are as called for one model, whose own parts are left out: see
    predictions.paths(per_model=True)."""
    paths: dict[str, Any] = {}
    tags: list[dict[str, str]] = []
    limits: list[str] = []
    for api in provider.apis:
        export = EXPORTS[api.protocol]
        names = api_names(provider, api)
        if api.name in per_model:
            _merge(paths, predictions.paths(provider, api, names, schemas, per_model=True))
        else:
            _merge(paths, export.paths(provider, api, names, schemas))
            limits += [text for text in export.limits(provider, api) if text not in limits]
        tags.append({"name": names.tag, "description": export.tag_description(api)})
    for api in provider.apis:
        for tag in EXPORTS[api.protocol].extra_tags(api):
            if tag not in tags:
                tags.append(tag)
    if provider.files is not None:
        schemas["UploadedFile"] = _uploaded_file_schema(provider.files)
        _merge(paths, {provider.files.path: {"post": _upload_operation(provider, provider.files)}})
        tags.append({"name": "Files", "description": "Upload files to pass as model inputs."})
    for name, schema in error_schemas(provider).items():
        schemas[name] = schema
    return paths, tags, limits


def title_and_description(provider: ir.Provider, limits: list[str], model: ir.Model | None = None) -> tuple[str, str]:
    """The document's title and description; with `model`, those of that model's own document."""
    description = provider.description
    title = f"{provider.title} API"
    if model is not None:
        header = predictions.model_header(provider, model)
        title += f" ({header}: {model.model_id})"
        description += "\n\n" + predictions.MODEL_DOCUMENT.format(
            provider=provider.id, header=header, model=model.model_id
        )
    if limits:
        description += "\n\nLimits of this document: " + " ".join(limits)
    return title, description


def provider_head(provider: ir.Provider) -> dict[str, Any]:
    """The parts of a document that are the same in each of the provider's documents, as finish() places them."""
    return {
        "servers": [{"url": provider.base_url}],
        "security": [{SECURITY_SCHEME: []}],
        "securitySchemes": {SECURITY_SCHEME: _security_scheme(provider.auth)},
        "x-provider": provider.id,
    }


def finish(
    head: dict[str, Any],
    title: str,
    description: str,
    tags: list[dict[str, str]],
    paths: dict[str, Any],
    schemas: dict[str, Any],
    model_id: str | None = None,
) -> dict[str, Any]:
    """The document from its parts, in the order its keys are written."""
    document: dict[str, Any] = {
        "openapi": OPENAPI_VERSION,
        "info": {"title": title, "version": "1", "description": description},
        "servers": head["servers"],
        "security": head["security"],
        "tags": tags,
        "paths": paths,
        "components": {"schemas": schemas, "securitySchemes": head["securitySchemes"]},
        "x-provider": head["x-provider"],
    }
    if model_id is not None:
        document["x-model"] = model_id
    return document


def openapi_document(provider: ir.Provider) -> dict[str, Any]:
    """The provider's document (each model of an API naming its models in a header also has one of its own: see
    documents.py)."""
    schemas: dict[str, Any] = {}
    paths, tags, limits = document_parts(provider, schemas)
    title, description = title_and_description(provider, limits)
    return finish(provider_head(provider), title, description, tags, paths, schemas)


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


def dump_bytes(document: dict[str, Any]) -> bytes:
    """dump(document) as UTF-8, made item by item: a catalogue's document is tens of megabytes, and one string of
    it (four bytes a character once it holds any character past U+00FF) with the pieces it is joined from took
    ten times that."""
    out: list[bytes] = []
    try:
        _chunked(document, "\n", out, 3)
    except _Unusual:
        return dump(document).encode("utf-8")
    out.append(b"\n")
    return b"".join(out)


def _chunked(value: Any, newline: str, out: list[bytes], depth: int) -> None:
    """_indented's text, appended to `out` as UTF-8: the values `depth` levels down each joined on its own."""
    kind = type(value)
    if depth == 0 or not value or (kind is not dict and kind is not list):
        parts: list[str] = []
        _indented(value, newline, parts)
        out.append("".join(parts).encode("utf-8"))
        return
    inner = newline + "  "
    opening = "{" if kind is dict else "["
    for key, item in value.items() if kind is dict else (("", item) for item in value):
        if type(key) is not str:
            raise _Unusual
        label = f"{encode_basestring(key)}: " if kind is dict else ""
        out.append(f"{opening}{inner}{label}".encode())
        opening = ","
        _chunked(item, inner, out, depth - 1)
    out.append((newline + ("}" if kind is dict else "]")).encode())


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
