"""Direct APIs of other shapes, as data: models on one path told apart by a body field, multipart bodies with
files, answers chosen by an Accept header, outputs located in JSON (base64, URLs, data: URIs), finish reasons."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import BaseModel, ConfigDict, StrictStr

from imagegen_specgen.mock.multipart import parse_form
from imagegen_specgen.runtime import (
    NOT_GIVEN,
    AcceptChoice,
    ContentFilteredError,
    DirectInfo,
    EndpointInfo,
    FileInput,
    GenerationResult,
    InvalidParameterError,
    NotGiven,
    OutputField,
    ParamInfo,
    ResponseParseError,
)
from imagegen_specgen.runtime import multipart as multipart_module
from imagegen_specgen.runtime.responses import dig_all

from .fakes import KEY, AsyncDirect, Direct, FakeTime, Script, image, ok_json

PNG = b"\x89PNG\r\n\x1a\npixels"
SHAPED = DirectInfo(
    name="shaped",
    path="/v1/images",
    model_field="model",
    request_body="multipart",
    multipart_arrays="brackets",
    accept=(
        AcceptChoice(name="image", value="image/*", body="bytes"),
        AcceptChoice(name="json", value="application/json", body="json"),
    ),
    outputs=(OutputField(path="data[].url"), OutputField(path="data[].b64_json", encoding="base64")),
    seed_field="seed",
    finish_reason_header="finish-reason",
    finish_reason_field="finish_reason",
    filtered=("FILTERED",),
)
EDIT = EndpointInfo(
    model_id="painter-edit",
    method="painter_edit",
    wire_id="painter",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="image", file="many"),
        ParamInfo(wire="mask", file="one"),
        ParamInfo(wire="steps"),
    ),
)


class EditRequest(BaseModel):
    """As generated for file parameters: the request model sees a placeholder text for each file."""

    model_config = ConfigDict(extra="forbid")
    prompt: StrictStr
    image: list[StrictStr] | None = None
    mask: StrictStr | None = None
    steps: int | None = None


def _values(prompt: str, image: object, mask: object, steps: object) -> dict[str, object]:
    return {"prompt": prompt, "image": image, "mask": mask, "steps": steps}


class Shaped(Direct):
    _api = SHAPED

    def painter_edit(
        self,
        *,
        prompt: str,
        image: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        mask: FileInput | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        accept: str | NotGiven = NOT_GIVEN,
    ) -> GenerationResult:
        return self._generate(EDIT, EditRequest, _values(prompt, image, mask, steps), accept=accept)


class AsyncShaped(AsyncDirect):
    _api = SHAPED

    async def painter_edit(self, *, prompt: str, image: Any = NOT_GIVEN, mask: Any = NOT_GIVEN) -> GenerationResult:
        return await self._generate(EDIT, EditRequest, _values(prompt, image, mask, NOT_GIVEN))


def shaped(script: Script) -> Shaped:
    time = FakeTime()
    http = httpx.Client(transport=httpx.MockTransport(script))
    return Shaped(api_key=KEY, http_client=http, sleep=time.sleep, clock=time.clock, random=lambda: 0.0)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize(
    ("path", "reached"),
    [
        ("output", ["u"]),
        ("result.sample", ["s"]),
        ("images[].url", ["a", "b"]),
        ("data[].b64_json", ["x"]),
        ("list", ["1", "2"]),  # a list at the end yields each element
        ("output[]", []),  # [] on a non-list reaches nothing
        ("missing.deeper", []),
        ("nothing", []),  # null reaches nothing
    ],
)
def test_dig_all_reaches_every_value_of_a_path(path: str, reached: list[object]) -> None:
    body = {
        "output": "u",
        "result": {"sample": "s"},
        "images": [{"url": "a"}, {"url": "b"}, {"size": 3}],
        "data": [{"b64_json": "x", "revised_prompt": "p"}],
        "list": ["1", "2"],
        "nothing": None,
    }
    assert dig_all(body, path) == reached


def test_the_model_field_and_files_go_as_a_multipart_form() -> None:
    script = Script([image(PNG)])
    shaped(script).painter_edit(prompt="a hat", image=[PNG, io.BytesIO(PNG)], mask=PNG, steps=4)
    sent = script.requests[0]
    assert sent.headers["accept"] == "image/*"  # the API's first choice, unless the caller chooses
    parts = parse_form(sent.headers["content-type"], sent.content)
    assert [(p.name, p.filename, p.data) for p in parts] == [
        ("model", None, b"painter"),  # the wire id, not the spec's own id
        ("prompt", None, b"a hat"),
        ("steps", None, b"4"),
        ("image[]", "upload", PNG),
        ("image[]", "upload", PNG),
        ("mask", "upload", PNG),
    ]
    assert {p.content_type for p in parts if p.filename} == {"image/png"}


def test_a_file_is_read_off_the_event_loop(tmp_path: Path) -> None:
    readers: list[str] = []

    class Recording(io.BytesIO):
        name = "photo.png"

        def read(self, size: int | None = -1) -> bytes:
            readers.append(threading.current_thread().name)
            return super().read(size)

    script = Script([image(PNG)])
    time = FakeTime()
    client = AsyncShaped(
        api_key=KEY,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(script)),
        sleep=time.async_sleep,
        clock=time.clock,
        random=lambda: 0.0,
    )

    async def call() -> str:
        async with client:
            await client.painter_edit(prompt="x", image=[Recording(PNG)])
        return threading.current_thread().name

    loop_thread = asyncio.run(call())
    assert readers and all(name != loop_thread for name in readers)
    assert b'filename="photo.png"' in script.requests[0].content


def _fifo(tmp_path: Path) -> str:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return str(path)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (lambda tmp: "/dev/zero", "is not a regular file"),
        (_fifo, "is not a regular file"),
        (lambda tmp: tmp, "is not a regular file"),
        (lambda tmp: tmp / "missing.png", "cannot be read: No such file"),
        (lambda tmp: io.StringIO("text"), "binary mode"),
        (lambda tmp: open("/dev/zero", "rb"), "larger than"),
        (lambda tmp: "https://example.com/x.png", "is a URL"),
        (lambda tmp: 5, "is not a file"),
    ],
    ids=["device", "fifo", "folder", "missing", "text-stream", "endless-stream", "url", "number"],
)
def test_a_hostile_or_missing_file_fails_before_sending_naming_the_parameter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: Any, message: str
) -> None:
    monkeypatch.setattr(multipart_module, "MAX_FILE_BYTES", 1024)
    script = Script([])
    given = value(tmp_path)
    with pytest.raises(InvalidParameterError, match=message) as caught:
        shaped(script).painter_edit(prompt="x", mask=given)
    assert str(caught.value).startswith("mask") and script.requests == []
    if hasattr(given, "close"):
        given.close()


def test_accept_chooses_the_answer_and_an_unknown_one_is_refused_before_sending() -> None:
    body = {"data": [{"b64_json": b64(PNG)}], "seed": 9, "finish_reason": "OK"}
    script = Script([ok_json(body)])
    result = shaped(script).painter_edit(prompt="x", accept="json")
    assert script.requests[0].headers["accept"] == "application/json"
    assert (result.media_bytes(), result.seed, result.finish_reason) == (PNG, 9, "OK")
    with pytest.raises(InvalidParameterError, match="accept='xml' is not allowed; allowed values: 'image', 'json'"):
        shaped(Script([])).painter_edit(prompt="x", accept="xml")


def test_url_outputs_are_fetched_without_the_key_and_keep_their_fields() -> None:
    other = "https://cdn.elsewhere.test/out/1.png"
    body = {"data": [{"url": other, "revised_prompt": "p1"}, {"url": f"data:image/png;base64,{b64(PNG)}"}]}
    script = Script([ok_json(body), image(PNG)])
    result = shaped(script).painter_edit(prompt="x")
    first, second = result.outputs
    assert (first.url, first.data, first.fields) == (other, PNG, {"revised_prompt": "p1"})
    assert (second.url, second.data) == (None, PNG)  # a data: URI is the media itself
    fetched = script.requests[1]
    assert str(fetched.url) == other and "x-api-key" not in fetched.headers


def test_an_output_that_cannot_be_fetched_names_the_generation_and_every_url() -> None:
    urls = ["https://cdn.elsewhere.test/1.png", "https://cdn.elsewhere.test/2.png"]
    body = {"data": [{"url": u} for u in urls]}
    script = Script([ok_json(body, headers={"x-request-id": "gen-1"}), httpx.Response(404, json={"error": "gone"})])
    with pytest.raises(Exception) as caught:
        shaped(script).painter_edit(prompt="x")
    assert caught.value.output_urls == tuple(urls)  # type: ignore[attr-defined]
    assert "the generation succeeded (request id gen-1)" in str(caught.value) and urls[1] in str(caught.value)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"data": []}, r"no output in the answer .* \(looked at data\[\]\.url, data\[\]\.b64_json\)"),
        ({"data": [{"b64_json": "not base64!"}]}, r"the output at data\[\]\.b64_json is not valid base64"),
        ({"data": [{"url": 5}]}, r"the output at data\[\]\.url .* is int, not text"),
    ],
)
def test_an_answer_without_readable_outputs_is_a_parse_error(body: Mapping[str, Any], message: str) -> None:
    with pytest.raises(ResponseParseError, match=message):
        shaped(Script([ok_json(body)])).painter_edit(prompt="x")


@pytest.mark.parametrize("answer", ["header", "json"])
def test_a_filtered_output_raises_with_the_answer_attached(answer: str) -> None:
    reply = (
        image(PNG, {"finish-reason": "FILTERED", "x-request-id": "r-9"})
        if answer == "header"
        else ok_json({"data": [{"b64_json": b64(PNG)}], "finish_reason": "FILTERED"}, headers={"x-request-id": "r-9"})
    )
    with pytest.raises(ContentFilteredError, match="FILTERED") as caught:
        shaped(Script([reply])).painter_edit(prompt="x")
    assert caught.value.request_id == "r-9" and caught.value.result.media_bytes() == PNG  # type: ignore[attr-defined]


def test_run_names_the_model_in_the_model_field() -> None:
    script = Script([ok_json({"data": [{"b64_json": b64(PNG)}]})])
    result = shaped(script).run("painter-2", {"prompt": "x"})
    assert json.loads(script.requests[0].content) == {"model": "painter-2", "prompt": "x"}
    assert str(script.requests[0].url).endswith("/v1/images") and result.media_bytes() == PNG


def test_error_messages_from_a_list_and_the_error_code() -> None:
    from imagegen_specgen.runtime.endpoints import ProviderInfo

    from .fakes import DIRECT

    class Listing(Shaped):
        _provider = ProviderInfo(
            **{
                **{n: getattr(DIRECT, n) for n in DIRECT.__slots__},
                "error_message_paths": ("errors",),
                "error_code_paths": ("name",),
            }
        )

    body = {"id": "e1", "name": "bad_request", "errors": ["prompt: too long", "seed: too large"]}
    time = FakeTime()
    client = Listing(
        api_key=KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(Script([ok_json(body, status=400)]))),
        sleep=time.sleep,
        clock=time.clock,
    )
    with pytest.raises(Exception) as caught:
        client.painter_edit(prompt="x")
    assert caught.value.message == "prompt: too long; seed: too large"  # type: ignore[attr-defined]
    assert caught.value.code == "bad_request"  # type: ignore[attr-defined]
