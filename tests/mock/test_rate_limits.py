"""Rate limits from the specs, scaled in time: 429 with the provider's headers, and counters per route."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timezone

import httpx
import pytest

from imagegen_specgen.contract import samples
from imagegen_specgen.mock import MockConfig, MockServer
from imagegen_specgen.mock.routes.common import route_scope
from imagegen_specgen.parser import ir

from .conftest import DIRECT, PREDICTIONS, PROJECT, apis
from .helpers import Predictions, direct_post, error_message

# A 60 s window lasts 1.2 s.
SCALE = 0.02
MODEL_LIMITED = apis(PROJECT, "predictions", lambda p, a: any(m.rate_limit for m in p.models_of(a)))
# Account limits a test can reach before its scaled window ends (a request takes a few ms here): 5 per 60 s
# (1.2 s) can, 150 per 10 s (0.2 s) cannot.
ACCOUNT_LIMITED = [
    p
    for p in DIRECT
    if (limit := MockConfig().account_limit(*p.values)) is not None
    and limit.requests * 0.02 < limit.per_seconds * SCALE / 2
]


@pytest.fixture(scope="module")
def limited(project: ir.Project) -> Iterator[MockServer]:
    config = MockConfig(time_scale=SCALE, prediction_seconds=1, enforce_rate_limits=True)
    with MockServer(project, config) as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh_limits(limited: MockServer) -> None:
    limited.reset()


def test_the_specs_have_limits_of_each_kind() -> None:
    assert MODEL_LIMITED and ACCOUNT_LIMITED


@pytest.mark.parametrize(("provider", "api"), MODEL_LIMITED)
def test_a_model_limit_answers_429_with_retry_after(limited: MockServer, provider: ir.Provider, api: ir.API) -> None:
    models = [m for m in provider.models_of(api) if m.rate_limit]
    model = min(models, key=lambda m: m.rate_limit.requests if m.rate_limit else 0)
    assert model.rate_limit is not None
    limit = model.rate_limit.requests
    with httpx.Client() as client:
        calls = Predictions(client, limited.base_url(provider.id), provider, api)
        assert [calls.submit(model).status_code for _ in range(limit)] == [201] * limit
        rejected = calls.submit(model)
        assert rejected.status_code == 429
        assert error_message(provider, rejected).startswith("Rate limit exceeded")
        retry_after = float(rejected.headers["retry-after"])
        assert 0 < retry_after <= model.rate_limit.per_seconds * SCALE
        assert rejected.headers["ratelimit-limit"] == str(limit)
        # Another model has its own window.
        other = next(m for m in provider.models_of(api) if m.model_id != model.model_id)
        assert calls.submit(other).status_code == 201
        time.sleep(retry_after + 0.01)
        assert calls.submit(model).status_code == 201
    stats = limited.stats()[f"{route_scope(provider, api)}:predictions:{model.model_id}"]
    assert (stats.accepted, stats.rejected) == (limit + 1, 1)
    assert stats.limit == model.rate_limit and stats.share_of_limit == 1.0
    assert stats.window_seconds == pytest.approx(model.rate_limit.per_seconds * SCALE)


@pytest.mark.parametrize(("provider", "api"), ACCOUNT_LIMITED)
def test_a_direct_api_shares_the_strictest_limit_across_models(
    limited: MockServer, provider: ir.Provider, api: ir.API
) -> None:
    assert isinstance(api, ir.DirectAPI)
    limit = MockConfig().account_limit(provider, api)
    assert limit is not None and limit == min(provider.rate_limits, key=lambda r: r.requests / r.per_seconds)
    models = provider.models_of(api)
    base = limited.base_url(provider.id)

    def post(client: httpx.Client, model: ir.Model) -> httpx.Response:
        assert isinstance(api, ir.DirectAPI)
        return direct_post(client, base, provider, api, model, samples.minimal_input(model))

    with httpx.Client() as client:
        for i in range(limit.requests):
            assert post(client, models[i % len(models)]).status_code == 200
        rejected = post(client, models[0])
        assert rejected.status_code == 429
        assert "Rate limit" in error_message(provider, rejected)
        reset_header = provider.response_headers.rate_limit_reset
        if reset_header:
            reset_at = datetime.fromisoformat(rejected.headers[reset_header].replace("Z", "+00:00"))
            wait = (reset_at - datetime.now(timezone.utc)).total_seconds()
        else:
            wait = float(rejected.headers["retry-after"])
        assert 0 < wait <= limit.per_seconds * SCALE + 0.01
        time.sleep(wait + 0.02)
        assert post(client, models[0]).status_code == 200
    stats = limited.stats()
    assert sum(s.rejected for s in stats.values()) == 1
    assert stats[f"{route_scope(provider, api)}:{models[0].model_id}"].limit_key == f"{provider.id}:account"


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
def test_counters_without_enforcement(
    server: MockServer, client: httpx.Client, provider: ir.Provider, api: ir.API
) -> None:
    calls = Predictions(client, server.base_url(provider.id), provider, api)
    model = calls.model()
    bodies = [calls.started(model) for _ in range(3)]
    calls.get(calls.link(calls.api.status, bodies[-1]))
    stats = server.stats()
    scope = route_scope(provider, api)
    predictions = stats[f"{scope}:predictions:{model.model_id}"]
    assert (predictions.accepted, predictions.rejected) == (3, 0)
    if model.rate_limit is not None:
        assert predictions.peak_in_window == 3 and predictions.share_of_limit == 3 / model.rate_limit.requests
    assert stats[f"{scope}:status"].limit == calls.api.status_rate_limit
    control = client.get(server.url + "/_mock/stats").json()
    assert control["routes"][f"{scope}:status"]["accepted"] == 1
