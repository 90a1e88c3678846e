"""One OpenAPI 3.1 document per provider, built from the IR as data and dumped as JSON.

Keys keep the order they are built in (deterministic): tools that serve examples, Prism among them, answer
with the first one, so the order of `examples` is part of the document's meaning.
"""

from __future__ import annotations

import json
from typing import Any

from . import ir
from .samples import minimal_input

OPENAPI_VERSION = "3.1.0"
JSON = "application/json"
# What each kind of output is served as; OpenAPI content keys are media types, not ranges such as image/*.
MEDIA_TYPES = {"image": ("image/png", "image/jpeg", "image/webp"), "video": ("video/mp4",)}
DELIVERY_TYPES = (*MEDIA_TYPES["image"], *MEDIA_TYPES["video"], "application/octet-stream")
# The shape of generation URLs in the providers' documents and the mock: <prefix>/<token>/<file name>.
DELIVERY_SEGMENTS = (
    ("prefix", "First segment of the delivery path, e.g. xezq."),
    ("token", "Second segment: the output's token."),
    ("filename", "File name of the output, e.g. output.jpg."),
)
# A 1x1 PNG, so an example JSON answer carries media a client can decode.
TINY_PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
EXAMPLE_ID = "pred_example_0001"

MODEL_HEADER_LIMIT = (
    "OpenAPI chooses an operation by method and path only, and a body schema cannot depend on a header, so no "
    "standard form lets the {header} header select the input schema. This document uses the closest faithful "
    "form: `input` is `anyOf` the input schema of every model described here (each names its model in `title` "
    "and `x-model`) and an open object for model ids it does not describe, which the API also accepts. A "
    "validator therefore accepts any object as `input`; the per-model checks are the named schemas, and the "
    "request examples are named by model id."
)
DELIVERY_LIMIT = (
    "OpenAPI path parameters match one path segment each and have no multi-segment form. The delivery path is "
    "declared with the three segments of the generation URLs the provider documents (<prefix>/<token>/<file>); "
    "a generation_url of another depth is outside what this document can describe (the client follows it as "
    "given)."
)


def _error_schema_name(status: int | None) -> str:
    return "Error" if status is None else f"Error{status}"


def _header_object(description: str, schema: dict[str, Any], example: str) -> dict[str, Any]:
    return {"description": description, "schema": schema, "example": example}


def _request_id_headers(provider: ir.Provider) -> dict[str, Any]:
    names = [*provider.request_id_headers]
    if provider.response_headers.request_id and provider.response_headers.request_id not in names:
        names.append(provider.response_headers.request_id)
    return {
        name: _header_object("Identifier of the request, for support.", {"type": "string"}, "req-example-0001")
        for name in names
    }


def _success_headers(provider: ir.Provider) -> dict[str, Any]:
    names = provider.response_headers
    headers: dict[str, Any] = {}
    if names.remaining_credits:
        headers[names.remaining_credits] = _header_object(
            "Credits left on the account after this call.", {"type": "string", "pattern": r"^-?[0-9.]+$"}, "99.5"
        )
    if names.seed:
        headers[names.seed] = _header_object(
            "The seed the provider used; send it back to reproduce the result.",
            {"type": "string", "pattern": "^-?[0-9]+$"},
            "42",
        )
    return {**headers, **_request_id_headers(provider)}


def _error_responses(provider: ir.Provider) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for e in provider.errors:
        headers = _request_id_headers(provider)
        reset = provider.response_headers.rate_limit_reset
        if e.status == 429 and reset:
            headers[reset] = _header_object(
                "When the rate limit resets (ISO 8601, UTC); the client waits until then before retrying.",
                {"type": "string", "format": "date-time"},
                "2026-01-01T00:00:30Z",
            )
        response: dict[str, Any] = {"description": f"{e.title}: {e.meaning}."}
        if headers:
            response["headers"] = headers
        name = _error_schema_name(e.status if e.body_schema is not None else None)
        response["content"] = {JSON: {"schema": {"$ref": f"#/components/schemas/{name}"}}}
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


def _binary(media_type: str) -> dict[str, Any]:
    return {"schema": {"type": "string", "contentMediaType": media_type}}


# --- one request per model --------------------------------------------------------------------------------


