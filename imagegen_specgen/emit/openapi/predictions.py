"""Protocol `predictions`: submit, optionally hold, poll the status, read the output (or the result), cancel.

Every field name, status word, header and path comes from the API's IR; the shapes here are the protocol's.
"""

from __future__ import annotations

import re
from typing import Any

from ...contract.samples import minimal_input
from ...parser import ir
from ...parser.naming import python_identifier
from .parts import (
    EXAMPLE_ID,
    JSON,
    MEDIA_TYPES,
    MODEL_INPUT,
    ApiNames,
    Schemas,
    add_input_schema,
    api_names,
    at,
    binary,
    error_responses,
    id_parameter,
    model_extensions,
    nested,
    rate,
    ref,
)

MODEL_HEADER_LIMIT = (
    "OpenAPI chooses an operation by method and path only, and a body schema cannot depend on a header, so one "
    "document cannot tie an input schema to a value of the {header} header (a path that differs only by a query or "
    "a fragment is no path of its own). So each model this document describes has a document of its own, "
    "openapi/{provider}/<model id>.json beside this one: the same API, whose create operation takes that one "
    "{header} value and that model's input schema, so a validator (and a mock server, and a generated client) "
    "holds every input to the model's ranges, allowed values and required parameters. In this document the create "
    "operation is for model ids no spec describes (its {header} header refuses the described ones): the API "
    "accepts them and validates their input itself."
)
MODEL_DOCUMENT = (
    "This document describes {provider}'s API as called for one model, {header}: {model}; the provider's document "
    "openapi/{provider}.json has the rest, and one such document per model."
)
DELIVERY_LIMIT = (
    "OpenAPI path parameters match one path segment each and have no multi-segment form. The delivery path is "
    "declared with the three segments of the output URLs the provider documents (<prefix>/<token>/<file>); "
    "an output URL of another depth is outside what this document can describe (the client follows it as given)."
)
DELIVERY_TYPES = (*MEDIA_TYPES["image"], *MEDIA_TYPES["video"], "application/octet-stream")
# The shape of output URLs on a provider's own delivery path: <prefix>/<token>/<file name>.
DELIVERY_SEGMENTS = (
    ("prefix", "First segment of the delivery path, e.g. xezq."),
    ("token", "Second segment: the output's token."),
    ("filename", "File name of the output, e.g. output.jpg."),
)
# Where example outputs live when the API has no delivery path of its own (a reserved example domain).
EXAMPLE_DELIVERY_HOST = "https://delivery.example/outputs"


