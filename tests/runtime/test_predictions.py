"""Jobs style: Try-Sync and polled predictions, adaptive polling, deadlines, uploads, downloads."""

from __future__ import annotations

import io
import json
from pathlib import Path

import httpx
import pytest

from imagegen_specgen.runtime import (
    InvalidParameterError,
    Prediction,
    PredictionCanceledError,
    PredictionFailedError,
    PredictionStatus,
    UnknownPredictionStatusError,
    WaitTimeoutError,
)
from imagegen_specgen.runtime.protocols.predictions.state import poll_interval

from .fakes import KEY, FakeTime, Script, async_jobs, image, jobs, ok_json

DELIVERY = "https://api.jobs.test/v1/predictions/delivery/xezq/out.jpg"
SUBMITTED = {
    "id": "p1",
    "model": "p-image",
    "input": {"prompt": "cat"},
    "get_url": "https://api.jobs.test/v1/predictions/status/p1",
}


def status(name: str, **extra: object) -> httpx.Response:
    return ok_json({"status": name, **extra})


def done(url: str = DELIVERY) -> httpx.Response:
    return status("succeeded", generation_url=url)


def test_try_sync_finished_in_one_request() -> None:
    script = Script([done()])
    result = jobs(script).p_image(prompt="cat", aspect_ratio="1:1")
    sent = script.requests[0]
    assert (sent.method, str(sent.url)) == ("POST", "https://api.jobs.test/v1/predictions")
    assert (sent.headers["model"], sent.headers["try-sync"], sent.headers["apikey"]) == ("p-image", "true", KEY)
    assert json.loads(sent.content) == {"input": {"prompt": "cat", "aspect_ratio": "1:1"}}
    assert (result.status, result.output_url, result.id) == ("succeeded", DELIVERY, None)


def test_async_body_is_polled_with_adaptive_interval_and_progress() -> None:
    time = FakeTime()
    script = Script([ok_json(SUBMITTED), status("starting"), status("processing"), status("processing"), done()])
    seen: list[PredictionStatus] = []
    result = jobs(script, time).p_image(prompt="cat", on_progress=seen.append)
    assert [str(r.url) for r in script.requests[1:]] == ["https://api.jobs.test/v1/predictions/status/p1"] * 4
    assert [s.status for s in seen] == ["starting", "processing", "succeeded"]  # changes only, not every poll
    assert time.sleeps == [0.05, 0.05, 0.05]  # elapsed is tiny: the 50 ms floor
    assert result.id == "p1" and result.output_url == DELIVERY


def test_endpoint_without_sync_does_not_send_try_sync() -> None:
    script = Script([ok_json(SUBMITTED), done()])
    jobs(script).wan_t2v(prompt="waves")
    assert "try-sync" not in script.requests[0].headers
    assert script.requests[0].headers["model"] == "wan-t2v"


def test_poll_interval_stays_within_five_percent_plus_50ms() -> None:
    assert poll_interval(0.0) == 0.05
    assert poll_interval(100.0) == 4.0
    assert poll_interval(10_000.0) == 5.0
    for elapsed in (0.1, 1.0, 7.0, 60.0, 120.0):
        assert poll_interval(elapsed) <= 0.05 * elapsed + 0.05


def test_long_job_polls_sparsely() -> None:
    time = FakeTime()
    time.t += 0  # the job is submitted at t=1000
    replies: list[httpx.Response] = [ok_json(SUBMITTED)]
    replies += [status("processing")] * 40 + [done()]
    script = Script(replies)
    jobs(script, time).p_image(prompt="cat")
    assert time.sleeps[-1] > time.sleeps[0]
    assert all(b >= a for a, b in zip(time.sleeps, time.sleeps[1:], strict=False))


def test_relative_generation_url_is_made_absolute_and_downloaded_with_auth(tmp_path: Path) -> None:
    script = Script([done("/v1/predictions/delivery/abc/out.png"), image(b"png!")])
    result = jobs(script).p_image(prompt="cat")
    assert result.output_url == "https://api.jobs.test/v1/predictions/delivery/abc/out.png"
    assert result.save(tmp_path / "o.png").read_bytes() == b"png!"
    assert script.requests[1].headers["apikey"] == KEY


