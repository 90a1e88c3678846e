"""The predictions language at run time: paths into lists, follow-up paths that name the model, a queue without a
failure word, and the key on declared API hosts only."""

from __future__ import annotations

import httpx
import pytest

from imagegen_specgen.runtime import (
    APIStatusError,
    InvalidParameterError,
    PredictionCanceledError,
    PredictionFailedError,
    PredictionsInfo,
    ProviderInfo,
    SyncClient,
    SyncPredictionsSurface,
)
from imagegen_specgen.runtime.config import key_origins
from imagegen_specgen.runtime.responses import dig_all

KEY = "sk-queue-secret"


@pytest.mark.parametrize(
    ("body", "path", "reached"),
    [
        ({"images": [{"url": "a"}, {"url": "b"}]}, "images[].url", ["a", "b"]),
        ({"result": {"sample": "s"}}, "result.sample", ["s"]),
        ({"output": ["a", "b"]}, "output", ["a", "b"]),  # a list at the end yields each
        ({"output": "a"}, "output", ["a"]),
        ({"images": {"url": "a"}}, "images[].url", []),  # [] on something that is not a list reaches nothing
        ({"images": [{"url": "a"}, {"size": 1}]}, "images[].url", ["a"]),
        ({"result": None}, "result.sample", []),
        ({"data": [{"b64": ["x"]}]}, "data[].b64", ["x"]),
        ({}, "output", []),
    ],
)
def test_dig_all_reaches_every_value_of_a_path(body: object, path: str, reached: list[object]) -> None:
    assert dig_all(body, path) == reached


QUEUE = PredictionsInfo(
    name="queue",
    submit_path="/{model}",
    status_path="/{app}/requests/{id}/status",
    pending=("IN_QUEUE", "IN_PROGRESS"),
    succeeded=("COMPLETED",),
    id_field="request_id",
    output_field="images[].url",
    result_path="/{app}/requests/{id}",
    result_failed_statuses=(422, 504),
    result_canceled_statuses=(499,),
    cancel_path="/{app}/requests/{id}/cancel",
    cancel_method="PUT",
    variables=(("app", 2),),
)
PROVIDER = ProviderInfo(
    id="queue",
    title="Queue",
    base_url="https://queue.test",
    auth_header="Authorization",
    auth_scheme="Key",
    api_key_env="QUEUE_KEY",
    auth_hosts=("eu.queue.test",),
    error_message_paths=("detail", "detail[].msg"),
)


class Queue(SyncClient, SyncPredictionsSurface):
    _provider = PROVIDER
    _api = QUEUE


def test_a_model_id_fills_its_path_with_its_slashes_and_each_segment_quoted() -> None:
    assert QUEUE.fill(QUEUE.submit_path, "owner/app/sub path") == "/owner/app/sub%20path"
    assert QUEUE.fill(QUEUE.status_path, "owner/app/sub", "r 1") == "/owner/app/requests/r%201/status"


def _queue(answer: httpx.MockTransport, **options: object) -> Queue:
    return Queue(api_key=KEY, http_client=httpx.Client(transport=answer), sleep=lambda _: None, **options)  # type: ignore[arg-type]


def test_a_follow_up_that_names_the_model_needs_it_and_sends_nothing_without() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(202, json={"status": "IN_QUEUE", "request_id": "r1"})

    with _queue(httpx.MockTransport(answer)) as client:
        with pytest.raises(InvalidParameterError, match="model: API 'queue' follows a prediction at"):
            client.predictions.status("r1")
        assert sent == []
        assert client.predictions.status("r1", model="owner/app/sub").status == "IN_QUEUE"
        client.predictions.cancel("r1", model="owner/app/sub")
    assert [(r.method, r.url.path) for r in sent] == [
        ("GET", "/owner/app/requests/r1/status"),
        ("PUT", "/owner/app/requests/r1/cancel"),
    ]