# Formats are annotations to most JSON Schema validators; the patterns hold every validator to them.
ABSOLUTE_URI = {"type": "string", "format": "uri", "pattern": r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$"}
URI_OR_PATH = {"type": "string", "format": "uri-reference", "pattern": r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|/)\S*$"}


def _url(api: ir.PredictionsAPI) -> dict[str, Any]:
    """An output URL: absolute (a data: URI is one too), or a path on the API host where the provider serves
    outputs from its own delivery path."""
    return dict(URI_OR_PATH if api.delivery_path else ABSOLUTE_URI)


def output_schema(api: ir.PredictionsAPI) -> dict[str, Any]:
    """The schema at the output field once there is an output: a URL, a list of them (or, on a list path, one per
    element), or base64 media."""
    if api.output_encoding == "base64":
        return {"type": "string", "contentEncoding": "base64", "description": "An output, base64-encoded."}
    where = " (relative URLs are on the API host)" if api.delivery_path else ""
    if "[]" in api.output_field:
        return {**_url(api), "description": f"An output: a URL{where} or a data: URI."}
    return {
        "anyOf": [_url(api), {"type": "array", "items": _url(api), "minItems": 1}],
        "description": f"The output: a URL{where}, a list of URLs, or a data: URI.",
    }


def _nullable_output(api: ir.PredictionsAPI) -> dict[str, Any]:
    """The output field of an answer that may come before the output: absent or null until there is one."""
    schema = output_schema(api)
    if "[]" in api.output_field:
        return schema
    return {
        "anyOf": [*schema.get("anyOf", [dict(schema)]), {"type": "null"}],
        "description": schema["description"] + " Null (or absent) until the prediction succeeded.",
    }


def _output_unless_unfinished(api: ir.PredictionsAPI) -> dict[str, Any]:
    """JSON Schema's conditional: `if` the answer's status is another word than a succeeded one, nothing more;
    `else` (succeeded, or a result that states no status) the output is there, not null."""
    return {
        "if": {
            "properties": {api.status_field: {"not": {"enum": list(api.statuses.succeeded)}}},
            "required": [api.status_field],
        },
        "else": nested([(api.output_field, output_schema(api), True)]),
    }


def _nullable_top(schema: dict[str, Any], field: str) -> None:
    """The first object of a nested output path may be null before the output (a `result` object, say)."""
    top = field.split(".")[0]
    if "." in field and not top.endswith("[]"):
        node = schema["properties"][top]
        schema["properties"][top] = {"anyOf": [node, {"type": "null"}]}


def _add_answer(schema: dict[str, Any], answer: ir.Answer | None) -> None:
    """The fields the provider documents besides those the client reads (none required)."""
    if answer is not None:
        _merge_properties(schema, dict(answer.properties))


def _merge_properties(schema: dict[str, Any], extra: dict[str, Any]) -> None:
    """Each field not yet described; into an object both describe (`urls` holding the client's links and the
    provider's others), its own fields."""
    properties = schema.setdefault("properties", {})
    for name, field in extra.items():
        known = properties.get(name)
        if known is None:
            properties[name] = field
        elif known.get("type") == "object" and field.get("type") == "object" and "properties" in field:
            _merge_properties(known, field["properties"])


def tag_description(api: ir.API) -> str:
    return api.title or "Submit a prediction, follow its status and read its output."


def extra_tags(api: ir.API) -> list[dict[str, str]]:
    assert isinstance(api, ir.PredictionsAPI)
    if api.delivery_path is None:
        return []
    return [{"name": "Delivery", "description": "Download the outputs of predictions."}]


def _model_in_path(api: ir.PredictionsAPI) -> bool:
    return "{model}" in api.submit_path


def _model_in_header(api: ir.API) -> bool:
    """Whether the API names its model in a header only: each of its models then has a document of its own."""
    return isinstance(api, ir.PredictionsAPI) and bool(api.model_header) and not _model_in_path(api)


def limits(provider: ir.Provider, api: ir.API) -> list[str]:
    assert isinstance(api, ir.PredictionsAPI)
    found = []
    if _model_in_header(api):
        found.append(MODEL_HEADER_LIMIT.format(header=api.model_header, provider=provider.id))
    if api.delivery_path is not None:
        found.append(DELIVERY_LIMIT)
    return found


# --- examples -----------------------------------------------------------------------------------------------


def _example_output(api: ir.PredictionsAPI, model: ir.Model | None) -> str:
    extension = "mp4" if model is not None and model.output.media == "video" else "png"
    base = (api.delivery_path or EXAMPLE_DELIVERY_HOST).rstrip("/")
    return f"{base}/xezq/{EXAMPLE_ID}/output.{extension}"


def _example_model(provider: ir.Provider, api: ir.PredictionsAPI) -> str:
    models = provider.models_of(api)
    return models[0].model_id if models else "owner/app/model"


def _link_url(provider: ir.Provider, api: ir.PredictionsAPI, link: ir.Link) -> str:
    return provider.base_url + api.fill(link.path, _example_model(provider, api)).replace("{id}", EXAMPLE_ID)


def _links(provider: ir.Provider, api: ir.PredictionsAPI) -> list[tuple[str, str]]:
    """(dotted field, example URL) of every follow-up URL a submit answer gives."""
    return [(link.url_field, _link_url(provider, api, link)) for link in api.links if link.url_field]


def follow_routes(provider: ir.Provider, api: ir.PredictionsAPI, link: ir.Link) -> list[tuple[str, str]]:
    """(path, operation id suffix) of a follow-up link: one path when it does not depend on the model, else
    one per distinct path its models give ({app} of owner/app/one and owner/app/two is one)."""
    names = [name for name in ir.path_names(link.route) if name != "id"]
    if not names:
        return [(link.route, "")]
    found: dict[str, str] = {}
    for model in provider.models_of(api):
        parts = [python_identifier(api.fill("{" + name + "}", model.model_id)) for name in names]
        found.setdefault(api.fill(link.route, model.model_id), "_" + "_".join(parts))
    return list(found.items())


def _follow_parameters(link: ir.Link, description: str) -> list[dict[str, Any]]:
    """The id (in the path, or in the query when the template puts it there) and any fixed query values."""
    parameters = [] if "{id}" not in link.route else [id_parameter(description)]
    for name, value in link.query:
        if value == "{id}":
            parameters.append({**id_parameter(description, "query"), "name": name})
        else:
            parameters.append(
                {"name": name, "in": "query", "required": True, "schema": {"type": "string", "enum": [value]}}
            )
    return parameters


def accepted_example(provider: ir.Provider, api: ir.API) -> dict[str, Any]:
    """A submit's answer before the prediction finished, its follow-up URLs those of the API's first model."""
    assert isinstance(api, ir.PredictionsAPI)
    return at([(api.id_field, EXAMPLE_ID), (api.status_field, api.statuses.pending[0]), *_links(provider, api)])


def _finished_example(api: ir.PredictionsAPI, model: ir.Model | None) -> dict[str, Any]:
    values: list[tuple[str, Any]] = [(api.status_field, api.statuses.succeeded[0])]
    if api.result is None:
        values.append((api.output_field, _example_output(api, model)))
    return at(values)


# --- schemas ------------------------------------------------------------------------------------------------


def _status_word(words: tuple[str, ...], description: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(words), "description": description}


def _schemas(provider: ir.Provider, api: ir.PredictionsAPI, names: ApiNames, schemas: Schemas) -> None:
    # Every follow-up URL the spec reads from the submit answer is there whenever the answer is (the client falls
    # back to the path template only for answers that lack one).
    link_fields = [
        (field, {**ABSOLUTE_URI, "description": f"URL to {what} the prediction."}, True)
        for field, what in (
            (api.status.url_field, "follow"),
            (api.result.url_field if api.result else None, "read the output of"),
            (api.cancel.url_field if api.cancel else None, "cancel"),
        )
        if field
    ]
    accepted = nested(
        [
            (api.id_field, {"type": "string", "description": "The prediction id."}, True),
            (api.status_field, _status_word(api.statuses.all, "The status."), False),
            *link_fields,
        ],
        description="A prediction that is not finished yet: follow its status.",
    )
    _add_answer(accepted, api.submit_answer)
    schemas[names.schema("PredictionAccepted")] = accepted
    created = [names.ref("PredictionAccepted")]
    if api.hold is not None:
        finished_fields = [(api.status_field, _status_word(api.statuses.succeeded, "Finished."), True)]
        if api.result is None:
            finished_fields.append((api.output_field, output_schema(api), True))
        finished = nested(
            finished_fields, description=f"With {api.hold.header}, a prediction that finished within the hold."
        )
        _add_answer(finished, api.submit_answer)
        schemas[names.schema("PredictionFinished")] = finished
        created.insert(0, names.ref("PredictionFinished"))
    schemas[names.schema("PredictionCreated")] = (
        {"description": "Either answer to a submit request.", "anyOf": created} if len(created) > 1 else created[0]
    )
    status_fields: list[tuple[str, dict[str, Any], bool]] = [
        (api.status_field, _status_word(api.statuses.all, "The status."), True),
        (api.id_field, {"type": "string", "description": "The prediction id."}, False),
    ]
    if api.message_field:
        status_fields.append((api.message_field, {"type": "string", "description": "Status message."}, False))
    if api.error_field:
        status_fields.append((api.error_field, {"description": "What went wrong, when the prediction failed."}, False))
    if api.result is None:
        status_fields.append((api.output_field, _nullable_output(api), False))
    status = nested(status_fields, description="A prediction's status.")
    if api.result is None:
        _nullable_top(status, api.output_field)
        status.update(_output_unless_unfinished(api))
        status["description"] += " Once succeeded it carries the output."
    _add_answer(status, api.status_answer)
    schemas[names.schema("PredictionStatus")] = status
    if api.result is not None:
        result = nested(
            [
                (api.status_field, _status_word(api.statuses.all, "The status."), False),
                (api.output_field, _nullable_output(api), False),
            ],
            description="A prediction's result: once succeeded it holds the output; before that, its status.",
        )
        _nullable_top(result, api.output_field)
        result.update(_output_unless_unfinished(api))
        _add_answer(result, api.result_answer)
        schemas[names.schema("PredictionResult")] = result


def _hold_parameter(hold: ir.Hold) -> dict[str, Any]:
    if "{seconds}" in hold.value:
        before, after = hold.value.split("{seconds}", 1)
        schema: dict[str, Any] = {"type": "string", "pattern": f"^{re.escape(before)}[0-9]+{re.escape(after)}$"}
        what = f"`{hold.value}`, seconds at most {hold.max_seconds:g}"
    else:
        schema = {"type": "string", "enum": [hold.value]}
        what = f"`{hold.value}`"
    return {
        "name": hold.header,
        "in": "header",
        "required": False,
        "description": f"Hold the request until the prediction finishes, up to {hold.max_seconds:g} s: {what}.",
        "schema": schema,
        "example": hold.header_value(hold.max_seconds),
    }


def _submit_body(
    api: ir.PredictionsAPI, input_schema: dict[str, Any], hook: ir.WebhookRequest | None = None
) -> dict[str, Any]:
    """The submit's body: the inputs, wrapped where the API wraps them, with the webhook's body fields beside."""
    fields = _webhook_fields(hook)
    if api.input_field is None:
        return {"allOf": [input_schema, {"type": "object", "properties": fields}]} if fields else input_schema
    properties = {api.input_field: input_schema, **fields}
    return {"type": "object", "required": [api.input_field], "properties": properties}


def _webhook_fields(hook: ir.WebhookRequest | None) -> dict[str, Any]:
    """The body fields that pass a webhook with a submit (webhooks.request of the provider's spec)."""
    if hook is None:
        return {}
    fields: dict[str, Any] = {}
    if hook.url_in == "body":
        fields[hook.url_name] = {"type": "string", "format": "uri", "description": WEBHOOK_URL}
    if hook.events_name is not None:
        fields[hook.events_name] = {
            "type": "array",
            "items": {"type": "string", "enum": list(hook.events)},
            "description": "The events to send to the webhook.",
        }
    if hook.secret_name is not None:
        fields[hook.secret_name] = {
            "type": "string",
            "format": "password",
            "writeOnly": True,
            "description": "The secret the webhook deliveries are signed with.",
        }
    return fields


def _webhook_parameters(hook: ir.WebhookRequest | None) -> list[dict[str, Any]]:
    """The query parameter that passes a webhook with a submit, where the provider takes it there."""
    if hook is None or hook.url_in != "query":
        return []
    schema = {"type": "string", "format": "uri"}
    return [{"name": hook.url_name, "in": "query", "required": False, "description": WEBHOOK_URL, "schema": schema}]


WEBHOOK_URL = "Where the provider sends the result once the prediction ends (instead of being polled)."


def _submit_value(api: ir.PredictionsAPI, model: ir.Model) -> dict[str, Any]:
    inputs = minimal_input(model)
    return inputs if api.input_field is None else {api.input_field: inputs}


ANY_SUCCESS = (
    " The provider documents no success status for a submit, so any 2xx is one (2XX); the client takes any 2xx "
    "as success."
)


def _created_response(
    provider: ir.Provider, api: ir.PredictionsAPI, names: ApiNames, model: ir.Model | None, accepted: dict[str, Any]
) -> Any:
    """The submit's answers; `accepted`: the accepted_example, passed in so that a model's own document can be made
    from the provider without its models (see model_operation)."""
    # The accepted answer comes first: it is what a server answers without a hold.
    examples: dict[str, Any] = {"accepted": {"summary": "Accepted: follow its status", "value": accepted}}
    answer = ": accepted with an id to follow"
    if api.hold is not None:
        examples["finished"] = {
            "summary": f"Finished within the {api.hold.header} hold",
            "value": _finished_example(api, model),
        }
        answer += f", or finished within the {api.hold.header} hold"
    content = {JSON: {"schema": names.ref("PredictionCreated"), "examples": examples}}
    # The statuses the provider documents; none documented: any 2xx (OpenAPI's range key).
    codes = [str(code) for code in api.submit_statuses] or ["2XX"]
    responses: dict[str, Any] = {}
    for code in codes:
        word = {"201": "Created", "202": "Accepted"}.get(code, "Submitted")
        text = word + answer + "." + (ANY_SUCCESS if code == "2XX" else "")
        responses[code] = {"description": text, "content": content}
    return {**responses, **error_responses(provider)}


def _submit_description(api: ir.PredictionsAPI, subject: str) -> str:
    text = f"Starts a prediction of {subject}."
    if api.hold is not None:
        text += (
            f" With {api.hold.header}: {api.hold.value} the server holds the request up to "
            f"{api.hold.max_seconds:g} s and may answer with the finished prediction;"
        )
    else:
        text += " The answer carries the prediction id;"
    return text + " an unfinished prediction is followed at its status."


def _per_model_submits(
    provider: ir.Provider, api: ir.PredictionsAPI, names: ApiNames, schemas: Schemas
) -> dict[str, Any]:
    """The model is named in the path: one operation per model, each with its own input schema."""
    found: dict[str, Any] = {}
    accepted = accepted_example(provider, api)
    for model in provider.models_of(api):
        parameters = []
        if api.model_header:
            parameters.append(
                {
                    "name": api.model_header,
                    "in": "header",
                    "required": True,
                    "description": "The model id.",
                    "schema": {"type": "string", "enum": [model.model_id]},
                }
            )
        if api.hold is not None:
            parameters.append(_hold_parameter(api.hold))
        parameters.extend(_webhook_parameters(provider.webhook_request))
        operation: dict[str, Any] = {
            "tags": [names.tag],
            "summary": f"{model.title}: submit",
            "description": _submit_description(api, model.model_id) + " " + model.description,
            "operationId": names.operation(model.method_name),
        }
        if parameters:
            operation["parameters"] = parameters
        body = _model_request_body(api, add_input_schema(schemas, model), model, provider.webhook_request)
        operation["requestBody"] = body
        operation["responses"] = _created_response(provider, api, names, model, accepted)
        operation.update(model_extensions(model))
        found[api.model_path(model)] = {"post": operation}
    return found


def _model_request_body(
    api: ir.PredictionsAPI, input_ref: dict[str, str], model: ir.Model, hook: ir.WebhookRequest | None
) -> dict[str, Any]:
    """The body of one model's submit: its input schema (by `input_ref`), and its required-only example."""
    return {
        "required": True,
        "content": {
            JSON: {
                "schema": _submit_body(api, input_ref, hook),
                "examples": {
                    "required-only": {"summary": "Only the required parameters", "value": _submit_value(api, model)}
                },
            }
        },
    }


def _header_parameters(
    provider: ir.Provider, api: ir.PredictionsAPI, header_schema: dict[str, Any], description: str
) -> list[Any]:
    assert api.model_header is not None
    header = {"name": api.model_header, "in": "header", "required": True, "description": description}
    parameters: list[dict[str, Any]] = [{**header, "schema": header_schema}]
    if api.hold is not None:
        parameters.append(_hold_parameter(api.hold))
    parameters.extend(_webhook_parameters(provider.webhook_request))
    return parameters


def model_operation(one: ir.Provider, api: ir.API, model: ir.Model, accepted: dict[str, Any]) -> dict[str, Any]:
    """The model is named in a header: in the model's own document, the create operation for that header value,
    the body that model's input schema (written at MODEL_INPUT: see paths). Made from the provider without its
    models (`one`) and the API's accepted_example, so it depends on no other model (documents.py keys on that)."""
    assert isinstance(api, ir.PredictionsAPI) and api.model_header is not None
    names = api_names(one, api)
    operation: dict[str, Any] = {
        "tags": [names.tag],
        "summary": f"{model.title}: create a prediction",
        "description": _submit_description(api, f"{model.model_id} ({api.model_header}: {model.model_id})")
        + " "
        + model.description,
        "operationId": names.operation(model.method_name),
        "parameters": _header_parameters(
            one, api, {"type": "string", "enum": [model.model_id]}, "The model id: this document's model."
        ),
        "requestBody": _model_request_body(api, ref(model.class_name), model, one.webhook_request),
        "responses": _created_response(one, api, names, model, accepted),
        **model_extensions(model),
    }
    return operation


def model_document_name(provider: ir.Provider, model: ir.Model) -> str:
    """Where a model of a header-named API has its own document, beside the provider's."""
    return f"{provider.id}/{model.model_id.replace('/', '-')}.json"


def _shared_submit(provider: ir.Provider, api: ir.PredictionsAPI, names: ApiNames, schemas: Schemas) -> dict[str, Any]:
    """The model is named in a header: in the provider's document, the create operation for model ids no spec
    describes (the described ones have documents of their own); the input any object. The described models'
    input schemas are still listed under components, each named by its `x-model`."""
    assert api.model_header is not None, "a predictions API names the model in its path or a header"
    models = provider.models_of(api)
    for model in models:
        add_input_schema(schemas, model)
    schemas[names.schema("OtherModelInput")] = {
        "type": "object",
        "title": "Any other model",
        "description": f"The input of a model id no spec describes (named in the {api.model_header} header); the API "
        "validates it.",
    }
    schemas[names.schema("PredictionRequest")] = _submit_body(
        api,
        {
            "description": f"The inputs of the model named in the {api.model_header} header.",
            **names.ref("OtherModelInput"),
        },
        provider.webhook_request,
    )
    header_schema: dict[str, Any] = {"type": "string", "minLength": 1, "examples": ["a-model-no-spec-describes"]}
    if models:
        header_schema["not"] = {"enum": [m.model_id for m in models]}
    limit = MODEL_HEADER_LIMIT.format(header=api.model_header, provider=provider.id)
    inputs = {"prompt": "a red fox in the snow"}
    return {
        api.submit_path: {
            "post": {
                "tags": [names.tag],
                "summary": "Create a prediction of a model no spec describes",
                "description": _submit_description(api, f"the model named in the {api.model_header} header")
                + " "
                + limit,
                "operationId": names.operation("create_prediction"),
                "parameters": _header_parameters(
                    provider,
                    api,
                    header_schema,
                    "A model id no spec describes (each described one has its own document: see x-model-documents).",
                ),
                "requestBody": {
                    "required": True,
                    "content": {
                        JSON: {
                            "schema": names.ref("PredictionRequest"),
                            "examples": {
                                "other-model": {
                                    "summary": f"{api.model_header}: a model id no spec describes",
                                    "value": inputs if api.input_field is None else {api.input_field: inputs},
                                }
                            },
                        }
                    },
                },
                "responses": _created_response(
                    provider, api, names, models[0] if models else None, accepted_example(provider, api)
                ),
                "x-model-documents": {m.model_id: f"openapi/{model_document_name(provider, m)}" for m in models},
            }
        }
    }


# --- following a prediction ---------------------------------------------------------------------------------


def _status_examples(api: ir.PredictionsAPI, model: ir.Model | None) -> dict[str, Any]:
    def body(status: str, **fields: Any) -> dict[str, Any]:
        values: list[tuple[str, Any]] = [(api.id_field, EXAMPLE_ID), (api.status_field, status)]
        for kind, text in fields.items():
            field = getattr(api, f"{kind}_field")
            if field:
                values.append((field, text))
        return {"value": at(values)}

    succeeded = api.statuses.succeeded[0]
    # Succeeded first: a tool answering with the first example then ends a client's wait.
    output = {"output": _example_output(api, model)} if api.result is None else {}
    examples = {succeeded: body(succeeded, **output)}
    for status in api.statuses.pending:
        examples[status] = body(status, message="Generation in progress")
    for status in api.statuses.failed:
        examples[status] = body(status, message="Prediction failed", error="The model raised an error.")
    for status in (*api.statuses.canceled, *api.statuses.aborted):
        examples[status] = body(status, message=f"Prediction {status}")
    return examples


def _status_operation(provider: ir.Provider, api: ir.PredictionsAPI, names: ApiNames, suffix: str) -> dict[str, Any]:
    models = provider.models_of(api)
    where = "" if api.result is not None else " once succeeded it carries the output"
    return {
        "tags": [names.tag],
        "summary": "Get a prediction's status",
        "description": "The prediction's status"
        + (";" + where if where else "; the output is read from its result")
        + ".",
        "operationId": names.operation("get_prediction_status" + suffix),
        "parameters": _follow_parameters(api.status, "The prediction id from the submit answer."),
        "responses": {
            "200": {
                "description": "The current status.",
                "content": {
                    JSON: {
                        "schema": names.ref("PredictionStatus"),
                        "examples": _status_examples(api, models[0] if models else None),
                    }
                },
            },
            **error_responses(provider),
        },
        **({"x-rate-limit": rate(api.status_rate_limit)} if api.status_rate_limit else {}),
    }


def _result_description(api: ir.PredictionsAPI) -> str:
    text = "The finished prediction's result, holding its output; read once the status says succeeded."
    if api.result_failed_statuses:
        codes = ", ".join(map(str, api.result_failed_statuses))
        text += f" A job that failed answers an error instead ({codes}), with the provider's error body"
        if api.result_canceled_statuses:
            text += "; a canceled one " + ", ".join(map(str, api.result_canceled_statuses))
        text += "."
    return text


def _result_errors(provider: ir.Provider, api: ir.PredictionsAPI) -> dict[str, Any]:
    """The provider's error answers, those that mean the job failed (or was canceled) described as such: on
    the result, such a status is the job's end, not a request the API refused."""
    responses = error_responses(provider)
    for codes, what in ((api.result_failed_statuses, "failed"), (api.result_canceled_statuses, "was canceled")):
        for code in codes:
            response = responses.get(str(code))
            if response is None:
                continue
            responses[str(code)] = {
                **response,
                "description": f"The job {what}: the result answers this status with the provider's message "
                f"(the client raises {'PredictionFailedError' if what == 'failed' else 'PredictionCanceledError'}).",
                "x-exception": "PredictionFailedError" if what == "failed" else "PredictionCanceledError",
                "x-job-ended": "failed" if what == "failed" else "canceled",
            }
    return responses


def _result_operation(provider: ir.Provider, api: ir.PredictionsAPI, names: ApiNames, suffix: str) -> dict[str, Any]:
    assert api.result is not None
    models = provider.models_of(api)
    output = _example_output(api, models[0] if models else None)
    example = at([(api.status_field, api.statuses.succeeded[0]), (api.output_field, output)])
    return {
        "tags": [names.tag],
        "summary": "Get a prediction's result",
        "description": _result_description(api),
        "operationId": names.operation("get_prediction_result" + suffix),
        "parameters": _follow_parameters(api.result, "The prediction id from the submit answer."),
        "responses": {
            "200": {
                "description": "The result.",
                "content": {
                    JSON: {"schema": names.ref("PredictionResult"), "examples": {"succeeded": {"value": example}}}
                },
            },
            **_result_errors(provider, api),
        },
    }


def _cancel_operation(provider: ir.Provider, api: ir.PredictionsAPI, names: ApiNames, suffix: str) -> dict[str, Any]:
    assert api.cancel is not None
    words = api.statuses.canceled or api.statuses.pending
    example = at([(api.id_field, EXAMPLE_ID), (api.status_field, words[0])])
    return {
        "tags": [names.tag],
        "summary": "Cancel a prediction",
        "description": "Asks the provider to stop the prediction; the answer is its status.",
        "operationId": names.operation("cancel_prediction" + suffix),
        "parameters": _follow_parameters(api.cancel, "The prediction id from the submit answer."),
        "responses": {
            "200": {
                "description": "The prediction's status after the cancel request.",
                "content": {
                    JSON: {"schema": names.ref("PredictionStatus"), "examples": {"canceled": {"value": example}}}
                },
            },
            **error_responses(provider),
        },
    }


def _delivery_operation(provider: ir.Provider, api: ir.PredictionsAPI, names: ApiNames) -> dict[str, Any]:
    kept = f" Outputs are kept about {api.delivery_retention_hours:g} hours." if api.delivery_retention_hours else ""
    return {
        "tags": ["Delivery"],
        "summary": "Download an output",
        "description": "The output file at a prediction's output URL." + kept + " " + DELIVERY_LIMIT,
        "operationId": names.operation("download_output"),
        "parameters": [
            {"name": name, "in": "path", "required": True, "description": text, "schema": {"type": "string"}}
            for name, text in DELIVERY_SEGMENTS
        ],
        "responses": {
            "200": {"description": "The output file.", "content": {t: binary(t) for t in DELIVERY_TYPES}},
            **error_responses(provider),
        },
        **({"x-rate-limit": rate(api.delivery_rate_limit)} if api.delivery_rate_limit else {}),
    }


def delivery_template(api: ir.PredictionsAPI) -> str | None:
    if api.delivery_path is None:
        return None
    return api.delivery_path.rstrip("/") + "".join(f"/{{{name}}}" for name, _ in DELIVERY_SEGMENTS)


def model_header(provider: ir.Provider, model: ir.Model) -> str:
    """The header that names the model, on the API whose models have documents of their own."""
    for api in provider.apis:
        if isinstance(api, ir.PredictionsAPI) and api.model_header and has_header_model(api, model):
            return api.model_header
    raise ValueError(f"{model.model_id}: no API of {provider.id} names it in a header")


def has_header_model(api: ir.API, model: ir.Model) -> bool:
    """Whether `model` is one of header_models(provider, api), without listing them."""
    return _model_in_header(api) and api.name in model.apis


def header_models(provider: ir.Provider, api: ir.API) -> list[ir.Model]:
    """The models of an API that names the model in a header only: each gets a document of its own."""
    return list(provider.models_of(api)) if _model_in_header(api) else []


def paths(
    provider: ir.Provider, api: ir.API, names: ApiNames, schemas: Schemas, *, per_model: bool = False
) -> dict[str, Any]:
    """The API's paths. `per_model` (an API naming the model in a header): the parts its models' own documents
    share, the API's name standing where each model's create operation goes (model_operation) and MODEL_INPUT
    written where its input schema goes."""
    assert isinstance(api, ir.PredictionsAPI)
    _schemas(provider, api, names, schemas)
    if per_model:
        schemas.setdefault(MODEL_INPUT, None)  # add_input_schema's place
        found: dict[str, Any] = {api.submit_path: {"post": api.name}}
    elif _model_in_path(api):
        found = _per_model_submits(provider, api, names, schemas)
    else:
        found = _shared_submit(provider, api, names, schemas)
    operations = (
        (api.status, _status_operation),
        (api.result, _result_operation),
        (api.cancel, _cancel_operation),
    )
    for link, operation in operations:
        if link is None:
            continue
        for route, suffix in follow_routes(provider, api, link):
            item = found.setdefault(route, {})
            if link.method.lower() in item:
                raise ValueError(f"two operations for {link.method} {route}")
            item[link.method.lower()] = operation(provider, api, names, suffix)
    template = delivery_template(api)
    if template is not None:
        found[template] = {"get": _delivery_operation(provider, api, names)}
    return found
