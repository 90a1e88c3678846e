"""Protocol `predictions`, for every such API in the specs: a state machine in scaled time, holds, the status
words, links, result, cancel and outputs, every name read from the API's spec."""

from __future__ import annotations

import base64
import time
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from imagegen_specgen.contract import samples
from imagegen_specgen.mock import MockConfig, MockServer
from imagegen_specgen.mock.responses import get_path
from imagegen_specgen.parser import ir
from imagegen_specgen.runtime.responses import dig_all

from .conftest import FAST, PREDICTIONS, PROJECT, api_models, apis, invalid_cases
from .helpers import Predictions, assert_mp4, assert_png, auth, error_message

MODELS = api_models(PROJECT, "predictions")
INVALID = invalid_cases(PROJECT, "predictions")
HOLDING = apis(PROJECT, "predictions", lambda _, a: a.hold is not None)
HOLDING_SECONDS = apis(PROJECT, "predictions", lambda _, a: a.hold is not None and "{seconds}" in a.hold.value)
RESULT = apis(PROJECT, "predictions", lambda _, a: a.result is not None)
CANCEL = apis(PROJECT, "predictions", lambda _, a: a.cancel is not None)
ABORTED = apis(PROJECT, "predictions", lambda _, a: bool(a.statuses.aborted))
DELIVERY = apis(PROJECT, "predictions", lambda _, a: a.delivery_path is not None)
OTHER_HOST = apis(PROJECT, "predictions", lambda _, a: a.delivery_path is None)
MODEL_HEADER = apis(PROJECT, "predictions", lambda _, a: a.model_header is not None and not a.needs_model_path)
MODEL_PATH = apis(PROJECT, "predictions", lambda _, a: a.needs_model_path)
WRAPPED = apis(PROJECT, "predictions", lambda _, a: a.input_field is not None)
SCHEMED = [p for p in PREDICTIONS if p.values[0].auth.scheme]
LONG = {"X-Mock-Prediction-Seconds": "100"}  # 5 s at time_scale 0.05: past every hold


@pytest.fixture
def calls(client: httpx.Client, server: MockServer, provider: ir.Provider, api: ir.API) -> Predictions:
    return Predictions(client, server.base_url(provider.id), provider, api)


def test_every_kind_of_predictions_api_is_in_the_specs() -> None:
    for group in (PREDICTIONS, HOLDING, HOLDING_SECONDS, RESULT, CANCEL, ABORTED, DELIVERY, OTHER_HOST):
        assert group, "a feature of the predictions protocol that no spec exercises"
    assert MODEL_HEADER and MODEL_PATH and WRAPPED and SCHEMED


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
def test_lifecycle_runs_through_the_pending_words_to_success(calls: Predictions) -> None:
    # 6 s at time_scale 0.05: 0.3 s in all, the first 75 ms in the first pending word.
    body = calls.started(**{"X-Mock-Prediction-Seconds": "6"})
    assert calls.status_of(body) == calls.words.pending[0]
    if calls.api.input_field:
        assert get_path(body, calls.api.input_field) == samples.minimal_input(calls.model())
    started = time.monotonic()
    seen, final = calls.poll(body)
    assert seen == list(dict.fromkeys([calls.words.pending[0], calls.words.pending[-1], calls.words.succeeded[0]]))
    assert time.monotonic() - started >= 0.2
    image = calls.download(calls.output_url(final))
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert_png(image.content)


@pytest.mark.parametrize(("provider", "api", "model"), MODELS)
def test_every_model_runs_to_its_media(calls: Predictions, model: ir.Model) -> None:
    _, final = calls.poll(calls.started(model))
    assert calls.status_of(final) == calls.words.succeeded[0]
    url = calls.output_url(final)
    output = calls.download(url)
    if model.output.media == "video":
        assert url.endswith(".mp4") and output.headers["content-type"] == "video/mp4"
        assert_mp4(output.content)
    else:
        assert_png(output.content)


@pytest.mark.parametrize(("provider", "api", "model", "param", "case"), INVALID)
def test_each_invalid_input_is_a_422_naming_the_parameter(
    calls: Predictions, model: ir.Model, param: ir.Parameter, case: samples.Case
) -> None:
    response = calls.submit(model, {**samples.minimal_input(model), param.wire_name: case.value})
    assert response.status_code == 422, (case, response.text)
    assert param.wire_name in error_message(calls.provider, response)


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
def test_a_body_that_is_not_json_is_400(calls: Predictions) -> None:
    model = calls.model()
    response = calls.client.post(
        calls.submit_url(model.model_id), content=b"{nope", headers=calls.headers(model.model_id)
    )
    assert response.status_code == 400 and "JSON" in error_message(calls.provider, response)


