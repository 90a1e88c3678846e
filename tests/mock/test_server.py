"""The server around the routes: request log, controls, media files, the CLI, start and stop."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from imagegen_specgen.contract import samples
from imagegen_specgen.mock import MockServer
from imagegen_specgen.mock.media import mp4_bytes, png_bytes
from imagegen_specgen.mock.routes.common import route_scope
from imagegen_specgen.parser import ir

from .conftest import ALL, DIRECT, KEY
from .helpers import assert_mp4, assert_png, auth, call, ok

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("provider", "api"), DIRECT)
def test_request_log_records_what_the_client_sent(
    server: MockServer, client: httpx.Client, provider: ir.Provider, api: ir.API
) -> None:
    assert isinstance(api, ir.DirectAPI)
    model = next((m for m in provider.models_of(api) if api.body_of(m) == "json"), None)
    if model is None:
        pytest.skip("no model of this API takes JSON: the log records a multipart body's size only")
    named = {api.model_field: model.sent_id} if api.model_field else {}
    body = {**named, **samples.minimal_input(model), "extra": 1}
    path = api.model_path(model)
    client.post(server.base_url(provider.id) + path, json=body, headers={**auth(provider), "X-Trace": "t1"})
    (entry,) = server.requests.find(method="POST", route=f"{route_scope(provider, api)}:{model.model_id}")
    assert entry.path == server.base_url(provider.id).removeprefix(server.url) + path
    assert entry.json == body and entry.status == 400
    assert entry.header("x-trace") == "t1"
    assert entry.header(provider.auth.header) == "[redacted]"
    assert KEY not in repr(entry)
    logged = client.get(server.url + "/_mock/requests").json()["requests"]
    assert logged[0]["json"] == body and KEY not in str(logged)
    assert len(server.requests) == 1  # control requests are not logged
    client.delete(server.url + "/_mock/requests")
    assert len(server.requests) == 0


def test_control_index_and_reset(project: ir.Project, server: MockServer, client: httpx.Client) -> None:
    index = client.get(server.url + "/_mock").json()
    assert index["providers"] == server.base_urls
    server.faults.push("500")
    assert client.post(server.url + "/_mock/reset").json() == {"reset": True}
    assert len(server.faults) == 0 and len(server.requests) == 0


def test_media_are_deterministic_and_valid() -> None:
    assert png_bytes(7) == png_bytes(7) != png_bytes(8)
    assert assert_png(png_bytes(7, width=5, height=3)) == (5, 3)
    assert mp4_bytes(1) == mp4_bytes(1)
    assert_mp4(mp4_bytes(1))


def test_start_stop_and_free_ports(project: ir.Project) -> None:
    first, second = MockServer(project), MockServer(project)
    with first, second:
        assert first.port != second.port and first.running
        name = project.providers[0].id
        assert first.base_url(name) == f"http://127.0.0.1:{first.port}/{name}"
        with pytest.raises(KeyError, match="known"):
            first.base_url("nope")
        with pytest.raises(RuntimeError):
            first.start()
    assert not first.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(first.url + "/_mock")


def test_cli_prints_base_urls_and_serves(project: ir.Project) -> None:
    command = [sys.executable, "-m", "imagegen_specgen.mock", "--port", "0", "--time-scale", "0.01"]
    command.append("--enforce-rate-limits")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        urls = {}
        for _ in project.providers:
            name, _, url = process.stdout.readline().strip().partition(": ")
            urls[name] = url
        assert set(urls) == {p.id for p in project.providers}
        assert all(re.fullmatch(rf"http://127\.0\.0\.1:\d+/{name}", url) for name, url in urls.items())
        # Every API of every provider answers, as its protocol says.
        with httpx.Client() as client:
            for param in ALL:
                provider, api = param.values
                assert ok(call(client, urls[provider.id], provider, api)), (provider.id, api.name)
            root = next(iter(urls.values())).rsplit("/", 1)[0]
            assert client.post(root + "/_mock/faults", json={"name": "503"}).status_code == 200
            provider, api = ALL[0].values
            assert call(client, urls[provider.id], provider, api).status_code == 503
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(10)


def test_cli_says_when_the_port_is_taken() -> None:
    from imagegen_specgen.mock.server import bind

    taken = bind("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "imagegen_specgen.mock", "--port", str(port)],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        taken.close()
    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
    assert "make mock PORT=" in done.stderr
    assert "Traceback" not in done.stderr
