"""What the fal runtime needs to know about the provider, its APIs and each model, as data.

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
    id="fal",
    title="fal",
    base_url="https://queue.fal.run",
    auth_header="Authorization",
    api_key_env="FAL_KEY",
    base_url_env="FAL_BASE_URL",
    auth_scheme="Key",
    error_message_paths=(
        "detail",
        "detail[].msg",
        "status",
    ),
    webhook=WebhookInfo(url_name="fal_webhook", url_in="query"),
)

API_QUEUE = PredictionsInfo(
    name="queue",
    submit_path="/{model}",
    status_path="/{app}/requests/{id}/status",
    pending=(
        "IN_QUEUE",
        "IN_PROGRESS",
    ),
    succeeded=("COMPLETED",),
    status_url_field="status_url",
    id_field="request_id",
    error_field="error",
    output_field="images[].url",
    result_path="/{app}/requests/{id}",
    result_url_field="response_url",
    result_failed_statuses=(
        422,
        400,
        500,
        502,
        503,
        504,
    ),
    result_canceled_statuses=(499,),
    cancel_path="/{app}/requests/{id}/cancel",
    cancel_url_field="cancel_url",
    cancel_method="PUT",
    variables=(("app", 2),),
)

# Each model's record is in the model's own module (_calls/<module>.py), loaded on first use: constant -> module.
_MODEL_RECORDS = {
    "FAL_AI_FLUX_PRO_KONTEXT": "fal_ai_flux_pro_kontext",
    "FAL_AI_FLUX_SCHNELL": "fal_ai_flux_schnell",
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
