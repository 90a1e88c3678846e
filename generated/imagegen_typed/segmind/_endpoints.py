"""What the Segmind runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

from .._runtime.endpoints import (
    Condition,
    DirectInfo,
    EndpointInfo,
    ParamInfo,
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

# spec: models/segmind-imagen.yaml
IMAGEN = EndpointInfo(
    model_id="imagen",
    method="imagen",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="person_generation", has_default=True, default="ALLOW_ADULT"),
        ParamInfo(wire="safety_filter_level", has_default=True, default="BLOCK_LOW_AND_ABOVE"),
    ),
    title="Imagen 3",
    cost_usd=0.06,
    cost_per="generation",
    latency_seconds=8.16,
)

# spec: models/segmind-imagen-4-fast.yaml
IMAGEN_4_FAST = EndpointInfo(
    model_id="imagen-4-fast",
    method="imagen_4_fast",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="width", has_default=True, default=512),
        ParamInfo(wire="height", has_default=True, default=512),
        ParamInfo(wire="steps", has_default=True, default=25),
        ParamInfo(wire="guidance_scale", has_default=True, default=7.5),
        ParamInfo(wire="negative_prompt"),
        ParamInfo(wire="scheduler", has_default=True, default="DDIM"),
        ParamInfo(wire="seed", has_default=True, default=-1),
    ),
    title="Imagen 4 Fast",
)

# spec: models/segmind-p-image.yaml
P_IMAGE = EndpointInfo(
    model_id="p-image",
    method="p_image",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(
            wire="height",
            has_default=True,
            default=576,
            relevant_when=Condition(parameter="aspect_ratio", values=("custom",)),
        ),
        ParamInfo(wire="seed", has_default=True, default=42),
        ParamInfo(
            wire="width",
            has_default=True,
            default=1024,
            relevant_when=Condition(parameter="aspect_ratio", values=("custom",)),
        ),
    ),
    title="Pruna P Image",
)

# spec: models/segmind-p-image-edit.yaml
P_IMAGE_EDIT = EndpointInfo(
    model_id="p-image-edit",
    method="p_image_edit",
    params=(
        ParamInfo(wire="image_urls"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="seed", has_default=True, default=42),
    ),
    title="Pruna P Image Edit",
    cost_usd=0.01,
    cost_per="generation",
    latency_seconds=7.53,
)

ENDPOINTS = (
    IMAGEN,
    IMAGEN_4_FAST,
    P_IMAGE,
    P_IMAGE_EDIT,
)
