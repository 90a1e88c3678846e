"""A model spec added to specs/ gets its route, its validation and its output with no code change."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx

from mockserver import MockConfig, MockServer

from .conftest import KEY, SPECS
from .helpers import assert_mp4, assert_png, error_message

SEGMIND_MODEL = """\
kind: model
provider: segmind
id: mock-new-model
title: Mock New Model
description: A model that exists only in this test.
output:
  media: image
  body: either
parameters:
  - name: prompt
    type: string
    required: true
    description: What to draw.
  - name: steps
    type: integer
    minimum: 1
    maximum: 4
    description: Denoising steps.
sources: [tests/mock/test_new_spec.py]
"""

PRUNA_MODEL = """\
kind: model
provider: pruna
id: mock-new-video
title: Mock New Video
description: A video model that exists only in this test.
output:
  media: video
  body: json
sync: false
rate_limit: {requests: 3, per_seconds: 60}
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


def test_new_model_specs_get_routes(tmp_path: Path) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    (specs / "models" / "segmind-mock-new-model.yaml").write_text(SEGMIND_MODEL)
    (specs / "models" / "pruna-mock-new-video.yaml").write_text(PRUNA_MODEL)
    config = MockConfig(prediction_seconds=1, time_scale=0.05, enforce_rate_limits=True)
    with MockServer(config=config, specs_dir=specs) as server, httpx.Client() as client:
        segmind = next(p for p in server.project.providers if p.style == "segmind")
        base = server.base_url(segmind.id)
        auth = {segmind.auth_header: KEY}
        ok = client.post(base + "/v1/mock-new-model", json={"prompt": "a fox", "steps": 2}, headers=auth)
        assert ok.status_code == 200, ok.text
        assert_png(ok.content)
        bad = client.post(base + "/v1/mock-new-model", json={"prompt": "a fox", "steps": 9}, headers=auth)
        assert bad.status_code == 400 and "steps" in error_message(segmind, bad)

        pruna = next(p for p in server.project.providers if p.style == "pruna")
        assert pruna.predictions is not None
        url = server.base_url(pruna.id) + pruna.predictions.path
        headers = {pruna.auth_header: KEY, pruna.predictions.model_header: "mock-new-video"}
        bad = client.post(url, json={"input": {"prompt": "x", "fps": 30}}, headers=headers)
        assert bad.status_code == 422 and "fps" in error_message(pruna, bad)
        done = client.post(
            url, json={"input": {"prompt": "x"}}, headers={**headers, pruna.predictions.sync_header: "true"}
        )
        generation_url = done.json()["generation_url"]
        assert generation_url.endswith(".mp4")
        assert_mp4(client.get(generation_url, headers={pruna.auth_header: KEY}).content)
        assert client.post(url, json={"input": {"prompt": "x"}}, headers=headers).status_code == 201
        assert client.post(url, json={"input": {"prompt": "x"}}, headers=headers).status_code == 429  # its own limit
