"""What every generated contract test does, written once; the generated test modules hold only spec data.

Copied into generated/contract_tests/ next to the tests that use it. Client-side checks go through
httpx.MockTransport (fast, and proof that nothing was sent); lifecycle checks go over real HTTP to the
spec-driven mock server in imagegen_specgen/mock/.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import imagegen_typed
import pytest

API_KEY = "test-key"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
PREDICTION_ID = "pred-1"
# Outputs the Recorder hands out live on a host apart from the API: the key must never go there.
OUTPUT_HOST = "outputs.contract.example"


@dataclass(frozen=True)
class ModelFacts:
    """One model's spec, as the contract tests need it."""

    method: str
    model_id: str
    paths: Mapping[str, str]  # API name -> the path a call of this model POSTs to
    sync: bool
    media: str
    body: str
    minimal: Mapping[str, Any]  # python name -> allowed value, required parameters only
    wire_names: Mapping[str, str]  # python name -> wire name
    always_sent: Mapping[str, Any]  # wire name -> default the provider requires in every request
    json_schema: Mapping[str, Any] = field(default_factory=dict)
    sent_id: str = ""  # the id requests carry, when it is not model_id
    bodies: Mapping[str, str] = field(default_factory=dict)  # API name -> "json" or "multipart"
    files: tuple[str, ...] = ()  # wire names of the parameters sent as file parts

    @property
    def wire_id(self) -> str:
        return self.sent_id or self.model_id

    def multipart(self, api: ApiFacts) -> bool:
        return self.bodies.get(api.name) == "multipart"


@dataclass(frozen=True)
class ProviderFacts:
    """Provider-wide facts: auth, error body, request-id header, uploads."""

    id: str
    auth_header: str
    base_url: str
    api_key_env: str
    auth_scheme: str | None = None
    error_message_path: str = "error"
    error_request_id_path: str | None = None
    request_id_header: str | None = None
    files_path: str | None = None
    files_field: str = "content"
    files_url_field: str = "urls.get"
    files_id_field: str = "id"

    def auth_value(self, key: str) -> str:
        return f"{self.auth_scheme} {key}" if self.auth_scheme else key


@dataclass(frozen=True)
class ApiFacts:
    """One API of the provider: its protocol and every name the protocol reads from the spec.

    A deliberate second statement of each protocol's shape, beside the runtime's records (_runtime/endpoints.py):
    the contract tests read the spec's words from here and check the client's requests and answers against them
    without going through the records the client itself reads, so a record written wrong is caught."""

    name: str
    protocol: str  # "direct" or "predictions"
    attribute: str | None = None  # None for the default API (methods on the client), else client.<attribute>
    model_header: str | None = None
    input_field: str | None = None
    hold_header: str | None = None
    hold_value: str = ""
    status_path: str = ""
    status_url_field: str | None = None
    status_method: str = "GET"
    id_field: str = "id"
    status_field: str = "status"
    output_field: str = "output"
    pending: str = ""
    succeeded: str = ""
    canceled: str | None = None
    result_path: str | None = None
    result_url_field: str | None = None
    result_method: str = "GET"
    cancel_path: str | None = None
    cancel_url_field: str | None = None
    cancel_method: str = "POST"
    submit_status: int = 201
    variables: tuple[tuple[str, int], ...] = ()  # {name}: the model id's first n segments

    def fill(self, template: str, model_id: str | None) -> str:
        """A path template with the model id, its variables and the prediction id filled in."""
        path = template.replace("{id}", PREDICTION_ID)
        if model_id is None:
            return path
        segments = model_id.split("/")
        for name, count in self.variables:
            path = path.replace("{" + name + "}", "/".join(segments[:count]))
        return path.replace("{model}", model_id)

    model_field: str | None = None  # direct: the body field naming the model
    multipart_arrays: str = "repeat"  # direct: "brackets" sends an array's parts as name[]
    accept_header: str | None = None  # direct: the Accept header the client sends by default, and its value
    accept_value: str | None = None


