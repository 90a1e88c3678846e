"""Specs added to a copy of specs/ are served with no code change: a new model on every existing API, and a new
provider of the predictions protocol with its own auth scheme, status words, field names and error body."""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from imagegen_specgen.mock import MockConfig, MockServer

from .conftest import KEY, SPECS, apis
from .helpers import assert_mp4, assert_png, call, error_message, ok

NEW_MODEL = """\
kind: model
provider: {provider}
id: mock/new-video
title: Mock New Video
description: A video model that exists only in this test.
output:
  media: video
  body: either
sync: false
rate_limit: {{requests: 3, per_seconds: 60}}
parameters:
  - name: prompt
    type: string
    required: true
    description: What to film.
  - name: fps
    type: integer
    enum: [16, 24]
    description: Frames per second.
sources: [tests/mock/test_new_spec.py]
"""

# Everything differs from the shipped providers: the scheme, the words, where the id, status, links, output and
# error message live, the hold header's syntax.
NEW_PROVIDER = """\
kind: provider
id: acme
title: Acme Jobs
description: A provider that exists only in this test.
base_url: https://api.acme.test
auth:
  header: Authorization
  scheme: Key
  env: ACME_KEY
client: Acme
apis:
  - name: jobs
    protocol: predictions
    submit:
      path: /api/run/{model}
      input_field: arguments
    hold:
      header: X-Wait
      value: '{seconds}s'
      max_seconds: 30
    status:
      path: /api/jobs/{id}
      url_field: links.poll
      id_field: job.key
      status_field: state
      error_field: failure.reason
    statuses:
      pending: [IN_QUEUE, RUNNING]
      succeeded: [DONE]
      failed: [ERROR]
      canceled: [STOPPED]
      aborted: [DROPPED]
    output:
      field: media.url
      result:
        path: /api/jobs/{id}/result
        url_field: links.fetch
    cancel:
      path: /api/jobs/{id}/stop
      url_field: links.stop
      method: POST
files:
  path: /api/uploads
  field: blob
  url_field: upload.href
  id_field: upload.key
errors:
  - {status: 401, name: AuthenticationError, title: Unauthorized, meaning: Bad key, retry: false}
  - {status: 404, name: NotFoundError, title: Not Found, meaning: No such thing, retry: false}
  - {status: 422, name: InvalidInputError, title: Invalid Input, meaning: Bad input, retry: false}
  - {status: 500, name: InternalServerError, title: Server Error, meaning: Broken, retry: true}
error_body:
  message: [problem.text]
  request_id: [trace]
  schema:
    type: object
    required: [problem, trace]
    properties:
      problem:
        type: object
        required: [text]
        properties:
          text: {type: string, description: What went wrong.}
      trace: {type: string, description: The request id.}
response_headers:
  request_id: x-trace-id
sources: [tests/mock/test_new_spec.py]
"""

NEW_PROVIDER_MODEL = """\
kind: model
provider: acme
id: acme/painter
method: painter
title: Painter
description: An image model of the test provider.
output:
  media: image
  body: json
parameters:
  - name: prompt
    type: string
    required: true
    description: What to paint.
  - name: image_url
    type: url
    description: A picture to start from.
sources: [tests/mock/test_new_spec.py]
"""


def _specs(tmp_path: Path) -> Path:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    return specs


def test_a_new_model_is_served_on_every_api_of_its_provider(tmp_path: Path) -> None:
    specs = _specs(tmp_path)
    providers = sorted(p.stem for p in (specs / "providers").glob("*.yaml"))
    for provider in providers:
        text = NEW_MODEL.format(provider=provider)
        if "protocol: predictions" not in (specs / "providers" / f"{provider}.yaml").read_text():
            text = text.replace("sync: false\n", "")  # sync is for models a predictions API serves
        (specs / "models" / f"{provider}-mock-new-video.yaml").write_text(text)
    config = MockConfig(prediction_seconds=1, time_scale=0.05, enforce_rate_limits=True)
    with MockServer(config=config, specs_dir=specs) as server, httpx.Client() as client:
        served = apis(server.project, "direct") + apis(server.project, "predictions")
        assert {p.values[0].id for p in served} == set(providers)
        for param in served:
            provider, api = param.values
            model = next(m for m in provider.models if m.model_id == "mock/new-video")
            assert api.name in model.apis
            base = server.base_url(provider.id)
            first = call(client, base, provider, api, model)
            assert ok(first), (provider.id, api.name, first.text)
            if first.headers["content-type"] == "video/mp4":  # a direct answer is the media itself
                assert_mp4(first.content)
            bad = call(client, base, provider, api, model, {"prompt": "x", "fps": 30})
            assert bad.status_code in (400, 422) and "fps" in error_message(provider, bad)
            assert ok(call(client, base, provider, api, model))
            assert call(client, base, provider, api, model).status_code == 429  # its own limit, per API


