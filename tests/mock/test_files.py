"""Uploads, for every provider whose spec has `files`: the answer's id and URL where the spec says, the URL usable
as a model input, the file served back."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from imagegen_specgen.contract import samples
from imagegen_specgen.mock import MockServer
from imagegen_specgen.mock.responses import get_path
from imagegen_specgen.parser import ir

from .conftest import PROJECT
from .helpers import Predictions, auth, error_message

WITH_FILES = [pytest.param(p, id=p.id) for p in PROJECT.providers if p.files is not None]
DATA = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4 + b"\r\n--not-a-boundary\r\n"


def test_the_specs_have_a_provider_with_files() -> None:
    assert WITH_FILES


def upload(client: httpx.Client, base: str, provider: ir.Provider) -> httpx.Response:
    files = provider.files
    assert files is not None
    return client.post(base + files.path, files={files.field: ("photo.png", DATA, "image/png")}, headers=auth(provider))


def url_input(provider: ir.Provider) -> tuple[ir.API, ir.Model, ir.Parameter] | None:
    """A predictions API, and a model on it with a required URL input, if the provider has one."""
    for api in provider.apis:
        if api.protocol != "predictions":
            continue
        for model in provider.models_of(api):
            param = next((p for p in model.parameters if p.is_url and p.required), None)
            if param is not None:
                return api, model, param
    return None


@pytest.mark.parametrize("provider", WITH_FILES)
def test_upload_answers_the_id_and_url_where_the_spec_says(
    client: httpx.Client, server: MockServer, provider: ir.Provider
) -> None:
    files = provider.files
    assert files is not None
    base = server.base_url(provider.id)
    response = upload(client, base, provider)
    assert response.status_code == 201, response.text
    body = response.json()
    file_id, url = get_path(body, files.id_field), get_path(body, files.url_field)
    assert isinstance(file_id, str) and url == f"{base}{files.path}/{file_id}"
    assert (body["name"], body["content_type"], body["size"]) == ("photo.png", "image/png", len(DATA))
    if files.retention_hours is not None:
        assert body["created_at"] < body["expires_at"]
    back = client.get(url, headers=auth(provider))
    assert back.status_code == 200 and back.content == DATA and back.headers["content-type"] == "image/png"


@pytest.mark.parametrize("provider", WITH_FILES)
def test_an_uploaded_url_is_a_model_input_and_a_missing_one_is_refused(
    client: httpx.Client, server: MockServer, provider: ir.Provider
) -> None:
    files, found = provider.files, url_input(provider)
    assert files is not None
    if found is None:
        pytest.skip("no model of this provider takes a required URL input")
    api, model, param = found
    base = server.base_url(provider.id)
    url = get_path(upload(client, base, provider).json(), files.url_field)
    calls = Predictions(client, base, provider, api)
    value: Any = [url] if param.type == "array" else url
    response = calls.submit(model, {**samples.minimal_input(model), param.wire_name: value})
    assert response.status_code == 201, response.text
    _, final = calls.poll(response.json())
    assert calls.status_of(final) == calls.words.succeeded[0]
    # A URL of this server's files endpoint that names no file is refused before any job starts.
    missing = f"{base}{files.path}/file-doesnotexist"
    value = [missing] if param.type == "array" else missing
    refused = calls.submit(model, {**samples.minimal_input(model), param.wire_name: value})
    assert refused.status_code == 400 and "file-doesnotexist" in error_message(provider, refused)


@pytest.mark.parametrize("provider", WITH_FILES)
def test_bad_uploads_are_refused(client: httpx.Client, server: MockServer, provider: ir.Provider) -> None:
    files = provider.files
    assert files is not None
    base = server.base_url(provider.id)
    response = client.post(base + files.path, files={"wrong": ("a.png", b"x")}, headers=auth(provider))
    assert response.status_code == 400 and files.field in error_message(provider, response)
    response = client.post(base + files.path, json={}, headers=auth(provider))
    assert response.status_code == 400 and "multipart" in error_message(provider, response)
    assert client.get(base + files.path + "/file-nope", headers=auth(provider)).status_code == 404
    assert client.post(base + files.path, files={files.field: ("a.png", b"x")}).status_code == 401
