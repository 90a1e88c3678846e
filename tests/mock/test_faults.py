"""Every fault, asked for per request (X-Mock-Fault) and queued per test (server.faults or POST /_mock/faults)."""

from __future__ import annotations

import email.utils
import time
from datetime import datetime, timezone

import httpx
import pytest

from generator import ir, samples
from mockserver import FAULT_NAMES, Fault, FaultQueue, MockServer

from .conftest import KEY
from .helpers import assert_png, error_message


def generate(client: httpx.Client, segmind: tuple[str, ir.Provider], **extra: str) -> httpx.Response:
    base, provider = segmind
    model = provider.models[0]
    return client.post(
        base + model.path, json=samples.minimal_input(model), headers={provider.auth_header: KEY, **extra}
    )


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors(
    client: httpx.Client, segmind: tuple[str, ir.Provider], pruna: tuple[str, ir.Provider], status: int
) -> None:
    response = generate(client, segmind, **{"X-Mock-Fault": str(status)})
    assert response.status_code == status
    assert str(status) in error_message(segmind[1], response)
    base, provider = pruna
    assert provider.predictions is not None
    response = client.post(
        base + provider.predictions.path,
        json={"input": {"prompt": "x"}},
        headers={provider.auth_header: KEY, provider.predictions.model_header: "p-image", "X-Mock-Fault": str(status)},
    )
    assert response.status_code == status
    error_message(provider, response)


