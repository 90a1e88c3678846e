"""The `predictions` flows driven directly, with scripted answers and no transport, for three API shapes.

The shapes differ in everything a provider's YAML can say: how the model is named (header or path), the
body (wrapped or flat), the hold header (fixed or with a length), where the follow-up URLs and the id are,
the status words, where the output is (the status or a separate result), and whether cancel exists.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from imagegen_specgen.runtime import (
    APIStatusError,
    InvalidParameterError,
    PredictionAbortedError,
    PredictionFailedError,
    PredictionsInfo,
    ProviderInfo,
    UnsupportedOperationError,
    WaitTimeoutError,
)
from imagegen_specgen.runtime.config import Session, resolve_session
from imagegen_specgen.runtime.credentials import APIKey
from imagegen_specgen.runtime.downloads import download
from imagegen_specgen.runtime.flow import Blocking, Flow, Send, Sleep
from imagegen_specgen.runtime.options import Call
from imagegen_specgen.runtime.protocols.predictions import flows
from imagegen_specgen.runtime.protocols.predictions.state import parse_created
from imagegen_specgen.runtime.responses import dig

from .fakes import JOBS, JOBS_API, KEY, FakeTime

HOST = "https://api.shape.test"
NO_LIMITS = Call(timeout=None, max_retries=0, deadline=None)  # the options of a call without time limits or retries


@dataclass(frozen=True)
class Shape:
    """An API shape and how its server words things, for scripting answers."""

    name: str
    api: PredictionsInfo
    submitted: Callable[[str], dict[str, Any]]  # prediction id -> the submit answer of a job still pending
    status: Callable[[str, str], dict[str, Any]]  # (id, word) -> a status body without output
    output_at_status: bool  # the output is in the final status (else in the result answer)

    def done(self, pid: str, url: str) -> dict[str, Any]:
        body = self.status(pid, self.api.succeeded[0])
        if self.output_at_status:
            body[self.api.output_field] = url
        return body


HEADER_MODEL = Shape(
    "header-model",
    JOBS_API,
    lambda pid: {"id": pid, "get_url": f"{HOST}/v1/predictions/status/{pid}"},
    lambda pid, word: {"status": word},
    True,
)
PATH_MODEL = Shape(
    "path-model",
    PredictionsInfo(
        name="http",
        submit_path="/v1/models/{model}/predictions",
        status_path="/v1/predictions/{id}",
        pending=("starting", "processing"),
        succeeded=("succeeded",),
        failed=("failed",),
        canceled=("canceled",),
        aborted=("aborted",),
        input_field="input",
        hold_header="Prefer",
        hold_value="wait={seconds}",
        hold_max_seconds=60.0,
        status_url_field="urls.get",
        error_field="error",
        cancel_path="/v1/predictions/{id}/cancel",
        cancel_url_field="urls.cancel",
    ),
    lambda pid: {
        "id": pid,
        "status": "starting",
        "urls": {"get": f"{HOST}/v1/predictions/{pid}", "cancel": f"{HOST}/v1/predictions/{pid}/cancel"},
    },
    lambda pid, word: {"id": pid, "status": word},
    True,
)
RESULT_LINK = Shape(
    "result-link",
    PredictionsInfo(
        name="v2",
        submit_path="/v2/{model}",
        status_path="/v2/requests/{id}/status",
        pending=("QUEUED", "PROCESSING"),
        succeeded=("COMPLETED",),
        failed=("FAILED",),
        status_url_field="status_url",
        id_field="request_id",
        error_field="error",
        result_path="/v2/requests/{id}",
        result_url_field="response_url",
    ),
    lambda pid: {
        "request_id": pid,
        "status": "QUEUED",
        "status_url": f"{HOST}/v2/requests/{pid}/status",
        "response_url": f"{HOST}/v2/requests/{pid}",
    },
    lambda pid, word: {"status": word},
    False,
)
SHAPES = [HEADER_MODEL, PATH_MODEL, RESULT_LINK]
OUT = "https://delivery.shape.test/out.png"


def session(time: FakeTime) -> Session:
    provider = ProviderInfo(
        id="shape", title="Shape", base_url=HOST, auth_header="apikey", api_key_env="SHAPE_KEY", files=JOBS.files
    )
    return resolve_session(
        provider,
        errors={},
        default_error=APIStatusError,
        api_key=APIKey(KEY),
        base_url=None,
        timeout=None,
        max_retries=0,
        retry_billed_failures=False,
        rate_limit=False,
        deadline=None,
        default_headers=None,
        clock=time.clock,
        now=time.now,
        random=lambda: 0.0,
    )


def drive(flow: Flow[Any], answers: Iterable[object], time: FakeTime) -> tuple[Any, list[httpx.Request]]:
    """Run a flow by hand: each Send gets the next answer (a JSON body, or an httpx.Response)."""
    pending = list(answers)
    sent: list[httpx.Request] = []
    reply: object = None
    try:
        while True:
            effect = flow.send(reply)
            if isinstance(effect, Sleep):
                time.sleep(effect.seconds)
                reply = None
            elif isinstance(effect, Blocking):
                reply = effect.work()
            else:
                assert isinstance(effect, Send)
                spec = effect.request
                request = httpx.Request(spec.method, spec.url, headers=spec.headers, content=spec.content)
                sent.append(request)
                answer = pending.pop(0)
                reply = answer if isinstance(answer, httpx.Response) else httpx.Response(200, json=answer)
                assert isinstance(reply, httpx.Response)
                reply.request = request
    except StopIteration as stop:
        assert not pending, f"answers left over: {pending}"
        return stop.value, sent


def run(shape: Shape, answers: Iterable[object], time: FakeTime | None = None, **kw: Any) -> Any:
    time = time or FakeTime()
    call = Call(
        deadline=kw.pop("deadline", None),
        on_progress=kw.pop("on_progress", None),
        timeout=kw.pop("timeout", None),
        max_retries=0,
    )
    flow = flows.run(session(time), shape.api, "owner/model", {"prompt": "a fox"}, call, hold=kw.pop("hold", False))
    return drive(flow, answers, time)


def answers_to_success(shape: Shape) -> list[object]:
    tail = [] if shape.output_at_status else [{"status": shape.api.succeeded[0], shape.api.output_field: OUT}]
    pid = "job-1"
    return [shape.submitted(pid), shape.status(pid, shape.api.pending[-1]), shape.done(pid, OUT), *tail]


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_submit_names_the_model_and_shapes_the_body_as_the_api_says(shape: Shape) -> None:
    _, sent = run(shape, answers_to_success(shape))
    submit = sent[0]
    api = shape.api
    assert submit.url.path == api.submit_path.replace("{model}", "owner/model")
    assert (submit.headers.get(api.model_header or "-") == "owner/model") == (api.model_header is not None)
    body = json.loads(submit.content)
    assert body == ({api.input_field: {"prompt": "a fox"}} if api.input_field else {"prompt": "a fox"})


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_polls_where_the_answer_points_and_reads_the_output_where_the_api_says(shape: Shape) -> None:
    finished, sent = run(shape, answers_to_success(shape))
    follow = [str(request.url) for request in sent[1:]]
    submitted = shape.submitted("job-1")
    status_url = dig(submitted, shape.api.status_url_field or "")
    assert follow[:2] == [status_url, status_url]
    if not shape.output_at_status:
        assert follow[2] == submitted[shape.api.result_url_field or ""]
    assert finished.outputs == (OUT,) and finished.status.id == "job-1"


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_a_wait_by_id_alone_uses_the_path_templates(shape: Shape) -> None:
    time = FakeTime()
    tail = [] if shape.output_at_status else [{shape.api.output_field: OUT}]
    flow = flows.finish(session(time), shape.api, flows.as_prediction("job-9"), NO_LIMITS, started=time.clock())
    finished, sent = drive(flow, [shape.done("job-9", OUT), *tail], time)
    assert sent[0].url.path == shape.api.status_path.replace("{id}", "job-9")
    if shape.api.result_path:
        assert sent[1].url.path == shape.api.result_path.replace("{id}", "job-9")
    assert finished.outputs == (OUT,)


@pytest.mark.parametrize("shape", SHAPES, ids=lambda s: s.name)
def test_a_failed_job_raises_with_the_providers_error_and_the_id(shape: Shape) -> None:
    failed = {**shape.status("job-1", shape.api.failed[0]), "error": "NSFW content detected"}
    with pytest.raises(PredictionFailedError) as caught:
        run(shape, [shape.submitted("job-1"), failed])
    assert "NSFW content detected" in str(caught.value) and caught.value.prediction_id == "job-1"


def test_a_failed_result_answer_is_the_jobs_failure() -> None:
    """Where the output comes from a result endpoint, a failure there is an error status whose body says FAILED."""
    shape = RESULT_LINK
    failure = httpx.Response(422, json={"status": "FAILED", "error": "bad input image"})
    with pytest.raises(PredictionFailedError) as caught:
        run(shape, [shape.submitted("job-1"), shape.status("job-1", "COMPLETED"), failure])
    assert "bad input image" in str(caught.value) and caught.value.prediction_id == "job-1"


def test_aborted_ends_the_wait_instead_of_polling_forever() -> None:
    shape = PATH_MODEL
    with pytest.raises(PredictionAbortedError) as caught:
        run(shape, [shape.submitted("job-1"), shape.status("job-1", "aborted")])
    assert caught.value.prediction_id == "job-1"


@pytest.mark.parametrize(
    ("shape", "timeout", "expected"),
    [
        (PATH_MODEL, None, "wait=60"),
        (PATH_MODEL, 20.0, "wait=15"),
        (PATH_MODEL, 5.5, None),
        (HEADER_MODEL, None, "true"),
        (HEADER_MODEL, 60.0, None),
        (HEADER_MODEL, 70.0, "true"),
    ],
    ids=["length-no-limit", "length-shortened", "length-no-room", "fixed-no-limit", "fixed-no-room", "fixed-room"],
)
def test_a_hold_is_asked_only_with_time_for_it_and_shortened_when_it_can_be(
    shape: Shape, timeout: float | None, expected: str | None
) -> None:
    pid = "job-1"
    _, sent = run(shape, [shape.done(pid, OUT)], hold=True, timeout=timeout)
    assert sent[0].headers.get(shape.api.hold_header or "") == expected


def test_on_progress_hears_each_change_once() -> None:
    shape, seen = PATH_MODEL, []
    answers = [shape.submitted("j"), *[shape.status("j", "starting")] * 3, shape.status("j", "processing")]
    run(shape, [*answers, shape.done("j", OUT)], on_progress=lambda s: seen.append(s.status))
    assert seen == ["starting", "processing", "succeeded"]


def test_cancel_follows_the_answers_cancel_url_or_the_template() -> None:
    shape, time = PATH_MODEL, FakeTime()
    created = parse_created(shape.api, shape.submitted("job-1"))
    status, sent = drive(
        flows.cancel(session(time), shape.api, created, NO_LIMITS),
        [shape.status("job-1", "canceled")],
        time,
    )
    assert (sent[0].method, str(sent[0].url)) == ("POST", f"{HOST}/v1/predictions/job-1/cancel")
    assert status is not None and status.phase == "canceled"
    timed_out = WaitTimeoutError(prediction_id="job-2", deadline=5, last_status="processing")
    by_error = flows.as_prediction(timed_out)
    _, sent = drive(flows.cancel(session(time), shape.api, by_error, NO_LIMITS), [{}], time)
    assert sent[0].url.path == "/v1/predictions/job-2/cancel"


@pytest.mark.parametrize("shape", [HEADER_MODEL, RESULT_LINK], ids=lambda s: s.name)
def test_cancel_on_an_api_without_it_is_refused_before_sending(shape: Shape) -> None:
    time = FakeTime()
    with pytest.raises(UnsupportedOperationError, match="cancel"):
        drive(flows.cancel(session(time), shape.api, flows.as_prediction("j"), NO_LIMITS), [], time)


def test_an_error_without_an_id_cannot_name_a_prediction() -> None:
    with pytest.raises(InvalidParameterError, match="no prediction id"):
        flows.as_prediction(WaitTimeoutError(prediction_id=None, deadline=1, last_status=None))


def test_a_data_uri_output_is_decoded_without_a_request() -> None:
    time = FakeTime()
    png = b"\x89PNG\r\n\x1a\n-inline"
    uri = "data:image/png;base64," + base64.b64encode(png).decode()
    data, sent = drive(download(session(time), uri, NO_LIMITS), [], time)
    assert data == png and sent == []


def test_local_files_are_read_as_blocking_effects(tmp_path: Any) -> None:
    """The async driver runs Blocking work in a thread: no file read happens inside the flow itself."""
    time = FakeTime()
    source = tmp_path / "in.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\nfile")
    flow = flows.upload(session(time), source, NO_LIMITS)
    first = flow.send(None)
    assert isinstance(first, Blocking)
    local = first.work()
    second = flow.send(local)
    assert isinstance(second, Send) and second.request.files is not None
    assert second.request.files["content"][1] == b"\x89PNG\r\n\x1a\nfile"