def at(values: list[tuple[str | None, Any]]) -> dict[str, Any]:
    """A JSON object with each value at its dotted path (entries without a path are left out); a part ending
    in [] is a list of one element (images[].url)."""
    body: dict[str, Any] = {}
    for dotted, value in values:
        if not dotted:
            continue
        node = body
        *parents, last = dotted.split(".")
        for part in parents:
            node = node.setdefault(part[:-2], [{}])[0] if part.endswith("[]") else node.setdefault(part, {})
        node[last.removesuffix("[]")] = [value] if last.endswith("[]") else value
    return body


def dig(body: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        body = body.get(part) if isinstance(body, dict) else None
    return body


def _matches(template: str | None, request: httpx.Request) -> bool:
    """Whether a request is at a path template: {id} one segment, any other name (the model, a part of it)
    one or more; a query in the template must be in the request's."""
    if not template:
        return False
    route, _, query = template.partition("?")
    pattern = re.sub(r"\\\{([a-z][a-z0-9_]*)\\\}", lambda m: "[^/]+" if m[1] == "id" else ".+", re.escape(route))
    if re.match("^" + pattern + "$", request.url.path) is None:
        return False
    params = request.url.params
    for name, _, value in (part.partition("=") for part in query.split("&") if part):
        if name not in params or (value != "{id}" and params[name] != value):
            return False
    return True


LINK_MARK = "from=answer"  # on every URL a submit answer gives: proof the client followed it


def _link(provider: ProviderFacts, api: ApiFacts, template: str | None, model_id: str | None) -> str:
    path = api.fill(template or "", model_id)
    return provider.base_url + path + ("&" if "?" in path else "?") + LINK_MARK


def output_url(media: str) -> str:
    return f"https://{OUTPUT_HOST}/{PREDICTION_ID}/output.{'mp4' if media == 'video' else 'png'}"


def status_body(api: ApiFacts, word: str, media: str = "image") -> dict[str, Any]:
    values: list[tuple[str | None, Any]] = [(api.id_field, PREDICTION_ID), (api.status_field, word)]
    if word == api.succeeded and api.result_path is None:
        values.append((api.output_field, output_url(media)))
    return at(values)


def created_body(provider: ProviderFacts, api: ApiFacts, model_id: str | None = None) -> dict[str, Any]:
    """An unfinished prediction, with every follow-up URL the spec says the answer carries."""
    return at(
        [
            (api.id_field, PREDICTION_ID),
            (api.status_field, api.pending),
            (api.status_url_field, _link(provider, api, api.status_path, model_id)),
            (api.result_url_field, _link(provider, api, api.result_path, model_id)),
            (api.cancel_url_field, _link(provider, api, api.cancel_path, model_id)),
        ]
    )


@dataclass
class Recorder:
    """A MockTransport handler that answers like the provider's API (per protocol, from the spec's facts) and
    keeps every request."""

    provider: ProviderFacts
    api: ApiFacts
    media: str = "image"
    answer: Callable[[httpx.Request], httpx.Response] | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    model_id: str | None = None  # the model submitted: follow-up URLs may name it

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.answer is not None:
            return self.answer(request)
        return success(self.provider, self.api, request, self.media, self.model_id)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests if r.headers.get("content-type") == "application/json"]

    def generation(self) -> httpx.Request:
        """The first request that carried inputs (a JSON or multipart body)."""
        found = next((r for r in self.requests if _body_kind(r) is not None), None)
        assert found is not None, "no request with a JSON or multipart body was sent"
        return found


def _body_kind(request: httpx.Request) -> str | None:
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    return {"application/json": "json", "multipart/form-data": "multipart"}.get(kind)


