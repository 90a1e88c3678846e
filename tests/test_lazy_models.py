"""A client with thousands of models imports in the time of one: importing it loads no model's code, and the first
call of a model loads that model's modules only (its methods and record in `_calls/<module>.py`, its request model
in `models/<module>.py`). Each check runs in a fresh interpreter, so what it loads is its own doing."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import GENERATED

PROBE = r"""
import json, sys
import httpx
import imagegen_typed

def model_modules():
    return sorted(m for m in sys.modules if "._calls." in m or ".models." in m)

seen = {}
client_class = imagegen_typed.Segmind
seen["import"] = model_modules()
answer = lambda request: httpx.Response(200, content=b"\x89PNG\r\n\x1a\n", headers={"content-type": "image/png"})
with client_class(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as client:
    client.p_image(prompt="a red fox")
    seen["first call"] = model_modules()
    seen["signature"] = str(__import__("inspect").signature(client_class.p_image_edit))
    seen["after a class lookup"] = model_modules()
    seen["listed"] = {"p_image", "imagen", "v2"} <= set(dir(client))
    try:
        client.no_such_model
    except AttributeError as error:
        seen["unknown"] = str(error)
print(json.dumps(seen))
"""


def test_import_loads_no_model_and_a_first_call_loads_that_model_only() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env={"PYTHONPATH": str(GENERATED)}, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen["import"] == []
    assert seen["first call"] == ["imagegen_typed.segmind._calls.p_image", "imagegen_typed.segmind.models.p_image"]
    # The method looked up on the class: its module loads, and the signature is the typed one.
    assert seen["signature"].startswith("(self, *, image_urls: 'Sequence[str]', prompt: 'str', aspect_ratio: ")
    assert seen["after a class lookup"] == [
        "imagegen_typed.segmind._calls.p_image",
        "imagegen_typed.segmind._calls.p_image_edit",
        "imagegen_typed.segmind.models.p_image",
        "imagegen_typed.segmind.models.p_image_edit",
    ]
    assert seen["listed"] is True  # dir() lists every model method, loaded or not, for completion
    assert seen["unknown"] == "'Segmind' object has no attribute 'no_such_model'"
