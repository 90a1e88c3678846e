"""Direct style: flat JSON POST, media bytes or JSON back, the untyped run() escape hatch."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import httpx
import pytest

from imagegen_specgen.runtime import ResponseParseError

from .fakes import KEY, Script, async_direct, direct, image, ok_json

PNG = b"\x89PNG\r\n\x1a\npixels"


def test_request_shape() -> None:
    script = Script([image(PNG)])
    direct(script).p_image(prompt="cat", seed=7, extra_headers={"x-trace": "t1"})
    sent = script.requests[0]
    assert (sent.method, str(sent.url)) == ("POST", "https://api.direct.test/v1/p-image")
    assert sent.headers["x-api-key"] == KEY
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["x-trace"] == "t1"
    assert json.loads(sent.content) == {"prompt": "cat", "seed": 7}


def test_image_bytes_result_with_headers(tmp_path: Path) -> None:
    headers = {"x-remaining-credits": "12.5", "x-seed-value": "991", "x-request-id": "r-1"}
    result = direct(Script([image(PNG, headers)])).p_image(prompt="cat")
    assert (result.content, result.content_type, result.json) == (PNG, "image/png", None)
    assert (result.remaining_credits, result.seed, result.request_id) == (12.5, 991, "r-1")
    assert result.save(tmp_path / "out.png").read_bytes() == PNG


def test_octet_stream_is_bytes_and_odd_headers_are_ignored() -> None:
    response = httpx.Response(
        200, content=PNG, headers={"content-type": "application/octet-stream", "x-seed-value": "n/a"}
    )
    result = direct(Script([response])).p_image(prompt="cat")
    assert result.content == PNG and result.seed is None and result.remaining_credits is None


def test_json_result_with_base64_image_saves_decoded_bytes(tmp_path: Path) -> None:
    encoded = base64.b64encode(PNG).decode()
    for body in ({"image": encoded}, {"images": [f"data:image/png;base64,{encoded}"]}, {"output": encoded}):
        result = direct(Script([ok_json(body)])).p_image(prompt="cat")
        assert result.content is None and result.json == body
        assert result.save(tmp_path / "out.png").read_bytes() == PNG


def test_json_result_without_image_data_explains(tmp_path: Path) -> None:
    result = direct(Script([ok_json({"image": "https://cdn.test/x.png"})])).p_image(prompt="cat")
    with pytest.raises(ResponseParseError, match="holds a URL"):
        result.save(tmp_path / "x.png")
    result = direct(Script([ok_json({"status": "ok"})])).p_image(prompt="cat")
    with pytest.raises(ResponseParseError, match="no base64 image"):
        result.save(tmp_path / "x.png")


def test_unexpected_content_type_is_a_parse_error() -> None:
    html = httpx.Response(200, text="<html>", headers={"content-type": "text/html"})
    with pytest.raises(ResponseParseError, match="text/html"):
        direct(Script([html])).p_image(prompt="cat")


def test_run_escape_hatch_sends_params_unvalidated() -> None:
    script = Script([image(PNG)])
    result = direct(script).run("flux-schnell", {"prompt": "cat", "steps": "many"})
    assert str(script.requests[0].url) == "https://api.direct.test/v1/flux-schnell"
    assert script.body() == {"prompt": "cat", "steps": "many"}
    assert result.content == PNG


@pytest.mark.asyncio
async def test_async_client_same_behaviour() -> None:
    script = Script([httpx.Response(502), image(PNG, {"x-seed-value": "3"})])
    client = async_direct(script)
    result = await client.p_image(prompt="cat", aspect_ratio="1:1")
    assert result.content == PNG and result.seed == 3
    assert len(script.requests) == 2 and script.body()["aspect_ratio"] == "1:1"
    script.replies.append(image(b"raw"))
    assert (await client.run("x", {"a": 1})).content == b"raw"
    await client.close()