@pytest.mark.parametrize(
    ("status", "body", "expected", "says"),
    [
        (
            422,
            {"detail": [{"msg": "too big", "loc": ["body", "n"]}, {"msg": "too small"}]},
            PredictionFailedError,
            "too big; too small",
        ),
        (
            504,
            {"detail": "Request timed out", "error_type": "request_timeout"},
            PredictionFailedError,
            "Request timed out",
        ),
        (499, {"detail": "Request was cancelled"}, PredictionCanceledError, "Request was cancelled"),
    ],
)
def test_without_a_failure_word_the_results_error_is_the_jobs_end_asked_once(
    status: int, body: object, expected: type[Exception], says: str
) -> None:
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(request.url.path)
        if request.url.path.endswith("/status"):
            return httpx.Response(200, json={"status": "COMPLETED", "request_id": "r1"})
        return httpx.Response(status, json=body)

    with _queue(httpx.MockTransport(answer)) as client, pytest.raises(expected) as caught:
        client.predictions.wait("r1", model="owner/app/sub")
    assert says in str(caught.value) and caught.value.prediction_id == "r1"  # type: ignore[attr-defined]
    assert isinstance(caught.value.__cause__, APIStatusError)
    assert asked.count("/owner/app/requests/r1") == 1


def test_outputs_along_a_list_path_are_every_url() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/status"):
            return httpx.Response(200, json={"status": "COMPLETED", "request_id": "r1"})
        return httpx.Response(200, json={"images": [{"url": "https://m.test/1.png"}, {"url": "https://m.test/2.png"}]})

    with _queue(httpx.MockTransport(answer)) as client:
        result = client.predictions.wait("r1", model="owner/app/sub")
    assert result.outputs == ("https://m.test/1.png", "https://m.test/2.png") and result.output_url == result.outputs[0]


@pytest.mark.parametrize(
    ("url", "gets_key"),
    [
        ("https://queue.test/a", True),  # the base URL's host
        ("https://eu.queue.test/x/requests/r1", True),  # a declared API host
        ("https://eu.queue.test:443/x", True),
        ("http://eu.queue.test/x", False),  # not over https
        ("https://eu.queue.test:8443/x", False),  # another port is another origin
        ("https://media.queue.test/out.png", False),  # a delivery host
        ("https://queue.test.evil.test/a", False),
    ],
)
def test_the_key_goes_to_the_base_and_declared_hosts_only(url: str, gets_key: bool) -> None:
    client = Queue(api_key=KEY)
    assert (client._session.auth_for(httpx.URL(url)) is not None) is gets_key


def test_the_callers_auth_hosts_replace_the_declared_ones() -> None:
    client = Queue(api_key=KEY, auth_hosts=["http://127.0.0.1:5001"])
    assert client._session.auth_for(httpx.URL("http://127.0.0.1:5001/x")) is not None
    assert client._session.auth_for(httpx.URL("https://eu.queue.test/x")) is None
    restored = client.with_options(auth_hosts=["eu.queue.test"])
    assert restored._session.auth_for(httpx.URL("https://eu.queue.test/x")) is not None


@pytest.mark.parametrize(
    "entry", ["https://eu.queue.test/path", "eu.queue.test?q=1", "user@eu.queue.test", "ftp://x.test", ""]
)
def test_an_auth_host_that_is_not_a_host_or_origin_is_refused(entry: str) -> None:
    with pytest.raises(ValueError, match="auth_hosts"):
        key_origins([entry])


def test_bare_base64_outputs_are_decoded_when_the_spec_says_so() -> None:
    encoded = Queue._api.__class__(
        **{**{n: getattr(QUEUE, n) for n in type(QUEUE).__slots__}, "output_encoding": "base64"}
    )

    class Encoded(Queue):
        _api = encoded

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/status"):
            return httpx.Response(200, json={"status": "COMPLETED", "request_id": "r1"})
        return httpx.Response(200, json={"images": [{"url": "iVBORw0KGgo="}]})

    client = Encoded(api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    with client:
        result = client.predictions.wait("r1", model="owner/app/sub")
        assert result.download() == b"\x89PNG\r\n\x1a\n"