@pytest.mark.parametrize(("provider", "api"), WRAPPED)
def test_inputs_outside_the_input_field_are_400(calls: Predictions) -> None:
    model = calls.model()
    flat = calls.client.post(
        calls.submit_url(model.model_id), json=samples.minimal_input(model), headers=calls.headers(model.model_id)
    )
    assert flat.status_code == 400 and f'"{calls.api.input_field}"' in error_message(calls.provider, flat)


@pytest.mark.parametrize(("provider", "api"), MODEL_HEADER)
def test_the_model_header_names_the_model(calls: Predictions) -> None:
    assert calls.api.model_header is not None
    url = calls.base + calls.api.submit_path
    no_model = calls.client.post(url, json=calls.wrap({}), headers=auth(calls.provider))
    assert no_model.status_code == 400 and calls.api.model_header in error_message(calls.provider, no_model)
    # A model id no spec describes takes any input: the API may serve more models than the specs.
    headers = calls.headers("some-future-model")
    response = calls.client.post(url, json=calls.wrap({"anything": [1, {"goes": True}]}), headers=headers)
    assert response.status_code == 201
    _, final = calls.poll(response.json())
    assert calls.status_of(final) == calls.words.succeeded[0]


@pytest.mark.parametrize(("provider", "api"), MODEL_PATH)
def test_a_model_no_spec_names_is_404(calls: Predictions) -> None:
    response = calls.client.post(calls.submit_url("nobody/no-such-model"), json=calls.wrap({}), headers=calls.headers())
    assert response.status_code == 404 and "no-such-model" in error_message(calls.provider, response)


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
def test_auth_is_checked_on_submit_and_status(calls: Predictions) -> None:
    provider, model = calls.provider, calls.model()
    missing = calls.client.post(
        calls.submit_url(model.model_id),
        json=calls.wrap({}),
        headers={**calls.headers(model.model_id), provider.auth.header: ""},
    )
    assert missing.status_code == 401
    assert error_message(provider, missing).startswith(f"Missing API key: send it in the {provider.auth.header} header")
    status_url = calls.follow_url(calls.api.status, "x")
    wrong = calls.client.get(status_url, headers=auth(provider, "bad"))
    assert wrong.status_code == 401 and error_message(provider, wrong) == "Invalid API key"


@pytest.mark.parametrize(("provider", "api"), SCHEMED)
def test_a_scheme_is_required_where_the_spec_names_one(calls: Predictions) -> None:
    scheme = calls.provider.auth.scheme
    assert scheme
    status_url = calls.follow_url(calls.api.status, "x")
    bare = calls.client.get(status_url, headers={calls.provider.auth.header: "test-key"})
    assert bare.status_code == 401 and f"{scheme} <key>" in error_message(calls.provider, bare)
    other = calls.client.get(status_url, headers={calls.provider.auth.header: "Basic test-key"})
    assert other.status_code == 401
    assert calls.get(status_url).status_code == 404  # authorized: the id is what is wrong


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
def test_unknown_prediction_is_404(calls: Predictions) -> None:
    links = [link for link in (calls.api.status, calls.api.result) if link is not None]
    for link in links:
        response = calls.get(calls.follow_url(link, "nope"))
        assert response.status_code == 404 and "nope" in error_message(calls.provider, response)
    if calls.api.cancel is not None:
        url = calls.follow_url(calls.api.cancel, "nope")
        response = calls.client.request(calls.api.cancel.method, url, headers=auth(calls.provider))
        assert response.status_code == 404


@pytest.mark.parametrize(("provider", "api"), HOLDING)
def test_a_hold_answers_the_finished_job(calls: Predictions) -> None:
    started = time.monotonic()
    response = calls.submit(**calls.hold(calls.api.hold.max_seconds))  # type: ignore[union-attr]
    assert time.monotonic() - started >= FAST.prediction_duration(calls.model().model_id) * 0.9
    assert response.status_code == 201
    body = response.json()
    assert calls.status_of(body) == calls.words.succeeded[0]
    assert_png(calls.download(calls.output_url(body)).content)


