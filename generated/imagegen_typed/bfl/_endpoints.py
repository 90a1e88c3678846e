"""What the Black Forest Labs runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

import importlib
from typing import Any

from .._runtime.endpoints import (
    PredictionsInfo,
    ProviderInfo,
    WebhookInfo,
)

PROVIDER = ProviderInfo(
    id="bfl",
    title="Black Forest Labs",
    base_url="https://api.bfl.ai",
    auth_header="x-key",
    api_key_env="BFL_API_KEY",
    base_url_env="BFL_BASE_URL",
    auth_hosts=(
        "api.eu.bfl.ai",
        "api.us.bfl.ai",
        "api.eu1.bfl.ai",
        "api.us1.bfl.ai",
    ),
    error_message_paths=(
        "detail",
        "detail[].msg",
    ),
    webhook=WebhookInfo(url_name="webhook_url", secret_name="webhook_secret"),
)

API_FLUX = PredictionsInfo(
    name="flux",
    submit_path="/v1/{model}",
    status_path="/v1/get_result?id={id}",
    pending=("Pending",),
    succeeded=("Ready",),
    failed=(
        "Error",
        "Request Moderated",
        "Content Moderated",
        "Task not found",
    ),
    status_url_field="polling_url",
    error_field="details",
    output_field="result.sample",
)

# Each model's record is in the model's own module (_calls/<module>.py), loaded on first use: constant -> module.
_MODEL_RECORDS = {
    "FLUX_KONTEXT_PRO": "flux_kontext_pro",
    "FLUX_PRO_1_1": "flux_pro_1_1",
    "FLUX_PRO_1_1_ULTRA": "flux_pro_1_1_ultra",
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
