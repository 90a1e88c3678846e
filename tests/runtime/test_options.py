"""Per-call options: one set of names for every method, checked before anything is sent, and the escape hatches
(extra headers, query parameters, body and input keys) sent as given but never able to carry the API key."""

from __future__ import annotations

import asyncio
import json
import pickle

import httpx
import pytest

from imagegen_specgen.runtime import NOT_GIVEN, InvalidParameterError

from .fakes import KEY, FakeTime, Script, async_direct, direct, image, jobs, ok_json

PNG = b"\x89PNG\r\n\x1a\npixels"


def test_a_misspelled_option_is_refused_naming_it_and_the_options_before_sending() -> None:
    script = Script([])
    with pytest.raises(TypeError) as caught:
        direct(script).p_image(prompt="cat", timout=5)
    message = str(caught.value)
    assert "p_image() got an unexpected keyword argument 'timout'; did you mean 'timeout'?" in message
    assert "timeout, max_retries, extra_headers, extra_query, extra_body, accept" in message
    assert script.requests == []


def test_an_option_of_another_kind_of_call_is_refused() -> None:
    """`deadline` waits for a prediction: a direct call has none, and a status check takes only timeouts."""
    with pytest.raises(TypeError, match="unexpected keyword argument 'deadline'"):
        direct(Script([])).p_image(prompt="cat", deadline=5)
    client = jobs(Script([]))
    with pytest.raises(TypeError, match=r"status\(\) got an unexpected keyword argument 'extra_body'"):
        client.predictions.status("job-1", extra_body={"x": 1})


@pytest.mark.parametrize(
    ("options", "error", "text"),
    [
        ({"max_retries": "2"}, TypeError, "max_retries must be a whole number"),
        ({"timeout": -1}, ValueError, "timeout must be a finite number of seconds >= 0"),
        ({"extra_headers": [("x-a", "b")]}, TypeError, "extra_headers must be a mapping"),
        ({"extra_headers": {"x-a": 1}}, TypeError, "extra_headers['x-a'] must be str"),
        ({"extra_query": {"n": [1]}}, TypeError, "extra_query['n'] must be str or int or float or bool"),
        ({"extra_body": {1: "x"}}, TypeError, "extra_body: keys must be str"),
        ({"accept": 3}, TypeError, "accept must be the name of an answer"),
    ],
    ids=lambda value: str(value)[:30],
)
def test_an_option_of_the_wrong_type_is_refused_before_sending(options: dict, error: type, text: str) -> None:
    script = Script([])
    with pytest.raises(error) as caught:
        direct(script).p_image(prompt="cat", **options)
    assert text in str(caught.value) and script.requests == []


@pytest.mark.parametrize("name", ["x-api-key", "X-API-Key"])
def test_an_extra_header_naming_the_auth_header_is_refused_not_dropped(name: str) -> None:
    script = Script([])
    with pytest.raises(InvalidParameterError) as caught:
        direct(script).p_image(prompt="cat", extra_headers={name: "another-key"})
    assert f"extra_headers[{name!r}] is refused: it names the auth header" in str(caught.value)
    assert "nothing was sent" in str(caught.value) and script.requests == []


@pytest.mark.parametrize(
    "options",
    [
        {"extra_headers": {"x-forward": f"Bearer {KEY}"}},
        {"extra_query": {"key": KEY}},
        {"extra_body": {"auth": {"keys": ["a", KEY]}}},
    ],
    ids=["header", "query", "nested-body"],
)
def test_an_escape_hatch_holding_the_api_key_is_refused_without_showing_it(options: dict) -> None:
    script = Script([])
    with pytest.raises(InvalidParameterError) as caught:
        direct(script).p_image(prompt="cat", **options)
    assert "holds the API key (not shown)" in str(caught.value)
    assert KEY not in str(caught.value) and KEY not in repr(caught.value.args) and script.requests == []


def test_the_escape_hatches_are_sent_as_given() -> None:
    script = Script([image(PNG)])
    direct(script).p_image(
        prompt="cat",
        seed=7,
        extra_body={"seed": 9, "new_param": [1, 2]},  # replaces a typed value of the same name, unchecked
        extra_query={"trace": "t1", "fast": True},
        extra_headers={"x-trace": "t1"},
    )
    sent = script.requests[0]
    assert json.loads(sent.content) == {"prompt": "cat", "seed": 9, "new_param": [1, 2]}
    assert sent.url.params == httpx.QueryParams({"trace": "t1", "fast": "true"})
    assert sent.headers["x-trace"] == "t1"


def test_options_left_at_not_given_are_the_clients_settings() -> None:
    """A wrapper may pass its own defaults on: NOT_GIVEN is an option left out."""
    script = Script([image(PNG)])
    direct(script, max_retries=0).p_image(prompt="cat", timeout=NOT_GIVEN, max_retries=NOT_GIVEN)
    assert len(script.requests) == 1


def test_extra_input_goes_inside_the_wrapped_inputs_and_extra_body_beside_them() -> None:
    time = FakeTime()
    done = {"id": "j", "status": "succeeded", "generation_url": "https://api.jobs.test/v1/predictions/delivery/j"}
    script = Script([ok_json(done, 201)])
    jobs(script, time).p_image(prompt="cat", extra_input={"new_input": 1}, extra_body={"priority": "low"})
    assert json.loads(script.requests[0].content) == {"input": {"prompt": "cat", "new_input": 1}, "priority": "low"}


def test_the_result_keeps_the_raw_answer_without_the_key() -> None:
    answer = image(PNG, {"x-request-id": "r-1", "x-extra": "what the spec does not parse"})
    result = direct(Script([answer])).p_image(prompt="cat")
    raw = result.http_response
    assert (raw.status_code, raw.headers["x-extra"], raw.content) == (200, "what the spec does not parse", PNG)
    assert raw.request.url.path == "/v1/p-image" and raw.request.headers["x-api-key"] == "[redacted]"
    assert KEY.encode() not in repr(result).encode() + raw.request.content
    assert KEY.encode() not in pickle.dumps(result)  # a result sent to another process keeps no key either


def test_async_calls_take_the_same_options() -> None:
    script = Script([image(PNG)])

    async def call() -> None:
        async with async_direct(script) as client:
            await client.p_image(prompt="cat", extra_query={"trace": "t2"})
            with pytest.raises(TypeError, match="did you mean 'extra_headers'"):
                await client.p_image(prompt="cat", extra_header={"x": "y"})

    asyncio.run(call())
    assert [r.url.params["trace"] for r in script.requests] == ["t2"]
