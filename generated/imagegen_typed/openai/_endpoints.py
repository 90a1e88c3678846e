"""What the OpenAI Images runtime needs to know about the provider, its APIs and each model, as data.

Only what differs from a record's defaults (see _runtime/endpoints.py) is written. Generated; do not edit.
"""

from __future__ import annotations

from .._runtime.endpoints import (
    DirectInfo,
    EndpointInfo,
    OutputField,
    ParamInfo,
    ProviderInfo,
)

PROVIDER = ProviderInfo(
    id="openai",
    title="OpenAI Images",
    base_url="https://api.openai.com",
    auth_header="Authorization",
    api_key_env="OPENAI_API_KEY",
    base_url_env="OPENAI_BASE_URL",
    auth_scheme="Bearer",
    generate_timeout=180.0,
    error_message_paths=("error.message",),
    error_code_paths=(
        "error.code",
        "error.type",
    ),
    request_id_headers=("x-request-id",),
    header_request_id="x-request-id",
)

API_IMAGES = DirectInfo(
    name="images",
    path="/v1/images/generations",
    model_field="model",
    multipart_arrays="brackets",
    outputs=(
        OutputField(path="data[].url"),
        OutputField(path="data[].b64_json", encoding="base64"),
    ),
)

# spec: models/openai-dall-e-2.yaml
DALL_E_2 = EndpointInfo(
    model_id="dall-e-2",
    method="dall_e_2",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="n", has_default=True, default=1),
        ParamInfo(wire="quality", has_default=True, default="auto"),
        ParamInfo(wire="response_format", has_default=True, default="url"),
        ParamInfo(wire="size"),
        ParamInfo(wire="user"),
    ),
    title="DALL-E 2",
)

# spec: models/openai-dall-e-3.yaml
DALL_E_3 = EndpointInfo(
    model_id="dall-e-3",
    method="dall_e_3",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="n", has_default=True, default=1),
        ParamInfo(wire="quality", has_default=True, default="auto"),
        ParamInfo(wire="response_format", has_default=True, default="url"),
        ParamInfo(wire="size"),
        ParamInfo(wire="style", has_default=True, default="vivid"),
        ParamInfo(wire="user"),
    ),
    title="DALL-E 3",
)

# spec: models/openai-gpt-image-1.yaml
GPT_IMAGE_1 = EndpointInfo(
    model_id="gpt-image-1",
    method="gpt_image_1",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="background", has_default=True, default="auto"),
        ParamInfo(wire="moderation", has_default=True, default="auto"),
        ParamInfo(wire="n", has_default=True, default=1),
        ParamInfo(wire="output_compression", has_default=True, default=100),
        ParamInfo(wire="output_format", has_default=True, default="png"),
        ParamInfo(wire="quality", has_default=True, default="auto"),
        ParamInfo(wire="size", has_default=True, default="auto"),
        ParamInfo(wire="user"),
    ),
    title="GPT Image 1",
)

# spec: models/openai-gpt-image-1-edit.yaml
GPT_IMAGE_1_EDIT = EndpointInfo(
    model_id="gpt-image-1-edit",
    method="gpt_image_1_edit",
    params=(
        ParamInfo(wire="image", file="many"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="mask", file="one"),
        ParamInfo(wire="background", has_default=True, default="auto"),
        ParamInfo(wire="input_fidelity"),
        ParamInfo(wire="n", has_default=True, default=1),
        ParamInfo(wire="output_compression", has_default=True, default=100),
        ParamInfo(wire="output_format", has_default=True, default="png"),
        ParamInfo(wire="quality", has_default=True, default="auto"),
        ParamInfo(wire="size", has_default=True, default="1024x1024"),
        ParamInfo(wire="user"),
    ),
    path="/v1/images/edits",
    wire_id="gpt-image-1",
    request_body="multipart",
    title="GPT Image 1 (edit)",
)

ENDPOINTS = (
    DALL_E_2,
    DALL_E_3,
    GPT_IMAGE_1,
    GPT_IMAGE_1_EDIT,
)
