"""What every generated contract test does, written once; the generated test modules hold only spec data.

Copied into generated/contract_tests/ next to the tests that use it. Client-side checks go through
httpx.MockTransport (fast, and proof that nothing was sent); lifecycle checks go over real HTTP to the
spec-driven mock server in mockserver/.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import imagegen
import pytest

API_KEY = "test-key"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@dataclass(frozen=True)
class ModelFacts:
    """One model's spec, as the contract tests need it."""

    method: str
    model_id: str
    path: str
    sync: bool
    media: str
    body: str
    minimal: Mapping[str, Any]  # python name -> allowed value, required parameters only
    wire_names: Mapping[str, str]  # python name -> wire name
    always_sent: Mapping[str, Any]  # wire name -> default the provider requires in every request
    json_schema: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ProviderFacts:
    id: str
    style: str
    auth_header: str
    base_url: str
    model_header: str | None = None
    sync_header: str | None = None
    status_path: str | None = None
    files_path: str | None = None
    api_key_env: str = ""


@dataclass
class Recorder:
    """A MockTransport handler that answers like the provider and keeps every request."""

    provider: ProviderFacts
    media: str = "image"
    answer: Callable[[httpx.Request], httpx.Response] | None = None
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.answer is not None:
            return self.answer(request)
        return success(self.provider, request, self.media)

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) for r in self.requests if r.headers.get("content-type") == "application/json"]


def success(provider: ProviderFacts, request: httpx.Request, media: str = "image") -> httpx.Response:
    content_type = "video/mp4" if media == "video" else "image/png"
    if provider.style == "segmind":
        return httpx.Response(200, content=PNG, headers={"content-type": content_type, "x-request-id": "req-1"})
    path = request.url.path
    if provider.files_path and path.endswith(provider.files_path):
        return httpx.Response(200, json={"id": "file-1", "urls": {"get": f"{provider.base_url}/v1/files/file-1"}})
    if "/delivery/" in path:
        return httpx.Response(200, content=PNG, headers={"content-type": content_type})
    return httpx.Response(
        200, json={"status": "succeeded", "generation_url": f"{provider.base_url}/v1/predictions/delivery/x/out.png"}
    )


def client(cls: type[Any], recorder: Recorder, **options: Any) -> Any:
    return cls(
        api_key=API_KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
        sleep=lambda _: None,
        **options,
    )


def call(instance: Any, method: str, kwargs: Mapping[str, Any]) -> Any:
    return getattr(instance, method)(**kwargs)


def check_allowed(
    cls: type[Any], provider: ProviderFacts, model: ModelFacts, python: str, value: Any, extra: Mapping[str, Any]
) -> None:
    """The client sends an allowed value, under its wire name, unchanged."""
    recorder = Recorder(provider, model.media)
    call(client(cls, recorder), model.method, {**model.minimal, **extra, python: value})
    body = generation_body(provider, recorder)
    assert body[model.wire_names[python]] == json.loads(json.dumps(value))


def check_forbidden(
    cls: type[Any], provider: ProviderFacts, model: ModelFacts, python: str, value: Any, extra: Mapping[str, Any]
) -> None:
    """The client refuses a forbidden value before any request leaves the machine, naming the parameter."""
    recorder = Recorder(provider, model.media)
    with pytest.raises(imagegen.InvalidParameterError) as caught:
        call(client(cls, recorder), model.method, {**model.minimal, **extra, python: value})
    assert recorder.requests == [], "a request was sent"
    assert python in str(caught.value)


def check_missing_and_extra(cls: type[Any], provider: ProviderFacts, model: ModelFacts) -> None:
    for python in model.minimal:
        recorder = Recorder(provider, model.media)
        incomplete = {k: v for k, v in model.minimal.items() if k != python}
        with pytest.raises(TypeError, match=python):
            call(client(cls, recorder), model.method, incomplete)
        assert recorder.requests == []
    recorder = Recorder(provider, model.media)
    with pytest.raises(TypeError, match="promt"):
        call(client(cls, recorder), model.method, {**model.minimal, "promt": "typo"})
    assert recorder.requests == []


def generation_body(provider: ProviderFacts, recorder: Recorder) -> dict[str, Any]:
    bodies = recorder.bodies()
    assert bodies, "no JSON request was sent"
    body: dict[str, Any] = bodies[0]["input"] if provider.style == "pruna" else bodies[0]
    return body


