"""Protocol `direct`: one operation per model at the model's own path; the answer is the media or JSON."""

from __future__ import annotations

from typing import Any

from ...contract.samples import minimal_input
from ...parser import ir
from .parts import (
    JSON,
    MEDIA_TYPES,
    ApiNames,
    add_input_schema,
    binary,
    error_responses,
    model_extensions,
    success_headers,
)

# A 1x1 PNG, so an example JSON answer carries media a client can decode.
TINY_PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


def tag_description(api: ir.API) -> str:
    return api.title or "One operation per model: the answer is the media or JSON describing it."


def extra_tags(api: ir.API) -> list[dict[str, str]]:
    return []


def limits(api: ir.API) -> list[str]:
    return []


def _json_example(model: ir.Model) -> dict[str, Any]:
    return {"image" if model.output.media == "image" else "output": TINY_PNG_BASE64, "status": "Success"}


def _success(provider: ir.Provider, model: ir.Model, names: ApiNames) -> dict[str, Any]:
    content: dict[str, Any] = {}
    if model.output.body in ("bytes", "either"):
        content.update({media: binary(media) for media in MEDIA_TYPES[model.output.media]})
    if model.output.body in ("json", "either"):
        content[JSON] = {
            "schema": names.ref("GenerationJSON"),
            "examples": {"base64-media": {"summary": "The media, base64-encoded", "value": _json_example(model)}},
        }
    response: dict[str, Any] = {
        "description": "The generated media; or JSON describing it (the client branches on Content-Type).",
        "content": content,
    }
    headers = success_headers(provider)
    if headers:
        response["headers"] = headers
    return response


def paths(provider: ir.Provider, api: ir.API, names: ApiNames, schemas: dict[str, Any]) -> dict[str, Any]:
    assert isinstance(api, ir.DirectAPI)
    models = provider.models_of(api)
    if any(m.output.body in ("json", "either") for m in models):
        schemas[names.schema("GenerationJSON")] = {
            "type": "object",
            "description": "A JSON answer. The client looks for base64 media under image, images, output, data or "
            "result.",
        }
    found: dict[str, Any] = {}
    for model in models:
        body = add_input_schema(schemas, model)
        found[api.model_path(model)] = {
            "post": {
                "tags": [names.tag],
                "summary": model.title,
                "description": model.description,
                "operationId": names.operation(model.method_name),
                "requestBody": {
                    "required": True,
                    "content": {
                        JSON: {
                            "schema": body,
                            "examples": {
                                "required-only": {
                                    "summary": "Only the required parameters",
                                    "value": minimal_input(model),
                                }
                            },
                        }
                    },
                },
                "responses": {"200": _success(provider, model, names), **error_responses(provider)},
                **model_extensions(model),
            }
        }
    return found
