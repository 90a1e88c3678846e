"""API key and base URL resolution, timeouts, with_options, client lifetime."""

from __future__ import annotations

from functools import cached_property

import httpx
import pytest

from generator.runtime import BoundAPI, MissingAPIKeyError, SyncPredictionsSurface

from .fakes import (
    JOBS_API,
    KEY,
    Direct,
    InternalServerError,
    Jobs,
    Script,
    direct,
    image,
    jobs,
    ok_json,
    replace_record,
)


def test_missing_key_names_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIRECT_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="DIRECT_API_KEY"):
        Direct()


def test_key_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIRECT_API_KEY", "env-key")
    monkeypatch.setenv("DIRECT_BASE_URL", "https://proxy.test/direct")
    script = Script([image()])
    client = Direct(http_client=httpx.Client(transport=httpx.MockTransport(script)))
    client.p_image(prompt="cat")
    sent = script.requests[0]
    assert str(sent.url) == "https://proxy.test/direct/v1/p-image"
    assert sent.headers["x-api-key"] == "env-key"


def test_arguments_beat_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIRECT_API_KEY", "env-key")
    monkeypatch.setenv("DIRECT_BASE_URL", "https://proxy.test")
    script = Script([image()])
    client = Direct(
        api_key="arg-key",
        base_url="https://other.test",
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
    )
    client.p_image(prompt="cat")
    assert script.requests[0].url.host == "other.test"
    assert script.requests[0].headers["x-api-key"] == "arg-key"


def test_default_base_url_is_the_providers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIRECT_BASE_URL", raising=False)
    script = Script([image()])
    direct(script).p_image(prompt="cat")
    assert str(script.requests[0].url) == "https://api.direct.test/v1/p-image"


def timeout_of(request: httpx.Request) -> dict[str, float | None]:
    return dict(request.extensions["timeout"])


def test_generation_and_other_calls_use_their_provider_timeouts() -> None:
    script = Script(
        [
            ok_json({"status": "succeeded", "generation_url": "/v1/predictions/delivery/x/out.png"}),
            image(),
        ]
    )
    client = jobs(script)
    client.p_image(prompt="cat").download()
    assert timeout_of(script.requests[0]) == {"connect": 10.0, "read": 90.0, "write": 90.0, "pool": 90.0}
    assert timeout_of(script.requests[1])["read"] == 30.0


def test_timeout_per_client_and_per_call() -> None:
    script = Script([image(), image(), image()])
    client = direct(script, timeout=5.0)
    client.p_image(prompt="cat")
    client.p_image(prompt="cat", timeout=httpx.Timeout(7.0))
    client.p_image(prompt="cat", timeout=None)
    assert timeout_of(script.requests[0]) == {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}
    assert timeout_of(script.requests[1])["read"] == 7.0
    assert timeout_of(script.requests[2])["read"] is None


def test_with_options_copies_settings_and_shares_pool_and_limiter() -> None:
    script = Script([httpx.Response(500), httpx.Response(500)])
    client = direct(script)
    copy = client.with_options(max_retries=0, base_url="https://eu.direct.test", timeout=3.0)
    assert copy._http is client._http
    assert copy._session.limiter is client._session.limiter
    assert client._session.max_retries == 2
    with pytest.raises(InternalServerError):
        copy.run("x", {})
    assert script.requests[0].url.host == "eu.direct.test"
    assert len(script.requests) == 1


def test_close_only_a_client_it_created() -> None:
    own = Direct(api_key=KEY)
    own.close()
    assert own._http.is_closed
    given = httpx.Client()
    with Direct(api_key=KEY, http_client=given):
        pass
    assert not given.is_closed
    with Jobs(api_key=KEY) as original:
        copy = original.with_options(max_retries=1)
        copy.close()
        assert not original._http.is_closed
    assert original._http.is_closed


def test_a_providers_other_api_runs_on_the_clients_session_and_follows_with_options() -> None:
    class Jobs2(BoundAPI, SyncPredictionsSurface):
        _api = replace_record(JOBS_API, name="v2", model_header=None, submit_path="/v2/{model}")

    class TwoAPIs(Direct):
        @cached_property
        def v2(self) -> Jobs2:
            return Jobs2(self)

    script = Script([ok_json({"status": "succeeded", "generation_url": "/o.png"})] * 2)
    client = direct(script, cls=TwoAPIs)
    assert isinstance(client, TwoAPIs)
    assert client.v2 is client.v2 and "TwoAPIs" in repr(client.v2)
    client.v2.predictions.run(model="m", input={})
    copy = client.with_options(base_url="https://eu.direct.test")
    assert isinstance(copy, TwoAPIs)
    copy.v2.predictions.run(model="m", input={})
    assert [str(r.url) for r in script.requests] == ["https://api.direct.test/v2/m", "https://eu.direct.test/v2/m"]
    assert all(r.headers["x-api-key"] == KEY for r in script.requests)
