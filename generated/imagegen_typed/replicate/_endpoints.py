"""What the Replicate runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

import importlib
from typing import Any

from .._runtime.endpoints import (
    FilesInfo,
    PredictionsInfo,
    ProviderInfo,
    WebhookInfo,
)

PROVIDER = ProviderInfo(
    id="replicate",
    title="Replicate",
    base_url="https://api.replicate.com",
    auth_header="Authorization",
    api_key_env="REPLICATE_API_TOKEN",
    base_url_env="REPLICATE_BASE_URL",
    auth_scheme="Bearer",
    generate_timeout=90.0,
    error_message_paths=(
        "detail",
        "title",
    ),
    files=FilesInfo(path="/v1/files", field="content"),
    webhook=WebhookInfo(
        url_name="webhook",
        events_name="webhook_events_filter",
        events=(
            "start",
            "output",
            "logs",
            "completed",
        ),
    ),
)

API_HTTP = PredictionsInfo(
    name="http",
    submit_path="/v1/models/{model}/predictions",
    status_path="/v1/predictions/{id}",
    pending=(
        "starting",
        "processing",
    ),
    succeeded=("succeeded",),
    failed=("failed",),
    canceled=("canceled",),
    aborted=("aborted",),
    input_field="input",
    hold_header="Prefer",
    hold_value="wait={seconds}",
    hold_max_seconds=60.0,
    status_url_field="urls.get",
    error_field="error",
    cancel_path="/v1/predictions/{id}/cancel",
    cancel_url_field="urls.cancel",
)

# Each model's record is in the model's own module (_calls/<module>.py), loaded on first use: constant -> module.
_MODEL_RECORDS = {
    "PRUNAAI_P_IMAGE": "prunaai_p_image",
    "PRUNAAI_P_IMAGE_EDIT": "prunaai_p_image_edit",
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
