"""What the fal runtime needs to know about the provider, its APIs and each model, as data.

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

# spec: models/fal-fal-ai-flux-pro-kontext.yaml
FAL_AI_FLUX_PRO_KONTEXT = EndpointInfo(
    model_id="fal-ai/flux-pro/kontext",
    method="flux_pro_kontext",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="image_url"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="guidance_scale", has_default=True, default=3.5),
        ParamInfo(wire="sync_mode", has_default=True, default=False),
        ParamInfo(wire="num_images", has_default=True, default=1),
        ParamInfo(wire="output_format"),
        ParamInfo(wire="safety_tolerance"),
        ParamInfo(wire="enhance_prompt", has_default=True, default=False),
        ParamInfo(wire="aspect_ratio"),
    ),
    title="FLUX.1 Kontext [pro] (fal)",
)

# spec: models/fal-fal-ai-flux-schnell.yaml
FAL_AI_FLUX_SCHNELL = EndpointInfo(
    model_id="fal-ai/flux/schnell",
    method="flux_schnell",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="image_size"),
        ParamInfo(wire="num_inference_steps", has_default=True, default=4),
        ParamInfo(wire="seed"),
        ParamInfo(wire="guidance_scale", has_default=True, default=3.5),
        ParamInfo(wire="sync_mode", has_default=True, default=False),
        ParamInfo(wire="num_images", has_default=True, default=1),
        ParamInfo(wire="enable_safety_checker", has_default=True, default=True),
        ParamInfo(wire="output_format"),
        ParamInfo(wire="acceleration"),
    ),
    title="FLUX.1 [schnell]",
)

ENDPOINTS = (
    FAL_AI_FLUX_PRO_KONTEXT,
    FAL_AI_FLUX_SCHNELL,
)
