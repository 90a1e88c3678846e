"""Protocol `direct`: one operation per path; the answer is the media or JSON.

Models that share a path (the API's model field names the model) get one operation whose request body is a
`oneOf` of their input schemas, each requiring the model field as its constant, with a `discriminator` on the
field: a plain JSON Schema validator picks the one branch by the constant, and tools that read discriminators
go straight to it. A multipart body names each part as the client sends it (`image[]` for an array sent as
brackets), a file parameter a binary string.
"""

from __future__ import annotations

from typing import Any

from ...contract.samples import minimal_input
from ...parser import ir, naming
from .parts import (
    JSON,
    MEDIA_TYPES,
    ApiNames,
    Schemas,
    binary,
    error_responses,
    header_object,
    input_schema,
    model_extensions,
    ref,
    success_headers,
)

MULTIPART = "multipart/form-data"
# A 1x1 PNG, so an example JSON answer carries media a client can decode.
TINY_PNG_BASE64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
EXAMPLE_OUTPUT_URL = "https://outputs.example.com/generated/output.png"
ANSWER = "GenerationAnswer"  # the schema of a JSON answer whose outputs the spec locates


def tag_description(api: ir.API) -> str:
    return api.title or "One operation per model: the answer is the media or JSON describing it."


def extra_tags(api: ir.API) -> list[dict[str, str]]:
    return []


def limits(provider: ir.Provider, api: ir.API) -> list[str]:
    return []


def _input(schemas: Schemas, api: ir.DirectAPI, model: ir.Model, multipart: bool) -> dict[str, str]:
    """The model's input schema on this API, written once: its model field as a required constant, and in a
    multipart body each part under the name it is sent as."""
    schema = input_schema(model)
    if multipart:
        by_wire = {p.wire_name: p for p in model.parameters}
        schema["properties"] = {api.form_name(by_wire[w]): _part(s) for w, s in schema["properties"].items()}
        if "required" in schema:
            schema["required"] = [api.form_name(by_wire[w]) for w in schema["required"]]
    if api.model_field:
        field = {"const": model.sent_id, "description": "The model that runs: how the API tells the models apart."}
        schema["properties"] = {api.model_field: field, **schema["properties"]}
        schema["required"] = [api.model_field, *schema.get("required", [])]
    schemas.setdefault(model.class_name, schema)
    return ref(model.class_name)


def _part(schema: dict[str, Any]) -> dict[str, Any]:
    """A property of a multipart body: an array is one part per item, and a single part reads as one value, so
    either is valid (as providers' own documents say: anyOf an item, an array of items)."""
    if schema.get("type") != "array":
        return schema
    array = {k: v for k, v in schema.items() if k not in ("description", "examples")}
    one = {**schema["items"]}
    return {"anyOf": [one, array], **{k: v for k, v in schema.items() if k in ("description", "examples")}}


def _example(api: ir.DirectAPI, model: ir.Model) -> dict[str, Any]:
    inputs = minimal_input(model)
    if api.body_of(model) == "multipart":
        by_wire = {p.wire_name: p for p in model.parameters}
        inputs = {api.form_name(by_wire[w]): v for w, v in inputs.items()}
    return {api.model_field: model.sent_id, **inputs} if api.model_field else inputs


def _request_body(schemas: Schemas, api: ir.DirectAPI, models: list[ir.Model]) -> dict[str, Any]:
    content: dict[str, Any] = {}
    for media in (JSON, MULTIPART):
        kind = "multipart" if media == MULTIPART else "json"
        group = [m for m in models if api.body_of(m) == kind]
        if not group:
            continue
        refs = {m.sent_id: _input(schemas, api, m, kind == "multipart") for m in group}
        schema: dict[str, Any]
        if len(group) == 1:
            schema = refs[group[0].sent_id]
        else:
            schema = {"oneOf": list(refs.values())}
            if api.model_field:
                mapping = {model_id: target["$ref"] for model_id, target in refs.items()}
                schema["discriminator"] = {"propertyName": api.model_field, "mapping": mapping}
        examples = {
            f"{m.model_id}-required-only" if len(group) > 1 else "required-only": {
                "summary": f"Only the required parameters of {m.model_id}"
                if len(group) > 1
                else "Only the required parameters",
                "value": _example(api, m),
            }
            for m in group
        }
        content[media] = {"schema": schema, "examples": examples}
    return {"required": True, "content": content}


def _answer_schema(api: ir.DirectAPI) -> dict[str, Any]:
    """The JSON answer as the spec locates its outputs: every output path, the seed and the finish reason."""
    schema: dict[str, Any] = {"type": "object"}
    leaves: list[tuple[str, dict[str, Any]]] = [
        (
            f.path,
            {"type": "string", "contentEncoding": "base64", "description": "The media, base64-encoded."}
            if f.encoding == "base64"
            else {"type": "string", "format": "uri", "description": "Where the media is (fetched without the key)."},
        )
        for f in api.outputs
    ]
    if api.seed_field:
        leaves.append((api.seed_field, {"type": "number", "description": "The seed used."}))
    if api.finish_reason is not None and api.finish_reason.field:
        words = ", ".join(api.finish_reason.filtered)
        leaves.append((api.finish_reason.field, {"type": "string", "description": f"Why it ended; {words}: filtered."}))
    for path, leaf in leaves:
        _place(schema, path, leaf)
    paths = ", ".join(f.path for f in api.outputs)
    schema["description"] = f"A JSON answer; the outputs are at the first of: {paths} ([] is each item of a list)."
    return schema