def _acme(body: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        body = body[part]
    return body


def test_a_new_provider_of_the_predictions_protocol_needs_only_yaml(tmp_path: Path) -> None:
    specs = _specs(tmp_path)
    (specs / "providers" / "acme.yaml").write_text(NEW_PROVIDER)
    (specs / "models" / "acme-painter.yaml").write_text(NEW_PROVIDER_MODEL)
    config = MockConfig(prediction_seconds=2, time_scale=0.05)
    with MockServer(config=config, specs_dir=specs) as server, httpx.Client() as client:
        acme = next(p for p in server.project.providers if p.id == "acme")
        base = server.base_url("acme")
        key = {"Authorization": f"Key {KEY}"}
        run = base + "/api/run/acme/painter"

        # The scheme is checked; the error body and request-id header are the spec's.
        refused = client.post(run, json={"arguments": {"prompt": "x"}}, headers={"Authorization": f"Bearer {KEY}"})
        assert refused.status_code == 401
        assert refused.json()["trace"] == refused.headers["x-trace-id"]
        assert "Key <key>" in refused.json()["problem"]["text"] == error_message(acme, refused)
        invalid = client.post(run, json={"arguments": {"prompt": 3}}, headers=key)
        assert invalid.status_code == 422 and "prompt" in invalid.json()["problem"]["text"]

        # Held to the end: the words, the id and the links where the spec says; the output only from the result.
        started = time.monotonic()
        done = client.post(run, json={"arguments": {"prompt": "x"}}, headers={**key, "X-Wait": "30s"})
        assert time.monotonic() - started >= 0.09
        body = done.json()
        job = _acme(body, "job.key")
        assert body["state"] == "DONE" and "media" not in body
        assert _acme(body, "links.poll") == f"{base}/api/jobs/{job}"
        result = client.get(_acme(body, "links.fetch"), headers=key).json()
        output = _acme(result, "media.url")
        assert urlsplit(output).hostname != urlsplit(base).hostname  # no delivery path: the other host
        assert client.get(output, headers=key).status_code == 403
        assert_png(client.get(output).content)

        # Polled: the pending words in order; stopped: the canceled word.
        slow = client.post(
            run, json={"arguments": {"prompt": "x"}}, headers={**key, "X-Mock-Prediction-Seconds": "100"}
        )
        poll = _acme(slow.json(), "links.poll")
        assert client.get(poll, headers=key).json()["state"] == "IN_QUEUE"
        stopped = client.post(_acme(slow.json(), "links.stop"), headers=key).json()
        assert stopped["state"] == "STOPPED" and client.get(poll, headers=key).json()["state"] == "STOPPED"

        # Failed and aborted jobs read as the spec's words; a failed result is a 422 with the reason.
        failed = client.post(
            run, json={"arguments": {"prompt": "x"}}, headers={**key, "X-Wait": "30s", "X-Mock-Fault": "fail"}
        )
        assert failed.json()["state"] == "ERROR" and _acme(failed.json(), "failure.reason")
        answer = client.get(_acme(failed.json(), "links.fetch"), headers=key)
        assert answer.status_code == 422 and answer.json()["state"] == "ERROR"
        aborted = client.post(
            run, json={"arguments": {"prompt": "x"}}, headers={**key, "X-Wait": "30s", "X-Mock-Fault": "abort"}
        )
        assert aborted.json()["state"] == "DROPPED"

        # Uploads answer at the spec's fields, and the URL is an input.
        upload = client.post(base + "/api/uploads", files={"blob": ("a.png", b"\x89PNG")}, headers=key).json()
        href = _acme(upload, "upload.href")
        assert href == f"{base}/api/uploads/{_acme(upload, 'upload.key')}"
        used = client.post(run, json={"arguments": {"prompt": "x", "image_url": href}}, headers=key)
        assert used.status_code == 200  # the spec documents no success status: any 2xx, the mock answers 200
