"""What the Segmind runtime needs to know about the provider and each model, as data.

Generated from specs/providers/segmind.yaml and the model specs; do not edit.
"""

from __future__ import annotations

from .._runtime.endpoints import (
    Condition,
    EndpointInfo,
    ParamInfo,
    ProviderInfo,
)

PROVIDER = ProviderInfo(
    id="segmind",
    title="Segmind",
    base_url="https://api.segmind.com",
    base_url_env="SEGMIND_BASE_URL",
    auth_header="x-api-key",
    api_key_env="SEGMIND_API_KEY",
    style="segmind",
    connect_timeout=10.0,
    generate_timeout=120.0,
    other_timeout=30.0,
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
    predictions=None,
    files=None,
)

# specs/models/segmind-imagen.yaml
IMAGEN = EndpointInfo(
    model_id="imagen",
    method="imagen",
    path="/v1/imagen",
    output_media="image",
    output_body="either",
    rate_limit=None,
    sync=True,
    params=(
        ParamInfo(
            wire="prompt",
            python="prompt",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="aspect_ratio",
            python="aspect_ratio",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="person_generation",
            python="person_generation",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="safety_filter_level",
            python="safety_filter_level",
            upload=None,
            relevant_when=None,
        ),
    ),
)

# specs/models/segmind-imagen-4-fast.yaml
IMAGEN_4_FAST = EndpointInfo(
    model_id="imagen-4-fast",
    method="imagen_4_fast",
    path="/v1/imagen-4-fast",
    output_media="image",
    output_body="either",
    rate_limit=None,
    sync=True,
    params=(
        ParamInfo(
            wire="prompt",
            python="prompt",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="width",
            python="width",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="height",
            python="height",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="steps",
            python="steps",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="guidance_scale",
            python="guidance_scale",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="negative_prompt",
            python="negative_prompt",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="scheduler",
            python="scheduler",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="seed",
            python="seed",
            upload=None,
            relevant_when=None,
        ),
    ),
)

# specs/models/segmind-p-image.yaml
P_IMAGE = EndpointInfo(
    model_id="p-image",
    method="p_image",
    path="/v1/p-image",
    output_media="image",
    output_body="either",
    rate_limit=None,
    sync=True,
    params=(
        ParamInfo(
            wire="prompt",
            python="prompt",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="aspect_ratio",
            python="aspect_ratio",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="disable_safety_checker",
            python="disable_safety_checker",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="height",
            python="height",
            upload=None,
            relevant_when=Condition(parameter="aspect_ratio", values=("custom",)),
        ),
        ParamInfo(
            wire="seed",
            python="seed",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="width",
            python="width",
            upload=None,
            relevant_when=Condition(parameter="aspect_ratio", values=("custom",)),
        ),
    ),
)

# specs/models/segmind-p-image-edit.yaml
P_IMAGE_EDIT = EndpointInfo(
    model_id="p-image-edit",
    method="p_image_edit",
    path="/v1/p-image-edit",
    output_media="image",
    output_body="either",
    rate_limit=None,
    sync=True,
    params=(
        ParamInfo(
            wire="image_urls",
            python="image_urls",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="prompt",
            python="prompt",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="aspect_ratio",
            python="aspect_ratio",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="disable_safety_checker",
            python="disable_safety_checker",
            upload=None,
            relevant_when=None,
        ),
        ParamInfo(
            wire="seed",
            python="seed",
            upload=None,
            relevant_when=None,
        ),
    ),
)
