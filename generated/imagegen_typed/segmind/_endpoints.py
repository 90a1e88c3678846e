"""What the Segmind runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

import importlib
from typing import Any

from .._runtime.endpoints import (
    DirectInfo,
    PredictionsInfo,
    ProviderInfo,
)

PROVIDER = ProviderInfo(
    id="segmind",
    title="Segmind",
    base_url="https://api.segmind.com",
    auth_header="x-api-key",
    api_key_env="SEGMIND_API_KEY",
    base_url_env="SEGMIND_BASE_URL",
    error_message_paths=(
        "error",
        "message",
        "detail",
    ),
    error_request_id_paths=("request_id",),
    request_id_headers=("x-request-id",),
    header_remaining_credits="x-remaining-credits",
    header_seed="x-seed-value",
    header_request_id="x-request-id",
    header_rate_limit_reset="x-rate-limit-reset-at-utc",
)

API_V1 = DirectInfo(
    name="v1",
    path="/v1/{model}",
)

API_V2 = PredictionsInfo(
    name="v2",
    submit_path="/v2/{model}",
    status_path="/v2/requests/{id}/status",
    pending=(
        "QUEUED",
        "PROCESSING",
    ),
    succeeded=("COMPLETED",),
    failed=("FAILED",),
    status_url_field="status_url",
    id_field="request_id",
    error_field="error",
    result_path="/v2/requests/{id}",
    result_url_field="response_url",
    result_failed_statuses=(422,),
)

# Each model's record is in the model's own module (_calls/<module>.py), loaded on first use: constant -> module.
_MODEL_RECORDS = {
    "IMAGEN": "imagen",
    "IMAGEN_4_FAST": "imagen_4_fast",
    "P_IMAGE": "p_image",
    "P_IMAGE_EDIT": "p_image_edit",
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