def check_request_shape(cls: type[Any], provider: ProviderFacts, model: ModelFacts) -> None:
    recorder = Recorder(provider, model.media)
    call(client(cls, recorder), model.method, model.minimal)
    first = next(r for r in recorder.requests if r.headers.get("content-type") == "application/json")
    assert first.method == "POST"
    assert first.url.path == model.path
    assert first.headers[provider.auth_header] == API_KEY
    if provider.style == "pruna":
        assert set(json.loads(first.content)) == {"input"}
        assert first.headers[provider.model_header or ""] == model.model_id
        assert (first.headers.get(provider.sync_header or "") == "true") is model.sync


def check_minimal_body(cls: type[Any], provider: ProviderFacts, model: ModelFacts) -> None:
    """A call with only the required arguments sends exactly those keys (plus any the provider requires):
    the provider applies its own defaults, so none is sent on its behalf."""
    recorder = Recorder(provider, model.media)
    call(client(cls, recorder), model.method, model.minimal)
    body = generation_body(provider, recorder)
    expected = {model.wire_names[k]: json.loads(json.dumps(v)) for k, v in model.minimal.items()}
    expected.update(model.always_sent)
    assert body == expected, f"sent keys {sorted(body)}; expected exactly {sorted(expected)}"


def error_body(provider: ProviderFacts, message: str) -> dict[str, Any]:
    if provider.style == "pruna":
        return {"error": {"message": message, "code": "error"}, "request_id": "req_contract"}
    return {"error": message}


def check_error_mapping(
    cls: type[Any], provider: ProviderFacts, model: ModelFacts, status: int, expected: type[BaseException]
) -> None:
    message = f"provider says {status}"
    recorder = Recorder(
        provider,
        model.media,
        answer=lambda r: httpx.Response(
            status, json=error_body(provider, message), headers={"x-request-id": "req_contract"}
        ),
    )
    with pytest.raises(imagegen.APIStatusError) as caught:
        call(client(cls, recorder, max_retries=0), model.method, model.minimal)
    assert type(caught.value) is expected
    assert caught.value.status_code == status
    assert caught.value.message == message
    assert caught.value.request_id == "req_contract"


def mock_server() -> Iterator[Any]:
    """A real HTTP mock provider, built from the copy of the specs these tests were generated from (specs/
    beside this file); predictions finish in 40 ms."""
    from mockserver import MockConfig, MockServer

    specs = Path(__file__).resolve().parent / "specs"
    config = MockConfig(prediction_seconds=2.0, time_scale=0.02, sync_wait_seconds=60.0)
    with MockServer(config=config, specs_dir=specs) as server:
        yield server


def check_lifecycle(
    sync_cls: type[Any], async_cls: type[Any], provider: ProviderFacts, model: ModelFacts, base_url: str
) -> None:
    """Sync and async clients over real HTTP: the mock accepts the call and the result holds real media."""
    with sync_cls(api_key=API_KEY, base_url=base_url) as sync_client:
        result = call(sync_client, model.method, model.minimal)
        content = result.download() if provider.style == "pruna" else result.media_bytes()

    async def run() -> bytes:
        async with async_cls(api_key=API_KEY, base_url=base_url) as async_client:
            outcome = await getattr(async_client, model.method)(**model.minimal)
            data: bytes = await outcome.download() if provider.style == "pruna" else outcome.media_bytes()
            return data

    async_content = asyncio.run(run())
    for data in (content, async_content):
        if model.media == "video":
            assert data[4:8] == b"ftyp"
        else:
            assert data.startswith(b"\x89PNG\r\n\x1a\n")


def check_mock_accepts(provider: ProviderFacts, model: ModelFacts, base_url: str, wire_body: Mapping[str, Any]) -> None:
    """The mock provider, built from the same spec, accepts a body the spec allows."""
    headers = {provider.auth_header: API_KEY}
    if provider.style == "pruna":
        headers[provider.model_header or ""] = model.model_id
        response = httpx.post(f"{base_url}{model.path}", json={"input": dict(wire_body)}, headers=headers)
    else:
        response = httpx.post(f"{base_url}{model.path}", json=dict(wire_body), headers=headers)
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
    if "pattern" in schema:
        return st.from_regex(r"\Ahttps?://[a-z0-9]{1,12}\.example/[a-z0-9/]{0,12}\Z")
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


def check_model_against_schema(model: Any, schema: Mapping[str, Any], examples: int = 60) -> None:
    """The request model accepts exactly what the spec's JSON Schema accepts."""
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