def test_429_with_retry_after_seconds(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    response = generate(client, segmind, **{"X-Mock-Fault": "429"})
    assert response.status_code == 429 and response.headers["retry-after"] == "1"
    reset = segmind[1].response_headers.rate_limit_reset
    assert reset and datetime.fromisoformat(response.headers[reset].replace("Z", "+00:00")) > datetime.now(timezone.utc)
    response = generate(client, segmind, **{"X-Mock-Fault": "429:0.25"})
    assert response.headers["retry-after"] == "0.25"


def test_429_without_retry_after(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    response = generate(client, segmind, **{"X-Mock-Fault": "429-no-retry-after"})
    assert response.status_code == 429
    assert "retry-after" not in response.headers
    assert segmind[1].response_headers.rate_limit_reset not in response.headers


def test_429_with_retry_after_as_http_date(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    response = generate(client, segmind, **{"X-Mock-Fault": "429-retry-after-date:2"})
    assert response.status_code == 429
    when = email.utils.parsedate_to_datetime(response.headers["retry-after"])
    assert 0 < (when - datetime.now(timezone.utc)).total_seconds() <= 3


def test_slow(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    started = time.monotonic()
    response = generate(client, segmind, **{"X-Mock-Fault": "slow:0.3"})
    assert response.status_code == 200 and time.monotonic() - started >= 0.3


def test_slow_with_a_short_client_timeout(segmind: tuple[str, ir.Provider]) -> None:
    with httpx.Client(timeout=0.1) as client, pytest.raises(httpx.ReadTimeout):
        generate(client, segmind, **{"X-Mock-Fault": "slow:0.5"})


def test_drop_closes_the_connection(client: httpx.Client, segmind: tuple[str, ir.Provider], server: MockServer) -> None:
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        generate(client, segmind, **{"X-Mock-Fault": "drop"})
    assert server.requests.entries[-1].status is None
    assert generate(client, segmind).status_code == 200  # the server itself is fine


def test_malformed_json(client: httpx.Client, segmind: tuple[str, ir.Provider], pruna: tuple[str, ir.Provider]) -> None:
    response = generate(client, segmind, **{"X-Mock-Fault": "malformed-json"})
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        response.json()
    base, provider = pruna
    assert provider.predictions is not None
    response = client.post(
        base + provider.predictions.path,
        json={"input": {"prompt": "x"}},
        headers={
            provider.auth_header: KEY,
            provider.predictions.model_header: "p-image",
            "X-Mock-Fault": "malformed-json",
        },
    )
    with pytest.raises(ValueError):
        response.json()


def test_truncated_image(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    with pytest.raises(httpx.RemoteProtocolError, match=r"complete message body"):
        generate(client, segmind, **{"X-Mock-Fault": "truncated-image"})
    half = generate(client, segmind, **{"X-Mock-Fault": "truncated-image:half"})
    assert half.status_code == 200 and half.content.startswith(b"\x89PNG")
    with pytest.raises(AssertionError):
        assert_png(half.content)


def test_truncated_delivery(client: httpx.Client, pruna: tuple[str, ir.Provider], server: MockServer) -> None:
    base, provider = pruna
    assert provider.predictions is not None
    server.faults.push("truncated-image")  # waits for the first media answer, not the submit
    body = client.post(
        base + provider.predictions.path,
        json={"input": {"prompt": "x"}},
        headers={
            provider.auth_header: KEY,
            provider.predictions.model_header: "p-image",
            provider.predictions.sync_header: "true",
        },
    ).json()
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(body["generation_url"], headers={provider.auth_header: KEY})
    assert_png(client.get(body["generation_url"], headers={provider.auth_header: KEY}).content)


def test_queued_faults_are_consumed_in_order(
    client: httpx.Client, segmind: tuple[str, ir.Provider], server: MockServer
) -> None:
    server.faults.push("503", times=2)
    server.faults.push("429")
    statuses = [generate(client, segmind).status_code for _ in range(4)]
    assert statuses == [503, 503, 429, 200]
    assert len(server.faults) == 0


def test_queued_fault_for_one_route(
    client: httpx.Client, segmind: tuple[str, ir.Provider], pruna: tuple[str, ir.Provider], server: MockServer
) -> None:
    base, provider = segmind
    first, second = provider.models[0], provider.models[1]
    server.faults.push("500", route=f"{provider.id}:{second.model_id}")
    headers = {provider.auth_header: KEY}
    assert client.post(base + first.path, json=samples.minimal_input(first), headers=headers).status_code == 200
    assert client.post(base + second.path, json=samples.minimal_input(second), headers=headers).status_code == 500
    server.faults.push("502", times=None, route=server.base_url(provider.id).removeprefix(server.url))  # a path prefix
    for _ in range(3):
        assert client.post(base + first.path, json=samples.minimal_input(first), headers=headers).status_code == 502
    server.faults.clear()
    assert client.post(base + first.path, json=samples.minimal_input(first), headers=headers).status_code == 200


def test_faults_through_the_control_endpoint(
    client: httpx.Client, segmind: tuple[str, ir.Provider], server: MockServer
) -> None:
    response = client.post(server.url + "/_mock/faults", json={"name": "504", "times": 1})
    assert response.status_code == 200 and response.json()["pending"] == [{"name": "504", "times": 1, "route": None}]
    assert generate(client, segmind).status_code == 504
    assert client.post(server.url + "/_mock/faults", json=[{"name": "slow:0.01"}, {"name": "503"}]).status_code == 200
    assert client.get(server.url + "/_mock/faults").json()["pending"][1]["name"] == "503"
    assert client.delete(server.url + "/_mock/faults").json()["pending"] == []
    bad = client.post(server.url + "/_mock/faults", json={"name": "explode"})
    assert bad.status_code == 400 and "known faults" in bad.json()["error"]


def test_unknown_fault_name_is_refused(client: httpx.Client, segmind: tuple[str, ir.Provider]) -> None:
    response = generate(client, segmind, **{"X-Mock-Fault": "kaboom"})
    assert response.status_code == 400 and "kaboom" in error_message(segmind[1], response)
    with pytest.raises(ValueError, match="known faults"):
        FaultQueue().push("kaboom")


@pytest.mark.parametrize("name", FAULT_NAMES)
def test_every_fault_name_parses(name: str) -> None:
    fault = Fault.parse(name if name != "slow" else "slow:0.1")
    assert fault.kind == name


def test_bad_fault_arguments() -> None:
    for name in ("slow", "slow:x", "slow:-1", "500:2", "truncated-image:quarter", "drop:1"):
        with pytest.raises(ValueError):
            Fault.parse(name)
