"""Prism, a tool nobody here wrote, serves each exported OpenAPI document; the generated clients call it.

Every model on every API of every provider (taken from the specs, so a new spec is covered with no edit here)
is called sync and async with its required arguments. Prism checks each request against the document and answers
from the document's examples; a request it finds in violation gets a 422 with the violations in its
`sl-violations` header, and so does an answer of its own that breaks the document. The tests fail showing
those violations; the answers must parse into the client's results.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import imagegen_typed
import pytest

from imagegen_specgen.contract import samples
from imagegen_specgen.emit.openapi.predictions import header_models, model_document_name
from imagegen_specgen.parser import ir

from .conftest import GENERATED, real_project
from .node_tools import find

PRISM, WHY_NOT = find("prism")
pytestmark = pytest.mark.skipif(PRISM is None, reason=WHY_NOT)

PROJECT = real_project()
PROVIDERS = {p.id: p for p in PROJECT.providers}
# A model of an API that names its models in a header is called through its own document (the provider's
# document's create operation is for model ids no spec describes); every other model through its provider's.
OWN_DOCUMENT = {(p.id, a.name, m.model_id) for p in PROJECT.providers for a in p.apis for m in header_models(p, a)}
CASES = [
    pytest.param(p.id, a.name, m, id=f"{p.id}:{a.name}:{m.model_id}")
    for p in PROJECT.providers
    for a in p.apis
    for m in p.models_of(a)
    if (p.id, a.name, m.model_id) not in OWN_DOCUMENT
]


def _representatives(models: list[ir.Model]) -> list[ir.Model]:
    """The models whose own documents Prism serves: the first, the one with the most parameters and the first that
    uploads a file. Each start of Prism costs about 2 s of CPU; every model's own document is made by the same code
    from its provider's shared parts, and what differs per model (the header's one value, the input schema) is
    checked for every model by a JSON Schema validator (tests/test_openapi_inputs.py, tests/test_openapi.py)."""
    picks = [models[0], max(models, key=lambda m: len(m.parameters))]
    picks += [m for m in models if any(p.uploadable for p in m.parameters)][:1]
    return [m for i, m in enumerate(picks) if m not in picks[:i]]


MODEL_DOCUMENT_CASES = [
    pytest.param(p.id, a.name, m, id=f"{p.id}:{a.name}:{m.model_id}")
    for p in PROJECT.providers
    for a in p.apis
    if header_models(p, a)
    for m in _representatives(header_models(p, a))
]
START_TIMEOUT = 90.0  # seconds for Prism to listen; it takes a few on a busy machine
KEY = "test-key"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
UNKNOWN_MODEL = "a-model-no-spec-describes"


@dataclass
class Violations:
    """Every answer that carried `sl-violations` (Prism's report of a request or answer breaking the document)."""

    seen: list[str] = field(default_factory=list)

    def record(self, response: httpx.Response) -> None:
        found = response.headers.get("sl-violations")
        if found:
            request = response.request
            self.seen.append(f"{request.method} {request.url} -> {response.status_code}: {_readable(found)}")

    async def arecord(self, response: httpx.Response) -> None:
        self.record(response)

    def check(self) -> None:
        assert not self.seen, "Prism reports violations of the document:\n" + "\n".join(self.seen)


def _readable(header: str) -> str:
    try:
        return "; ".join(f"{'.'.join(map(str, v['location']))}: {v['message']}" for v in json.loads(header))
    except (ValueError, KeyError, TypeError):
        return header


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_listening(process: subprocess.Popen[bytes], port: int, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Prism exited with {process.returncode}:\n{log.read_text(errors='replace')[-3000:]}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"Prism did not listen within {START_TIMEOUT:g} s:\n{log.read_text(errors='replace')[-3000:]}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)  # its own process group: the node children go too
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def _start(document: Path, log: Path) -> tuple[subprocess.Popen[bytes], int]:
    assert PRISM is not None
    port = _free_port()
    with log.open("wb") as out:
        command = [PRISM, "mock", "--host", "127.0.0.1", "--port", str(port), str(document)]
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    return process, port


@contextmanager
def _serving(document: Path, log: Path) -> Iterator[str]:
    """Prism serving one document, for as long as the block runs; its base URL."""
    process, port = _start(document, log)
    try:
        _wait_listening(process, port, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process)


class _Prisms(dict[str, str]):
    """Base URL by provider id, Prism started for a provider's document the first time a test asks for it: each
    pytest worker starts only the ones its tests use (a start costs about 2 s of CPU)."""

    def __init__(self, logs: Path) -> None:
        super().__init__()
        self.logs = logs
        self.started: list[subprocess.Popen[bytes]] = []

    def __missing__(self, provider: str) -> str:
        log = self.logs / f"{provider}.log"
        process, port = _start(GENERATED / "openapi" / f"{provider}.json", log)
        self.started.append(process)
        _wait_listening(process, port, log)
        url = self[provider] = f"http://127.0.0.1:{port}"
        return url


@pytest.fixture(scope="session")
def prism(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """One Prism per provider document (static answers: the examples), each started when first used."""
    assert PRISM is not None
    prisms = _Prisms(tmp_path_factory.mktemp("prism"))
    try:
        yield prisms
    finally:
        for process in prisms.started:
            _stop(process)


def _arguments(model: ir.Model) -> dict[str, Any]:
    """The required arguments; a file for parameters the client uploads, so the upload endpoint is used too."""
    return {
        p.python_name: ([PNG] if p.type == "array" else PNG) if p.uploadable else samples.contract_value(p)
        for p in model.parameters
        if p.required
    }


class _ToPrism(httpx.BaseTransport):
    """Sends what the client addresses to the provider's own host to Prism instead (the follow-up URLs in the
    document's examples are on that host); a request for any other host fails: no test reaches the network."""

    def __init__(self, provider: ir.Provider, prism_url: str) -> None:
        self.origin, self.target = httpx.URL(provider.base_url), httpx.URL(prism_url)
        self.inner = httpx.HTTPTransport()

    def route(self, request: httpx.Request) -> None:
        if request.url.host != self.origin.host:
            raise httpx.ConnectError(f"the test sends nothing to {request.url.host}", request=request)
        request.url = request.url.copy_with(scheme=self.target.scheme, host=self.target.host, port=self.target.port)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.route(request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class _AsyncToPrism(httpx.AsyncBaseTransport):
    def __init__(self, provider: ir.Provider, prism_url: str) -> None:
        self.routing = _ToPrism(provider, prism_url)
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.routing.route(request)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def _client(provider: ir.Provider, prism_url: str, violations: Violations) -> Any:
    http = httpx.Client(transport=_ToPrism(provider, prism_url), event_hooks={"response": [violations.record]})
    return getattr(imagegen_typed, provider.client_name)(api_key=KEY, http_client=http, max_retries=0)


def _async_client(provider: ir.Provider, prism_url: str, violations: Violations) -> Any:
    transport = _AsyncToPrism(provider, prism_url)
    http = httpx.AsyncClient(transport=transport, event_hooks={"response": [violations.arecord]})
    return getattr(imagegen_typed, provider.async_client_name)(api_key=KEY, http_client=http, max_retries=0)


def _surface(provider: ir.Provider, api: ir.API, client: Any) -> Any:
    return client if api is provider.default_api else getattr(client, api.name)


def _fail_on_status_error(error: imagegen_typed.APIStatusError, violations: Violations) -> None:
    violations.check()  # a 422 from Prism carries the violations: show them
    pytest.fail(f"HTTP {error.status_code} from Prism: {error}")


# --- what the answers must parse into -----------------------------------------------------------------------


def _check_generation(provider: ir.Provider, model: ir.Model, result: Any, *, as_json: bool) -> None:
    names = provider.response_headers
    if as_json:
        assert result.content is None and isinstance(result.json, dict)
        assert result.media_bytes().startswith(b"\x89PNG")  # the example's base64 image decodes
    else:
        assert result.content and result.content_type.split("/")[0] == model.output.media
    # The headers the document declares are the ones the client reads.
    if names.seed:
        assert result.seed == 42
    if names.remaining_credits:
        assert result.remaining_credits == 99.5
    if names.request_id:
        assert result.request_id == "req-example-0001"


def _direct_variants(api: ir.DirectAPI, model: ir.Model) -> list[tuple[dict[str, Any], bool]]:
    """(call options, whether the answer is JSON): each answer the API offers. Where the caller chooses it
    (the API's accept choices), through the method's `accept`; else with Prism's content negotiation."""
    if api.accept:
        return [({"accept": c.name}, c.body == "json") for c in api.accept]
    variants: list[tuple[dict[str, Any], bool]] = []
    if model.output.body in ("bytes", "either"):
        variants.append(({"extra_headers": {}}, False))  # the document's first media type: the media itself
    if model.output.body in ("json", "either"):
        variants.append(({"extra_headers": {"Accept": "application/json"}}, True))
    return variants


def _prediction_variants(api: ir.PredictionsAPI) -> list[dict[str, str]]:
    """Prism answers the first example unless asked for another: "accepted" (then the client follows the
    status, whose first example has succeeded) or, with a hold, "finished". Prism is asked with its own Prefer
    header, so an API whose hold header is Prefer gets the first example only."""
    variants: list[dict[str, str]] = [{}]
    if api.hold is not None and api.hold.header.lower() != "prefer":
        variants.append({"Prefer": "example=finished"})
    return variants


def _check_prediction(api: ir.PredictionsAPI, result: Any) -> None:
    assert result.status in api.statuses.succeeded
    assert result.output_url and result.outputs[0] == result.output_url


def _sync_calls(provider: ir.Provider, api: ir.API, model: ir.Model, prism_url: str) -> None:
    violations = Violations()
    with _client(provider, prism_url, violations) as client:
        method = getattr(_surface(provider, api, client), model.method_name)
        try:
            if isinstance(api, ir.DirectAPI):
                for options, as_json in _direct_variants(api, model):
                    _check_generation(provider, model, method(**_arguments(model), **options), as_json=as_json)
            else:
                for headers in _prediction_variants(api):
                    result = method(**_arguments(model), extra_headers=headers, deadline=30)
                    _check_prediction(api, result)
                    if result.output_url.startswith(provider.base_url):  # else on a delivery host: not Prism's
                        assert result.download()
        except imagegen_typed.APIStatusError as error:
            _fail_on_status_error(error, violations)
    violations.check()


def _async_calls(provider: ir.Provider, api: ir.API, model: ir.Model, prism_url: str) -> None:
    violations = Violations()

    async def calls() -> None:
        async with _async_client(provider, prism_url, violations) as client:
            method = getattr(_surface(provider, api, client), model.method_name)
            if isinstance(api, ir.DirectAPI):
                for options, as_json in _direct_variants(api, model):
                    result = await method(**_arguments(model), **options)
                    _check_generation(provider, model, result, as_json=as_json)
            else:
                for headers in _prediction_variants(api):
                    result = await method(**_arguments(model), extra_headers=headers, deadline=30)
                    _check_prediction(api, result)
                    if result.output_url.startswith(provider.base_url):
                        assert await result.download()

    try:
        asyncio.run(calls())
    except imagegen_typed.APIStatusError as error:
        _fail_on_status_error(error, violations)
    violations.check()


@pytest.mark.parametrize(("provider_id", "api_name", "model"), CASES)
def test_sync_client_through_prism(prism: dict[str, str], provider_id: str, api_name: str, model: ir.Model) -> None:
    provider = PROVIDERS[provider_id]
    _sync_calls(provider, provider.api(api_name), model, prism[provider_id])


@pytest.mark.parametrize(("provider_id", "api_name", "model"), CASES)
def test_async_client_through_prism(prism: dict[str, str], provider_id: str, api_name: str, model: ir.Model) -> None:
    provider = PROVIDERS[provider_id]
    _async_calls(provider, provider.api(api_name), model, prism[provider_id])


@pytest.mark.parametrize(("provider_id", "api_name", "model"), MODEL_DOCUMENT_CASES)
def test_clients_through_prism_serving_the_model_s_own_document(
    tmp_path: Path, provider_id: str, api_name: str, model: ir.Model
) -> None:
    """A model named in a header: Prism serves the model's own document, which holds the request to the model's
    id and input schema (a request for another model or with a bad input would be a violation)."""
    provider = PROVIDERS[provider_id]
    api = provider.api(api_name)
    document = GENERATED / "openapi" / model_document_name(provider, model)
    with _serving(document, tmp_path / "prism.log") as url:
        _sync_calls(provider, api, model, url)
        _async_calls(provider, api, model, url)


HEADER_NAMED = [
    pytest.param(p.id, a.name, id=f"{p.id}:{a.name}")
    for p in PROJECT.providers
    for a in p.apis
    if isinstance(a, ir.PredictionsAPI) and a.model_header and "{model}" not in a.submit_path
]


@pytest.mark.parametrize(("provider_id", "api_name"), HEADER_NAMED)
def test_unknown_model_ids_pass_the_document(prism: dict[str, str], provider_id: str, api_name: str) -> None:
    """The untyped escape hatch: where the model is named in a header, a model id and input no spec describes
    are valid under the document."""
    provider, violations = PROVIDERS[provider_id], Violations()
    api = provider.api(api_name)
    assert isinstance(api, ir.PredictionsAPI)
    with _client(provider, prism[provider_id], violations) as client:
        predictions = _surface(provider, api, client).predictions
        try:
            handle = predictions.create(model=UNKNOWN_MODEL, input={"anything": [1, {"goes": True}]})
            done = predictions.wait(handle, deadline=30)
        except imagegen_typed.APIStatusError as error:
            _fail_on_status_error(error, violations)
    assert handle.id and done.status in api.statuses.succeeded
    violations.check()


def test_a_request_that_breaks_the_document_fails_with_the_violations(prism: dict[str, str]) -> None:
    """The check above can fail: a body with an undocumented key is refused and the violations are shown."""
    provider, api = next(
        (p, a)
        for p in PROJECT.providers
        for a in p.apis
        if isinstance(a, ir.DirectAPI) and not a.model_field and a.request_body == "json" and p.models_of(a)
    )
    model = provider.models_of(api)[0]
    violations = Violations()
    with httpx.Client(event_hooks={"response": [violations.record]}) as http:
        answer = http.post(
            prism[provider.id] + api.model_path(model),
            json={**samples.minimal_input(model), "not_a_parameter": 1},
            headers={provider.auth_header: f"{provider.auth.scheme} {KEY}" if provider.auth.scheme else KEY},
        )
    assert answer.status_code == 422
    assert len(violations.seen) == 1 and "not_a_parameter" in violations.seen[0]


@pytest.mark.parametrize("provider_id", [p.id for p in PROJECT.providers if p.files is not None])
def test_uploads_pass_the_document(prism: dict[str, str], provider_id: str) -> None:
    """A local file goes up as the documented multipart form; the answer's URL is a valid model input."""
    provider, violations = PROVIDERS[provider_id], Violations()
    api = next(a for a in provider.apis if isinstance(a, ir.PredictionsAPI))
    with _client(provider, prism[provider_id], violations) as client:
        try:
            uploaded = _surface(provider, api, client).files.upload(PNG)
        except imagegen_typed.APIStatusError as error:
            _fail_on_status_error(error, violations)
    assert uploaded.url.startswith(("http://", "https://")) and uploaded.id
    violations.check()
