"""Every fault, asked for per request (X-Mock-Fault) and queued per test (server.faults or POST /_mock/faults),
on every API of either protocol."""

from __future__ import annotations

import email.utils
import time
from datetime import datetime, timezone

import httpx
import pytest

from imagegen_specgen.mock import FAULT_NAMES, Fault, FaultQueue, MockServer
from imagegen_specgen.mock.routes.common import route_scope
from imagegen_specgen.parser import ir

from .conftest import ALL, DIRECT, PREDICTIONS
from .helpers import Predictions, assert_png, call, error_message, ok


@pytest.mark.parametrize(("provider", "api"), ALL)
@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API, status: int
) -> None:
    response = call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": str(status)})
    assert response.status_code == status
    assert str(status) in error_message(provider, response)


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_429_with_retry_after_seconds(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    response = call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "429"})
    assert response.status_code == 429 and response.headers["retry-after"] == "1"
    error_message(provider, response)
    reset = provider.response_headers.rate_limit_reset
    if reset:  # the provider's own reset header too, where its spec names one
        when = datetime.fromisoformat(response.headers[reset].replace("Z", "+00:00"))
        assert when > datetime.now(timezone.utc)
    response = call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "429:0.25"})
    assert response.headers["retry-after"] == "0.25"


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_429_without_retry_after(client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API) -> None:
    response = call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "429-no-retry-after"})
    assert response.status_code == 429
    assert "retry-after" not in response.headers
    reset = provider.response_headers.rate_limit_reset
    assert reset is None or reset not in response.headers


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_429_with_retry_after_as_http_date(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    response = call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "429-retry-after-date:2"})
    assert response.status_code == 429
    when = email.utils.parsedate_to_datetime(response.headers["retry-after"])
    assert 0 < (when - datetime.now(timezone.utc)).total_seconds() <= 3


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_slow(client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API) -> None:
    started = time.monotonic()
    response = call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "slow:0.2"})
    assert ok(response) and time.monotonic() - started >= 0.2
    with httpx.Client(timeout=0.05) as impatient, pytest.raises(httpx.ReadTimeout):
        call(impatient, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "slow:0.3"})


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_drop_closes_the_connection(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "drop"})
    assert server.requests.entries[-1].status is None
    assert ok(call(client, server.base_url(provider.id), provider, api))  # the server itself is fine


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_malformed_json(client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API) -> None:
    response = call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "malformed-json"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        response.json()


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_truncated_media(client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API) -> None:
    model = next((m for m in provider.models_of(api) if m.output.media == "image" and m.output.body != "json"), None)
    if model is None:
        pytest.skip("the API answers JSON only: no media body to truncate")
    with pytest.raises(httpx.RemoteProtocolError, match=r"complete message body"):
        call(client, server.base_url(provider.id), provider, api, model, **{"X-Mock-Fault": "truncated-image"})
    half = call(client, server.base_url(provider.id), provider, api, model, **{"X-Mock-Fault": "truncated-image:half"})
    assert half.status_code == 200 and half.content.startswith(b"\x89PNG")
    with pytest.raises(AssertionError):
        assert_png(half.content)


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
def test_truncated_output(client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API) -> None:
    calls = Predictions(client, server.base_url(provider.id), provider, api)
    server.faults.push("truncated-image")  # waits for the first media answer, not the submit
    _, final = calls.poll(calls.started())
    url = calls.output_url(final)
    with pytest.raises(httpx.RemoteProtocolError):
        calls.download(url)
    assert_png(calls.download(url).content)


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_queued_faults_are_consumed_in_order(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    server.faults.push("503", times=2)
    server.faults.push("429")
    statuses = [call(client, server.base_url(provider.id), provider, api).status_code for _ in range(4)]
    assert statuses[:3] == [503, 503, 429] and statuses[3] in (200, 201)
    assert len(server.faults) == 0


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_queued_fault_for_one_route_or_a_path_prefix(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    first, second = provider.models_of(api)[:2]
    server.faults.push("500", route=f"{route_scope(provider, api)}:{second.model_id}")
    assert call(client, server.base_url(provider.id), provider, api, first).status_code == 200
    assert call(client, server.base_url(provider.id), provider, api, second).status_code == 500
    server.faults.push("502", times=None, route=server.base_url(provider.id).removeprefix(server.url))
    for _ in range(3):
        assert call(client, server.base_url(provider.id), provider, api, first).status_code == 502
    server.faults.clear()
    assert call(client, server.base_url(provider.id), provider, api, first).status_code == 200


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_faults_through_the_control_endpoint(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    response = client.post(server.url + "/_mock/faults", json={"name": "504", "times": 1})
    assert response.status_code == 200 and response.json()["pending"] == [{"name": "504", "times": 1, "route": None}]
    assert call(client, server.base_url(provider.id), provider, api).status_code == 504
    assert client.post(server.url + "/_mock/faults", json=[{"name": "slow:0.01"}, {"name": "503"}]).status_code == 200
    assert client.get(server.url + "/_mock/faults").json()["pending"][1]["name"] == "503"
    assert client.delete(server.url + "/_mock/faults").json()["pending"] == []
    bad = client.post(server.url + "/_mock/faults", json={"name": "explode"})
    assert bad.status_code == 400 and "known faults" in bad.json()["error"]


@pytest.mark.parametrize(("provider", "api"), ALL)
def test_unknown_fault_name_is_refused(
    client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    response = call(client, server.base_url(provider.id), provider, api, **{"X-Mock-Fault": "kaboom"})
    assert response.status_code == 400 and "kaboom" in error_message(provider, response)
    with pytest.raises(ValueError, match="known faults"):
        FaultQueue().push("kaboom")


@pytest.mark.parametrize("name", FAULT_NAMES)
def test_every_fault_name_parses(name: str) -> None:
    fault = Fault.parse(name if name != "slow" else "slow:0.1")
    assert fault.kind == name


def test_bad_fault_arguments() -> None:
    for name in ("slow", "slow:x", "slow:-1", "500:2", "truncated-image:quarter", "drop:1", "abort:1"):
        with pytest.raises(ValueError):
            Fault.parse(name)
