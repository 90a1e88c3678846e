"""The intermediate representation: plain typed objects built from validated specs.

Templates and emitters read only these; nothing here parses YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar, Literal
from urllib.parse import quote

from ..runtime import constraints

Scalar = str | int | float | bool
ParamType = Literal["string", "integer", "number", "boolean", "url", "file", "array"]
ScalarType = Literal["string", "integer", "number", "boolean", "url", "file"]
RequestBody = Literal["json", "multipart"]

_PY_SCALAR = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "url": "str",
    "file": "FileInput",
}
_JSON_SCALAR = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "url": "string",
    "file": "string",
}
# A file part in an OpenAPI multipart schema (3.1: the content of a binary string is named by contentMediaType).
FILE_SCHEMA = {"type": "string", "contentMediaType": "application/octet-stream"}
# Only http(s) URLs are accepted for URL parameters: a typo such as a bare path fails before sending.
URL_PATTERN = r"^https?://\S+$"


@dataclass(frozen=True)
class RateLimit:
    requests: int
    per_seconds: float
    scope: str | None = None

    @property
    def per_minute(self) -> float:
        return self.requests * 60.0 / self.per_seconds


@dataclass(frozen=True)
class ErrorCode:
    status: int
    class_name: str
    title: str
    meaning: str
    retry: bool
    billed: bool | None
    source: str | None
    body_schema: dict[str, Any] | None = field(default=None, hash=False)  # when it differs from the provider's


@dataclass(frozen=True)
class Condition:
    parameter: str  # wire name
    values: tuple[Scalar, ...]


@dataclass(frozen=True)
class ItemType:
    type: ScalarType
    enum: tuple[Scalar, ...] = ()
    minimum: float | int | None = None
    maximum: float | int | None = None


@dataclass(frozen=True)
class Parameter:
    wire_name: str
    python_name: str
    type: ParamType
    description: str
    required: bool = False
    has_default: bool = False
    default: Any = None
    items: ItemType | None = None
    minimum: float | int | None = None
    maximum: float | int | None = None
    multiple_of: float | int | None = None
    min_length: int | None = None
    max_length: int | None = None
    enum: tuple[Scalar, ...] = ()
    min_items: int | None = None
    max_items: int | None = None
    example: Any = None
    relevant_when: Condition | None = None
    notes: tuple[str, ...] = ()
    uploadable: bool = False  # a URL the client may fill by uploading a local file
    always_send: bool = False  # the provider requires it: sent with its default when the caller leaves it out
    secret: bool = False  # a credential: held redacted by the client, `format: password` in JSON Schema
    usage: str = ""  # advice for callers beyond the provider's description
    default_is_placeholder: bool = False  # the documented default is a page's placeholder (see the spec format)
    enum_alias: str | None = None  # the name of its allowed values in the provider's `types` module

    @property
    def is_url(self) -> bool:
        return self.type == "url" or (self.items is not None and self.items.type == "url")

    @property
    def is_file(self) -> bool:
        """A local file sent as a file part of a multipart body (not a URL)."""
        return self.type == "file" or (self.items is not None and self.items.type == "file")

    @property
    def file_kind(self) -> str | None:
        if not self.is_file:
            return None
        return "many" if self.type == "array" else "one"

    @property
    def upload_kind(self) -> str | None:
        if not self.uploadable:
            return None
        return "many" if self.type == "array" else "one"

    def _scalar_annotation(self, kind: str, enum: tuple[Scalar, ...]) -> str:
        if enum:
            return self.enum_alias or "Literal[" + ", ".join(repr(v) for v in enum) + "]"
        if self.uploadable:
            return "FileInput"
        return _PY_SCALAR[kind]

    @property
    def annotation(self) -> str:
        """The type a caller passes, as Python source."""
        if self.type == "array":
            assert self.items is not None
            return f"Sequence[{self._scalar_annotation(self.items.type, self.items.enum)}]"
        return self._scalar_annotation(self.type, self.enum)

    @property
    def type_label(self) -> str:
        """The spec's type in words, for reference pages."""
        if self.type == "array":
            assert self.items is not None
            return f"array of {self.items.type}"
        return self.type

    @property
    def sent_unset(self) -> bool:
        """Whether a call that leaves the parameter out still sends it (with its default)."""
        return self.always_send and self.has_default

    @property
    def signature_default(self) -> str | None:
        """Python source of the default in the method signature; None for required.

        An optional parameter defaults to NOT_GIVEN, so it is not sent and the provider applies its own
        default; only a parameter the provider requires in every request shows its default here.
        """
        if self.required:
            return None
        if self.sent_unset:
            return repr(self.default) if not isinstance(self.default, list) else repr(tuple(self.default))
        return "NOT_GIVEN"

    @property
    def signature_annotation(self) -> str:
        if self.required or self.sent_unset:
            return self.annotation
        return f"{self.annotation} | NotGiven"

    def _scalar_schema(self, kind: str, owner: Parameter | ItemType, for_openapi: bool = False) -> dict[str, Any]:
        if kind == "file" and for_openapi:
            return dict(FILE_SCHEMA)
        # The request model sees a file as the text standing for it (see runtime/validation.py).
        schema: dict[str, Any] = {"type": _JSON_SCALAR[kind]}
        if kind == "url":
            schema["pattern"] = URL_PATTERN
        schema.update(_keywords(owner, constraints.ON_ITEMS))
        return schema

    @property
    def constraint_values(self) -> dict[str, Any]:
        """Every kind of constraint (runtime/constraints.py) by its key: the value, or None (enum: ()) when unset."""
        return {c.key: getattr(self, c.key) for c in constraints.CONSTRAINTS}

    def json_schema(
        self, *, for_openapi: bool = False, defaults: bool = True, descriptions: bool = False
    ) -> dict[str, Any]:
        """The parameter as JSON Schema: what the request model and the OpenAPI document enforce.

        `defaults=False` leaves the documented default out (the request model's form: see Model.request_schema).
        """
        if self.type == "array":
            assert self.items is not None
            item = self._scalar_schema(self.items.type, self.items, for_openapi)
            if for_openapi and self.items.type == "url":
                item["format"] = "uri"
            schema: dict[str, Any] = {"type": "array", "items": item}
        else:
            schema = self._scalar_schema(self.type, self, for_openapi)
            if for_openapi and self.type == "url":
                schema["format"] = "uri"
        schema.update(_keywords(self, _PARAMETER_ONLY))
        if self.secret:  # the request model's field becomes a pydantic SecretStr
            schema["format"] = "password"
            schema["writeOnly"] = True
        # A placeholder default is no default to tools that send every default: the export shows it as an example.
        if self.has_default and defaults and not (for_openapi and self.default_is_placeholder):
            schema["default"] = self.default
        if for_openapi or descriptions:
            schema["description"] = self.description
        if for_openapi:
            if self.usage:
                schema["description"] = " ".join(filter(None, (self.description.strip(), self.usage.strip())))
            examples = [self.example] if self.example is not None and not self.is_file else []
            if self.default_is_placeholder and self.default not in examples:
                examples.append(self.default)
            if examples:
                schema["examples"] = examples
        return schema

    @property
    def range_text(self) -> str | None:
        return constraints.range_text(self.minimum, self.maximum)


