"""The generated OpenAI Images client against the double written from OpenAI's document: whole calls, sync and async.

What the spec claims (the model in the body's model field, per-model values, base64 and URL outputs, multipart
edits with image[] parts, the error envelope and x-request-id) is checked here against a server that answers as
the document says, not against the mock built from the same spec.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import imagegen_typed
import pytest

from .openai_images import OpenAIImagesDouble
from .server import DOCUMENTS, MEDIA

KEY = "test-key"
EXAMPLES = sorted((DOCUMENTS / "openai" / "examples").glob("*.json"))


@pytest.fixture
def openai(start: Callable[[OpenAIImagesDouble], OpenAIImagesDouble]) -> OpenAIImagesDouble:
    return start(OpenAIImagesDouble(api_key=KEY))


def client(double: OpenAIImagesDouble, **options: Any) -> Any:
    # The spec's paths hold /v1 (base URL https://api.openai.com); the double's base_url already ends in /v1.
    return imagegen_typed.OpenAIImages(api_key=KEY, base_url=double.url("api"), **options)


def async_client(double: OpenAIImagesDouble, **options: Any) -> Any:
    return imagegen_typed.AsyncOpenAIImages(api_key=KEY, base_url=double.url("api"), **options)


def test_gpt_image_1_generates_base64_images_the_client_decodes_and_saves(
    openai: OpenAIImagesDouble, tmp_path: Path
) -> None:
    with client(openai) as images:
        result = images.gpt_image_1(prompt="an otter", n=2, quality="high", size="1024x1536")
        saved = result.save(tmp_path / "otter.png")
    assert [output.data for output in result.outputs] == [MEDIA["png"], MEDIA["png"]]
    assert saved.read_bytes() == MEDIA["png"] and result.outputs[1].url is None
    assert result.json["usage"]["total_tokens"] > 0
    assert result.request_id == result.headers["x-request-id"] and result.request_id.startswith("req_")
    (sent,) = openai.requests
    assert (sent.method, sent.path, sent.headers["authorization"]) == (
        "POST",
        "/v1/images/generations",
        f"Bearer {KEY}",
    )
    assert sent.json() == {"model": "gpt-image-1", "prompt": "an otter", "n": 2, "quality": "high", "size": "1024x1536"}


def test_dall_e_3_answers_a_url_fetched_without_the_key_and_keeps_the_revised_prompt(
    openai: OpenAIImagesDouble,
) -> None:
    with client(openai) as images:
        result = images.dall_e_3(prompt="an otter", style="natural")
    (output,) = result.outputs
    assert output.url is not None and output.url.startswith(openai.url("files"))
    assert output.data == MEDIA["png"] == result.media_bytes()
    assert output.fields["revised_prompt"] == "A revised version of: an otter"
    (fetched,) = openai.requests_to("files")
    assert "authorization" not in fetched.headers and openai.refused == []
    assert openai.requests_to("api")[0].json()["model"] == "dall-e-3"


def test_dall_e_2_answers_base64_when_asked(openai: OpenAIImagesDouble) -> None:
    with client(openai) as images:
        result = images.dall_e_2(prompt="an otter", response_format="b64_json", n=3, size="256x256")
    assert len(result.outputs) == 3 and all(o.url is None and o.data == MEDIA["png"] for o in result.outputs)
    assert openai.requests_to("files") == []


@pytest.mark.parametrize(
    ("method", "arguments", "named"),
    [
        ("dall_e_3", {"size": "256x256"}, "size"),  # dall-e-2's size: dall-e-3's own list refuses it
        ("dall_e_3", {"n": 2}, "n"),  # dall-e-3 makes one image per request
        ("dall_e_2", {"quality": "hd"}, "quality"),
        ("gpt_image_1", {"size": "1792x1024"}, "size"),
    ],
)
def test_each_model_refuses_another_model_s_values_before_sending(
    openai: OpenAIImagesDouble, method: str, arguments: dict[str, Any], named: str
) -> None:
    with client(openai) as images, pytest.raises(imagegen_typed.InvalidParameterError, match=named):
        getattr(images, method)(prompt="an otter", **arguments)
    assert openai.requests == []


def _png_file(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_bytes(MEDIA["png"])
    return path


def test_an_edit_sends_real_files_as_image_parts_and_a_mask(openai: OpenAIImagesDouble, tmp_path: Path) -> None:
    photo, mask = _png_file(tmp_path, "photo.png"), _png_file(tmp_path, "mask.png")
    with client(openai) as images, photo.open("rb") as opened:
        result = images.gpt_image_1_edit(
            prompt="add a hat", image=[photo, MEDIA["png"], opened], mask=str(mask), input_fidelity="high"
        )
    assert result.media_bytes() == MEDIA["png"]
    (sent,) = openai.requests
    assert sent.path == "/v1/images/edits" and sent.headers["content-type"].startswith("multipart/form-data")
    form = sent.form()
    assert [p.data for p in form["image[]"]] == [MEDIA["png"]] * 3
    assert [p.filename for p in form["image[]"]][0::2] == ["photo.png", "photo.png"]
    assert {p.content_type for p in form["image[]"]} == {"image/png"}
    assert form["mask"][0].filename == "mask.png" and form["mask"][0].data == MEDIA["png"]
    fields = {name: parts[0].data.decode() for name, parts in form.items() if name not in ("image[]", "mask")}
    assert fields == {"model": "gpt-image-1", "prompt": "add a hat", "input_fidelity": "high"}


def test_an_edit_with_a_file_that_cannot_be_read_fails_before_sending(
    openai: OpenAIImagesDouble, tmp_path: Path
) -> None:
    with client(openai) as images:
        with pytest.raises(imagegen_typed.InvalidParameterError, match=r"image\[1\]=.*missing.png.*cannot be read"):
            images.gpt_image_1_edit(prompt="x", image=[MEDIA["png"], tmp_path / "missing.png"])
        with pytest.raises(imagegen_typed.InvalidParameterError, match=r"mask=.* is a URL"):
            images.gpt_image_1_edit(prompt="x", image=[MEDIA["png"]], mask="https://example.com/mask.png")
    assert openai.requests == []


@pytest.mark.parametrize(
    ("failure", "error", "status"),
    [
        ("content_policy_violation", "BadRequestError", 400),
        ("rate_limit_exceeded", "RateLimitError", 429),
        ("server_error", "InternalServerError", 500),
    ],
)
def test_errors_are_typed_with_the_provider_s_message_code_and_request_id(
    openai: OpenAIImagesDouble, failure: str, error: str, status: int
) -> None:
    openai.fail_next(failure)
    with client(openai, max_retries=0) as images, pytest.raises(imagegen_typed.APIStatusError) as caught:
        images.gpt_image_1(prompt="an otter")
    assert type(caught.value) is getattr(imagegen_typed.openai, error)
    assert caught.value.status_code == status and caught.value.code == failure
    assert caught.value.response is not None and len(openai.requests) == 1
    assert caught.value.request_id == caught.value.response.headers["x-request-id"]
    assert caught.value.request_id.startswith("req_")
    assert caught.value.message and caught.value.message in str(caught.value)


def test_a_wrong_key_is_an_authentication_error(openai: OpenAIImagesDouble) -> None:
    with imagegen_typed.OpenAIImages(api_key="wrong", base_url=openai.url("api")) as images:
        with pytest.raises(imagegen_typed.openai.AuthenticationError, match="Incorrect API key") as caught:
            images.dall_e_2(prompt="x")
    assert caught.value.code == "invalid_api_key"


def test_async_generation_and_edit(openai: OpenAIImagesDouble, tmp_path: Path) -> None:
    photo = _png_file(tmp_path, "photo.png")

    async def calls() -> list[Any]:
        async with async_client(openai) as images:
            return list(
                await asyncio.gather(
                    images.dall_e_3(prompt="an otter"),
                    images.gpt_image_1(prompt="an otter"),
                    images.gpt_image_1_edit(prompt="a hat", image=[photo]),
                )
            )

    url, b64, edited = asyncio.run(calls())
    assert url.outputs[0].url and url.media_bytes() == b64.media_bytes() == edited.media_bytes() == MEDIA["png"]
    assert openai.refused == []


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_document_s_example_answers_are_read(example: Path) -> None:
    """Each published example, as the client reads it: the outputs where the spec says (the examples hold "..."
    for the image, which the client reports as not base64; with a real image in its place, every field)."""
    body = json.loads(example.read_text(encoding="utf-8"))

    def answer(data: dict[str, Any]) -> Callable[[httpx.Request], httpx.Response]:
        return lambda request: httpx.Response(200, json=data, headers={"x-request-id": "req_example"})

    def call(data: dict[str, Any]) -> Any:
        http = httpx.Client(transport=httpx.MockTransport(answer(data)))
        with imagegen_typed.OpenAIImages(api_key=KEY, http_client=http) as images:
            return images.gpt_image_1(prompt="an otter")

    with pytest.raises(imagegen_typed.ResponseParseError, match=r"data\[\]\.b64_json is not valid base64"):
        call(body)
    real = {**body, "data": [{**item, "b64_json": base64.b64encode(MEDIA["png"]).decode()} for item in body["data"]]}
    result = call(real)
    assert result.media_bytes() == MEDIA["png"] and result.json["usage"] == body["usage"]
    assert result.request_id == "req_example"
