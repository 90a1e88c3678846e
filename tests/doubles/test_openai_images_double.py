"""The OpenAI Images double follows openai-openapi: generations (JSON), edits (multipart), errors, request ids."""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from .openai_images import OpenAIImagesDouble
from .server import MEDIA, load_document

KEY = {"Authorization": "Bearer test-key"}
PNG = ("in.png", MEDIA["png"], "image/png")


@pytest.fixture
def openai(start: Callable[[OpenAIImagesDouble], OpenAIImagesDouble]) -> OpenAIImagesDouble:
    return start(OpenAIImagesDouble())


def generate(openai: OpenAIImagesDouble, body: dict[str, object]) -> httpx.Response:
    return httpx.post(f"{openai.base_url}/images/generations", json=body, headers=KEY)


def test_dall_e_2_is_the_default_and_answers_urls_on_another_host(openai: OpenAIImagesDouble) -> None:
    answer = generate(openai, {"prompt": "an otter", "n": 2})
    assert answer.status_code == 200
    assert answer.headers["x-request-id"].startswith("req_")
    data = answer.json()["data"]
    assert len(data) == 2 and all(item["url"].startswith(openai.url("files")) for item in data)
    assert httpx.get(data[0]["url"]).content == MEDIA["png"]
    assert httpx.get(data[0]["url"], headers=KEY).status_code == 403
    assert [r.host for r in openai.refused] == ["files"]


def test_gpt_image_answers_base64_and_usage_like_the_published_example(openai: OpenAIImagesDouble) -> None:
    answer = generate(openai, {"model": "gpt-image-1", "prompt": "an otter", "size": "1024x1024"}).json()
    example = load_document("openai", "examples/images-generations.response.json")
    assert set(example) <= set(answer)
    assert set(example["usage"]) == set(answer["usage"])
    assert base64.b64decode(answer["data"][0]["b64_json"]) == MEDIA["png"]


def test_dall_e_3_revises_the_prompt_and_allows_only_one_image(openai: OpenAIImagesDouble) -> None:
    one = generate(openai, {"model": "dall-e-3", "prompt": "an otter", "response_format": "b64_json"}).json()
    assert "revised_prompt" in one["data"][0] and "b64_json" in one["data"][0]
    two = generate(openai, {"model": "dall-e-3", "prompt": "an otter", "n": 2})
    assert (two.status_code, two.json()["error"]["param"]) == (400, "n")


@pytest.mark.parametrize(
    ("body", "param"),
    [({"prompt": "x", "n": 11}, "n"), ({"prompt": "x", "quality": "ultra"}, "quality"), ({"n": 1}, "prompt")],
)
def test_a_value_the_document_forbids_is_a_400_naming_the_param(
    openai: OpenAIImagesDouble, body: dict[str, object], param: str
) -> None:
    answer = generate(openai, body)
    assert answer.status_code == 400
    assert set(answer.json()["error"]) == {"message", "type", "param", "code"}
    assert answer.json()["error"]["param"] == param


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "test-key"}])
def test_a_missing_or_wrong_key_is_a_401_with_a_request_id(openai: OpenAIImagesDouble, headers: dict[str, str]) -> None:
    answer = httpx.post(f"{openai.base_url}/images/generations", json={"prompt": "x"}, headers=headers)
    assert (answer.status_code, answer.json()["error"]["code"]) == (401, "invalid_api_key")
    assert answer.headers["x-request-id"]


def test_an_edit_is_multipart_with_image_files(openai: OpenAIImagesDouble) -> None:
    files = [("image[]", PNG), ("image[]", ("b.png", MEDIA["png"], "image/png")), ("mask", PNG)]
    answer = httpx.post(
        f"{openai.base_url}/images/edits",
        headers=KEY,
        files=files,
        data={"prompt": "a basket", "model": "gpt-image-1", "n": "2"},
    )
    assert answer.status_code == 200, answer.text
    assert len(answer.json()["data"]) == 2
    form = openai.requests[-1].form()
    assert [part.filename for part in form["image[]"]] == ["in.png", "b.png"]
    assert form["mask"][0].data == MEDIA["png"]


@pytest.mark.parametrize(
    ("files", "param"),
    [
        ([("image", ("a.gif", b"GIF89a", "image/gif"))], "image"),
        ([("image", ("a.png", b"", "image/png"))], "image"),
        ([("mask", PNG)], "image"),
    ],
)
def test_an_edit_checks_its_files(openai: OpenAIImagesDouble, files: Any, param: str) -> None:
    answer = httpx.post(f"{openai.base_url}/images/edits", headers=KEY, files=files, data={"prompt": "x"})
    assert (answer.status_code, answer.json()["error"]["param"]) == (400, param)


def test_an_edit_may_also_be_json_with_image_references(openai: OpenAIImagesDouble) -> None:
    body = {"prompt": "x", "images": [{"image_url": "https://example.com/a.png"}]}
    assert httpx.post(f"{openai.base_url}/images/edits", headers=KEY, json=body).status_code == 200
    assert httpx.post(f"{openai.base_url}/images/edits", headers=KEY, json={"prompt": "x"}).status_code == 400


@pytest.mark.parametrize(
    ("kind", "status"), [("content_policy_violation", 400), ("rate_limit_exceeded", 429), ("server_error", 500)]
)
def test_queued_failures_answer_the_error_envelope(openai: OpenAIImagesDouble, kind: str, status: int) -> None:
    openai.fail_next(kind)
    answer = generate(openai, {"prompt": "x"})
    assert (answer.status_code, answer.json()["error"]["code"]) == (status, kind)
    assert generate(openai, {"prompt": "x"}).status_code == 200