# Kinds an array's items cannot have: in JSON Schema after the ones they can (and after a URL's format).
_PARAMETER_ONLY = tuple(c for c in constraints.CONSTRAINTS if not c.item_types)


def _keywords(owner: Parameter | ItemType, kinds: tuple[constraints.Constraint, ...]) -> dict[str, Any]:
    """The JSON Schema keywords of `kinds` that `owner` sets."""
    found = {c.keyword: getattr(owner, c.key) for c in kinds}
    return {keyword: list(v) if isinstance(v, tuple) else v for keyword, v in found.items() if constraints.is_set(v)}


@dataclass(frozen=True)
class Output:
    media: Literal["image", "video"]
    body: Literal["bytes", "json", "either"]
    documented_as: str | None = None


@dataclass(frozen=True)
class Cost:
    usd: float
    per: str


@dataclass(frozen=True)
class Deviation:
    """A fact where the spec deliberately differs from the provider's document, and why."""

    fact: str  # e.g. parameters.seed.default
    provider: Any  # what the provider's document says ("absent" when it says nothing)
    spec: Any
    why: str
    source: str


@dataclass(frozen=True)
class Model:
    provider_id: str
    model_id: str
    method_name: str
    module_name: str  # request model module, e.g. p_image
    class_name: str  # request model class, e.g. PImageRequest
    constant_name: str  # endpoint constant, e.g. P_IMAGE
    title: str
    description: str
    path: str  # protocol direct: the model's own path when it is not the API's path template; else ""
    output: Output
    parameters: tuple[Parameter, ...]
    sync: bool
    sources: tuple[str, ...]
    notes: tuple[str, ...] = ()
    cost: Cost | None = None
    latency_seconds: float | None = None
    rate_limit: RateLimit | None = None
    source_file: str = ""
    apis: tuple[str, ...] = ()  # names of the provider APIs that serve it
    deviations: tuple[Deviation, ...] = field(default=(), hash=False)
    wire_id: str = ""  # the id requests carry, when it is not model_id (one provider model behind two specs)
    request_body: RequestBody | None = None  # protocol direct: how the inputs go, when not as the API says

    @property
    def sent_id(self) -> str:
        """The model's id as the provider's requests carry it."""
        return self.wire_id or self.model_id

    @property
    def file_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.is_file)

    @property
    def schema_name(self) -> str:
        return f"{self.provider_id}.{self.module_name}.{self.class_name}"

    def request_schema(self, *, for_openapi: bool = False, defaults: bool = True) -> dict[str, Any]:
        """The request body as JSON Schema. The request models are built with `defaults=False`: they
        validate and describe, the client sends only what the caller set, and each default lives in the
        endpoint record."""
        schema: dict[str, Any] = {
            "type": "object",
            "title": self.class_name,
            "additionalProperties": False,
            "properties": {
                p.wire_name: p.json_schema(for_openapi=for_openapi, defaults=defaults, descriptions=not defaults)
                for p in self.parameters
            },
        }
        required = [p.wire_name for p in self.parameters if p.required]
        if required:
            schema["required"] = required
        return schema


