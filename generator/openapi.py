"""One OpenAPI 3.1 document per provider, built from the IR as data and dumped as canonical JSON."""

from __future__ import annotations

import json
from typing import Any

from . import ir

OPENAPI_VERSION = "3.1.0"


def _error_responses(provider: ir.Provider) -> dict[str, Any]:
    return {
        str(e.status): {
            "description": f"{e.title}: {e.meaning}",
            "x-exception": e.class_name,
            "x-retry": e.retry,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for e in provider.errors
    }


def _input_schema(model: ir.Model) -> dict[str, Any]:
    schema = model.request_schema(for_openapi=True)
    schema["description"] = model.description
    schema["x-provider"] = model.provider_id
    schema["x-model"] = model.model_id
    return schema


def _extensions(model: ir.Model) -> dict[str, Any]:
    ext: dict[str, Any] = {"x-model": model.model_id, "x-spec": f"specs/{model.source_file}"}
    if model.cost is not None:
        ext["x-cost"] = {"usd": model.cost.usd, "per": model.cost.per}
    if model.latency_seconds is not None:
        ext["x-latency-seconds"] = model.latency_seconds
    if model.rate_limit is not None:
        ext["x-rate-limit"] = {"requests": model.rate_limit.requests, "per_seconds": model.rate_limit.per_seconds}
    return ext


def _segmind_paths(provider: ir.Provider, schemas: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for model in provider.models:
        schemas[model.class_name] = _input_schema(model)
        media = "video/*" if model.output.media == "video" else "image/*"
        success: dict[str, Any] = {}
        if model.output.body in ("bytes", "either"):
            success[media] = {"schema": {"type": "string", "contentMediaType": media}}
        if model.output.body in ("json", "either"):
            success["application/json"] = {"schema": {"type": "object"}}
        paths[model.path] = {
            "post": {
                "operationId": model.method_name,
                "summary": model.title,
                "description": model.description,
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{model.class_name}"}}},
                },
                "responses": {
                    "200": {"description": "The generated media, or JSON describing it.", "content": success},
                    **_error_responses(provider),
                },
                **_extensions(model),
            }
        }
    return paths


def _pruna_paths(provider: ir.Provider, schemas: dict[str, Any]) -> dict[str, Any]:
    pred = provider.predictions
    assert pred is not None
    refs = []
    for model in provider.models:
        schemas[model.class_name] = _input_schema(model)
        refs.append({"$ref": f"#/components/schemas/{model.class_name}"})
    schemas["PredictionRequest"] = {
        "type": "object",
        "required": ["input"],
        "properties": {"input": {"anyOf": refs} if refs else {"type": "object"}},
        "description": f"The model is chosen by the {pred.model_header} header; its input schema by x-model.",
    }
    schemas["PredictionCreated"] = {
        "type": "object",
        "required": ["id", "get_url"],
        "properties": {
            "id": {"type": "string"},
            "model": {"type": "string"},
            "input": {"type": "object"},
            "get_url": {"type": "string"},
        },
    }
    schemas["PredictionStatus"] = {
        "type": "object",
        "required": ["status"],
        "properties": {
            "status": {"type": "string", "enum": list(pred.all_statuses)},
            "message": {"type": "string"},
            "error": {"type": "string"},
            "generation_url": {"type": "string"},
        },
    }
    models = sorted(m.model_id for m in provider.models)
    errors = _error_responses(provider)
    paths: dict[str, Any] = {
        pred.path: {
            "post": {
                "operationId": "create_prediction",
                "summary": "Start a prediction; with the Try-Sync header the server waits up to "
                f"{pred.sync_wait_seconds:g} s for the result.",
                "parameters": [
                    {
                        "name": pred.model_header,
                        "in": "header",
                        "required": True,
                        "schema": {"type": "string", "examples": models} if models else {"type": "string"},
                        "description": "Model id; ids with no spec are accepted too.",
                    },
                    {
                        "name": pred.sync_header,
                        "in": "header",
                        "required": False,
                        "schema": {"type": "string", "enum": ["true", "false"]},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PredictionRequest"}}},
                },
                "responses": {
                    "200": {
                        "description": "Finished (Try-Sync) or accepted (async) prediction.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "anyOf": [
                                        {"$ref": "#/components/schemas/PredictionStatus"},
                                        {"$ref": "#/components/schemas/PredictionCreated"},
                                    ]
                                }
                            }
                        },
                    },
                    **errors,
                },
                "x-models": models,
            }
        },
        pred.status_path: {
            "get": {
                "operationId": "get_prediction_status",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "Current status.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PredictionStatus"}}},
                    },
                    **errors,
                },
            }
        },
        pred.delivery_path + "/{path}": {
            "get": {
                "operationId": "download_output",
                "parameters": [{"name": "path", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {
                        "description": "The output file.",
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "contentMediaType": "application/octet-stream"}
                            }
                        },
                    },
                    **errors,
                },
            }
        },
    }
    if provider.files is not None:
        paths[provider.files.path] = {
            "post": {
                "operationId": "upload_file",
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": [provider.files.field],
                                "properties": {
                                    provider.files.field: {
                                        "type": "string",
                                        "contentMediaType": "application/octet-stream",
                                    }
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "The stored file and its URL.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "id": {"type": "string"},
                                        "urls": {"type": "object", "properties": {"get": {"type": "string"}}},
                                    },
                                }
                            }
                        },
                    },
                    **errors,
                },
            }
        }
    return paths


def openapi_document(provider: ir.Provider) -> dict[str, Any]:
    schemas: dict[str, Any] = {
        "Error": {
            "description": "The provider's error body; the message is found at: "
            + ", ".join(provider.error_message_paths)
        },
    }
    paths = _pruna_paths(provider, schemas) if provider.style == "pruna" else _segmind_paths(provider, schemas)
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": f"{provider.title} API", "version": "1", "description": provider.description},
        "servers": [{"url": provider.base_url}],
        "security": [{"apiKey": []}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": provider.auth_header}},
        },
        "x-provider": provider.id,
    }


def dump(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
