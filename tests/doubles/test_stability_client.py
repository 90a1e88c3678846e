"""The generated Stability AI client against the double written from Stability's document: whole calls, sync and
async, with both answers the Accept header chooses, multipart inputs with a real image, the finish reason and the
document's error bodies."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import imagegen_typed
import pytest

from .server import DOCUMENTS, MEDIA, load_document
from .stability import StabilityDouble

KEY = "test-key"
EXAMPLES = sorted((DOCUMENTS / "stability" / "examples").glob("error.*.json"))


@pytest.fixture
def stability(start: Callable[[StabilityDouble], StabilityDouble]) -> StabilityDouble:
    return start(StabilityDouble(api_key=KEY))


def client(double: StabilityDouble, **options: Any) -> Any:
    return imagegen_typed.StabilityAI(api_key=KEY, base_url=double.base_url, **options)


def fields(form: dict[str, Any]) -> dict[str, str]:
    return {name: parts[0].data.decode() for name, parts in form.items() if parts[0].filename is None}


def test_core_answers_the_image_bytes_with_its_seed_and_finish_reason(
    stability: StabilityDouble, tmp_path: Path
) -> None:
    with client(stability) as api:
        result = api.core(prompt="a lighthouse", seed=1234, aspect_ratio="16:9")
        saved = result.save(tmp_path / "lighthouse.png")
    assert saved.read_bytes() == MEDIA["png"] == result.content
    assert (result.content_type, result.seed, result.finish_reason) == ("image/png", 1234, "SUCCESS")
    assert result.request_id == result.headers["x-request-id"]
    (sent,) = stability.requests
    assert (sent.path, sent.headers["authorization"], sent.headers["accept"]) == (
        "/v2beta/stable-image/generate/core",
        f"Bearer {KEY}",
        "image/*",
    )
    assert sent.headers["content-type"].startswith("multipart/form-data")
    assert fields(sent.form()) == {"prompt": "a lighthouse", "seed": "1234", "aspect_ratio": "16:9"}


def test_core_answers_json_with_base64_when_the_caller_asks_for_it(stability: StabilityDouble) -> None:
    with client(stability) as api:
        result = api.core(prompt="a lighthouse", output_format="webp", accept="json")
    assert stability.requests[0].headers["accept"] == "application/json"
    assert result.content is None and result.content_type == "application/json"
    assert result.media_bytes() == MEDIA["webp"] and result.outputs[0].fields["finish_reason"] == "SUCCESS"
    assert (result.seed, result.finish_reason) == (343940597, "SUCCESS")  # 0 / unset: the double's random seed


@pytest.mark.parametrize("kind", ["path", "bytes", "file object"])
def test_ultra_transforms_a_real_image_sent_as_a_file_part(
    stability: StabilityDouble, tmp_path: Path, kind: str
) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(MEDIA["png"])
    with client(stability) as api, photo.open("rb") as opened:
        image: Any = {"path": photo, "bytes": MEDIA["png"], "file object": opened}[kind]
        result = api.ultra(prompt="as a watercolor", image=image, strength=0.6, output_format="jpeg")
    assert result.media_bytes() == MEDIA["jpeg"] and result.content_type == "image/jpeg"
    form = stability.requests[0].form()
    (part,) = form["image"]
    assert part.data == MEDIA["png"] and part.content_type == "image/png"
    assert part.filename == ("upload" if kind == "bytes" else "photo.png")
    assert fields(form) == {"prompt": "as a watercolor", "strength": "0.6", "output_format": "jpeg"}


def test_ultra_without_strength_is_the_provider_s_bad_request(stability: StabilityDouble) -> None:
    """The document requires strength with image; the spec cannot say so, so the provider's 400 is what the
    caller gets: typed, with the provider's message, error name and id."""
    with client(stability) as api, pytest.raises(imagegen_typed.stability.BadRequestError) as caught:
        api.ultra(prompt="as a watercolor", image=MEDIA["png"])
    assert "strength" in caught.value.message and caught.value.code == "bad_request"
    assert caught.value.request_id and caught.value.request_id == caught.value.body["id"]


