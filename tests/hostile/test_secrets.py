"""The API key against a server that echoes it, and keys a header cannot carry."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest

from imagegen_specgen.runtime import APIStatusError, InvalidParameterError, MissingAPIKeyError
from imagegen_specgen.runtime.protocols.direct.flows import post

from ..runtime.fakes import KEY, Script, direct, image
from .clients import timed
from .leaks import assert_no_key
from .server import HostileServer, Reply, Request, Scenario

MODES = ["sync", "async"]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(16)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("provider", ["direct", "jobs"])
def test_a_401_echoing_the_key_is_redacted_everywhere(
    mode: str, provider: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    def scenario(request: Request, reply: Reply) -> None:
        sent = request.headers.get("x-api-key") or request.headers.get("apikey")
        reply.json({"error": f"invalid api key {sent!r}", "key": sent}, 401, {"x-echo": str(sent)})

    server = serve(scenario)
    error, _ = timed(mode, provider, server.url, lambda c: c.flux(prompt="a"))
    assert isinstance(error, APIStatusError) and error.status_code == 401
    assert "invalid api key" in str(error) and "[redacted]" in str(error)
    assert server.requests[0].headers.get("x-api-key", server.requests[0].headers.get("apikey")) == KEY
    assert_no_key(KEY, error, caplog)
    assert pickle.loads(pickle.dumps(error)).status_code == 401


@pytest.mark.parametrize("mode", MODES)
def test_surrounding_whitespace_is_stripped(mode: str, serve: Callable[[Scenario], HostileServer]) -> None:
    server = serve(lambda request, reply: reply.send(200, PNG, {"content-type": "image/png"}))
    result, _ = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a"), api_key=f"  {KEY}\n")
    assert result.content == PNG and server.requests[0].headers["x-api-key"] == KEY


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", [f"{KEY[:8]}\n{KEY[8:]}", f"{KEY}\u00e9", f"{KEY[:4]}\x00{KEY[4:]}", f"{KEY}\x7f"])
def test_a_key_no_header_can_carry_is_refused_before_sending(
    mode: str, bad: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    server = serve(lambda request, reply: reply.send(200, PNG, {"content-type": "image/png"}))
    error, _ = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a"), api_key=bad)
    assert isinstance(error, InvalidParameterError) and "api_key" in str(error) and "position" in str(error)
    assert server.requests == []
    # The caller's own frames hold the key it passed, so the traceback is checked with the variable below.
    texts = [str(error), repr(error), pickle.dumps(error).decode("latin-1"), caplog.text]
    assert not [text for text in texts if KEY[:8] in text or KEY[8:] in text]


def test_a_bad_key_from_the_environment_names_the_variable(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from .clients import Jobs

    monkeypatch.setenv("JOBS_API_KEY", f"{KEY}\r\nx-injected: 1")
    with pytest.raises(InvalidParameterError, match="JOBS_API_KEY holds a line break") as caught:
        Jobs()
    assert_no_key(KEY, caught.value, caplog)
    monkeypatch.setenv("JOBS_API_KEY", " \n")
    with pytest.raises(MissingAPIKeyError):
        Jobs()


def test_no_flow_object_shows_or_pickles_the_key() -> None:
    client = direct(Script([image()]))
    flow = post(
        client._session,
        client._api,
        "/v1/p-image",
        {"prompt": "a"},
        limit_key=None,
        limit=None,
        timeout=5.0,
        max_retries=0,
        extra_headers=None,
    )
    effect = next(flow)
    assert KEY not in repr(effect) and "APIKey('****')" in repr(effect)
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(effect)
    flow.close()
    assert KEY not in repr(client._session)