def test_failed_prediction_carries_message_and_error() -> None:
    failed = status("failed", message="Prediction failed", error="Number of samples, -5, must be non-negative.")
    with pytest.raises(PredictionFailedError) as caught:
        jobs(Script([ok_json(SUBMITTED), failed])).p_image(prompt="cat")
    error = caught.value
    assert error.provider_message == "Prediction failed"
    assert error.error == "Number of samples, -5, must be non-negative."
    assert error.prediction_id == "p1"
    with pytest.raises(PredictionFailedError):
        jobs(Script([failed])).p_image(prompt="cat")  # Try-Sync answered with the failure itself


def test_canceled_and_unknown_statuses_stop_at_once() -> None:
    with pytest.raises(PredictionCanceledError):
        jobs(Script([ok_json(SUBMITTED), status("canceled")])).p_image(prompt="cat")
    script = Script([ok_json(SUBMITTED), status("paused")])
    with pytest.raises(UnknownPredictionStatusError) as caught:
        jobs(script).p_image(prompt="cat")
    assert caught.value.status == "paused" and len(script.requests) == 2


def test_deadline_raises_wait_timeout_with_the_prediction_id() -> None:
    time = FakeTime()
    script = Script([ok_json(SUBMITTED)] + [status("processing")] * 200)
    with pytest.raises(WaitTimeoutError) as caught:
        jobs(script, time).p_image(prompt="cat", deadline=3.0)
    assert caught.value.prediction_id == "p1" and caught.value.last_status == "processing"
    assert sum(time.sleeps) == pytest.approx(3.0)  # slept exactly up to the deadline, polled there, stopped


def test_client_default_deadline_applies() -> None:
    time = FakeTime()
    script = Script([ok_json(SUBMITTED)] + [status("processing")] * 200)
    with pytest.raises(WaitTimeoutError):
        jobs(script, time, deadline=1.0).p_image(prompt="cat")
    assert sum(time.sleeps) == pytest.approx(1.0)


def test_predictions_sub_resource_create_status_wait_run() -> None:
    script = Script([ok_json(SUBMITTED), status("processing", message="Generation in progress"), done(), done()])
    client = jobs(script)
    prediction = client.predictions.create(model="flux-dev", input={"prompt": "cat", "anything": 1})
    assert isinstance(prediction, Prediction) and prediction.id == "p1" and prediction.finished is None
    assert "try-sync" not in script.requests[0].headers and script.body(0) == {
        "input": {"prompt": "cat", "anything": 1}
    }
    current = client.predictions.status("p1")
    assert (current.status, current.message) == ("processing", "Generation in progress")
    assert client.predictions.wait(prediction).output_url == DELIVERY
    result = client.predictions.run(model="qwen-image", input={"prompt": "x"})
    assert script.requests[-1].headers["try-sync"] == "true" and result.status == "succeeded"


def test_wait_on_a_try_sync_finished_prediction_needs_no_request() -> None:
    script = Script([done()])
    client = jobs(script)
    prediction = client.predictions.create(model="p-image", input={"prompt": "x"}, hold=True)
    assert prediction.finished is not None
    assert client.predictions.wait(prediction).output_url == DELIVERY
    assert len(script.requests) == 1


def test_files_upload_multipart(tmp_path: Path) -> None:
    path = tmp_path / "photo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\nphoto")
    answer = {"id": "file-abc123", "urls": {"get": "https://api.jobs.test/v1/files/file-abc123"}}
    script = Script([ok_json(answer), ok_json(answer), ok_json(answer)])
    client = jobs(script)
    for source in (path, str(path), io.BytesIO(b"raw")):
        uploaded = client.files.upload(source)
    assert (uploaded.id, uploaded.url) == ("file-abc123", "https://api.jobs.test/v1/files/file-abc123")
    first = script.requests[0]
    assert first.headers["content-type"].startswith("multipart/form-data")
    assert b'name="content"; filename="photo.png"' in first.content and b"photo" in first.content


def upload_answer(n: int) -> httpx.Response:
    return ok_json({"id": f"f{n}", "urls": {"get": f"https://api.jobs.test/v1/files/f{n}"}})