def form_body(request: httpx.Request, api: ApiFacts, model: ModelFacts) -> dict[str, Any]:
    """A multipart body as the inputs it carries: each field's text, each file part's bytes, a list for an
    array parameter (its parts named `name[]` when the API sends brackets)."""
    from imagegen_specgen.mock.multipart import parse_form

    arrays = {name for name, schema in model.json_schema.get("properties", {}).items() if schema.get("type") == "array"}
    body: dict[str, Any] = {}
    for part in parse_form(request.headers["content-type"], request.content):
        name = part.name
        if api.multipart_arrays == "brackets" and name.endswith("[]"):
            name = name[:-2]
        value: Any = part.data if part.filename is not None else part.data.decode("utf-8")
        if name in arrays:
            body.setdefault(name, []).append(value)
        else:
            assert name not in body, f"part {name!r} sent twice"
            body[name] = value
    return body


def sent_as(sent: Any, value: Any, multipart: bool) -> bool:
    """Whether a request carried `value` as `sent`: JSON's form, or in a multipart body a field's text (a file's
    bytes as they are; a number as its digits, 0.5 or 1.0 for a float parameter given 1)."""
    if not multipart:
        return bool(sent == json.loads(json.dumps(value)))
    if isinstance(value, (list, tuple)):
        return isinstance(sent, list) and len(sent) == len(value) and all(map(sent_as, sent, value, [True] * len(sent)))
    if isinstance(value, (bytes, str)):
        return bool(sent == value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(sent) == value
        except (TypeError, ValueError):
            return False
    return bool(sent == json.dumps(value))


def success(
    provider: ProviderFacts, api: ApiFacts, request: httpx.Request, media: str = "image", model_id: str | None = None
) -> httpx.Response:
    content_type = "video/mp4" if media == "video" else "image/png"
    headers = {provider.request_id_header: "req-1"} if provider.request_id_header else {}
    path = request.url.path
    if request.url.host == OUTPUT_HOST or api.protocol == "direct":
        return httpx.Response(200, content=PNG, headers={"content-type": content_type, **headers})
    if provider.files_path and path == provider.files_path:
        file_url = f"{provider.base_url}{provider.files_path}/file-1"
        return httpx.Response(201, json=at([(provider.files_id_field, "file-1"), (provider.files_url_field, file_url)]))
    if request.method == api.cancel_method and _matches(api.cancel_path, request):
        return httpx.Response(200, json=status_body(api, api.canceled or api.pending, media))
    if request.method == api.result_method and _matches(api.result_path, request):
        return httpx.Response(200, json=at([(api.status_field, api.succeeded), (api.output_field, output_url(media))]))
    if request.method == api.status_method and _matches(api.status_path, request):
        return httpx.Response(200, json=status_body(api, api.succeeded, media))
    if api.hold_header and api.hold_header in request.headers:
        return httpx.Response(api.submit_status, json=status_body(api, api.succeeded, media))
    return httpx.Response(api.submit_status, json=created_body(provider, api, model_id))


def client(cls: type[Any], recorder: Recorder, **options: Any) -> Any:
    return cls(
        api_key=API_KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        sleep=lambda _: None,
        **options,
    )


def surface(instance: Any, api: ApiFacts) -> Any:
    """Where an API's model methods are: on the client for its default API, else on client.<api>."""
    return instance if api.attribute is None else getattr(instance, api.attribute)


def call(instance: Any, api: ApiFacts, method: str, kwargs: Mapping[str, Any]) -> Any:
    return getattr(surface(instance, api), method)(**kwargs)


def check_allowed(
    cls: type[Any],
    provider: ProviderFacts,
    api: ApiFacts,
    model: ModelFacts,
    python: str,
    value: Any,
    extra: Mapping[str, Any],
) -> None:
    """The client sends an allowed value, under its wire name, unchanged."""
    recorder = Recorder(provider, api, model.media, model_id=model.model_id)
    call(client(cls, recorder), api, model.method, {**model.minimal, **extra, python: value})
    body = generation_body(api, recorder, model)
    assert sent_as(body[model.wire_names[python]], value, model.multipart(api)), body[model.wire_names[python]]


def check_forbidden(
    cls: type[Any],
    provider: ProviderFacts,
    api: ApiFacts,
    model: ModelFacts,
    python: str,
    value: Any,
    extra: Mapping[str, Any],
) -> None:
    """The client refuses a forbidden value before any request leaves the machine, naming the parameter."""
    recorder = Recorder(provider, api, model.media)
    with pytest.raises(imagegen_typed.InvalidParameterError) as caught:
        call(client(cls, recorder), api, model.method, {**model.minimal, **extra, python: value})
    assert recorder.requests == [], "a request was sent"
    assert python in str(caught.value)


def check_missing_and_extra(cls: type[Any], provider: ProviderFacts, api: ApiFacts, model: ModelFacts) -> None:
    for python in model.minimal:
        recorder = Recorder(provider, api, model.media)
        incomplete = {k: v for k, v in model.minimal.items() if k != python}
        with pytest.raises(TypeError, match=python):
            call(client(cls, recorder), api, model.method, incomplete)
        assert recorder.requests == []
    recorder = Recorder(provider, api, model.media)
    with pytest.raises(TypeError, match="promt"):
        call(client(cls, recorder), api, model.method, {**model.minimal, "promt": "typo"})
    assert recorder.requests == []


def generation_body(api: ApiFacts, recorder: Recorder, model: ModelFacts) -> dict[str, Any]:
    """The inputs of the call's first request with a body (JSON, or multipart as form_body reads it)."""
    request = recorder.generation()
    if model.multipart(api):
        assert _body_kind(request) == "multipart", request.headers.get("content-type")
        return form_body(request, api, model)
    assert _body_kind(request) == "json", request.headers.get("content-type")
    sent = json.loads(request.content)
    body: dict[str, Any] = sent[api.input_field] if api.input_field else sent
    return body


def _hold_pattern(api: ApiFacts) -> str:
    return "^" + re.escape(api.hold_value).replace(re.escape("{seconds}"), "[0-9]+") + "$"


def check_request_shape(cls: type[Any], provider: ProviderFacts, api: ApiFacts, model: ModelFacts) -> None:
    """The call goes to the model's path with the key in the spec's auth header and scheme; a predictions
    API gets the model in its header when the spec says so, the inputs under `input_field`, and the hold
    header exactly when the model is sync."""
    recorder = Recorder(provider, api, model.media, model_id=model.model_id)
    call(client(cls, recorder), api, model.method, model.minimal)
    first = recorder.generation()
    assert first.method == "POST"
    assert first.url.path == model.paths[api.name]
    assert first.headers[provider.auth_header] == provider.auth_value(API_KEY)
    if api.input_field:
        assert set(json.loads(first.content)) == {api.input_field}
    if api.model_field:
        assert generation_body(api, recorder, model)[api.model_field] == model.wire_id
    if api.accept_header:
        assert first.headers[api.accept_header] == api.accept_value
    if api.model_header:
        assert first.headers[api.model_header] == model.model_id
    if api.hold_header:
        held = first.headers.get(api.hold_header)
        assert (held is not None) is model.sync, (api.hold_header, held)
        assert held is None or re.match(_hold_pattern(api), held), held


def check_minimal_body(cls: type[Any], provider: ProviderFacts, api: ApiFacts, model: ModelFacts) -> None:
    """A call with only the required arguments sends exactly those keys (plus any the provider requires):
    the provider applies its own defaults, so none is sent on its behalf."""
    recorder = Recorder(provider, api, model.media, model_id=model.model_id)
    call(client(cls, recorder), api, model.method, model.minimal)
    body = generation_body(api, recorder, model)
    expected = {model.wire_names[k]: v for k, v in model.minimal.items()}
    expected.update(model.always_sent)
    if api.model_field:
        expected[api.model_field] = model.wire_id  # how the provider tells the models on one path apart
    assert sorted(body) == sorted(expected), f"sent keys {sorted(body)}; expected exactly {sorted(expected)}"
    for wire, value in expected.items():
        assert sent_as(body[wire], value, model.multipart(api)), (wire, body[wire], value)


def error_body(provider: ProviderFacts, message: str) -> dict[str, Any]:
    """An error body shaped as the spec's error_body says: the message (and request id) where it reads them."""
    return at([(provider.error_message_path, message), (provider.error_request_id_path, "req_contract")])


def check_error_mapping(
    cls: type[Any],
    provider: ProviderFacts,
    api: ApiFacts,
    model: ModelFacts,
    status: int,
    expected: type[BaseException],
) -> None:
    message = f"provider says {status}"
    headers = {provider.request_id_header: "req_contract"} if provider.request_id_header else {}
    recorder = Recorder(
        provider,
        api,
        model.media,
        answer=lambda r: httpx.Response(status, json=error_body(provider, message), headers=headers),
    )
    with pytest.raises(imagegen_typed.APIStatusError) as caught:
        call(client(cls, recorder, max_retries=0), api, model.method, model.minimal)
    assert type(caught.value) is expected
    assert caught.value.status_code == status
    assert caught.value.message == message
    has_id = provider.request_id_header or provider.error_request_id_path
    assert caught.value.request_id == ("req_contract" if has_id else None)


def check_output_follows_the_spec(cls: type[Any], provider: ProviderFacts, api: ApiFacts, model: ModelFacts) -> None:
    """A predictions call that is not finished by the submit answer follows the spec's links: the status (at
    the answer's URL field, else the status path), the result when the spec has one; the output comes from
    the spec's output field and is fetched without the key when it lives on another host."""
    recorder = Recorder(provider, api, model.media, model_id=model.model_id)
    instance = client(cls, recorder)
    api_surface = surface(instance, api)
    wire = {model.wire_names[k]: v for k, v in model.minimal.items()}
    result = api_surface.predictions.run(model=model.model_id, input=wire, hold=False)
    assert result.output_url == output_url(model.media)
    assert result.download() == PNG
    asked = [(r.method, r.url.path, r.url.query.decode()) for r in recorder.requests]
    status = _followed(api, api.status_method, api.status_path, api.status_url_field, model.model_id)
    assert status in asked, asked
    if api.result_path:
        result = _followed(api, api.result_method, api.result_path, api.result_url_field, model.model_id)
        assert result in asked, asked
    fetched = recorder.requests[-1]
    assert fetched.url.host == OUTPUT_HOST
    assert provider.auth_header not in fetched.headers, "the key went to the output host"


def _followed(api: ApiFacts, method: str, template: str, url_field: str | None, model_id: str) -> tuple[str, str, str]:
    """(method, path, query) of a follow-up request: at the URL the answer gave (marked), else the template's."""
    path, _, query = api.fill(template, model_id).partition("?")
    if url_field:
        query = f"{query}&{LINK_MARK}" if query else LINK_MARK
    return method, path, query


def check_cancel(cls: type[Any], provider: ProviderFacts, api: ApiFacts, model_id: str | None = None) -> None:
    """Cancel goes to the spec's cancel link (with the model id where it names the model); an API without
    one refuses before sending anything."""
    recorder = Recorder(provider, api)
    predictions = surface(client(cls, recorder), api).predictions
    if api.cancel_path is None:
        with pytest.raises(imagegen_typed.UnsupportedOperationError):
            predictions.cancel(PREDICTION_ID)
        assert recorder.requests == []
        return
    answer = predictions.cancel(PREDICTION_ID, model=model_id)
    (sent,) = recorder.requests
    path, _, query = api.fill(api.cancel_path, model_id).partition("?")
    assert (sent.method, sent.url.path, sent.url.query.decode()) == (api.cancel_method, path, query)
    assert sent.headers[provider.auth_header] == provider.auth_value(API_KEY)
    assert answer is not None and answer.status == (api.canceled or api.pending)


def check_upload(cls: type[Any], provider: ProviderFacts, api: ApiFacts) -> None:
    """A file goes up as the spec's multipart field; the URL and id come from the spec's answer fields."""
    recorder = Recorder(provider, api)
    uploaded = surface(client(cls, recorder), api).files.upload(PNG)
    (sent,) = recorder.requests
    assert (sent.method, sent.url.path) == ("POST", provider.files_path)
    assert f'name="{provider.files_field}"'.encode() in sent.content
    assert uploaded.id == "file-1" and uploaded.url == f"{provider.base_url}{provider.files_path}/file-1"


def mock_server() -> Iterator[Any]:
    """A real HTTP mock provider, built from the copy of the specs these tests were generated from (specs/
    beside this file); predictions finish in 40 ms."""
    from imagegen_specgen.mock import MockConfig, MockServer

    specs = Path(__file__).resolve().parent / "specs"
    config = MockConfig(prediction_seconds=2.0, time_scale=0.02, sync_wait_seconds=60.0)
    with MockServer(config=config, specs_dir=specs) as server:
        yield server


def check_lifecycle(sync_cls: type[Any], async_cls: type[Any], api: ApiFacts, model: ModelFacts, base_url: str) -> None:
    """Sync and async clients over real HTTP: the mock accepts the call and the result holds real media."""
    with sync_cls(api_key=API_KEY, base_url=base_url) as sync_client:
        result = call(sync_client, api, model.method, model.minimal)
        content = result.download() if api.protocol == "predictions" else result.media_bytes()

    async def run() -> bytes:
        async with async_cls(api_key=API_KEY, base_url=base_url) as async_client:
            outcome = await call(async_client, api, model.method, model.minimal)
            data: bytes = await outcome.download() if api.protocol == "predictions" else outcome.media_bytes()
            return data

    async_content = asyncio.run(run())
    for data in (content, async_content):
        if model.media == "video":
            assert data[4:8] == b"ftyp"
        else:
            assert data.startswith(b"\x89PNG\r\n\x1a\n")


def check_mock_accepts(
    provider: ProviderFacts, api: ApiFacts, model: ModelFacts, base_url: str, wire_body: Mapping[str, Any]
) -> None:
    """The mock provider, built from the same spec, accepts a body the spec allows."""
    headers = {provider.auth_header: provider.auth_value(API_KEY)}
    if api.model_header:
        headers[api.model_header] = model.model_id
    inputs = dict(wire_body)
    if api.model_field:
        inputs[api.model_field] = model.wire_id
    url = f"{base_url}{model.paths[api.name]}"
    if model.multipart(api):
        parts: list[tuple[str, tuple[str | None, Any, str | None]]] = []  # (name, (file name or None, ...))
        for wire, value in inputs.items():
            name = wire + "[]" if api.multipart_arrays == "brackets" and isinstance(value, list) else wire
            for item in value if isinstance(value, list) else [value]:
                if wire in model.files:
                    parts.append((name, ("input.png", item, "image/png")))
                else:
                    parts.append((name, (None, item if isinstance(item, str) else json.dumps(item), None)))
        response = httpx.post(url, files=parts, headers=headers)
    else:
        body = {api.input_field: inputs} if api.input_field else inputs
        response = httpx.post(url, json=body, headers=headers)
    assert response.is_success, (response.status_code, response.text)  # 201 for created predictions


def live_client(cls: type[Any], provider: ProviderFacts) -> Any:
    """A client for the real provider, or a skip saying what is missing."""
    if os.environ.get("IMAGEGEN_LIVE") != "1":
        pytest.skip("live contract tests run only with IMAGEGEN_LIVE=1 (they call the real, billed API)")
    if not os.environ.get(provider.api_key_env):
        pytest.skip(f"live contract tests need {provider.api_key_env} set to a real {provider.id} API key")
    return cls()


# --- model against spec: hypothesis data from each spec's JSON Schema -------------------------------------


def _agreeing_validator(schema: Mapping[str, Any]) -> Any:
    """JSON Schema as the client reads it, with two decisions made on purpose and tested here:
    an integer is a whole number that is not written as a float (1.0 is refused for an integer
    parameter), and patterns follow ECMA-262, where `$` ends the input (Python's `$` also matches
    before a final newline)."""
    import re

    from jsonschema import Draft202012Validator, validators

    def is_integer(checker: Any, instance: object) -> bool:
        return isinstance(instance, int) and not isinstance(instance, bool)

    def pattern(validator: Any, value: str, instance: object, schema: Any) -> Iterator[Any]:
        from jsonschema import ValidationError

        ecma = value[:-1] + r"\Z" if value.endswith("$") else value
        if isinstance(instance, str) and not re.search(ecma, instance):
            yield ValidationError(f"{instance!r} does not match {value!r}")

    checker = Draft202012Validator.TYPE_CHECKER.redefine("integer", is_integer)
    cls = validators.extend(Draft202012Validator, {"pattern": pattern}, type_checker=checker)
    return cls(schema)


@cache  # one strategy for every property and model: a new one is validated again on its first draws
def _json_values() -> Any:
    from hypothesis import strategies as st

    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**63), max_value=2**63),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
        max_leaves=5,
    )


