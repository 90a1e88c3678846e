"""What the Black Forest Labs runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

from .._runtime.endpoints import (
    EndpointInfo,
    ParamInfo,
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

# spec: models/bfl-flux-kontext-pro.yaml
FLUX_KONTEXT_PRO = EndpointInfo(
    model_id="flux-kontext-pro",
    method="flux_kontext_pro",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="input_image"),
        ParamInfo(wire="input_image_2"),
        ParamInfo(wire="input_image_3"),
        ParamInfo(wire="input_image_4"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="aspect_ratio"),
        ParamInfo(wire="output_format", has_default=True, default="png"),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="safety_tolerance", has_default=True, default=2),
    ),
    title="FLUX.1 Kontext [pro]",
)

# spec: models/bfl-flux-pro-1.1.yaml
FLUX_PRO_1_1 = EndpointInfo(
    model_id="flux-pro-1.1",
    method="flux_pro_1_1",
    params=(
        ParamInfo(wire="prompt", has_default=True, default=""),
        ParamInfo(wire="image_prompt"),
        ParamInfo(wire="width", has_default=True, default=1024),
        ParamInfo(wire="height", has_default=True, default=768),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="seed"),
        ParamInfo(wire="safety_tolerance", has_default=True, default=2),
        ParamInfo(wire="output_format", has_default=True, default="jpeg"),
    ),
    title="FLUX 1.1 [pro]",
)

# spec: models/bfl-flux-pro-1.1-ultra.yaml
FLUX_PRO_1_1_ULTRA = EndpointInfo(
    model_id="flux-pro-1.1-ultra",
    method="flux_pro_1_1_ultra",
    params=(
        ParamInfo(wire="prompt", has_default=True, default=""),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="seed"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="safety_tolerance", has_default=True, default=2),
        ParamInfo(wire="output_format", has_default=True, default="jpeg"),
        ParamInfo(wire="raw", has_default=True, default=False),
        ParamInfo(wire="image_prompt"),
        ParamInfo(wire="image_prompt_strength", has_default=True, default=0.1),
    ),
    title="FLUX 1.1 [pro] Ultra",
)

ENDPOINTS = (
    FLUX_KONTEXT_PRO,
    FLUX_PRO_1_1,
    FLUX_PRO_1_1_ULTRA,
)