@pytest.mark.parametrize("accept", ["image", "json"])
def test_a_filtered_output_is_not_handed_over_as_a_success(stability: StabilityDouble, accept: str) -> None:
    stability.fail_next("content_filtered")
    with client(stability) as api, pytest.raises(imagegen_typed.ContentFilteredError) as caught:
        api.core(prompt="a lighthouse", accept=accept)
    assert caught.value.finish_reason == "CONTENT_FILTERED"
    result = caught.value.result
    assert isinstance(result, imagegen_typed.GenerationResult) and result.media_bytes() == MEDIA["png"]
    assert caught.value.request_id == result.request_id and result.request_id


@pytest.mark.parametrize(
    ("failure", "error", "status"),
    [
        ("content_moderation", "ContentModerationError", 403),
        ("invalid_language", "UnprocessableEntityError", 422),
        ("rate_limit_exceeded", "RateLimitError", 429),
        ("internal_error", "InternalServerError", 500),
    ],
)
def test_errors_are_typed_with_the_provider_s_messages_name_and_id(
    stability: StabilityDouble, failure: str, error: str, status: int
) -> None:
    stability.fail_next(failure)
    with client(stability, max_retries=0) as api, pytest.raises(imagegen_typed.APIStatusError) as caught:
        api.core(prompt="a lighthouse")
    assert type(caught.value) is getattr(imagegen_typed.stability, error)
    assert (caught.value.status_code, caught.value.code) == (status, failure)
    assert caught.value.message == "; ".join(caught.value.body["errors"])
    assert caught.value.request_id == caught.value.body["id"]


def test_a_wrong_key_is_an_authentication_error(stability: StabilityDouble) -> None:
    with imagegen_typed.StabilityAI(api_key="wrong", base_url=stability.base_url) as api:
        with pytest.raises(imagegen_typed.stability.AuthenticationError):
            api.core(prompt="x")


def test_async_calls_with_both_answers(stability: StabilityDouble, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    photo.write_bytes(MEDIA["png"])

    async def calls() -> list[Any]:
        async with imagegen_typed.AsyncStabilityAI(api_key=KEY, base_url=stability.base_url) as api:
            return list(
                await asyncio.gather(
                    api.core(prompt="a lighthouse", seed=5),
                    api.core(prompt="a lighthouse", seed=6, accept="json"),
                    api.ultra(prompt="a watercolor", image=photo, strength=0.3),
                )
            )

    binary, encoded, transformed = asyncio.run(calls())
    assert (binary.seed, encoded.seed) == (5, 6)
    assert binary.media_bytes() == encoded.media_bytes() == transformed.media_bytes() == MEDIA["png"]


def _example_status(body: dict[str, Any]) -> int:
    """The status under which the document shows an error example (found by its id, wherever it is shown)."""
    document = load_document("stability")
    operation = document["paths"]["/v2beta/stable-image/generate/ultra"]["post"]
    for status, response in operation["responses"].items():
        shown = json.dumps(response)
        if "$ref" in shown:
            shown += json.dumps(document["components"]["schemas"])  # ContentModerationResponse holds its example
        if json.dumps(body["id"]) in shown and status != "200":
            return int(status)
    raise AssertionError(f"the document shows no error with id {body['id']!r}")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_document_s_error_examples_are_read(example: Path) -> None:
    body = json.loads(example.read_text(encoding="utf-8"))
    status = _example_status(body)
    http = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(status, json=body)))
    with imagegen_typed.StabilityAI(api_key=KEY, http_client=http, max_retries=0) as api:
        with pytest.raises(imagegen_typed.APIStatusError) as caught:
            api.core(prompt="a lighthouse")
    assert caught.value.status_code == status and caught.value.code == body["name"]
    assert caught.value.message == "; ".join(body["errors"]) and caught.value.request_id == body["id"]