@dataclass(frozen=True)
class Auth:
    """How the key travels: header `header`, value the raw key, or "<scheme> <key>" when `scheme` is set."""

    header: str
    env: str
    scheme: str | None = None
    hosts: tuple[str, ...] = ()  # other API hosts (https) that get the key, e.g. regional polling hosts


@dataclass(frozen=True)
class OutputField:
    """Where a JSON answer holds outputs (a dotted path, `[]` for each element of a list), and how they are
    written: a URL (or data: URI) to download, or base64 media. `when`: the provider answers with this field
    only when the condition holds."""

    path: str
    encoding: Literal["url", "base64"] = "url"
    when: Condition | None = None


@dataclass(frozen=True)
class FinishReason:
    """Why a generation ended: in a response header (binary answers) or a JSON field; `filtered` are the words
    for an output the provider filtered."""

    header: str | None
    field: str | None
    filtered: tuple[str, ...]


@dataclass(frozen=True)
class AcceptChoice:
    """One answer the caller may ask for with the Accept header: its name (the method's `accept=`), the
    header's value, and what the answer holds."""

    name: str
    value: str
    body: Literal["bytes", "json"]


@dataclass(frozen=True)
class DirectAPI:
    """Protocol `direct`: one request per call to `path` ("{model}" is the model id); media or JSON back."""

    name: str
    path: str
    title: str = ""
    model_field: str | None = None  # several models on one path, told apart by this body field
    request_body: RequestBody = "json"
    multipart_arrays: Literal["repeat", "brackets"] = "repeat"
    accept_header: str = "accept"
    accept: tuple[AcceptChoice, ...] = ()
    accept_default: str | None = None
    outputs: tuple[OutputField, ...] = ()
    seed_field: str | None = None
    finish_reason: FinishReason | None = None

    protocol: ClassVar[Literal["direct"]] = "direct"

    @property
    def constant_name(self) -> str:
        return "API_" + self.name.upper()

    def model_path(self, model: Model) -> str:
        return model.path or fill_model(self.path, model.sent_id)

    def body_of(self, model: Model) -> RequestBody:
        """How a model's inputs are sent: its own request_body, else the API's."""
        return model.request_body or self.request_body

    @property
    def accept_names(self) -> tuple[str, ...]:
        return tuple(choice.name for choice in self.accept)

    def form_name(self, param: Parameter) -> str:
        """The multipart part name of a parameter: its wire name, with [] for an array sent as brackets."""
        if self.multipart_arrays == "brackets" and param.type == "array":
            return param.wire_name + "[]"
        return param.wire_name


