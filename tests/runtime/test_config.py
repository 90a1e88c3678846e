"""API key and base URL resolution, timeouts, with_options, client lifetime."""

from __future__ import annotations

from functools import cached_property
from typing import Any

import httpx
import pytest

from imagegen_specgen.runtime import BoundAPI, MissingAPIKeyError, SyncPredictionsSurface

from .fakes import (
    JOBS_API,
    KEY,
    AsyncDirect,
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


def _callers_http_client(script: Script, cls: type[httpx.Client] = httpx.Client) -> httpx.Client:
    return cls(
        transport=httpx.MockTransport(script),
        headers={"X-Proxy-Token": "p1", "Content-Type": "text/plain", "User-Agent": "theirs"},
        params={"region": "eu"},
        cookies={"session": "c1"},
    )


def test_a_callers_http_client_headers_params_and_cookies_go_with_every_request() -> None:
    script = Script([image(), image(), image()])
    http = _callers_http_client(script)
    client = Direct(api_key=KEY, http_client=http)
    client.p_image(prompt="cat")
    http.headers["X-Proxy-Token"] = "p2"  # a change to the caller's client between calls is seen
    client.p_image(prompt="cat")
    first, second = script.requests[:2]
    assert first.headers["x-proxy-token"] == "p1" and second.headers["x-proxy-token"] == "p2"
    assert first.url.params["region"] == "eu" and first.headers["cookie"] == "session=c1"
    # Ours replace theirs of the same name, in any letter case; the key goes with each.
    assert first.headers.get_list("content-type") == ["application/json"]
    assert first.headers.get_list("user-agent") != ["theirs"] and first.headers["x-api-key"] == KEY
    client.download("https://storage.other.test/out.png")  # another host: their headers, not the key
    assert script.requests[2].headers["x-proxy-token"] == "p2" and "x-api-key" not in script.requests[2].headers


@pytest.mark.asyncio
async def test_a_callers_async_http_client_headers_params_and_cookies_go_with_every_request() -> None:
    script = Script([image()])
    http = httpx.AsyncClient(
        transport=httpx.MockTransport(script),
        headers={"X-Proxy-Token": "p1"},
        params={"region": "eu"},
        cookies={"s": "c"},
    )
    await AsyncDirect(api_key=KEY, http_client=http).p_image(prompt="cat")
    sent = script.requests[0]
    assert (sent.headers["x-proxy-token"], sent.url.params["region"], sent.headers["cookie"]) == ("p1", "eu", "s=c")
    assert sent.headers["x-api-key"] == KEY


def test_an_http_client_that_builds_its_own_requests_still_builds_ours() -> None:
    class Signing(httpx.Client):
        def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
            request = super().build_request(*args, **kwargs)
            request.headers["x-signature"] = "signed"
            return request

    script = Script([image()])
    Direct(api_key=KEY, http_client=_callers_http_client(script, Signing)).p_image(prompt="cat")
    sent = script.requests[0]
    assert sent.headers["x-signature"] == "signed" and sent.headers["x-api-key"] == KEY
    assert sent.headers["x-proxy-token"] == "p1" and sent.headers.get_list("content-type") == ["application/json"]


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
