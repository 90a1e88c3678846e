"""What the Replicate runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

from .._runtime.endpoints import (
    Condition,
    EndpointInfo,
    FilesInfo,
    ParamInfo,
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

# spec: models/replicate-prunaai-p-image.yaml
PRUNAAI_P_IMAGE = EndpointInfo(
    model_id="prunaai/p-image",
    method="p_image",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="width", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="height", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="lora_scale", has_default=True, default=0.5),
        ParamInfo(wire="hf_api_token", secret=True),
    ),
    title="P-Image (Pruna, on Replicate)",
)

# spec: models/replicate-prunaai-p-image-edit.yaml
PRUNAAI_P_IMAGE_EDIT = EndpointInfo(
    model_id="prunaai/p-image-edit",
    method="p_image_edit",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="images", upload="many"),
        ParamInfo(wire="turbo", has_default=True, default=True),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    title="P-Image-Edit (Pruna, on Replicate)",
)

ENDPOINTS = (
    PRUNAAI_P_IMAGE,
    PRUNAAI_P_IMAGE_EDIT,
)
