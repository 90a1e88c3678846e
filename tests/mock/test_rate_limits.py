"""Rate limits from the specs, scaled in time: 429 with the provider's header, and counters per route."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone

import httpx
import pytest

from generator import ir, samples
from mockserver import MockConfig, MockServer

from .conftest import KEY, provider

# A 60 s window lasts 1.2 s.
SCALE = 0.02


@pytest.fixture(scope="module")
def limited(project: ir.Project) -> Iterator[MockServer]:
    config = MockConfig(time_scale=SCALE, prediction_seconds=1, enforce_rate_limits=True)
    with MockServer(project, config) as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh_limits(limited: MockServer) -> None:
    limited.reset()


def test_pruna_model_limit_answers_429_with_retry_after(project: ir.Project, limited: MockServer) -> None:
    pruna = provider(project, "pruna")
    assert pruna.predictions is not None
    model = min((m for m in pruna.models if m.rate_limit), key=lambda m: m.rate_limit.requests if m.rate_limit else 0)
    assert model.rate_limit is not None
    limit = model.rate_limit.requests
    url = limited.base_url(pruna.id) + pruna.predictions.path
    headers = {pruna.auth_header: KEY, pruna.predictions.model_header: model.model_id}
    body = {"input": samples.minimal_input(model)}
    with httpx.Client() as client:
        statuses = [client.post(url, json=body, headers=headers).status_code for _ in range(limit)]
        assert statuses == [201] * limit
        rejected = client.post(url, json=body, headers=headers)
        assert rejected.status_code == 429
        assert rejected.json()["error"]["code"] == "rate_limit_exceeded"
        retry_after = float(rejected.headers["retry-after"])
        assert 0 < retry_after <= model.rate_limit.per_seconds * SCALE
        assert rejected.headers["ratelimit-limit"] == str(limit)
        # Another model has its own window.
        other = next(m for m in pruna.models if m.model_id != model.model_id)
        other_headers = {**headers, pruna.predictions.model_header: other.model_id}
        assert client.post(url, json={"input": samples.minimal_input(other)}, headers=other_headers).status_code == 201
        time.sleep(retry_after + 0.01)
        assert client.post(url, json=body, headers=headers).status_code == 201
    stats = limited.stats()[f"{pruna.id}:predictions:{model.model_id}"]
    assert (stats.accepted, stats.rejected) == (limit + 1, 1)
    assert stats.limit == model.rate_limit and stats.share_of_limit == 1.0
    assert stats.window_seconds == pytest.approx(model.rate_limit.per_seconds * SCALE)


def test_segmind_account_limit_answers_429_with_reset_time(project: ir.Project, limited: MockServer) -> None:
    segmind = provider(project, "segmind")
    limit = MockConfig().account_limit(segmind)
    assert limit is not None  # the strictest plan: Segmind's limits apply per account, across models
    reset_header = segmind.response_headers.rate_limit_reset
    assert reset_header
    base = limited.base_url(segmind.id)
    headers = {segmind.auth_header: KEY}
    with httpx.Client() as client:
        for i in range(limit.requests):
            model = segmind.models[i % len(segmind.models)]
            assert client.post(base + model.path, json=samples.minimal_input(model), headers=headers).status_code == 200
        model = segmind.models[0]
        rejected = client.post(base + model.path, json=samples.minimal_input(model), headers=headers)
        assert rejected.status_code == 429
        assert "Rate limit" in rejected.json()["error"]
        reset_at = datetime.fromisoformat(rejected.headers[reset_header].replace("Z", "+00:00"))
        wait = (reset_at - datetime.now(timezone.utc)).total_seconds()
        assert 0 < wait <= limit.per_seconds * SCALE + 0.01
        time.sleep(wait + 0.02)
        assert client.post(base + model.path, json=samples.minimal_input(model), headers=headers).status_code == 200
    stats = limited.stats()
    assert sum(s.rejected for s in stats.values()) == 1
    assert stats[f"{segmind.id}:{model.model_id}"].limit_key == f"{segmind.id}:account"


def test_counters_without_enforcement(project: ir.Project, server: MockServer, client: httpx.Client) -> None:
    pruna = provider(project, "pruna")
    assert pruna.predictions is not None
    model = pruna.models[0]
    url = server.base_url(pruna.id) + pruna.predictions.path
    headers = {pruna.auth_header: KEY, pruna.predictions.model_header: model.model_id}
    for _ in range(3):
        get_url = client.post(url, json={"input": samples.minimal_input(model)}, headers=headers).json()["get_url"]
    client.get(get_url, headers=headers)
    stats = server.stats()
    predictions = stats[f"{pruna.id}:predictions:{model.model_id}"]
    assert (predictions.accepted, predictions.rejected, predictions.peak_in_window) == (3, 0, 3)
    assert model.rate_limit is not None and predictions.share_of_limit == 3 / model.rate_limit.requests
    assert stats[f"{pruna.id}:status"].limit == pruna.predictions.status_rate_limit
    control = client.get(server.url + "/_mock/stats").json()
    assert control["routes"][f"{pruna.id}:status"]["accepted"] == 1
