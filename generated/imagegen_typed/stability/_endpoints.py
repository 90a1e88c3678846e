"""What the Stability AI runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

from .._runtime.endpoints import (
    AcceptChoice,
    DirectInfo,
    EndpointInfo,
    OutputField,
    ParamInfo,
    ProviderInfo,
)

PROVIDER = ProviderInfo(
    id="stability",
    title="Stability AI",
    base_url="https://api.stability.ai",
    auth_header="Authorization",
    api_key_env="STABILITY_API_KEY",
    base_url_env="STABILITY_BASE_URL",
    auth_scheme="Bearer",
    error_message_paths=("errors",),
    error_code_paths=("name",),
    error_request_id_paths=("id",),
    request_id_headers=("x-request-id",),
    header_seed="seed",
    header_request_id="x-request-id",
)

API_V2BETA = DirectInfo(
    name="v2beta",
    path="/v2beta/stable-image/generate/{model}",
    request_body="multipart",
    accept=(
        AcceptChoice(name="image", value="image/*", body="bytes"),
        AcceptChoice(name="json", value="application/json", body="json"),
    ),
    outputs=(OutputField(path="image", encoding="base64"),),
    seed_field="seed",
    finish_reason_header="finish-reason",
    finish_reason_field="finish_reason",
    filtered=("CONTENT_FILTERED",),
)

# spec: models/stability-core.yaml
CORE = EndpointInfo(
    model_id="core",
    method="core",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="negative_prompt"),
        ParamInfo(wire="seed", has_default=True, default=0),
        ParamInfo(wire="style_preset"),
        ParamInfo(wire="output_format", has_default=True, default="png"),
    ),
    title="Stable Image Core",
)

# spec: models/stability-ultra.yaml
ULTRA = EndpointInfo(
    model_id="ultra",
    method="ultra",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="negative_prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="seed", has_default=True, default=0),
        ParamInfo(wire="output_format", has_default=True, default="png"),
        ParamInfo(wire="image", file="one"),
        ParamInfo(wire="style_preset"),
        ParamInfo(wire="strength"),
    ),
    title="Stable Image Ultra",
)

ENDPOINTS = (
    CORE,
    ULTRA,
)