_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789"


def _valid_value(schema: Mapping[str, Any]) -> Any:
    from hypothesis import strategies as st

    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    kind = schema["type"]
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        step = schema.get("multipleOf", 1)
        low, high = schema.get("minimum", -(2**31)), schema.get("maximum", 2**31)
        return st.integers(-(-low // step), high // step).map(lambda n: n * step)
    if kind == "number":
        return st.floats(schema.get("minimum"), schema.get("maximum"), allow_nan=False, allow_infinity=False)
    if kind == "array":
        return st.lists(
            _valid_value(schema["items"]), min_size=schema.get("minItems", 0), max_size=schema.get("maxItems", 6)
        )
    if "pattern" in schema:  # the URL pattern; the URLs `https?://[a-z0-9]{1,12}\.example/[a-z0-9/]{0,12}`, built
        # from parts: st.from_regex drawing them cost half of this check's time
        host, path = st.text(_ALPHANUMERIC, min_size=1, max_size=12), st.text(_ALPHANUMERIC + "/", max_size=12)
        return st.builds("{}://{}.example/{}".format, st.sampled_from(["http", "https"]), host, path)
    shortest = schema.get("minLength", 0)
    return st.text(min_size=shortest, max_size=schema.get("maxLength", max(30, shortest)))


def objects(schema: Mapping[str, Any], *, valid_only: bool) -> Any:
    """Objects for `schema`: all valid, or each property valid or arbitrary JSON, plus stray keys."""
    from hypothesis import strategies as st

    props: Mapping[str, Any] = schema["properties"]
    required = set(schema.get("required", ()))

    def value(name: str) -> Any:
        valid = _valid_value(props[name])
        return valid if valid_only else st.one_of(valid, _json_values())

    fixed = {name: value(name) for name in props if name in required}
    optional = {name: value(name) for name in props if name not in required}
    base = st.fixed_dictionaries(fixed, optional=optional)
    if valid_only:
        return base
    drop = st.sets(st.sampled_from(sorted(required))) if required else st.just(set())
    stray = st.dictionaries(st.text(max_size=8).filter(lambda k: k not in props), _json_values(), max_size=1)
    return st.tuples(base, drop, stray).map(lambda t: {**{k: v for k, v in t[0].items() if k not in t[1]}, **t[2]})


def _allowed(prop: Mapping[str, Any]) -> Any:
    """One value the property's schema allows: its first enum value, or the simplest value in range."""
    if "enum" in prop:
        return prop["enum"][0]
    kind = prop["type"]
    if kind == "boolean":
        return True
    if kind in ("integer", "number"):
        step = prop.get("multipleOf", 1)
        if "minimum" in prop:
            return -(-prop["minimum"] // step) * step if kind == "integer" else prop["minimum"]
        if "maximum" in prop:
            return prop["maximum"] // step * step if kind == "integer" else prop["maximum"]
        return 0
    if kind == "array":
        return [_allowed(prop["items"])] * max(prop.get("minItems", 0), 1)
    if "pattern" in prop:
        return "https://a.example/b"
    return "a" * max(prop.get("minLength", 0), 1)


def _edges(prop: Mapping[str, Any]) -> list[Any]:
    """Values at and just past each constraint of a property's schema, values of each wrong type, and nothing
    (None): one constraint lost or misread by the model shows on one of them."""
    kind, allowed = prop["type"], _allowed(prop)
    values: list[Any] = [None, allowed, {}, [allowed]]
    if "enum" in prop:
        enum = prop["enum"]
        values += [*enum, f"{enum[0]}x" if isinstance(enum[0], str) else max(enum) + 1]
    if kind in ("integer", "number"):
        step, low, high = prop.get("multipleOf", 1), prop.get("minimum"), prop.get("maximum")
        if low is not None:  # `allowed` is the lowest value in range (a multiple of the step, when there is one)
            values += [low, low - 1, allowed - step]
        if high is not None:
            top = high // step * step if kind == "integer" else high
            values += [high, high + 1, top, top + step]
        values += [allowed + 1, allowed - 1, allowed + 0.5, allowed - 0.5, str(allowed), True]
        if kind == "integer" and "enum" not in prop:  # an integer enum's model takes 24.0 for 24 (pydantic's Literal)
            values.append(float(allowed))
    elif kind == "boolean":
        values += [False, 1, 0, "true"]
    elif kind == "string":
        shortest, longest = prop.get("minLength", 0), prop.get("maxLength")
        values += ["", "a" * shortest, "a" * max(shortest - 1, 0), 5]
        if longest is not None:
            values += ["a" * longest, "a" * (longest + 1)]
        if "pattern" in prop:
            values += ["not a url", f"{allowed}\n", "ftp://a.example/b", "https://"]
    else:  # array
        item, shortest, longest = allowed[0], prop.get("minItems", 0), prop.get("maxItems")
        values += [item, [], [item] * shortest, [item] * max(shortest - 1, 0), [item, item]]
        values += [[edge] for edge in _edges(prop["items"])]
        if longest is not None:
            values += [[item] * longest, [item] * (longest + 1)]
    return values


def check_model_against_schema(model: Any, schema: Mapping[str, Any], examples: int = 20) -> None:
    """The request model accepts exactly what the spec's JSON Schema accepts: on objects changed in one place (a
    property at and just past each of its constraints or of a wrong type, a required property left out, a key the
    schema lacks), which show any one constraint the model lost or misread; then on `examples` objects hypothesis
    draws, all valid or holding any JSON (text of any alphabet, nested values, combinations)."""
    import pydantic
    from hypothesis import HealthCheck, given, settings

    validator = _agreeing_validator(schema)
    required = set(schema.get("required", ()))

    def verdicts(instance: dict[str, Any]) -> tuple[bool, bool]:
        # None for an optional parameter means "not given": the client drops it before validating.
        sent = {k: v for k, v in instance.items() if v is not None or k in required}
        try:
            model.model_validate(sent)
            accepted = True
        except pydantic.ValidationError:
            accepted = False
        return validator.is_valid(sent), accepted

    # One change at a time to an object both accept: each edge of each property, each required property left out,
    # a key the schema does not have. Every other property valid, so a disagreement cannot hide behind another.
    props: Mapping[str, Any] = schema["properties"]
    base = {name: _allowed(props[name]) for name in props if name in required}
    assert verdicts(base) == (True, True), base
    assert verdicts({name: _allowed(prop) for name, prop in props.items()}) == (True, True), "every property set"
    changed = [{**base, name: value} for name, prop in props.items() for value in _edges(prop)]
    changed += [{k: v for k, v in base.items() if k != name} for name in base] + [{**base, "unexpected": 1}]
    for instance in changed:
        schema_says, model_says = verdicts(instance)
        assert schema_says == model_says, (instance, "schema" if schema_says else "model", "accepts it")

    @settings(max_examples=examples, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(objects(schema, valid_only=True))
    def valid(instance: dict[str, Any]) -> None:
        assert verdicts(instance) == (True, True), instance

    @settings(max_examples=examples, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(objects(schema, valid_only=False))
    def mixed(instance: dict[str, Any]) -> None:
        schema_says, model_says = verdicts(instance)
        assert schema_says == model_says, (instance, "schema" if schema_says else "model", "accepts it")

    valid()
    mixed()
