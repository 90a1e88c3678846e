"""HTTP error statuses become the provider's exception classes, with message and request id."""

from __future__ import annotations

import httpx
import pytest

from imagegen_specgen.runtime import APIStatusError, ResponseParseError

from .fakes import (
    BadRequestError,
    DirectError,
    JobsBadRequestError,
    JobsError,
    Script,
    direct,
    jobs,
    ok_json,
)


def test_direct_error_body_and_request_id_header() -> None:
    script = Script([ok_json({"error": "prompt is empty"}, 400, {"x-request-id": "abc-1"})])
    with pytest.raises(BadRequestError) as caught:
        direct(script).p_image(prompt="cat")
    error = caught.value
    assert (error.status_code, error.message, error.request_id) == (400, "prompt is empty", "abc-1")
    assert error.body == {"error": "prompt is empty"}
    assert str(error) == "HTTP 400: prompt is empty (request id: abc-1)"


def test_jobs_error_envelope() -> None:
    body = {"error": {"message": "bad input", "type": "invalid"}, "request_id": "req_42"}
    with pytest.raises(JobsBadRequestError) as caught:
        jobs(Script([ok_json(body, 400)])).p_image(prompt="cat")
    assert (caught.value.message, caught.value.request_id) == ("bad input", "req_42")


def test_undocumented_status_raises_the_provider_base_class() -> None:
    with pytest.raises(DirectError) as caught:
        direct(Script([httpx.Response(418, text="teapot")])).p_image(prompt="cat")
    assert type(caught.value) is DirectError
    assert caught.value.message == "teapot"
    with pytest.raises(JobsError):
        jobs(Script([httpx.Response(409)])).predictions.status("p1")


def test_generated_error_classes_use_the_base_constructor() -> None:
    error = BadRequestError("nope")
    assert isinstance(error, APIStatusError) and error.status_code == 0 and error.request_id is None


def test_malformed_json_and_truncated_bodies() -> None:
    bad = httpx.Response(200, content=b"{not json", headers={"content-type": "application/json"})
    with pytest.raises(ResponseParseError, match="malformed JSON"):
        direct(Script([bad])).p_image(prompt="cat")
    short = httpx.Response(200, content=b"\x89PNG", headers={"content-type": "image/png", "content-length": "100"})
    with pytest.raises(ResponseParseError, match="truncated"):
        direct(Script([short])).p_image(prompt="cat")
    with pytest.raises(ResponseParseError, match="neither a final status nor an id"):
        jobs(Script([ok_json({"hello": 1})])).p_image(prompt="cat")