@dataclass(frozen=True)
class Hold:
    """A header asking the server to hold the submit request until the job is done, up to `max_seconds`.
    `value` may hold "{seconds}"."""

    header: str
    value: str
    max_seconds: float

    def header_value(self, seconds: float) -> str:
        return self.value.replace("{seconds}", str(int(seconds)))


@dataclass(frozen=True)
class Statuses:
    pending: tuple[str, ...]
    succeeded: tuple[str, ...]
    failed: tuple[str, ...] = ()  # empty: the provider has no failure word (its result answers the error)
    canceled: tuple[str, ...] = ()
    aborted: tuple[str, ...] = ()

    @property
    def all(self) -> tuple[str, ...]:
        return (*self.pending, *self.succeeded, *self.failed, *self.canceled, *self.aborted)


@dataclass(frozen=True)
class Link:
    """Where a follow-up request goes: `path` ("{id}" is the prediction id, "{model}" the model id, and the
    API's variables parts of it; it may carry a query), or the URL the submit answer gives at `url_field` (a
    dotted path) when it gives one."""

    path: str
    url_field: str | None = None
    method: str = "GET"

    @property
    def route(self) -> str:
        """The path without its query."""
        return self.path.partition("?")[0]

    @property
    def query(self) -> tuple[tuple[str, str], ...]:
        """The query's (name, template) pairs: (("id", "{id}"),) for /v1/get_result?id={id}."""
        query = self.path.partition("?")[2]
        return tuple((name, value) for name, _, value in (part.partition("=") for part in query.split("&") if part))


@dataclass(frozen=True)
class Answer:
    """Fields an answer has besides those the client reads: (name, JSON Schema) pairs, and where they are from."""

    properties: tuple[tuple[str, Any], ...]
    source: str = ""


@dataclass(frozen=True)
class Variable:
    """A name a path may use, standing for the first `model_segments` slash-separated segments of the model id."""

    name: str
    model_segments: int


TEMPLATE_NAME = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def path_names(template: str) -> tuple[str, ...]:
    """The {names} a path template uses, in order."""
    return tuple(TEMPLATE_NAME.findall(template))