@pytest.mark.parametrize(("provider", "api"), HOLDING)
def test_a_hold_that_runs_out_answers_the_pending_job(calls: Predictions) -> None:
    hold = calls.api.hold
    assert hold is not None
    started = time.monotonic()
    response = calls.submit(**calls.hold(hold.max_seconds), **LONG)
    waited = time.monotonic() - started
    assert FAST.hold_seconds(hold, hold.max_seconds) * 0.9 <= waited < 3
    assert calls.status_of(response.json()) in calls.words.pending
    _, final = calls.poll(response.json(), timeout=0)
    assert calls.status_of(final) in calls.words.pending


@pytest.mark.parametrize(("provider", "api"), HOLDING_SECONDS)
def test_a_hold_waits_the_seconds_asked(calls: Predictions) -> None:
    hold = calls.api.hold
    assert hold is not None
    started = time.monotonic()
    response = calls.submit(**calls.hold(2), **LONG)  # 2 s: 0.1 s at time_scale 0.05
    waited = time.monotonic() - started
    assert 0.09 <= waited < FAST.hold_seconds(hold, hold.max_seconds) * 0.8
    assert calls.status_of(response.json()) in calls.words.pending


@pytest.mark.parametrize(("provider", "api"), HOLDING)
def test_without_the_hold_header_the_submit_answers_at_once(calls: Predictions) -> None:
    started = time.monotonic()
    body = calls.started()
    assert time.monotonic() - started < FAST.prediction_duration(calls.model().model_id)
    assert calls.status_of(body) == calls.words.pending[0]


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
@pytest.mark.parametrize("fault", ["fail", "cancel", "abort", "unknown-status"])
def test_prediction_outcome_faults(calls: Predictions, server: MockServer, fault: str) -> None:
    words = calls.words
    # Without a word for how it ended, the job reads as finished (its result answers the error).
    expected = {
        "fail": (words.failed or words.succeeded)[0],
        "cancel": (words.canceled or words.failed or words.succeeded)[0],
        "abort": (words.aborted or words.canceled or words.failed or words.succeeded)[0],
        "unknown-status": "exploded",
    }[fault]
    server.faults.push(fault)
    seen, final = calls.poll(calls.started())
    assert calls.status_of(final) == expected
    assert not dig_all(final, calls.api.output_field)
    if fault == "fail" and calls.api.error_field:
        assert get_path(final, calls.api.error_field)
    if fault in ("fail", "cancel"):
        assert seen[-2] == words.pending[-1]  # it ran before it ended
    if fault == "abort":
        assert words.pending[-1] not in seen or words.pending[-1] == words.pending[0]  # it never started
    if calls.api.hold is not None:  # a hold does not pretend a job that did not succeed did
        held = calls.submit(**calls.hold(calls.api.hold.max_seconds), **{"X-Mock-Fault": fault}).json()
        assert calls.status_of(held) == expected and not dig_all(held, calls.api.output_field)


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
def test_unknown_status_per_status_request(calls: Predictions) -> None:
    body = calls.started()
    response = calls.get(calls.link(calls.api.status, body), **{"X-Mock-Fault": "unknown-status"})
    assert calls.status_of(response.json()) == "exploded"


@pytest.mark.parametrize(("provider", "api"), CANCEL)
def test_cancel_ends_a_pending_job_as_canceled(calls: Predictions) -> None:
    link = calls.api.cancel
    assert link is not None
    body = calls.started(**LONG)
    answer = calls.client.request(link.method, calls.link(link, body), headers=auth(calls.provider))
    assert answer.status_code == 200
    ended = (calls.words.canceled or calls.words.succeeded)[0]  # no canceled word: it reads as finished
    assert calls.status_of(answer.json()) == ended
    _, final = calls.poll(body, timeout=0)
    assert calls.status_of(final) == ended
    assert not dig_all(final, calls.api.output_field)
    result = calls.api.result
    if not calls.words.canceled and result is not None and calls.api.result_canceled_statuses:
        told = calls.client.request(result.method, calls.link(result, final), headers=auth(calls.provider))
        assert told.status_code == calls.api.result_canceled_statuses[0]
    # A job that already ended stays as it was.
    done = calls.submit(**calls.hold(60)) if calls.api.hold else None
    if done is not None:
        again = calls.client.request(link.method, calls.link(link, done.json()), headers=auth(calls.provider))
        assert calls.status_of(again.json()) == calls.words.succeeded[0]
    wrong = calls.get(calls.link(link, body))
    assert wrong.status_code == 405


