"""The generated Segmind client's v1 (direct) API against the double written from Segmind's model pages: a whole
call, sync and async, the image bytes or a JSON answer, and the pages' errors."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable
from pathlib import Path
from typing import Any

import imagegen_typed
import pytest

from .segmind import SegmindDouble
from .server import MEDIA

KEY = "test-key"


@pytest.fixture
def segmind(start: Callable[[SegmindDouble], SegmindDouble]) -> SegmindDouble:
    return start(SegmindDouble(api_key=KEY))


def test_v1_answers_the_image_bytes_the_client_saves(segmind: SegmindDouble, tmp_path: Path) -> None:
    with imagegen_typed.Segmind(api_key=KEY, base_url=segmind.base_url) as client:
        result = client.p_image(prompt="a lighthouse", aspect_ratio="1:1", seed=7)
        saved = result.save(tmp_path / "lighthouse.jpg")
    assert saved.read_bytes() == MEDIA["jpeg"] and result.content_type == "image/jpeg"
    (sent,) = segmind.requests
    assert (sent.method, sent.path, sent.headers["x-api-key"]) == ("POST", "/v1/p-image", KEY)
    assert sent.json() == {"prompt": "a lighthouse", "aspect_ratio": "1:1", "seed": 7}  # nothing else sent


def test_v1_json_answer_holding_base64_media(start: Callable[[SegmindDouble], SegmindDouble]) -> None:
    """The pages marked "Returns: Text/JSON" show no body; one holding the image in base64 is read."""
    body = {"image": base64.b64encode(MEDIA["png"]).decode(), "status": "Success"}
    segmind = start(SegmindDouble(api_key=KEY, v1_json=body))
    with imagegen_typed.Segmind(api_key=KEY, base_url=segmind.base_url) as client:
        result = client.p_image(prompt="a lighthouse")
    assert result.content is None and result.media_bytes() == MEDIA["png"]


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        ("insufficient_credits", "InsufficientCreditsError"),
        ("rate_limited", "RateLimitError"),
        ("server_error", "InternalServerError"),
        ("timeout", "GatewayTimeoutError"),
    ],
)
def test_errors_are_typed_with_the_pages_message(segmind: SegmindDouble, failure: str, error: str) -> None:
    segmind.fail_next(failure)
    with imagegen_typed.Segmind(api_key=KEY, base_url=segmind.base_url, max_retries=0) as client:
        with pytest.raises(imagegen_typed.APIStatusError) as caught:
            client.p_image(prompt="a lighthouse")
    assert type(caught.value) is getattr(imagegen_typed.segmind, error)
    assert caught.value.message == caught.value.body["error"]


def test_a_wrong_key_is_an_authentication_error(segmind: SegmindDouble) -> None:
    with imagegen_typed.Segmind(api_key="wrong", base_url=segmind.base_url) as client:
        with pytest.raises(imagegen_typed.segmind.AuthenticationError, match="invalid API key"):
            client.p_image(prompt="x")


def test_async_v1_call(segmind: SegmindDouble) -> None:
    async def call() -> Any:
        async with imagegen_typed.AsyncSegmind(api_key=KEY, base_url=segmind.base_url) as client:
            return await client.p_image(prompt="a lighthouse")

    assert asyncio.run(call()).media_bytes() == MEDIA["jpeg"]