@dataclass(frozen=True)
class PredictionsAPI:
    """Protocol `predictions`: submit a job, optionally hold for it, poll its status, fetch the output, cancel."""

    name: str
    submit_path: str  # "{model}" is the model id
    model_header: str | None  # the model named in a header instead of (or besides) the path
    input_field: str | None  # inputs wrapped as {input_field: {...}}; None: the body is the inputs
    hold: Hold | None
    status: Link
    statuses: Statuses
    id_field: str = "id"
    status_field: str = "status"
    message_field: str | None = None
    error_field: str | None = None
    output_field: str = "output"
    result: Link | None = None  # the output is read from here once the status says succeeded
    cancel: Link | None = None
    delivery_path: str | None = None  # the provider's own download path (rate-limited apart)
    delivery_retention_hours: float | None = None
    status_rate_limit: RateLimit | None = None
    delivery_rate_limit: RateLimit | None = None
    title: str = ""
    variables: tuple[Variable, ...] = ()
    output_encoding: Literal["url", "base64"] = "url"
    result_failed_statuses: tuple[int, ...] = ()  # error answers of the result that mean the job failed
    result_canceled_statuses: tuple[int, ...] = ()  # ... that mean it was canceled
    submit_statuses: tuple[int, ...] = ()  # the success statuses the provider documents; empty: none (any 2xx)
    # Fields the provider documents in an answer besides those the client reads: JSON Schema properties by name.
    submit_answer: Answer | None = None
    status_answer: Answer | None = None
    result_answer: Answer | None = None

    protocol: ClassVar[Literal["predictions"]] = "predictions"

    @property
    def constant_name(self) -> str:
        return "API_" + self.name.upper()

    @property
    def submit_status(self) -> int:
        """The status a double answers a submit with: the first documented one, else 200 (any 2xx is success)."""
        return self.submit_statuses[0] if self.submit_statuses else 200

    @property
    def links(self) -> tuple[Link, ...]:
        """The follow-up requests: status, then result and cancel when the API has them."""
        return (self.status, *(link for link in (self.result, self.cancel) if link is not None))

    @property
    def needs_model_path(self) -> bool:
        """Whether the submit path names the model (its id or a part of it): one path per model."""
        return any(name != "id" for name in path_names(self.submit_path))

    def fill(self, template: str, model_id: str) -> str:
        """A path template with the model id and the API's variables filled in ({id} stays)."""
        return fill_model(template, model_id, self.variables)

    def model_path(self, model: Model) -> str:
        return self.fill(self.submit_path, model.model_id)

    def body_of(self, model: Model) -> RequestBody:
        return "json"


def fill_model(template: str, model_id: str, variables: tuple[Variable, ...] = ()) -> str:
    """`{model}` -> the model id, its slashes kept and each segment percent-encoded as needed; each variable ->
    its part of the id. Other names ({id}) stay."""
    segments = [quote(segment, safe="") for segment in model_id.split("/")]
    values = {"model": "/".join(segments)}
    values.update((v.name, "/".join(segments[: v.model_segments])) for v in variables)
    return TEMPLATE_NAME.sub(lambda match: values.get(match[1], match[0]), template)


API = DirectAPI | PredictionsAPI


@dataclass(frozen=True)
class Files:
    path: str
    field: str
    url_field: str = "urls.get"
    id_field: str = "id"
    retention_hours: float | None = None


@dataclass(frozen=True)
class ResponseHeaders:
    remaining_credits: str | None = None
    seed: str | None = None
    request_id: str | None = None
    rate_limit_reset: str | None = None


@dataclass(frozen=True)
class ProviderDocument:
    """One of the provider's own documents the facts lock is built from (`sources refresh`)."""

    url: str
    kind: str  # the importer that reads it (a key of upkeep's IMPORTERS)
    models: tuple[str, ...] = ()  # the model ids to take from it; empty: every model it documents


@dataclass(frozen=True)
class WebhookRequest:
    """How a call passes a webhook: its URL as a top-level body field or a query parameter of the submit, the
    body field listing the events to send and their allowed words, the body field of a per-request secret."""

    url_in: str  # body | query
    url_name: str
    events_name: str | None
    events: tuple[str, ...]
    secret_name: str | None
    source: str


@dataclass(frozen=True)
class Webhooks:
    """How the provider signs its webhooks: a scheme of runtime/webhooks.py and the names it reads; and how a call
    passes one (`request`), when the provider lets it."""

    scheme: str
    headers: tuple[tuple[str, str], ...]  # (part, header name): id, user_id, timestamp, signature
    tolerance_seconds: float | None
    signature_prefix: str
    keys_url: str | None
    source: str
    request: WebhookRequest | None = None


