"""What the OpenAI Images runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

import importlib
from typing import Any

from .._runtime.endpoints import (
    DirectInfo,
    OutputField,
    ProviderInfo,
)

PROVIDER = ProviderInfo(
    id="openai",
    title="OpenAI Images",
    base_url="https://api.openai.com",
    auth_header="Authorization",
    api_key_env="OPENAI_API_KEY",
    base_url_env="OPENAI_BASE_URL",
    auth_scheme="Bearer",
    generate_timeout=180.0,
    error_message_paths=("error.message",),
    error_code_paths=(
        "error.code",
        "error.type",
    ),
    request_id_headers=("x-request-id",),
    header_request_id="x-request-id",
)

API_IMAGES = DirectInfo(
    name="images",
    path="/v1/images/generations",
    model_field="model",
    multipart_arrays="brackets",
    outputs=(
        OutputField(path="data[].url"),
        OutputField(path="data[].b64_json", encoding="base64"),
    ),
)

# Each model's record is in the model's own module (_calls/<module>.py), loaded on first use: constant -> module.
_MODEL_RECORDS = {
    "DALL_E_2": "dall_e_2",
    "DALL_E_3": "dall_e_3",
    "GPT_IMAGE_1": "gpt_image_1",
    "GPT_IMAGE_1_EDIT": "gpt_image_1_edit",
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
