"""What the OpenAPI paths of every protocol share: names, headers, error responses, input schemas, examples.

The protocol modules beside this one and the document builder (document.py) take their pieces from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from ...parser import ir

JSON = "application/json"
# What each kind of output is served as; OpenAPI content keys are media types, not ranges such as image/*.
MEDIA_TYPES = {"image": ("image/png", "image/jpeg", "image/webp"), "video": ("video/mp4",)}
EXAMPLE_ID = "pred_example_0001"
# Where a model's own document has the model's input schema, among the schemas its provider's parts write (see
# documents.py). Never a schema's name: OpenAPI's component names are [A-Za-z0-9._-]+.
MODEL_INPUT = "<the model's input>"


class Schemas(Protocol):
    """Where a document's builders put its schemas: written, never read. So the writes of the parts every model's
    own document shares can be recorded once and replayed for each model, its input schema among them."""

    def __setitem__(self, name: str, schema: Any, /) -> None: ...

    def setdefault(self, name: str, schema: Any, /) -> Any: ...


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


def error_schemas(provider: ir.Provider) -> dict[str, Any]:
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


def add_input_schema(schemas: Schemas, model: ir.Model) -> dict[str, str]:
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


def id_parameter(description: str, where: str = "path") -> dict[str, Any]:
    return {"name": "id", "in": where, "required": True, "description": description, "schema": {"type": "string"}}


def nested(fields: list[tuple[str, dict[str, Any], bool]], **extra: Any) -> dict[str, Any]:
    """An object schema with a property at each dotted path (`urls.get`; `images[].url`: a url in each
    element of the images list): (path, schema, required)."""
    schema: dict[str, Any] = {"type": "object", **extra}
    for dotted, leaf, required in fields:
        node = schema
        *parents, last = dotted.split(".")
        for part in parents:
            name, each = part.removesuffix("[]"), part.endswith("[]")
            node.setdefault("properties", {})
            default = {"type": "array", "items": {"type": "object"}} if each else {"type": "object"}
            child = node["properties"].setdefault(name, default)
            if required and name not in node.setdefault("required", []):
                node["required"].append(name)
            node = child["items"] if each else child
        name = last.removesuffix("[]")
        node.setdefault("properties", {})[name] = {"type": "array", "items": leaf} if last.endswith("[]") else leaf
        if required and name not in node.setdefault("required", []):
            node["required"].append(name)
    _drop_empty_required(schema)
    return schema


def _drop_empty_required(schema: dict[str, Any]) -> None:
    if schema.get("required") == []:
        del schema["required"]
    for child in schema.get("properties", {}).values():
        if child.get("type") == "array" and isinstance(child.get("items"), dict):
            child = child["items"]
        if child.get("type") == "object":
            _drop_empty_required(child)


def at(values: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON value with each value at its dotted path; `images[].url` puts it in a list of one element."""
    body: dict[str, Any] = {}
    for dotted, value in values:
        node = body
        *parents, last = dotted.split(".")
        for part in parents:
            if part.endswith("[]"):
                items = node.setdefault(part[:-2], [{}])
                node = items[0]
            else:
                node = node.setdefault(part, {})
        node[last.removesuffix("[]")] = [value] if last.endswith("[]") else value
    return body