@dataclass(frozen=True)
class Provider:
    id: str
    title: str
    description: str
    base_url: str
    base_url_env: str | None
    auth: Auth
    apis: tuple[API, ...]  # the first is the default: its models' methods are on the client itself
    client_name: str
    connect_timeout: float
    generate_timeout: float
    other_timeout: float
    errors: tuple[ErrorCode, ...]
    error_message_paths: tuple[str, ...]
    error_request_id_paths: tuple[str, ...]
    request_id_headers: tuple[str, ...]
    response_headers: ResponseHeaders
    rate_limits: tuple[RateLimit, ...]
    files: Files | None
    sources: tuple[str, ...]
    notes: tuple[str, ...] = ()
    models: tuple[Model, ...] = field(default=())
    source_file: str = ""
    error_body_schema: dict[str, Any] | None = field(default=None, hash=False)  # JSON Schema, for the export
    documents: tuple[ProviderDocument, ...] = ()
    documentation: str | None = None  # the provider's API reference for people
    webhooks: Webhooks | None = None
    error_code_paths: tuple[str, ...] = ()  # where an error body holds the provider's error code

    @property
    def default_api(self) -> API:
        return self.apis[0]

    @property
    def auth_header(self) -> str:
        return self.auth.header

    @property
    def api_key_env(self) -> str:
        return self.auth.env

    def api(self, name: str) -> API:
        return next(a for a in self.apis if a.name == name)

    def api_class_name(self, api: API) -> str:
        """The sync class of an API: the client itself for the default API, else <Client><ApiName>."""
        if api is self.default_api:
            return self.client_name
        return self.client_name + "".join(part.capitalize() for part in api.name.split("_"))

    @property
    def protocols(self) -> frozenset[str]:
        return frozenset(api.protocol for api in self.apis)

    @property
    def has_secret_parameters(self) -> bool:
        return any(p.secret for m in self.models for p in m.parameters)

    def models_of(self, api: API) -> tuple[Model, ...]:
        return self._models_by_api.get(api.name, ())

    @cached_property
    def _models_by_api(self) -> dict[str, tuple[Model, ...]]:
        """API name -> its models, in spec order: computed once (templates and the export ask per model)."""
        found: dict[str, list[Model]] = {}
        for model in self.models:
            for name in model.apis:
                found.setdefault(name, []).append(model)
        return {name: tuple(models) for name, models in found.items()}

    @property
    def webhook_request(self) -> WebhookRequest | None:
        """How a call passes a webhook, when the provider takes one."""
        return None if self.webhooks is None else self.webhooks.request

    def options_type(self, api: API) -> str:
        """The TypedDict of a model method's `**options`: the runtime's, or for a direct API with a choice of
        answer the provider's own (in its `types` module, typing `accept` with the API's choices)."""
        if api.protocol == "predictions":
            return "PredictionOptions"
        return self.api_class_name(api) + "Options" if api.accept else "RequestOptions"

    @property
    def accept_options(self) -> tuple[tuple[str, DirectAPI], ...]:
        """(TypedDict name, API) of each direct API with a choice of answer (see options_type)."""
        return tuple((self.options_type(api), api) for api in self.apis if isinstance(api, DirectAPI) and api.accept)

    @property
    def runtime_options_types(self) -> tuple[str, ...]:
        """The runtime's options TypedDicts the client module's methods take (see options_type)."""
        names = {self.options_type(api) for api in self.apis} - {name for name, _ in self.accept_options}
        if any(self.takes_webhooks(api) for api in self.apis):
            names.add("SubmitOptions")
        return tuple(sorted(names))

    def takes_webhooks(self, api: API) -> bool:
        """Whether the models of `api` get a submit method with a webhook (a predictions API of such a provider)."""
        return api.protocol == "predictions" and self.webhook_request is not None

    @property
    def async_client_name(self) -> str:
        return f"Async{self.client_name}"

    @property
    def base_error_name(self) -> str:
        return f"{self.client_name}Error"


@dataclass(frozen=True)
class Project:
    providers: tuple[Provider, ...]

    @property
    def models(self) -> tuple[Model, ...]:
        return tuple(m for p in self.providers for m in p.models)