def _segmind_success(provider: ir.Provider, model: ir.Model) -> dict[str, Any]:
    content: dict[str, Any] = {}
    if model.output.body in ("bytes", "either"):
        content.update({media: _binary(media) for media in MEDIA_TYPES[model.output.media]})
    if model.output.body in ("json", "either"):
        content[JSON] = {
            "schema": {"$ref": "#/components/schemas/GenerationJSON"},
            "examples": {"base64-media": {"summary": "The media, base64-encoded", "value": _json_example(model)}},
        }
    response: dict[str, Any] = {
        "description": "The generated media; or JSON describing it (the client branches on Content-Type).",
        "content": content,
    }
    headers = _success_headers(provider)
    if headers:
        response["headers"] = headers
    return response


def _json_example(model: ir.Model) -> dict[str, Any]:
    return {"image" if model.output.media == "image" else "output": TINY_PNG_BASE64, "status": "Success"}


def _segmind_paths(provider: ir.Provider, schemas: dict[str, Any]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    if any(m.output.body in ("json", "either") for m in provider.models):
        schemas["GenerationJSON"] = {
            "type": "object",
            "description": "A JSON answer. The client looks for base64 media under image, images, output, data or "
            "result.",
        }
    for model in provider.models:
        schemas[model.class_name] = _input_schema(model)
        paths[provider.default_api.model_path(model)] = {
            "post": {
                "tags": ["Models"],
                "summary": model.title,
                "description": model.description,
                "operationId": model.method_name,
                "requestBody": {
                    "required": True,
                    "content": {
                        JSON: {
                            "schema": {"$ref": f"#/components/schemas/{model.class_name}"},
                            "examples": {
                                "required-only": {
                                    "summary": "Only the required parameters",
                                    "value": minimal_input(model),
                                }
                            },
                        }
                    },
                },
                "responses": {"200": _segmind_success(provider, model), **_error_responses(provider)},
                **_extensions(model),
            }
        }
    return paths


# --- predictions: one endpoint for every model, status, delivery, files ---------------------------------------


def _prediction_schemas(provider: ir.Provider, pred: ir.PredictionsAPI, schemas: dict[str, Any]) -> None:
    branches = []
    for model in provider.models:
        schemas[model.class_name] = _input_schema(model)
        branches.append({"$ref": f"#/components/schemas/{model.class_name}"})
    schemas["OtherModelInput"] = {
        "type": "object",
        "title": "Any other model",
        "description": f"The input of a model id this document does not describe (named in the {pred.model_header} "
        "header); the API validates it.",
    }
    branches.append({"$ref": "#/components/schemas/OtherModelInput"})
    schemas["PredictionRequest"] = {
        "type": "object",
        "required": ["input"],
        "properties": {
            "input": {
                "description": f"The inputs of the model named in the {pred.model_header} header. "
                + MODEL_HEADER_LIMIT.format(header=pred.model_header),
                "anyOf": branches,
            }
        },
    }
    schemas["PredictionFinished"] = {
        "type": "object",
        "description": f"With {pred.hold.header}: true, a prediction that finished within the wait.",
        "required": ["status", "generation_url"],
        "properties": {
            "status": {"type": "string", "enum": list(pred.statuses.succeeded)},
            "generation_url": {"type": "string", "description": "The output; relative URLs are on the API host."},
        },
    }
    schemas["PredictionAccepted"] = {
        "type": "object",
        "description": "A prediction that is still running: poll its status by id.",
        "required": ["id", "model", "input", "get_url"],
        "properties": {
            "id": {"type": "string", "description": "The prediction id."},
            "model": {"type": "string", "description": "The model id from the request."},
            "input": {"type": "object", "description": "The input from the request."},
            "get_url": {"type": "string", "format": "uri", "description": "The prediction's status URL."},
        },
    }
    schemas["PredictionCreated"] = {
        "description": "Either answer to a create request.",
        "oneOf": [
            {"$ref": "#/components/schemas/PredictionFinished"},
            {"$ref": "#/components/schemas/PredictionAccepted"},
        ],
    }
    schemas["PredictionStatus"] = {
        "type": "object",
        "required": ["status"],
        "properties": {
            "status": {"type": "string", "enum": list(pred.statuses.all)},
            "message": {"type": "string", "description": "Status message."},
            "error": {"type": "string", "description": "What went wrong, when the prediction failed."},
            "generation_url": {
                "type": "string",
                "description": "The output, once succeeded; relative URLs are on the API host.",
            },
        },
    }


def _delivery_path(pred: ir.PredictionsAPI) -> str:
    return pred.delivery_path.rstrip("/") + "".join(f"/{{{name}}}" for name, _ in DELIVERY_SEGMENTS)


def _example_output(pred: ir.PredictionsAPI, model: ir.Model | None) -> str:
    extension = "mp4" if model is not None and model.output.media == "video" else "png"
    return f"{(pred.delivery_path or 'https://delivery.example/outputs').rstrip('/')}/xezq/{EXAMPLE_ID}/output.{extension}"


def _create_operation(provider: ir.Provider, pred: ir.PredictionsAPI) -> dict[str, Any]:
    models = list(provider.models)
    first = models[0] if models else None
    status_url = provider.base_url + pred.status.path.replace("{id}", EXAMPLE_ID)
    request_examples = {
        m.model_id: {"summary": f"{pred.model_header}: {m.model_id}", "value": {"input": minimal_input(m)}}
        for m in models
    }
    # The accepted answer comes first: the plain asynchronous flow is what a server without a wait answers.
    answer_examples = {
        "accepted": {
            "summary": "Accepted: poll the status by id",
            "value": {
                "id": EXAMPLE_ID,
                "model": first.model_id if first else "model-id",
                "input": minimal_input(first) if first else {},
                "get_url": status_url,
            },
        },
        "finished": {
            "summary": f"Finished within the {pred.hold.header} wait",
            "value": {"status": pred.statuses.succeeded[0], "generation_url": _example_output(pred, first)},
        },
    }
    header_schema: dict[str, Any] = {"type": "string", "minLength": 1}
    if models:
        header_schema["examples"] = [m.model_id for m in models]
    return {
        "tags": ["Predictions"],
        "summary": "Create a prediction",
        "description": f"Starts a prediction of the model named in the {pred.model_header} header. With "
        f"{pred.hold.header}: true the server waits up to {pred.hold.max_seconds:g} s and may answer with the "
        "finished result; otherwise the answer carries the prediction id to poll. "
        + MODEL_HEADER_LIMIT.format(header=pred.model_header),
        "operationId": "create_prediction",
        "parameters": [
            {
                "name": pred.model_header,
                "in": "header",
                "required": True,
                "description": "The model id. Ids this document does not describe are accepted too.",
                "schema": header_schema,
            },
            {
                "name": pred.hold.header,
                "in": "header",
                "required": False,
                "description": f"true: wait up to {pred.hold.max_seconds:g} s for the result.",
                "schema": {"type": "string", "enum": ["true", "false"], "default": "false"},
            },
        ],
        "requestBody": {
            "required": True,
            "content": {
                JSON: {"schema": {"$ref": "#/components/schemas/PredictionRequest"}, "examples": request_examples}
            },
        },
        "responses": {
            "201": {
                "description": f"Created: finished (within the {pred.hold.header} wait), or accepted with an id.",
                "content": {
                    JSON: {"schema": {"$ref": "#/components/schemas/PredictionCreated"}, "examples": answer_examples}
                },
            },
            **_error_responses(provider),
        },
        "x-models": [m.model_id for m in models],
    }


def _status_operation(provider: ir.Provider, pred: ir.PredictionsAPI) -> dict[str, Any]:
    output = _example_output(pred, provider.models[0] if provider.models else None)
    # Succeeded first: a tool answering with the first example then ends a client's wait.
    examples: dict[str, Any] = {
        pred.statuses.succeeded[0]: {"value": {"status": pred.statuses.succeeded[0], "generation_url": output}},
    }
    for status in pred.statuses.pending:
        examples[status] = {"value": {"status": status, "message": "Generation in progress"}}
    for status in pred.statuses.failed:
        examples[status] = {
            "value": {"status": status, "message": "Prediction failed", "error": "The model raised an error."}
        }
    for status in pred.statuses.canceled:
        examples[status] = {"value": {"status": status, "message": "Prediction was canceled"}}
    return {
        "tags": ["Predictions"],
        "summary": "Get a prediction's status",
        "description": "The prediction's status; once succeeded it carries the generation_url of the output.",
        "operationId": "get_prediction_status",
        "parameters": [
            {
                "name": "id",
                "in": "path",
                "required": True,
                "description": "The prediction id from the create answer.",
                "schema": {"type": "string"},
            }
        ],
        "responses": {
            "200": {
                "description": "The current status.",
                "content": {JSON: {"schema": {"$ref": "#/components/schemas/PredictionStatus"}, "examples": examples}},
            },
            **_error_responses(provider),
        },
        **({"x-rate-limit": _rate(pred.status_rate_limit)} if pred.status_rate_limit else {}),
    }


def _rate(limit: ir.RateLimit) -> dict[str, Any]:
    return {"requests": limit.requests, "per_seconds": limit.per_seconds}


def _delivery_operation(provider: ir.Provider, pred: ir.PredictionsAPI) -> dict[str, Any]:
    kept = f" Outputs are kept about {pred.delivery_retention_hours:g} hours." if pred.delivery_retention_hours else ""
    return {
        "tags": ["Delivery"],
        "summary": "Download an output",
        "description": "The output file at a prediction's generation_url." + kept + " " + DELIVERY_LIMIT,
        "operationId": "download_output",
        "parameters": [
            {"name": name, "in": "path", "required": True, "description": text, "schema": {"type": "string"}}
            for name, text in DELIVERY_SEGMENTS
        ],
        "responses": {
            "200": {"description": "The output file.", "content": {t: _binary(t) for t in DELIVERY_TYPES}},
            **_error_responses(provider),
        },
        **({"x-rate-limit": _rate(pred.delivery_rate_limit)} if pred.delivery_rate_limit else {}),
    }


def _upload_operation(provider: ir.Provider, files: ir.Files) -> dict[str, Any]:
    file_url = f"{provider.base_url}{files.path}/file-example0001"
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
                        "schema": {"$ref": "#/components/schemas/UploadedFile"},
                        "examples": {
                            "uploaded": {"value": {"id": "file-example0001", "urls": {"get": file_url}}},
                        },
                    }
                },
            },
            **_error_responses(provider),
        },
    }


