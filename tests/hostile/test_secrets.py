"""The API key against a server that echoes it, and keys a header cannot carry."""

from __future__ import annotations

import json
import math
import pickle
from collections.abc import Callable
from typing import Any

import pytest

from imagegen_specgen.runtime import APIStatusError, InvalidParameterError, MissingAPIKeyError
from imagegen_specgen.runtime.options import Call
from imagegen_specgen.runtime.protocols.direct.flows import post

from ..runtime.fakes import KEY, Script, direct, image
from .clients import AsyncDirect, AsyncJobs, Direct, Jobs, timed
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
    monkeypatch.setenv("JOBS_API_KEY", f"{KEY}\r\nx-injected: 1")
    with pytest.raises(InvalidParameterError, match="JOBS_API_KEY holds a line break") as caught:
        Jobs()
    assert_no_key(KEY, caught.value, caplog)
    monkeypatch.setenv("JOBS_API_KEY", " \n")
    with pytest.raises(MissingAPIKeyError):
        Jobs()


def test_no_flow_object_shows_or_pickles_the_key() -> None:
    client = direct(Script([image()]))
    call = Call(timeout=5.0, max_retries=0)
    flow = post(client._session, client._api, "/v1/p-image", {"prompt": "a"}, call, limit_key=None, limit=None)
    effect = next(flow)
    assert KEY not in repr(effect) and "APIKey('****')" in repr(effect)
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(effect)
    flow.close()
    assert KEY not in repr(client._session)


# Every way a constructor (or with_options) can refuse its arguments; the key is passed as a module global,
# so only the client's own frames could show it in a traceback with locals.
BAD_KEY = f"{KEY}\x7f"
REFUSED = [
    {"deadline": math.nan},
    {"timeout": -1},
    {"max_retries": -1},
    {"deadline": "5"},
    {"timeout": "3"},
    {"max_retries": "2"},
    {"default_headers": 5},
    {"base_url": "http://[::1"},
]


@pytest.mark.parametrize("cls", [Direct, AsyncDirect, Jobs, AsyncJobs], ids=lambda cls: cls.__name__)
@pytest.mark.parametrize("arguments", REFUSED, ids=lambda arguments: next(iter(arguments)))
def test_a_refused_argument_shows_the_key_in_no_traceback_frame(
    cls: type[Any], arguments: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(Exception) as caught:
        cls(api_key=KEY, **arguments)
    assert_no_key(KEY, caught.value, caplog)
    client = cls(api_key="sk-other")
    with pytest.raises(Exception) as caught:
        client.with_options(api_key=KEY, **arguments)
    assert_no_key(KEY, caught.value, caplog)


@pytest.mark.parametrize("cls", [Direct, AsyncDirect], ids=lambda cls: cls.__name__)
def test_a_refused_key_shows_in_no_traceback_frame(cls: type[Any], caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(InvalidParameterError, match="a character an HTTP header cannot carry") as caught:
        cls(api_key=BAD_KEY)
    assert_no_key(KEY, caught.value, caplog)
    with pytest.raises(InvalidParameterError, match="a character an HTTP header cannot carry") as caught:
        cls(api_key="sk-other").with_options(api_key=BAD_KEY)
    assert_no_key(KEY, caught.value, caplog)


def redirecting(location: Callable[[Request], str], status: int) -> Scenario:
    def scenario(request: Request, reply: Reply) -> None:
        reply.send(status, b"", {"location": location(request)})

    return scenario


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [301, 307])
@pytest.mark.parametrize("where", ["same host", "another host"])
@pytest.mark.parametrize("call", ["billed POST", "download"])
def test_errors_after_redirects_hold_the_key_in_no_request(
    mode: str,
    status: int,
    where: str,
    call: str,
    serve: Callable[[Scenario], HostileServer],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The other host redirects back to itself until the client gives up; so does the same host.
    other = serve(redirecting(lambda request: f"{request.path}/again", status))
    target = (lambda request: f"{request.path}/again") if where == "same host" else (lambda request: other.url + "/x")
    server = serve(redirecting(target, status))
    if call == "billed POST":
        error, _ = timed(mode, "direct", server.url, lambda c: c.flux(prompt="a"))
    else:
        error, _ = timed(mode, "direct", server.url, lambda c: c.download("/out.png", max_retries=0))
    assert isinstance(error, APIStatusError) and error.status_code == status, error
    assert error.response is not None and error.response.next_request is not None  # httpx built the next hop
    assert_no_key(KEY, error, caplog)
    copy = pickle.loads(pickle.dumps(error))
    assert copy.status_code == status and KEY not in repr(copy.response.next_request.headers.multi_items())


# A parameter the spec marks `secret` (Pruna's hf_api_token), through the generated client: held like the key.
TOKEN = "hf_SECRETtoken0123456789"


def echo(body: str, reply: Reply) -> None:
    reply.json({"detail": f"bad {body}"}, 400, {"x-echo": body})


SECRET_CASES: dict[str, tuple[dict[str, Any], Callable[[str, Reply], None]]] = {
    "echoed in an error": ({"timeout": 5}, echo),
    "timed out": ({"timeout": 1}, lambda body, reply: reply.hold(5)),
    "refused argument": ({"aspect_ratio": "7:5"}, echo),
}


def pruna_call(mode: str, url: str, arguments: dict[str, Any]) -> BaseException | None:
    """The error p_image with the token raised, sync or async (the token and key are globals, not locals)."""
    import asyncio

    import imagegen_typed

    async def main() -> None:
        async with imagegen_typed.AsyncPruna(api_key=KEY, base_url=url, max_retries=0) as client:
            await client.p_image(prompt="a", hf_api_token=TOKEN, **arguments)

    try:
        if mode == "async":
            asyncio.run(main())
        else:
            with imagegen_typed.Pruna(api_key=KEY, base_url=url, max_retries=0) as client:
                client.p_image(prompt="a", hf_api_token=TOKEN, **arguments)
    except Exception as error:
        return error
    return None


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(SECRET_CASES))
def test_a_secret_parameter_is_held_like_the_key(
    mode: str, case: str, serve: Callable[[Scenario], HostileServer], caplog: pytest.LogCaptureFixture
) -> None:
    import imagegen_typed

    arguments, answer = SECRET_CASES[case]
    server = serve(lambda request, reply: answer(request.body.decode(), reply))
    error = pruna_call(mode, server.url, arguments)
    assert error is not None
    assert_no_key(TOKEN, error, caplog)
    assert_no_key(KEY, error, caplog)
    if case == "refused argument":
        assert isinstance(error, imagegen_typed.InvalidParameterError) and server.requests == []
    else:  # sent in clear in the body to the provider's host, and only there
        assert isinstance(error, imagegen_typed.APIError)
        assert [json.loads(request.body)["input"]["hf_api_token"] for request in server.requests] == [TOKEN]
        assert all(TOKEN not in value for request in server.requests for value in request.headers.values())


def test_a_secret_parameter_shows_in_no_repr_of_its_request_model() -> None:
    from imagegen_typed.pruna.models import PImageRequest

    model = PImageRequest(prompt="a", hf_api_token=TOKEN)
    assert TOKEN not in repr(model) and TOKEN not in str(model) and TOKEN not in model.model_dump_json()
    assert model.hf_api_token is not None and model.hf_api_token.get_secret_value() == TOKEN