def test_generate_uploads_local_files_and_sends_their_urls(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(b"\xff\xd8\xffjpeg")
    script = Script([upload_answer(1), upload_answer(2), done()])
    jobs(script).p_image(prompt="cat", images=[path, "https://elsewhere.test/b.png", b"\x89PNG\r\n\x1a\n"])
    assert [r.url.path for r in script.requests] == ["/v1/files", "/v1/files", "/v1/predictions"]
    assert script.body()["input"]["images"] == [
        "https://api.jobs.test/v1/files/f1",
        "https://elsewhere.test/b.png",
        "https://api.jobs.test/v1/files/f2",
    ]


def test_nothing_is_uploaded_when_other_parameters_are_invalid(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(b"jpeg")
    script = Script()
    with pytest.raises(InvalidParameterError):
        jobs(script).p_image(prompt="cat", images=[path], seed=-9)
    with pytest.raises(InvalidParameterError, match=r"images\[0\]='.*missing.png' cannot be read"):
        jobs(script).p_image(prompt="cat", images=[tmp_path / "missing.png"])
    assert script.requests == []


def test_download_of_absolute_or_relative_urls(tmp_path: Path) -> None:
    script = Script([image(b"1"), image(b"2")])
    client = jobs(script)
    assert client.download("/v1/predictions/delivery/x.png") == b"1"
    assert client.download_to(DELIVERY, tmp_path / "y.png").read_bytes() == b"2"
    assert [str(r.url) for r in script.requests] == ["https://api.jobs.test/v1/predictions/delivery/x.png", DELIVERY]


@pytest.mark.asyncio
async def test_async_client_polls_and_downloads(tmp_path: Path) -> None:
    time = FakeTime()
    script = Script([ok_json(SUBMITTED), status("processing"), httpx.Response(503), done(), image(b"vid")])
    seen: list[str] = []
    async with async_jobs(script, time) as client:
        result = await client.p_image(prompt="cat", on_progress=lambda s: seen.append(s.status))
        assert seen == ["processing", "succeeded"]
        assert (await result.save(tmp_path / "v.mp4")).read_bytes() == b"vid"
    assert time.sleeps == [0.05, 0.5]  # one poll interval, one backoff for the 503


@pytest.mark.asyncio
async def test_async_sub_resources() -> None:
    answer = {"id": "f1", "urls": {"get": "https://api.jobs.test/v1/files/f1"}}
    script = Script([ok_json(answer), ok_json(SUBMITTED), status("processing"), done(), done()])
    client = async_jobs(script)
    assert (await client.files.upload(b"x")).id == "f1"
    prediction = await client.predictions.create(model="m", input={})
    assert (await client.predictions.status("p1")).status == "processing"
    assert (await client.predictions.wait(prediction)).output_url == DELIVERY
    assert (await client.predictions.run(model="m", input={})).status == "succeeded"
    with pytest.raises(WaitTimeoutError):
        script.replies[:] = [status("processing")] * 10
        await client.predictions.wait("p1", deadline=0.0)


def test_progress_reports_carry_the_time_since_the_call_began() -> None:
    time = FakeTime()
    script = Script([ok_json(SUBMITTED), status("processing"), done()])
    seen: list[PredictionStatus] = []
    jobs(script, time).p_image(prompt="cat", on_progress=seen.append)
    assert [s.elapsed for s in seen] == [0.0, pytest.approx(0.05)]


def test_save_streams_the_output_to_a_file_that_appears_only_when_complete(tmp_path: Path) -> None:
    big = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4096
    short = httpx.Response(
        200, content=big[:1000], headers={"content-type": "image/png", "content-length": str(len(big))}
    )
    script = Script([done(), short, image(big)])
    target = tmp_path / "out.png"
    result = jobs(script).p_image(prompt="cat")
    assert result.save(target) == target and target.read_bytes() == big  # the short body was retried
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.png"]  # no partial file left behind


@pytest.mark.asyncio
async def test_async_save_streams_too(tmp_path: Path) -> None:
    script = Script([done(), image(b"\x89PNG\r\n\x1a\nasync")])
    result = await async_jobs(script).p_image(prompt="cat")
    saved = await result.save(tmp_path / "a.png")
    assert saved.read_bytes() == b"\x89PNG\r\n\x1a\nasync"