@pytest.mark.parametrize(("provider", "api"), ABORTED)
def test_abort_reads_as_the_aborted_word_and_never_starts(calls: Predictions, server: MockServer) -> None:
    server.faults.push("abort")
    seen, final = calls.poll(calls.started())
    assert seen == [calls.words.pending[0], calls.words.aborted[0]]
    assert get_path(final, calls.api.output_field) is None


@pytest.mark.parametrize(("provider", "api"), RESULT)
def test_the_result_link_gives_the_output_and_a_422_for_a_failed_job(calls: Predictions, server: MockServer) -> None:
    result = calls.api.result
    assert result is not None
    body = calls.started(**LONG)
    early = calls.client.request(result.method, calls.link(result, body), headers=auth(calls.provider))
    assert early.status_code == 200 and calls.status_of(early.json()) in calls.words.pending
    assert not dig_all(early.json(), calls.api.output_field)
    _, final = calls.poll(calls.started())
    assert not dig_all(final, calls.api.output_field)  # the status body never holds the output
    assert_png(calls.download(calls.output_url(final)).content)
    server.faults.push("fail")
    _, failed = calls.poll(calls.started())
    answer = calls.client.request(result.method, calls.link(result, failed), headers=auth(calls.provider))
    if not calls.words.failed:  # the provider's error status, in its error body
        assert answer.status_code == calls.api.result_failed_statuses[0]
        assert error_message(calls.provider, answer)
        return
    assert answer.status_code == 422
    assert calls.status_of(answer.json()) == calls.words.failed[0]
    if calls.api.error_field:
        assert get_path(answer.json(), calls.api.error_field)


@pytest.mark.parametrize(("provider", "api"), OTHER_HOST)
def test_outputs_without_a_delivery_path_are_on_another_host_that_refuses_the_key(calls: Predictions) -> None:
    _, final = calls.poll(calls.started())
    url = calls.output_url(final)
    api_host, output_host = urlsplit(calls.base), urlsplit(url)
    assert output_host.hostname != api_host.hostname and output_host.port == api_host.port
    leaked = calls.client.get(url, headers=auth(calls.provider))
    assert leaked.status_code == 403 and calls.provider.auth.header in error_message(calls.provider, leaked)
    clean = calls.client.get(url)
    assert clean.status_code == 200
    assert_png(clean.content)


@pytest.mark.parametrize(("provider", "api"), DELIVERY)
def test_outputs_on_the_delivery_path_need_the_key_and_exist_once_done(calls: Predictions) -> None:
    assert calls.api.delivery_path is not None
    body = calls.started(**LONG)
    early = calls.get(f"{calls.base}{calls.api.delivery_path}/xezq/{calls.id_of(body)}/output.png")
    assert early.status_code == 404
    error_message(calls.provider, early)
    _, final = calls.poll(calls.started())
    url = calls.output_url(final)
    assert url.startswith(calls.base + calls.api.delivery_path + "/")
    assert calls.client.get(url).status_code == 401
    assert_png(calls.get(url).content)


@pytest.mark.parametrize(("provider", "api"), DELIVERY)
def test_relative_output_urls(project: ir.Project, provider: ir.Provider, api: ir.API) -> None:
    config = MockConfig(prediction_seconds=1, time_scale=0.05, relative_output_urls=True)
    with MockServer(project, config) as server, httpx.Client() as client:
        calls = Predictions(client, server.base_url(provider.id), provider, api)
        _, final = calls.poll(calls.started())
        url = calls.output_url(final)
        assert url.startswith(f"{calls.api.delivery_path}/")  # relative to the provider's base URL
        assert_png(calls.download(url).content)


@pytest.mark.parametrize(("provider", "api"), PREDICTIONS)
@pytest.mark.parametrize("form", ["list", "data"])
def test_output_as_a_list_or_a_data_uri(calls: Predictions, form: str) -> None:
    _, final = calls.poll(calls.started(**{"X-Mock-Output": form}))
    body: Any = final
    if calls.api.result is not None:
        body = calls.get(calls.link(calls.api.result, final)).json()
    output = get_path(body, calls.api.output_field)
    (found,) = dig_all(body, calls.api.output_field)  # a path into a list (images[].url) gives a list anyway
    if form == "list" and "[]" not in calls.api.output_field:
        assert isinstance(output, list) and len(output) == 1
    if form == "list":
        assert isinstance(found, str)
        assert_png(calls.download(found).content)
    else:
        assert isinstance(found, str) and found.startswith("data:image/png;base64,")
        assert_png(base64.b64decode(found.partition(",")[2]))