def _uploaded_file_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id", "urls"],
        "properties": {
            "id": {"type": "string", "description": "The file id."},
            "urls": {
                "type": "object",
                "required": ["get"],
                "properties": {"get": {"type": "string", "format": "uri", "description": "Pass this as an input."}},
            },
            "name": {"type": "string", "description": "The uploaded file's name."},
            "content_type": {"type": "string", "description": "Its media type."},
            "size": {"type": "integer", "description": "Its size in bytes."},
            "created_at": {"type": "string", "format": "date-time", "description": "When it was stored."},
            "expires_at": {"type": "string", "format": "date-time", "description": "When it will be deleted."},
        },
    }


def _prediction_paths(provider: ir.Provider, schemas: dict[str, Any]) -> dict[str, Any]:
    pred = provider.predictions_api
    assert pred is not None
    _prediction_schemas(provider, pred, schemas)
    paths: dict[str, Any] = {
        pred.submit_path: {"post": _create_operation(provider, pred)},
        pred.status.path: {"get": _status_operation(provider, pred)},
    }
    if pred.delivery_path is not None:
        paths[_delivery_path(pred)] = {"get": _delivery_operation(provider, pred)}
    if provider.files is not None:
        schemas["UploadedFile"] = _uploaded_file_schema()
        paths[provider.files.path] = {"post": _upload_operation(provider, provider.files)}
    return paths