def _place(schema: dict[str, Any], path: str, leaf: dict[str, Any]) -> None:
    head, _, rest = path.partition(".")
    key, each = (head[:-2], True) if head.endswith("[]") else (head, False)
    properties = schema.setdefault("properties", {})
    if each:
        array = properties.setdefault(key, {"type": "array", "items": {"type": "object"}})
        if rest:
            _place(array["items"], rest, leaf)
        else:
            array["items"] = leaf
        return
    if rest:
        _place(properties.setdefault(key, {"type": "object"}), rest, leaf)
    else:
        properties[key] = leaf


def _answer_example(api: ir.DirectAPI) -> dict[str, Any]:
    """An answer a client can read: the base64 output first (a tool serving examples serves the first)."""
    field = next((f for f in api.outputs if f.encoding == "base64"), api.outputs[0])
    value = TINY_PNG_BASE64 if field.encoding == "base64" else EXAMPLE_OUTPUT_URL
    example: dict[str, Any] = {}
    for path, item in [(field.path, value), *([(api.seed_field, 42)] if api.seed_field else [])]:
        _put(example, path, item)
    return example


def _put(body: dict[str, Any], path: str, value: Any) -> None:
    head, _, rest = path.partition(".")
    if head.endswith("[]"):
        item: dict[str, Any] = {}
        body[head[:-2]] = [item if rest else value]
        if rest:
            _put(item, rest, value)
    elif rest:
        _put(body.setdefault(head, {}), rest, value)
    else:
        body[head] = value


def _legacy_json_example(model: ir.Model) -> dict[str, Any]:
    return {"image" if model.output.media == "image" else "output": TINY_PNG_BASE64, "status": "Success"}


def _success(provider: ir.Provider, api: ir.DirectAPI, models: list[ir.Model], names: ApiNames) -> dict[str, Any]:
    first = models[0]
    bodies = {c.body for c in api.accept} if api.accept else {m.output.body for m in models}
    media = first.output.media
    content: dict[str, Any] = {}
    if bodies & {"bytes", "either"}:
        content.update({kind: binary(kind) for kind in MEDIA_TYPES[media]})
    if bodies & {"json", "either"}:
        if api.outputs:
            content[JSON] = {
                "schema": names.ref(ANSWER),
                "examples": {"base64-media": {"summary": "The media, base64-encoded", "value": _answer_example(api)}},
            }
        else:
            content[JSON] = {
                "schema": names.ref("GenerationJSON"),
                "examples": {
                    "base64-media": {"summary": "The media, base64-encoded", "value": _legacy_json_example(first)}
                },
            }
    choices = "; ".join(f"{c.value}: {'the media' if c.body == 'bytes' else 'JSON'}" for c in api.accept)
    description = (
        f"The generated media or JSON, as the {api.accept_header} header asks ({choices})."
        if api.accept
        else "The generated media; or JSON describing it (the client branches on Content-Type)."
    )
    response: dict[str, Any] = {"description": description, "content": content}
    headers = success_headers(provider)
    if api.finish_reason is not None and api.finish_reason.header:
        headers[api.finish_reason.header] = header_object(
            "Why the generation ended; " + ", ".join(api.finish_reason.filtered) + " means the output was filtered.",
            {"type": "string"},
            "SUCCESS",
        )
    if headers:
        response["headers"] = headers
    return response


def _accept_parameter(api: ir.DirectAPI) -> dict[str, Any]:
    default = next(c for c in api.accept if c.name == api.accept_default)
    return {
        "name": api.accept_header,
        "in": "header",
        "required": False,
        "description": "The answer asked for: " + "; ".join(f"{c.value} ({c.body})" for c in api.accept) + ".",
        "schema": {"type": "string", "enum": [c.value for c in api.accept], "default": default.value},
    }


def _extensions(models: list[ir.Model]) -> dict[str, Any]:
    if len(models) == 1:
        return model_extensions(models[0])
    return {"x-models": [model_extensions(m) for m in models]}


def paths(provider: ir.Provider, api: ir.API, names: ApiNames, schemas: Schemas) -> dict[str, Any]:
    assert isinstance(api, ir.DirectAPI)
    by_path: dict[str, list[ir.Model]] = {}
    for model in provider.models_of(api):
        by_path.setdefault(api.model_path(model), []).append(model)
    if api.outputs:
        schemas[names.schema(ANSWER)] = _answer_schema(api)
    elif any(m.output.body in ("json", "either") for m in provider.models_of(api)):
        schemas[names.schema("GenerationJSON")] = {
            "type": "object",
            "description": "A JSON answer. The client looks for base64 media under image, images, output, data or "
            "result.",
        }
    found: dict[str, Any] = {}
    for path, models in by_path.items():
        if len(models) == 1:
            summary, description = models[0].title, models[0].description
            operation_id = names.operation(models[0].method_name)
        else:
            summary = "One of: " + ", ".join(m.title for m in models)
            description = (
                f"The body's {api.model_field} field names the model; each takes its own parameters and values. "
                + " ".join(f"{m.sent_id}: {m.description}" for m in models)
            )
            operation_id = names.operation(naming.python_identifier(path))
        operation: dict[str, Any] = {
            "tags": [names.tag],
            "summary": summary,
            "description": description,
            "operationId": operation_id,
        }
        if api.accept:
            operation["parameters"] = [_accept_parameter(api)]
        operation["requestBody"] = _request_body(schemas, api, models)
        operation["responses"] = {"200": _success(provider, api, models, names), **error_responses(provider)}
        operation.update(_extensions(models))
        found[path] = {"post": operation}
    return found
