"""Contract tests for Segmind, generated from specs/providers/segmind.yaml and its model specs.

Do not edit: `make generate` rewrites this file. Every case below is data taken from a spec line;
the checks themselves live in contract_support.py.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from imagegen_typed.segmind import AsyncSegmind, Segmind, errors

from . import contract_support as support

PROVIDER = support.ProviderFacts(
    id="segmind",
    auth_header="x-api-key",
    base_url="https://api.segmind.com",
    api_key_env="SEGMIND_API_KEY",
    auth_scheme=None,
    error_message_path="error",
    error_request_id_path="request_id",
    request_id_header="x-request-id",
)

# Each API of the provider, by name; the first is the default (its methods are on the client itself).
APIS = {
    "v1": support.ApiFacts(
        name="v1",
        protocol="direct",
        model_field=None,
        multipart_arrays="repeat",
        accept_header=None,
        accept_value=None,
        attribute=None,
    ),
    "v2": support.ApiFacts(
        name="v2",
        protocol="predictions",
        model_header=None,
        input_field=None,
        hold_header=None,
        hold_value="",
        status_path="/v2/requests/{id}/status",
        status_url_field="status_url",
        id_field="request_id",
        status_field="status",
        output_field="output",
        pending="QUEUED",
        succeeded="COMPLETED",
        canceled=None,
        result_path="/v2/requests/{id}",
        result_url_field="response_url",
        cancel_path=None,
        cancel_url_field=None,
        cancel_method="POST",
        status_method="GET",
        result_method="GET",
        submit_status=200,
        variables=(),
        attribute="v2",
    ),
}

MODELS = {
    # specs/models/segmind-imagen.yaml
    "imagen": support.ModelFacts(
        method="imagen",
        model_id="imagen",
        paths={
            "v1": "/v1/imagen",
            "v2": "/v2/imagen",
        },
        bodies={
            "v1": "json",
            "v2": "json",
        },
        sync=True,
        media="image",
        body="either",
        minimal={
            "prompt": "White fluffy bear toy is sleeping in a children's room, on the floor of a baby bedroom with toy boxes and toys around, in the style of photorealistic 3D rendering"
        },
        wire_names={
            "prompt": "prompt",
            "aspect_ratio": "aspect_ratio",
            "person_generation": "person_generation",
            "safety_filter_level": "safety_filter_level",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "ImagenRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string", "minLength": 1},
                "aspect_ratio": {"type": "string", "enum": ["1:1", "4:3", "3:4", "9:16", "16:9"], "default": "16:9"},
                "person_generation": {
                    "type": "string",
                    "enum": ["ALLOW_ADULT", "DONT_ALLOW"],
                    "default": "ALLOW_ADULT",
                },
                "safety_filter_level": {
                    "type": "string",
                    "enum": ["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH"],
                    "default": "BLOCK_LOW_AND_ABOVE",
                },
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/segmind-imagen-4-fast.yaml
    "imagen_4_fast": support.ModelFacts(
        method="imagen_4_fast",
        model_id="imagen-4-fast",
        paths={
            "v1": "/v1/imagen-4-fast",
            "v2": "/v2/imagen-4-fast",
        },
        bodies={
            "v1": "json",
            "v2": "json",
        },
        sync=True,
        media="image",
        body="either",
        minimal={
            "prompt": "A golden retriever puppy playing in a sunlit meadow full of wildflowers, vibrant colors, shallow depth of field, photorealistic, ultra-detailed"
        },
        wire_names={
            "prompt": "prompt",
            "width": "width",
            "height": "height",
            "steps": "steps",
            "guidance_scale": "guidance_scale",
            "negative_prompt": "negative_prompt",
            "scheduler": "scheduler",
            "seed": "seed",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "Imagen4FastRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string", "minLength": 1},
                "width": {"type": "integer", "minimum": 256, "maximum": 1024, "default": 512},
                "height": {"type": "integer", "minimum": 256, "maximum": 1024, "default": 512},
                "steps": {"type": "integer", "minimum": 1, "maximum": 100, "default": 25},
                "guidance_scale": {"type": "number", "minimum": 1, "maximum": 20, "default": 7.5},
                "negative_prompt": {"type": "string"},
                "scheduler": {
                    "type": "string",
                    "enum": ["DDIM", "PNDM", "LMSDiscrete", "DPMSolverMultistep", "EulerAncestralDiscrete"],
                    "default": "DDIM",
                },
                "seed": {"type": "integer", "minimum": -1, "maximum": 2147483647, "default": -1},
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/segmind-p-image.yaml
    "p_image": support.ModelFacts(
        method="p_image",
        model_id="p-image",
        paths={
            "v1": "/v1/p-image",
            "v2": "/v2/p-image",
        },
        bodies={
            "v1": "json",
            "v2": "json",
        },
        sync=True,
        media="image",
        body="either",
        minimal={"prompt": "Vibrant neon signboard glowing at night, bold cyberpunk style"},
        wire_names={
            "prompt": "prompt",
            "aspect_ratio": "aspect_ratio",
            "disable_safety_checker": "disable_safety_checker",
            "height": "height",
            "seed": "seed",
            "width": "width",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "PImageRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string", "minLength": 1},
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"],
                    "default": "16:9",
                },
                "disable_safety_checker": {"type": "boolean", "default": False},
                "height": {"type": "integer", "minimum": 256, "maximum": 1440, "default": 576},
                "seed": {"type": "integer", "minimum": -1, "maximum": 999999999999999, "default": 42},
                "width": {"type": "integer", "minimum": 256, "maximum": 1440, "default": 1024},
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/segmind-p-image-edit.yaml
    "p_image_edit": support.ModelFacts(
        method="p_image_edit",
        model_id="p-image-edit",
        paths={
            "v1": "/v1/p-image-edit",
            "v2": "/v2/p-image-edit",
        },
        bodies={
            "v1": "json",
            "v2": "json",
        },
        sync=True,
        media="image",
        body="either",
        minimal={
            "image_urls": [
                "https://segmind-resources.s3.amazonaws.com/input/116b8cb5-bfc4-4589-b824-0065631919c8-pruna-logo.jpg",
                "https://segmind-resources.s3.amazonaws.com/input/07ccec90-0c1b-4016-b15c-c09c140218c8-segmind-logo.png",
            ],
            "prompt": "Make the character from image 1 lean against the logo from image 2, as if the logo is standing upright on the ground",
        },
        wire_names={
            "image_urls": "image_urls",
            "prompt": "prompt",
            "aspect_ratio": "aspect_ratio",
            "disable_safety_checker": "disable_safety_checker",
            "seed": "seed",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "PImageEditRequest",
            "additionalProperties": False,
            "properties": {
                "image_urls": {
                    "type": "array",
                    "items": {"type": "string", "pattern": "^https?://\\S+$"},
                    "minItems": 1,
                },
                "prompt": {"type": "string", "minLength": 1},
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"],
                    "default": "match_input_image",
                },
                "disable_safety_checker": {"type": "boolean", "default": False},
                "seed": {"type": "integer", "minimum": -1, "maximum": 999999999999999, "default": 42},
            },
            "required": ["image_urls", "prompt"],
        },
    ),
}

# (API, method): every model on every API that serves it.
CALLS = [
    pytest.param("v1", "imagen", id="v1-imagen"),
    pytest.param("v1", "imagen_4_fast", id="v1-imagen_4_fast"),
    pytest.param("v1", "p_image", id="v1-p_image"),
    pytest.param("v1", "p_image_edit", id="v1-p_image_edit"),
    pytest.param("v2", "imagen", id="v2-imagen"),
    pytest.param("v2", "imagen_4_fast", id="v2-imagen_4_fast"),
    pytest.param("v2", "p_image", id="v2-p_image"),
    pytest.param("v2", "p_image_edit", id="v2-p_image_edit"),
]
PREDICTIONS_APIS = [name for name, api in APIS.items() if api.protocol == "predictions"]
FIRST_API = {method: next(iter(model.paths)) for method, model in MODELS.items()}

# method -> (request model module, class)
MODEL_MODULES = {
    "imagen": ("imagen", "ImagenRequest"),
    "imagen_4_fast": ("imagen_4_fast", "Imagen4FastRequest"),
    "p_image": ("p_image", "PImageRequest"),
    "p_image_edit": ("p_image_edit", "PImageEditRequest"),
}

# (method, Python parameter, case, value, other arguments that make the parameter apply)
ALLOWED = [
    pytest.param(
        "imagen",
        "prompt",
        "White fluffy bear toy is sleeping in a children's room, on the floor of a baby bedroom with toy boxes and toys around, in the style of photorealistic 3D rendering",
        {},
        id="imagen-prompt-example",
    ),
    pytest.param("imagen", "aspect_ratio", "16:9", {}, id="imagen-aspect_ratio-example"),
    pytest.param("imagen", "aspect_ratio", "16:9", {}, id="imagen-aspect_ratio-default"),
    pytest.param("imagen", "aspect_ratio", "1:1", {}, id="imagen-aspect_ratio-enum '1:1'"),
    pytest.param("imagen", "aspect_ratio", "4:3", {}, id="imagen-aspect_ratio-enum '4:3'"),
    pytest.param("imagen", "aspect_ratio", "3:4", {}, id="imagen-aspect_ratio-enum '3:4'"),
    pytest.param("imagen", "aspect_ratio", "9:16", {}, id="imagen-aspect_ratio-enum '9:16'"),
    pytest.param("imagen", "aspect_ratio", "16:9", {}, id="imagen-aspect_ratio-enum '16:9'"),
    pytest.param("imagen", "person_generation", "ALLOW_ADULT", {}, id="imagen-person_generation-example"),
    pytest.param("imagen", "person_generation", "ALLOW_ADULT", {}, id="imagen-person_generation-default"),
    pytest.param("imagen", "person_generation", "ALLOW_ADULT", {}, id="imagen-person_generation-enum 'ALLOW_ADULT'"),
    pytest.param("imagen", "person_generation", "DONT_ALLOW", {}, id="imagen-person_generation-enum 'DONT_ALLOW'"),
    pytest.param("imagen", "safety_filter_level", "BLOCK_LOW_AND_ABOVE", {}, id="imagen-safety_filter_level-example"),
    pytest.param("imagen", "safety_filter_level", "BLOCK_LOW_AND_ABOVE", {}, id="imagen-safety_filter_level-default"),
    pytest.param(
        "imagen",
        "safety_filter_level",
        "BLOCK_LOW_AND_ABOVE",
        {},
        id="imagen-safety_filter_level-enum 'BLOCK_LOW_AND_ABOVE'",
    ),
    pytest.param(
        "imagen",
        "safety_filter_level",
        "BLOCK_MEDIUM_AND_ABOVE",
        {},
        id="imagen-safety_filter_level-enum 'BLOCK_MEDIUM_AND_ABOVE'",
    ),
    pytest.param(
        "imagen", "safety_filter_level", "BLOCK_ONLY_HIGH", {}, id="imagen-safety_filter_level-enum 'BLOCK_ONLY_HIGH'"
    ),
    pytest.param(
        "imagen_4_fast",
        "prompt",
        "A golden retriever puppy playing in a sunlit meadow full of wildflowers, vibrant colors, shallow depth of field, photorealistic, ultra-detailed",
        {},
        id="imagen_4_fast-prompt-example",
    ),
    pytest.param("imagen_4_fast", "width", 512, {}, id="imagen_4_fast-width-example"),
    pytest.param("imagen_4_fast", "width", 512, {}, id="imagen_4_fast-width-default"),
    pytest.param("imagen_4_fast", "width", 256, {}, id="imagen_4_fast-width-minimum"),
    pytest.param("imagen_4_fast", "width", 1024, {}, id="imagen_4_fast-width-maximum"),
    pytest.param("imagen_4_fast", "height", 512, {}, id="imagen_4_fast-height-example"),
    pytest.param("imagen_4_fast", "height", 512, {}, id="imagen_4_fast-height-default"),
    pytest.param("imagen_4_fast", "height", 256, {}, id="imagen_4_fast-height-minimum"),
    pytest.param("imagen_4_fast", "height", 1024, {}, id="imagen_4_fast-height-maximum"),
    pytest.param("imagen_4_fast", "steps", 25, {}, id="imagen_4_fast-steps-example"),
    pytest.param("imagen_4_fast", "steps", 25, {}, id="imagen_4_fast-steps-default"),
    pytest.param("imagen_4_fast", "steps", 1, {}, id="imagen_4_fast-steps-minimum"),
    pytest.param("imagen_4_fast", "steps", 100, {}, id="imagen_4_fast-steps-maximum"),
    pytest.param("imagen_4_fast", "guidance_scale", 7.5, {}, id="imagen_4_fast-guidance_scale-example"),
    pytest.param("imagen_4_fast", "guidance_scale", 7.5, {}, id="imagen_4_fast-guidance_scale-default"),
    pytest.param("imagen_4_fast", "guidance_scale", 1, {}, id="imagen_4_fast-guidance_scale-minimum"),
    pytest.param("imagen_4_fast", "guidance_scale", 20, {}, id="imagen_4_fast-guidance_scale-maximum"),
    pytest.param(
        "imagen_4_fast",
        "negative_prompt",
        "blurry, pixelated, ugly, distorted, low quality",
        {},
        id="imagen_4_fast-negative_prompt-example",
    ),
    pytest.param("imagen_4_fast", "scheduler", "DDIM", {}, id="imagen_4_fast-scheduler-example"),
    pytest.param("imagen_4_fast", "scheduler", "DDIM", {}, id="imagen_4_fast-scheduler-default"),
    pytest.param("imagen_4_fast", "scheduler", "DDIM", {}, id="imagen_4_fast-scheduler-enum 'DDIM'"),
    pytest.param("imagen_4_fast", "scheduler", "PNDM", {}, id="imagen_4_fast-scheduler-enum 'PNDM'"),
    pytest.param("imagen_4_fast", "scheduler", "LMSDiscrete", {}, id="imagen_4_fast-scheduler-enum 'LMSDiscrete'"),
    pytest.param(
        "imagen_4_fast", "scheduler", "DPMSolverMultistep", {}, id="imagen_4_fast-scheduler-enum 'DPMSolverMultistep'"
    ),
    pytest.param(
        "imagen_4_fast",
        "scheduler",
        "EulerAncestralDiscrete",
        {},
        id="imagen_4_fast-scheduler-enum 'EulerAncestralDiscrete'",
    ),
    pytest.param("imagen_4_fast", "seed", -1, {}, id="imagen_4_fast-seed-example"),
    pytest.param("imagen_4_fast", "seed", -1, {}, id="imagen_4_fast-seed-default"),
    pytest.param("imagen_4_fast", "seed", -1, {}, id="imagen_4_fast-seed-minimum"),
    pytest.param("imagen_4_fast", "seed", 2147483647, {}, id="imagen_4_fast-seed-maximum"),
    pytest.param(
        "p_image",
        "prompt",
        "Vibrant neon signboard glowing at night, bold cyberpunk style",
        {},
        id="p_image-prompt-example",
    ),
    pytest.param("p_image", "aspect_ratio", "16:9", {}, id="p_image-aspect_ratio-example"),
    pytest.param("p_image", "aspect_ratio", "16:9", {}, id="p_image-aspect_ratio-default"),
    pytest.param("p_image", "aspect_ratio", "1:1", {}, id="p_image-aspect_ratio-enum '1:1'"),
    pytest.param("p_image", "aspect_ratio", "16:9", {}, id="p_image-aspect_ratio-enum '16:9'"),
    pytest.param("p_image", "aspect_ratio", "9:16", {}, id="p_image-aspect_ratio-enum '9:16'"),
    pytest.param("p_image", "aspect_ratio", "4:3", {}, id="p_image-aspect_ratio-enum '4:3'"),
    pytest.param("p_image", "aspect_ratio", "3:4", {}, id="p_image-aspect_ratio-enum '3:4'"),
    pytest.param("p_image", "aspect_ratio", "3:2", {}, id="p_image-aspect_ratio-enum '3:2'"),
    pytest.param("p_image", "aspect_ratio", "2:3", {}, id="p_image-aspect_ratio-enum '2:3'"),
    pytest.param("p_image", "aspect_ratio", "custom", {}, id="p_image-aspect_ratio-enum 'custom'"),
    pytest.param("p_image", "disable_safety_checker", False, {}, id="p_image-disable_safety_checker-example"),
    pytest.param("p_image", "disable_safety_checker", False, {}, id="p_image-disable_safety_checker-default"),
    pytest.param("p_image", "height", 576, {"aspect_ratio": "custom"}, id="p_image-height-example"),
    pytest.param("p_image", "height", 576, {"aspect_ratio": "custom"}, id="p_image-height-default"),
    pytest.param("p_image", "height", 256, {"aspect_ratio": "custom"}, id="p_image-height-minimum"),
    pytest.param("p_image", "height", 1440, {"aspect_ratio": "custom"}, id="p_image-height-maximum"),
    pytest.param("p_image", "seed", 42, {}, id="p_image-seed-example"),
    pytest.param("p_image", "seed", 42, {}, id="p_image-seed-default"),
    pytest.param("p_image", "seed", -1, {}, id="p_image-seed-minimum"),
    pytest.param("p_image", "seed", 999999999999999, {}, id="p_image-seed-maximum"),
    pytest.param("p_image", "width", 1024, {"aspect_ratio": "custom"}, id="p_image-width-example"),
    pytest.param("p_image", "width", 1024, {"aspect_ratio": "custom"}, id="p_image-width-default"),
    pytest.param("p_image", "width", 256, {"aspect_ratio": "custom"}, id="p_image-width-minimum"),
    pytest.param("p_image", "width", 1440, {"aspect_ratio": "custom"}, id="p_image-width-maximum"),
    pytest.param(
        "p_image_edit",
        "image_urls",
        [
            "https://segmind-resources.s3.amazonaws.com/input/116b8cb5-bfc4-4589-b824-0065631919c8-pruna-logo.jpg",
            "https://segmind-resources.s3.amazonaws.com/input/07ccec90-0c1b-4016-b15c-c09c140218c8-segmind-logo.png",
        ],
        {},
        id="p_image_edit-image_urls-example",
    ),
    pytest.param(
        "p_image_edit", "image_urls", ["https://example.com/input.png"], {}, id="p_image_edit-image_urls-fewest items"
    ),
    pytest.param(
        "p_image_edit",
        "prompt",
        "Make the character from image 1 lean against the logo from image 2, as if the logo is standing upright on the ground",
        {},
        id="p_image_edit-prompt-example",
    ),
    pytest.param("p_image_edit", "aspect_ratio", "match_input_image", {}, id="p_image_edit-aspect_ratio-example"),
    pytest.param("p_image_edit", "aspect_ratio", "match_input_image", {}, id="p_image_edit-aspect_ratio-default"),
    pytest.param(
        "p_image_edit", "aspect_ratio", "match_input_image", {}, id="p_image_edit-aspect_ratio-enum 'match_input_image'"
    ),
    pytest.param("p_image_edit", "aspect_ratio", "1:1", {}, id="p_image_edit-aspect_ratio-enum '1:1'"),
    pytest.param("p_image_edit", "aspect_ratio", "16:9", {}, id="p_image_edit-aspect_ratio-enum '16:9'"),
    pytest.param("p_image_edit", "aspect_ratio", "9:16", {}, id="p_image_edit-aspect_ratio-enum '9:16'"),
    pytest.param("p_image_edit", "aspect_ratio", "4:3", {}, id="p_image_edit-aspect_ratio-enum '4:3'"),
    pytest.param("p_image_edit", "aspect_ratio", "3:4", {}, id="p_image_edit-aspect_ratio-enum '3:4'"),
    pytest.param("p_image_edit", "aspect_ratio", "3:2", {}, id="p_image_edit-aspect_ratio-enum '3:2'"),
    pytest.param("p_image_edit", "aspect_ratio", "2:3", {}, id="p_image_edit-aspect_ratio-enum '2:3'"),
    pytest.param("p_image_edit", "disable_safety_checker", False, {}, id="p_image_edit-disable_safety_checker-example"),
    pytest.param("p_image_edit", "disable_safety_checker", False, {}, id="p_image_edit-disable_safety_checker-default"),
    pytest.param("p_image_edit", "seed", 42, {}, id="p_image_edit-seed-example"),
    pytest.param("p_image_edit", "seed", 42, {}, id="p_image_edit-seed-default"),
    pytest.param("p_image_edit", "seed", -1, {}, id="p_image_edit-seed-minimum"),
    pytest.param("p_image_edit", "seed", 999999999999999, {}, id="p_image_edit-seed-maximum"),
]

FORBIDDEN = [
    pytest.param("imagen", "prompt", 5, {}, id="imagen-prompt-number for text"),
    pytest.param("imagen", "prompt", "", {}, id="imagen-prompt-too short"),
    pytest.param("imagen", "aspect_ratio", 5, {}, id="imagen-aspect_ratio-number for text"),
    pytest.param("imagen", "aspect_ratio", "1x1", {}, id="imagen-aspect_ratio-near-miss enum value"),
    pytest.param("imagen", "person_generation", 5, {}, id="imagen-person_generation-number for text"),
    pytest.param("imagen", "person_generation", "allow_adult", {}, id="imagen-person_generation-near-miss enum value"),
    pytest.param("imagen", "safety_filter_level", 5, {}, id="imagen-safety_filter_level-number for text"),
    pytest.param(
        "imagen", "safety_filter_level", "block_low_and_above", {}, id="imagen-safety_filter_level-near-miss enum value"
    ),
    pytest.param("imagen_4_fast", "prompt", 5, {}, id="imagen_4_fast-prompt-number for text"),
    pytest.param("imagen_4_fast", "prompt", "", {}, id="imagen_4_fast-prompt-too short"),
    pytest.param("imagen_4_fast", "width", "5", {}, id="imagen_4_fast-width-text for integer"),
    pytest.param("imagen_4_fast", "width", 5.5, {}, id="imagen_4_fast-width-fraction for integer"),
    pytest.param("imagen_4_fast", "width", True, {}, id="imagen_4_fast-width-bool for integer"),
    pytest.param("imagen_4_fast", "width", 255, {}, id="imagen_4_fast-width-below minimum"),
    pytest.param("imagen_4_fast", "width", 1025, {}, id="imagen_4_fast-width-above maximum"),
    pytest.param("imagen_4_fast", "height", "5", {}, id="imagen_4_fast-height-text for integer"),
    pytest.param("imagen_4_fast", "height", 5.5, {}, id="imagen_4_fast-height-fraction for integer"),
    pytest.param("imagen_4_fast", "height", True, {}, id="imagen_4_fast-height-bool for integer"),
    pytest.param("imagen_4_fast", "height", 255, {}, id="imagen_4_fast-height-below minimum"),
    pytest.param("imagen_4_fast", "height", 1025, {}, id="imagen_4_fast-height-above maximum"),
    pytest.param("imagen_4_fast", "steps", "5", {}, id="imagen_4_fast-steps-text for integer"),
    pytest.param("imagen_4_fast", "steps", 5.5, {}, id="imagen_4_fast-steps-fraction for integer"),
    pytest.param("imagen_4_fast", "steps", True, {}, id="imagen_4_fast-steps-bool for integer"),
    pytest.param("imagen_4_fast", "steps", 0, {}, id="imagen_4_fast-steps-below minimum"),
    pytest.param("imagen_4_fast", "steps", 101, {}, id="imagen_4_fast-steps-above maximum"),
    pytest.param("imagen_4_fast", "guidance_scale", "1.5", {}, id="imagen_4_fast-guidance_scale-text for number"),
    pytest.param("imagen_4_fast", "guidance_scale", True, {}, id="imagen_4_fast-guidance_scale-bool for number"),
    pytest.param("imagen_4_fast", "guidance_scale", 0.5, {}, id="imagen_4_fast-guidance_scale-below minimum"),
    pytest.param("imagen_4_fast", "guidance_scale", 20.5, {}, id="imagen_4_fast-guidance_scale-above maximum"),
    pytest.param("imagen_4_fast", "negative_prompt", 5, {}, id="imagen_4_fast-negative_prompt-number for text"),
    pytest.param("imagen_4_fast", "scheduler", 5, {}, id="imagen_4_fast-scheduler-number for text"),
    pytest.param("imagen_4_fast", "scheduler", "ddim", {}, id="imagen_4_fast-scheduler-near-miss enum value"),
    pytest.param("imagen_4_fast", "seed", "5", {}, id="imagen_4_fast-seed-text for integer"),
    pytest.param("imagen_4_fast", "seed", 5.5, {}, id="imagen_4_fast-seed-fraction for integer"),
    pytest.param("imagen_4_fast", "seed", True, {}, id="imagen_4_fast-seed-bool for integer"),
    pytest.param("imagen_4_fast", "seed", -2, {}, id="imagen_4_fast-seed-below minimum"),
    pytest.param("imagen_4_fast", "seed", 2147483648, {}, id="imagen_4_fast-seed-above maximum"),
    pytest.param("p_image", "prompt", 5, {}, id="p_image-prompt-number for text"),
    pytest.param("p_image", "prompt", "", {}, id="p_image-prompt-too short"),
    pytest.param("p_image", "aspect_ratio", 5, {}, id="p_image-aspect_ratio-number for text"),
    pytest.param("p_image", "aspect_ratio", "1x1", {}, id="p_image-aspect_ratio-near-miss enum value"),
    pytest.param("p_image", "disable_safety_checker", "true", {}, id="p_image-disable_safety_checker-text for boolean"),
    pytest.param("p_image", "disable_safety_checker", 1, {}, id="p_image-disable_safety_checker-number for boolean"),
    pytest.param("p_image", "height", "5", {"aspect_ratio": "custom"}, id="p_image-height-text for integer"),
    pytest.param("p_image", "height", 5.5, {"aspect_ratio": "custom"}, id="p_image-height-fraction for integer"),
    pytest.param("p_image", "height", True, {"aspect_ratio": "custom"}, id="p_image-height-bool for integer"),
    pytest.param("p_image", "height", 255, {"aspect_ratio": "custom"}, id="p_image-height-below minimum"),
    pytest.param("p_image", "height", 1441, {"aspect_ratio": "custom"}, id="p_image-height-above maximum"),
    pytest.param("p_image", "seed", "5", {}, id="p_image-seed-text for integer"),
    pytest.param("p_image", "seed", 5.5, {}, id="p_image-seed-fraction for integer"),
    pytest.param("p_image", "seed", True, {}, id="p_image-seed-bool for integer"),
    pytest.param("p_image", "seed", -2, {}, id="p_image-seed-below minimum"),
    pytest.param("p_image", "seed", 1000000000000000, {}, id="p_image-seed-above maximum"),
    pytest.param("p_image", "width", "5", {"aspect_ratio": "custom"}, id="p_image-width-text for integer"),
    pytest.param("p_image", "width", 5.5, {"aspect_ratio": "custom"}, id="p_image-width-fraction for integer"),
    pytest.param("p_image", "width", True, {"aspect_ratio": "custom"}, id="p_image-width-bool for integer"),
    pytest.param("p_image", "width", 255, {"aspect_ratio": "custom"}, id="p_image-width-below minimum"),
    pytest.param("p_image", "width", 1441, {"aspect_ratio": "custom"}, id="p_image-width-above maximum"),
    pytest.param("p_image", "height", 256, {"aspect_ratio": "1:1"}, id="p_image-height-set where it does not apply"),
    pytest.param("p_image", "width", 256, {"aspect_ratio": "1:1"}, id="p_image-width-set where it does not apply"),
    pytest.param(
        "p_image_edit",
        "image_urls",
        "https://example.com/input.png",
        {},
        id="p_image_edit-image_urls-single value for list",
    ),
    pytest.param("p_image_edit", "image_urls", [], {}, id="p_image_edit-image_urls-too few items"),
    pytest.param("p_image_edit", "image_urls", [5], {}, id="p_image_edit-image_urls-item: number for URL"),
    pytest.param("p_image_edit", "image_urls", ["not a url"], {}, id="p_image_edit-image_urls-item: not a URL"),
    pytest.param("p_image_edit", "prompt", 5, {}, id="p_image_edit-prompt-number for text"),
    pytest.param("p_image_edit", "prompt", "", {}, id="p_image_edit-prompt-too short"),
    pytest.param("p_image_edit", "aspect_ratio", 5, {}, id="p_image_edit-aspect_ratio-number for text"),
    pytest.param(
        "p_image_edit", "aspect_ratio", "match_input_images", {}, id="p_image_edit-aspect_ratio-near-miss enum value"
    ),
    pytest.param(
        "p_image_edit", "disable_safety_checker", "true", {}, id="p_image_edit-disable_safety_checker-text for boolean"
    ),
    pytest.param(
        "p_image_edit", "disable_safety_checker", 1, {}, id="p_image_edit-disable_safety_checker-number for boolean"
    ),
    pytest.param("p_image_edit", "seed", "5", {}, id="p_image_edit-seed-text for integer"),
    pytest.param("p_image_edit", "seed", 5.5, {}, id="p_image_edit-seed-fraction for integer"),
    pytest.param("p_image_edit", "seed", True, {}, id="p_image_edit-seed-bool for integer"),
    pytest.param("p_image_edit", "seed", -2, {}, id="p_image_edit-seed-below minimum"),
    pytest.param("p_image_edit", "seed", 1000000000000000, {}, id="p_image_edit-seed-above maximum"),
]

# Full bodies the mock provider must accept: every parameter with an allowed value.
FULL_BODIES = {
    "imagen": {
        "prompt": "White fluffy bear toy is sleeping in a children's room, on the floor of a baby bedroom with toy boxes and toys around, in the style of photorealistic 3D rendering",
        "aspect_ratio": "16:9",
        "person_generation": "ALLOW_ADULT",
        "safety_filter_level": "BLOCK_LOW_AND_ABOVE",
    },
    "imagen_4_fast": {
        "prompt": "A golden retriever puppy playing in a sunlit meadow full of wildflowers, vibrant colors, shallow depth of field, photorealistic, ultra-detailed",
        "width": 512,
        "height": 512,
        "steps": 25,
        "guidance_scale": 7.5,
        "negative_prompt": "blurry, pixelated, ugly, distorted, low quality",
        "scheduler": "DDIM",
        "seed": -1,
    },
    "p_image": {
        "prompt": "Vibrant neon signboard glowing at night, bold cyberpunk style",
        "aspect_ratio": "16:9",
        "disable_safety_checker": False,
        "seed": 42,
    },
    "p_image_edit": {
        "image_urls": [
            "https://segmind-resources.s3.amazonaws.com/input/116b8cb5-bfc4-4589-b824-0065631919c8-pruna-logo.jpg",
            "https://segmind-resources.s3.amazonaws.com/input/07ccec90-0c1b-4016-b15c-c09c140218c8-segmind-logo.png",
        ],
        "prompt": "Make the character from image 1 lean against the logo from image 2, as if the logo is standing upright on the ground",
        "aspect_ratio": "match_input_image",
        "disable_safety_checker": False,
        "seed": 42,
    },
}

# Documented status -> exception class name, from the errors: list of the provider spec.
ERRORS = [
    pytest.param(400, "BadRequestError", id="BadRequestError"),
    pytest.param(401, "AuthenticationError", id="AuthenticationError"),
    pytest.param(403, "PermissionDeniedError", id="PermissionDeniedError"),
    pytest.param(404, "NotFoundError", id="NotFoundError"),
    pytest.param(405, "MethodNotAllowedError", id="MethodNotAllowedError"),
    pytest.param(406, "InsufficientCreditsError", id="InsufficientCreditsError"),
    pytest.param(422, "UnprocessableEntityError", id="UnprocessableEntityError"),
    pytest.param(429, "RateLimitError", id="RateLimitError"),
    pytest.param(500, "InternalServerError", id="InternalServerError"),
    pytest.param(502, "BadGatewayError", id="BadGatewayError"),
    pytest.param(504, "GatewayTimeoutError", id="GatewayTimeoutError"),
]


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    yield from support.mock_server()


@pytest.mark.parametrize(("method", "python", "value", "extra"), ALLOWED)
def test_client_sends_allowed_value(method: str, python: str, value: Any, extra: dict[str, Any]) -> None:
    support.check_allowed(Segmind, PROVIDER, APIS[FIRST_API[method]], MODELS[method], python, value, extra)


@pytest.mark.parametrize(("method", "python", "value", "extra"), FORBIDDEN)
def test_client_rejects_forbidden_value_before_sending(
    method: str, python: str, value: Any, extra: dict[str, Any]
) -> None:
    support.check_forbidden(Segmind, PROVIDER, APIS[FIRST_API[method]], MODELS[method], python, value, extra)


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_missing_required_and_unknown_arguments_fail_before_sending(api: str, method: str) -> None:
    support.check_missing_and_extra(Segmind, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_request_shape(api: str, method: str) -> None:
    support.check_request_shape(Segmind, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_call_with_only_required_arguments_sends_only_those(api: str, method: str) -> None:
    support.check_minimal_body(Segmind, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("status", "class_name"), ERRORS)
@pytest.mark.parametrize(("api", "method"), CALLS)
def test_documented_error_maps_to_its_class(api: str, method: str, status: int, class_name: str) -> None:
    support.check_error_mapping(Segmind, PROVIDER, APIS[api], MODELS[method], status, getattr(errors, class_name))


@pytest.mark.parametrize(("api", "method"), [c for c in CALLS if c.values[0] in PREDICTIONS_APIS])
def test_prediction_follows_the_spec_links_to_its_output(api: str, method: str) -> None:
    support.check_output_follows_the_spec(Segmind, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize("api", PREDICTIONS_APIS)
def test_cancel_goes_where_the_spec_says_or_is_refused(api: str) -> None:
    model = next((m.model_id for m in MODELS.values() if api in m.paths), None)
    support.check_cancel(Segmind, PROVIDER, APIS[api], model)


@pytest.mark.parametrize("method", sorted(MODELS))
def test_request_model_agrees_with_its_json_schema(method: str) -> None:
    module = importlib.import_module(f"imagegen_typed.{PROVIDER.id}.models.{MODEL_MODULES[method][0]}")
    support.check_model_against_schema(getattr(module, MODEL_MODULES[method][1]), MODELS[method].json_schema)


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_mock_provider_accepts_every_allowed_parameter(api: str, method: str, mock: Any) -> None:
    support.check_mock_accepts(PROVIDER, APIS[api], MODELS[method], mock.base_url(PROVIDER.id), FULL_BODIES[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_lifecycle_over_http_sync_and_async(api: str, method: str, mock: Any) -> None:
    support.check_lifecycle(Segmind, AsyncSegmind, APIS[api], MODELS[method], mock.base_url(PROVIDER.id))


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_live_cheapest_call_matches_the_spec(api: str, method: str) -> None:
    client = support.live_client(Segmind, PROVIDER)
    with client:
        result = support.call(client, APIS[api], method, MODELS[method].minimal)
        data = result.download() if APIS[api].protocol == "predictions" else result.media_bytes()
    assert data, "the provider returned no media"