def _tags(provider: ir.Provider) -> list[dict[str, str]]:
    if provider.predictions_api is None:
        return [{"name": "Models", "description": "One operation per model."}]
    tags = [
        {"name": "Predictions", "description": "Create a prediction of any model and follow its status."},
        {"name": "Delivery", "description": "Download the outputs of predictions."},
    ]
    if provider.files is not None:
        tags.append({"name": "Files", "description": "Upload files to pass as model inputs."})
    return tags


def openapi_document(provider: ir.Provider) -> dict[str, Any]:
    schemas: dict[str, Any] = {}
    if provider.default_api.protocol == "predictions":
        paths = _prediction_paths(provider, schemas)
        pred = provider.predictions_api
        assert pred is not None
        limits = "\n\nLimits of this document: " + MODEL_HEADER_LIMIT.format(header=pred.model_header)
        limits += " " + DELIVERY_LIMIT
    else:
        paths = _segmind_paths(provider, schemas)
        limits = ""
    schemas.update(_error_schemas(provider))
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": f"{provider.title} API", "version": "1", "description": provider.description + limits},
        "servers": [{"url": provider.base_url}],
        "security": [{"apiKey": []}],
        "tags": _tags(provider),
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"apiKey": {"type": "apiKey", "in": "header", "name": provider.auth_header}},
        },
        "x-provider": provider.id,
    }


def dump(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
