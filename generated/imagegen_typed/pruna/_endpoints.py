"""What the Pruna P-API runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

import importlib
from typing import Any

from .._runtime.endpoints import (
    FilesInfo,
    PredictionsInfo,
    ProviderInfo,
    RateLimit,
)

PROVIDER = ProviderInfo(
    id="pruna",
    title="Pruna P-API",
    base_url="https://api.pruna.ai",
    auth_header="apikey",
    api_key_env="PRUNA_API_KEY",
    base_url_env="PRUNA_BASE_URL",
    generate_timeout=90.0,
    error_message_paths=(
        "error.message",
        "error",
        "message",
        "detail",
    ),
    error_request_id_paths=("request_id",),
    files=FilesInfo(path="/v1/files", field="content"),
)

API_P_API = PredictionsInfo(
    name="p_api",
    submit_path="/v1/predictions",
    status_path="/v1/predictions/status/{id}",
    pending=(
        "starting",
        "processing",
    ),
    succeeded=("succeeded",),
    failed=("failed",),
    canceled=("canceled",),
    model_header="Model",
    input_field="input",
    hold_header="Try-Sync",
    hold_value="true",
    hold_max_seconds=60.0,
    status_url_field="get_url",
    message_field="message",
    error_field="error",
    output_field="generation_url",
    delivery_path="/v1/predictions/delivery",
    status_rate_limit=RateLimit(requests=30000, per_seconds=60.0),
    delivery_rate_limit=RateLimit(requests=10000, per_seconds=60.0),
)

# Each model's record is in the model's own module (_calls/<module>.py), loaded on first use: constant -> module.
_MODEL_RECORDS = {
    "FLUX_2_KLEIN_4B": "flux_2_klein_4b",
    "FLUX_DEV": "flux_dev",
    "FLUX_DEV_LORA": "flux_dev_lora",
    "P_IMAGE": "p_image",
    "P_IMAGE_EDIT": "p_image_edit",
    "P_IMAGE_EDIT_LORA": "p_image_edit_lora",
    "P_IMAGE_LORA": "p_image_lora",
    "P_IMAGE_TRY_ON": "p_image_try_on",
    "P_IMAGE_UPSCALE": "p_image_upscale",
    "P_VIDEO": "p_video",
    "P_VIDEO_ANIMATE": "p_video_animate",
    "P_VIDEO_AVATAR": "p_video_avatar",
    "P_VIDEO_REPLACE": "p_video_replace",
    "QWEN_IMAGE": "qwen_image",
    "QWEN_IMAGE_EDIT_PLUS": "qwen_image_edit_plus",
    "QWEN_IMAGE_FAST": "qwen_image_fast",
    "VACE": "vace",
    "WAN_I2V": "wan_i2v",
    "WAN_IMAGE_SMALL": "wan_image_small",
    "WAN_T2V": "wan_t2v",
    "Z_IMAGE_TURBO": "z_image_turbo",
    "Z_IMAGE_TURBO_LORA": "z_image_turbo_lora",
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
