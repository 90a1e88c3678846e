"""What the Stability AI runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

import importlib
from typing import Any

from .._runtime.endpoints import (
    AcceptChoice,
    DirectInfo,
    OutputField,
    ProviderInfo,
)

PROVIDER = ProviderInfo(
    id="stability",
    title="Stability AI",
    base_url="https://api.stability.ai",
    auth_header="Authorization",
    api_key_env="STABILITY_API_KEY",
    base_url_env="STABILITY_BASE_URL",
    auth_scheme="Bearer",
    error_message_paths=("errors",),
    error_code_paths=("name",),
    error_request_id_paths=("id",),
    request_id_headers=("x-request-id",),
    header_seed="seed",
    header_request_id="x-request-id",
)

API_V2BETA = DirectInfo(
    name="v2beta",
    path="/v2beta/stable-image/generate/{model}",
    request_body="multipart",
    accept=(
        AcceptChoice(name="image", value="image/*", body="bytes"),
        AcceptChoice(name="json", value="application/json", body="json"),
    ),
    outputs=(OutputField(path="image", encoding="base64"),),
    seed_field="seed",
    finish_reason_header="finish-reason",
    finish_reason_field="finish_reason",
    filtered=("CONTENT_FILTERED",),
)

# Each model's record is in the model's own module (_calls/<module>.py), loaded on first use: constant -> module.
_MODEL_RECORDS = {
    "CORE": "core",
    "ULTRA": "ultra",
}


def __getattr__(name: str) -> Any:
    """A model's record by its constant (P_IMAGE), or ENDPOINTS: every model's record (which loads every model)."""
    if name == "ENDPOINTS":
        return tuple(__getattr__(constant) for constant in _MODEL_RECORDS)
    module = _MODEL_RECORDS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__package__}._calls.{module}"), name)
    globals()[name] = value
    return value
