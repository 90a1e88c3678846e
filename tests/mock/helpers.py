"""Checks shared by the mock server's tests: real PNG and MP4 files, the provider's error shape, and plain-httpx
calls to an API of either protocol, every name read from the spec."""

from __future__ import annotations

import json
import struct
import time
import zlib
from typing import Any

import httpx
from jsonschema import Draft202012Validator

from imagegen_specgen.contract import samples
from imagegen_specgen.mock.responses import get_path
from imagegen_specgen.parser import ir
from imagegen_specgen.runtime.responses import dig_all

from .conftest import KEY


def assert_png(data: bytes) -> tuple[int, int]:
    """Signature, IHDR first, every chunk's CRC, IDAT that inflates to the right size, IEND last."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", data[:8]
    offset, chunks = 8, []
    while offset < len(data):
        assert offset + 12 <= len(data), "truncated PNG"
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        assert offset + 12 + length <= len(data), "truncated PNG chunk"
        kind = data[offset + 4 : offset + 8]
        payload = data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + payload) & 0xFFFFFFFF, f"bad CRC in {kind!r}"
        chunks.append((kind, payload))
        offset += 12 + length
    assert chunks[0][0] == b"IHDR" and chunks[-1][0] == b"IEND"
    width, height, depth, color = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (depth, color) == (8, 2)
    raw = zlib.decompress(b"".join(p for k, p in chunks if k == b"IDAT"))
    assert len(raw) == height * (1 + 3 * width)
    return width, height


def assert_mp4(data: bytes) -> None:
    assert data[4:8] == b"ftyp" and data[8:12] == b"isom"
    offset, kinds = 0, []
    while offset < len(data):
        (size,) = struct.unpack(">I", data[offset : offset + 4])
        assert size >= 8
        kinds.append(data[offset + 4 : offset + 8])
        offset += size
    assert offset == len(data)
    assert kinds == [b"ftyp", b"moov", b"mdat"]


def auth(provider: ir.Provider, key: str = KEY) -> dict[str, str]:
    """The auth header as the spec says: the raw key, or "<scheme> <key>"."""
    return {provider.auth.header: f"{provider.auth.scheme} {key}" if provider.auth.scheme else key}


def error_message(provider: ir.Provider, response: httpx.Response) -> str:
    """The error message, after checking the body against the schema the spec documents for its status, and the
    request id in the body (where the spec puts one) against the request-id header (where it names one)."""
    body: Any = response.json()
    code = next((e for e in provider.errors if e.status == response.status_code), None)
    schema = (code.body_schema if code is not None and code.body_schema else None) or provider.error_body_schema
    assert schema is not None
    errors = sorted(Draft202012Validator(schema).iter_errors(body), key=str)
    assert not errors, (body, [e.message for e in errors])
    header = provider.response_headers.request_id
    body_id = next((get_path(body, p) for p in provider.error_request_id_paths if get_path(body, p)), None)
    if header:
        assert response.headers.get(header), response.headers
        if body_id is not None:
            assert body_id == response.headers[header]
    texts = [[v for v in dig_all(body, p) if isinstance(v, str)] for p in provider.error_message_paths]
    message = next(("; ".join(found) for found in texts if found), None)
    assert isinstance(message, str), body
    return message


class Predictions:
    """One predictions API driven over raw HTTP, as a client would from the spec."""

    def __init__(self, client: httpx.Client, base: str, provider: ir.Provider, api: ir.API) -> None:
        assert isinstance(api, ir.PredictionsAPI)
        self.client, self.base, self.provider, self.api = client, base, provider, api

    @property
    def words(self) -> ir.Statuses:
        return self.api.statuses

    def model(self) -> ir.Model:
        return self.provider.models_of(self.api)[0]

    def headers(self, model_id: str | None = None, **extra: str) -> dict[str, str]:
        headers = auth(self.provider)
        if self.api.model_header and model_id is not None:
            headers[self.api.model_header] = model_id
        return {**headers, **extra}

    def hold(self, seconds: float) -> dict[str, str]:
        assert self.api.hold is not None
        return {self.api.hold.header: self.api.hold.header_value(seconds)}

    def submit_url(self, model_id: str) -> str:
        return self.base + self.api.fill(self.api.submit_path, model_id)

    def wrap(self, inputs: Any) -> Any:
        return {self.api.input_field: inputs} if self.api.input_field else inputs

    def submit(self, model: ir.Model | None = None, inputs: Any = None, /, **extra: str) -> httpx.Response:
        model = model or self.model()
        self.submitted = model.model_id  # follow-up paths may need it
        body = self.wrap(samples.minimal_input(model) if inputs is None else inputs)
        return self.client.post(
            self.submit_url(model.model_id), json=body, headers=self.headers(model.model_id, **extra)
        )

    def started(self, model: ir.Model | None = None, /, **extra: str) -> dict[str, Any]:
        response = self.submit(model, **extra)
        assert response.status_code == self.api.submit_status, response.text
        body: dict[str, Any] = response.json()
        return body

    def id_of(self, body: Any) -> str:
        value = get_path(body, self.api.id_field)
        assert isinstance(value, str), body
        return value

    def status_of(self, body: Any) -> str:
        value = get_path(body, self.api.status_field)
        assert isinstance(value, str), body
        return value

    def link(self, link: ir.Link, body: Any) -> str:
        """The URL a link names: the one the answer gives at its url_field, else its path with the id (and the
        model submitted last)."""
        model_id = getattr(self, "submitted", None) or self.model().model_id
        expected = self.base + self.api.fill(link.path, model_id).replace("{id}", self.id_of(body))
        if link.url_field:
            url = get_path(body, link.url_field)
            assert isinstance(url, str), (link.url_field, body)
            assert url == expected
            return url
        return expected

    def follow_url(self, link: ir.Link, prediction_id: str) -> str:
        """A follow-up URL built from the spec's template, for the first model of the API."""
        return self.base + self.api.fill(link.path, self.model().model_id).replace("{id}", prediction_id)

    def get(self, url: str, **extra: str) -> httpx.Response:
        return self.client.get(url, headers={**auth(self.provider), **extra})

    def poll(self, body: Any, timeout: float = 5.0) -> tuple[list[str], dict[str, Any]]:
        """Every distinct status seen, in order (starting with the one in `body`), and the last status body."""
        url = self.link(self.api.status, body)
        seen: list[str] = [self.status_of(body)]
        deadline = time.monotonic() + timeout
        while True:
            final = self.get(url).json()
            status = self.status_of(final)
            if not seen or seen[-1] != status:
                seen.append(status)
            if status not in self.words.pending or time.monotonic() > deadline:
                return seen, final
            time.sleep(0.002)

    def output_url(self, body: Any) -> str:
        """The output URL of a succeeded job: from the status body, or from the result link's answer."""
        if self.api.result is not None:
            assert not dig_all(body, self.api.output_field)  # only the result link gives it
            answer = self.client.request(
                self.api.result.method, self.link(self.api.result, body), headers=auth(self.provider)
            )
            assert answer.status_code == 200, answer.text
            body = answer.json()
        found = dig_all(body, self.api.output_field)
        url = found[0] if found else None
        assert isinstance(url, str), body
        return url

    def download(self, url: str) -> httpx.Response:
        """An output as a careful client fetches it: with the key only on the API's own delivery path."""
        absolute = url if url.startswith("http") else self.base + url
        return self.get(absolute) if self.api.delivery_path else self.client.get(absolute)


PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)


def direct_post(
    client: httpx.Client,
    base: str,
    provider: ir.Provider,
    api: ir.DirectAPI,
    model: ir.Model,
    body: Any,
    **headers: str,
) -> httpx.Response:
    """POST `body` to a direct API as its spec says: JSON or multipart (a sample path of a file parameter sent as
    a file's bytes), with the model in the API's model field (a body naming another model keeps its own)."""
    url = base + api.model_path(model)
    if api.model_field and isinstance(body, dict):
        body = {api.model_field: model.sent_id, **body}
    if api.body_of(model) != "multipart" or not isinstance(body, dict):
        return client.post(url, json=body, headers={**auth(provider), **headers})
    files = {p.wire_name for p in model.file_parameters}
    parts: list[tuple[str, tuple[str | None, Any, str | None]]] = []
    for wire, value in body.items():
        param = next((p for p in model.parameters if p.wire_name == wire), None)
        name = api.form_name(param) if param is not None else wire
        example = param.example if param is not None else None
        examples = (samples.SAMPLE_FILE, *(example if isinstance(example, list) else [example]))
        for item in value if isinstance(value, list) else [value]:
            if wire in files and (item in examples or isinstance(item, bytes)):
                data = item if isinstance(item, bytes) else PNG  # a sample path stands for a file: its bytes here
                parts.append((name, ("input.png", data, "image/png")))
            else:
                parts.append((name, (None, item if isinstance(item, str) else json.dumps(item), None)))
    if not parts:  # httpx sends no body for no parts: an empty form, written out
        empty = {"content-type": "multipart/form-data; boundary=x"}
        return client.post(url, content=b"--x--\r\n", headers={**auth(provider), **empty, **headers})
    return client.post(url, files=parts, headers={**auth(provider), **headers})


def call(
    client: httpx.Client,
    base: str,
    provider: ir.Provider,
    api: ir.API,
    model: ir.Model | None = None,
    inputs: dict[str, Any] | None = None,
    /,
    **extra: str,
) -> httpx.Response:
    """One generation request on `api` (a direct call, or a predictions submit), by default the minimal input."""
    if isinstance(api, ir.DirectAPI):
        model = model or provider.models_of(api)[0]
        body = samples.minimal_input(model) if inputs is None else inputs
        return direct_post(client, base, provider, api, model, body, **extra)
    return Predictions(client, base, provider, api).submit(model, inputs, **extra)


def ok(response: httpx.Response) -> bool:
    return response.status_code in (200, 201)
