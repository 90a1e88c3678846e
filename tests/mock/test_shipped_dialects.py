"""The shipped specs' dialects on the wire, spelled out literally: what the shared tests check through the spec,
checked here against the providers' documented requests and answers (PROVIDERS.md)."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import httpx

from imagegen_specgen.mock import MockServer

from .conftest import KEY
from .helpers import assert_png

BEARER = {"Authorization": f"Bearer {KEY}"}
SEGMIND = {"x-api-key": KEY}


def test_replicate_create_hold_poll_cancel_abort_and_delivery(client: httpx.Client, server: MockServer) -> None:
    base = server.base_url("replicate")
    create = base + "/v1/models/prunaai/p-image/predictions"
    assert client.post(create, json={"input": {"prompt": "x"}}, headers={"Authorization": KEY}).status_code == 401
    held = client.post(create, json={"input": {"prompt": "x"}}, headers={**BEARER, "Prefer": "wait=5"})
    assert held.status_code == 201
    body = held.json()
    assert body["status"] == "succeeded" and body["input"] == {"prompt": "x"}
    assert body["urls"]["get"] == f"{base}/v1/predictions/{body['id']}"
    assert body["urls"]["cancel"] == f"{base}/v1/predictions/{body['id']}/cancel"
    output = body["output"]
    assert urlsplit(output).hostname != urlsplit(base).hostname
    assert client.get(output, headers=BEARER).status_code == 403  # the token never goes to the delivery host
    assert_png(client.get(output).content)

    pending = client.post(
        create, json={"input": {"prompt": "x"}}, headers={**BEARER, "X-Mock-Prediction-Seconds": "100"}
    ).json()
    assert client.get(pending["urls"]["get"], headers=BEARER).json()["status"] == "starting"
    canceled = client.post(pending["urls"]["cancel"], headers=BEARER)
    assert canceled.status_code == 200 and canceled.json()["status"] == "canceled"

    aborted = client.post(
        create, json={"input": {"prompt": "x"}}, headers={**BEARER, "Prefer": "wait=60", "X-Mock-Fault": "abort"}
    ).json()
    assert aborted["status"] == "aborted" and "output" not in aborted

    invalid = client.post(create, json={"input": {"prompt": 3}}, headers=BEARER)
    assert invalid.status_code == 422
    assert set(invalid.json()) == {"detail", "title", "status"} and invalid.json()["status"] == 422


def test_segmind_v2_submit_status_url_and_response_url(client: httpx.Client, server: MockServer) -> None:
    base = server.base_url("segmind")
    submit = client.post(base + "/v2/p-image", json={"prompt": "x"}, headers=SEGMIND)
    assert submit.status_code == 200  # Segmind documents no status (any 2xx); its SDK's tests show 200
    body = submit.json()
    request_id = body["request_id"]
    assert body["status"] == "QUEUED"
    assert body["status_url"] == f"{base}/v2/requests/{request_id}/status"
    assert body["response_url"] == f"{base}/v2/requests/{request_id}"
    time.sleep(0.15)  # 2 s at time_scale 0.05
    status = client.get(body["status_url"], headers=SEGMIND).json()
    assert status["status"] == "COMPLETED" and "output" not in status
    result = client.get(body["response_url"], headers=SEGMIND)
    assert result.status_code == 200 and result.json()["status"] == "COMPLETED"
    assert_png(client.get(result.json()["output"]).content)

    failed = client.post(base + "/v2/p-image", json={"prompt": "x"}, headers={**SEGMIND, "X-Mock-Fault": "fail"})
    time.sleep(0.15)
    answer = client.get(failed.json()["response_url"], headers=SEGMIND)
    assert answer.status_code == 422
    assert answer.json()["status"] == "FAILED" and answer.json()["error"]

    wrong = client.post(base + "/v2/p-image", json={"prompt": 3}, headers=SEGMIND)
    assert wrong.status_code == 422 and wrong.json()["error"].startswith("prompt:")
    assert wrong.json()["request_id"] == wrong.headers["x-request-id"]


def test_pruna_try_sync_and_delivery_with_the_key(client: httpx.Client, server: MockServer) -> None:
    base = server.base_url("pruna")
    headers = {"apikey": KEY, "Model": "p-image"}
    body = client.post(
        base + "/v1/predictions", json={"input": {"prompt": "x"}}, headers={**headers, "Try-Sync": "true"}
    ).json()
    assert body["status"] == "succeeded"
    assert body["get_url"] == f"{base}/v1/predictions/status/{body['id']}"
    assert body["generation_url"].startswith(f"{base}/v1/predictions/delivery/")
    assert_png(client.get(body["generation_url"], headers={"apikey": KEY}).content)
    invalid = client.post(base + "/v1/predictions", json={"input": {"prompt": 3}}, headers=headers)
    assert invalid.status_code == 422
    assert invalid.json()["invalid_fields"][0]["field"] == "input.prompt"
    unauthorized = client.get(body["get_url"], headers={"apikey": "bad"}).json()
    assert unauthorized["error"]["code"] == "unauthorized" and unauthorized["request_id"].startswith("req_")
