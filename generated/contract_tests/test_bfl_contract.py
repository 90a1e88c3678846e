"""Contract tests for Black Forest Labs, generated from specs/providers/bfl.yaml and its model specs.

Do not edit: `make generate` rewrites this file. Every case below is data taken from a spec line;
the checks themselves live in contract_support.py.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from imagegen_typed.bfl import AsyncBlackForestLabs, BlackForestLabs, errors

from . import contract_support as support

PROVIDER = support.ProviderFacts(
    id="bfl",
    auth_header="x-key",
    base_url="https://api.bfl.ai",
    api_key_env="BFL_API_KEY",
    auth_scheme=None,
    error_message_path="detail",
    error_request_id_path=None,
    request_id_header=None,
)

# Each API of the provider, by name; the first is the default (its methods are on the client itself).
APIS = {
    "flux": support.ApiFacts(
        name="flux",
        protocol="predictions",
        model_header=None,
        input_field=None,
        hold_header=None,
        hold_value="",
        status_path="/v1/get_result?id={id}",
        status_url_field="polling_url",
        id_field="id",
        status_field="status",
        output_field="result.sample",
        pending="Pending",
        succeeded="Ready",
        canceled=None,
        result_path=None,
        result_url_field=None,
        cancel_path=None,
        cancel_url_field=None,
        cancel_method="POST",
        status_method="GET",
        result_method="GET",
        submit_status=200,
        variables=(),
        attribute=None,
    ),
}

MODELS = {
    # specs/models/bfl-flux-kontext-pro.yaml
    "flux_kontext_pro": support.ModelFacts(
        method="flux_kontext_pro",
        model_id="flux-kontext-pro",
        paths={
            "flux": "/v1/flux-kontext-pro",
        },
        bodies={
            "flux": "json",
        },
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "ein fantastisches bild"},
        wire_names={
            "prompt": "prompt",
            "input_image": "input_image",
            "input_image_2": "input_image_2",
            "input_image_3": "input_image_3",
            "input_image_4": "input_image_4",
            "seed": "seed",
            "aspect_ratio": "aspect_ratio",
            "output_format": "output_format",
            "prompt_upsampling": "prompt_upsampling",
            "safety_tolerance": "safety_tolerance",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "FluxKontextProRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "input_image": {"type": "string"},
                "input_image_2": {"type": "string"},
                "input_image_3": {"type": "string"},
                "input_image_4": {"type": "string"},
                "seed": {"type": "integer"},
                "aspect_ratio": {"type": "string"},
                "output_format": {"type": "string", "enum": ["jpeg", "png", "webp"], "default": "png"},
                "prompt_upsampling": {"type": "boolean", "default": False},
                "safety_tolerance": {"type": "integer", "minimum": 0, "maximum": 6, "default": 2},
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/bfl-flux-pro-1.1.yaml
    "flux_pro_1_1": support.ModelFacts(
        method="flux_pro_1_1",
        model_id="flux-pro-1.1",
        paths={
            "flux": "/v1/flux-pro-1.1",
        },
        bodies={
            "flux": "json",
        },
        sync=True,
        media="image",
        body="json",
        minimal={},
        wire_names={
            "prompt": "prompt",
            "image_prompt": "image_prompt",
            "width": "width",
            "height": "height",
            "prompt_upsampling": "prompt_upsampling",
            "seed": "seed",
            "safety_tolerance": "safety_tolerance",
            "output_format": "output_format",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "FluxPro11Request",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string", "default": ""},
                "image_prompt": {"type": "string"},
                "width": {"type": "integer", "minimum": 256, "maximum": 1440, "multipleOf": 32, "default": 1024},
                "height": {"type": "integer", "minimum": 256, "maximum": 1440, "multipleOf": 32, "default": 768},
                "prompt_upsampling": {"type": "boolean", "default": False},
                "seed": {"type": "integer"},
                "safety_tolerance": {"type": "integer", "minimum": 0, "maximum": 6, "default": 2},
                "output_format": {"type": "string", "enum": ["jpeg", "png", "webp"], "default": "jpeg"},
            },
        },
    ),
    # specs/models/bfl-flux-pro-1.1-ultra.yaml
    "flux_pro_1_1_ultra": support.ModelFacts(
        method="flux_pro_1_1_ultra",
        model_id="flux-pro-1.1-ultra",
        paths={
            "flux": "/v1/flux-pro-1.1-ultra",
        },
        bodies={
            "flux": "json",
        },
        sync=True,
        media="image",
        body="json",
        minimal={},
        wire_names={
            "prompt": "prompt",
            "prompt_upsampling": "prompt_upsampling",
            "seed": "seed",
            "aspect_ratio": "aspect_ratio",
            "safety_tolerance": "safety_tolerance",
            "output_format": "output_format",
            "raw": "raw",
            "image_prompt": "image_prompt",
            "image_prompt_strength": "image_prompt_strength",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "FluxPro11UltraRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string", "default": ""},
                "prompt_upsampling": {"type": "boolean", "default": False},
                "seed": {"type": "integer"},
                "aspect_ratio": {"type": "string", "default": "16:9"},
                "safety_tolerance": {"type": "integer", "minimum": 0, "maximum": 6, "default": 2},
                "output_format": {"type": "string", "enum": ["jpeg", "png", "webp"], "default": "jpeg"},
                "raw": {"type": "boolean", "default": False},
                "image_prompt": {"type": "string"},
                "image_prompt_strength": {"type": "number", "minimum": 0.0, "maximum": 1.0, "default": 0.1},
            },
        },
    ),
}

# (API, method): every model on every API that serves it.
CALLS = [
    pytest.param("flux", "flux_kontext_pro", id="flux-flux_kontext_pro"),
    pytest.param("flux", "flux_pro_1_1", id="flux-flux_pro_1_1"),
    pytest.param("flux", "flux_pro_1_1_ultra", id="flux-flux_pro_1_1_ultra"),
]
PREDICTIONS_APIS = [name for name, api in APIS.items() if api.protocol == "predictions"]
FIRST_API = {method: next(iter(model.paths)) for method, model in MODELS.items()}

# method -> (request model module, class)
MODEL_MODULES = {
    "flux_kontext_pro": ("flux_kontext_pro", "FluxKontextProRequest"),
    "flux_pro_1_1": ("flux_pro_1_1", "FluxPro11Request"),
    "flux_pro_1_1_ultra": ("flux_pro_1_1_ultra", "FluxPro11UltraRequest"),
}

# (method, Python parameter, case, value, other arguments that make the parameter apply)
ALLOWED = [
    pytest.param("flux_kontext_pro", "prompt", "ein fantastisches bild", {}, id="flux_kontext_pro-prompt-example"),
    pytest.param(
        "flux_kontext_pro", "input_image", "a red fox in the snow", {}, id="flux_kontext_pro-input_image-example"
    ),
    pytest.param(
        "flux_kontext_pro", "input_image_2", "a red fox in the snow", {}, id="flux_kontext_pro-input_image_2-example"
    ),
    pytest.param(
        "flux_kontext_pro", "input_image_3", "a red fox in the snow", {}, id="flux_kontext_pro-input_image_3-example"
    ),
    pytest.param(
        "flux_kontext_pro", "input_image_4", "a red fox in the snow", {}, id="flux_kontext_pro-input_image_4-example"
    ),
    pytest.param("flux_kontext_pro", "seed", 42, {}, id="flux_kontext_pro-seed-example"),
    pytest.param(
        "flux_kontext_pro", "aspect_ratio", "a red fox in the snow", {}, id="flux_kontext_pro-aspect_ratio-example"
    ),
    pytest.param("flux_kontext_pro", "output_format", "png", {}, id="flux_kontext_pro-output_format-example"),
    pytest.param("flux_kontext_pro", "output_format", "png", {}, id="flux_kontext_pro-output_format-default"),
    pytest.param("flux_kontext_pro", "output_format", "jpeg", {}, id="flux_kontext_pro-output_format-enum 'jpeg'"),
    pytest.param("flux_kontext_pro", "output_format", "png", {}, id="flux_kontext_pro-output_format-enum 'png'"),
    pytest.param("flux_kontext_pro", "output_format", "webp", {}, id="flux_kontext_pro-output_format-enum 'webp'"),
    pytest.param("flux_kontext_pro", "prompt_upsampling", False, {}, id="flux_kontext_pro-prompt_upsampling-example"),
    pytest.param("flux_kontext_pro", "prompt_upsampling", False, {}, id="flux_kontext_pro-prompt_upsampling-default"),
    pytest.param("flux_kontext_pro", "safety_tolerance", 2, {}, id="flux_kontext_pro-safety_tolerance-example"),
    pytest.param("flux_kontext_pro", "safety_tolerance", 2, {}, id="flux_kontext_pro-safety_tolerance-default"),
    pytest.param("flux_kontext_pro", "safety_tolerance", 0, {}, id="flux_kontext_pro-safety_tolerance-minimum"),
    pytest.param("flux_kontext_pro", "safety_tolerance", 6, {}, id="flux_kontext_pro-safety_tolerance-maximum"),
    pytest.param("flux_pro_1_1", "prompt", "ein fantastisches bild", {}, id="flux_pro_1_1-prompt-example"),
    pytest.param("flux_pro_1_1", "prompt", "", {}, id="flux_pro_1_1-prompt-default"),
    pytest.param("flux_pro_1_1", "image_prompt", "a red fox in the snow", {}, id="flux_pro_1_1-image_prompt-example"),
    pytest.param("flux_pro_1_1", "width", 1024, {}, id="flux_pro_1_1-width-example"),
    pytest.param("flux_pro_1_1", "width", 1024, {}, id="flux_pro_1_1-width-default"),
    pytest.param("flux_pro_1_1", "width", 256, {}, id="flux_pro_1_1-width-minimum"),
    pytest.param("flux_pro_1_1", "height", 768, {}, id="flux_pro_1_1-height-example"),
    pytest.param("flux_pro_1_1", "height", 768, {}, id="flux_pro_1_1-height-default"),
    pytest.param("flux_pro_1_1", "height", 256, {}, id="flux_pro_1_1-height-minimum"),
    pytest.param("flux_pro_1_1", "prompt_upsampling", False, {}, id="flux_pro_1_1-prompt_upsampling-example"),
    pytest.param("flux_pro_1_1", "prompt_upsampling", False, {}, id="flux_pro_1_1-prompt_upsampling-default"),
    pytest.param("flux_pro_1_1", "seed", 42, {}, id="flux_pro_1_1-seed-example"),
    pytest.param("flux_pro_1_1", "safety_tolerance", 2, {}, id="flux_pro_1_1-safety_tolerance-example"),
    pytest.param("flux_pro_1_1", "safety_tolerance", 2, {}, id="flux_pro_1_1-safety_tolerance-default"),
    pytest.param("flux_pro_1_1", "safety_tolerance", 0, {}, id="flux_pro_1_1-safety_tolerance-minimum"),
    pytest.param("flux_pro_1_1", "safety_tolerance", 6, {}, id="flux_pro_1_1-safety_tolerance-maximum"),
    pytest.param("flux_pro_1_1", "output_format", "jpeg", {}, id="flux_pro_1_1-output_format-example"),
    pytest.param("flux_pro_1_1", "output_format", "jpeg", {}, id="flux_pro_1_1-output_format-default"),
    pytest.param("flux_pro_1_1", "output_format", "jpeg", {}, id="flux_pro_1_1-output_format-enum 'jpeg'"),
    pytest.param("flux_pro_1_1", "output_format", "png", {}, id="flux_pro_1_1-output_format-enum 'png'"),
    pytest.param("flux_pro_1_1", "output_format", "webp", {}, id="flux_pro_1_1-output_format-enum 'webp'"),
    pytest.param(
        "flux_pro_1_1_ultra",
        "prompt",
        "A beautiful landscape with mountains and a lake",
        {},
        id="flux_pro_1_1_ultra-prompt-example",
    ),
    pytest.param("flux_pro_1_1_ultra", "prompt", "", {}, id="flux_pro_1_1_ultra-prompt-default"),
    pytest.param(
        "flux_pro_1_1_ultra", "prompt_upsampling", False, {}, id="flux_pro_1_1_ultra-prompt_upsampling-example"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "prompt_upsampling", False, {}, id="flux_pro_1_1_ultra-prompt_upsampling-default"
    ),
    pytest.param("flux_pro_1_1_ultra", "seed", 42, {}, id="flux_pro_1_1_ultra-seed-example"),
    pytest.param("flux_pro_1_1_ultra", "aspect_ratio", "16:9", {}, id="flux_pro_1_1_ultra-aspect_ratio-example"),
    pytest.param("flux_pro_1_1_ultra", "aspect_ratio", "16:9", {}, id="flux_pro_1_1_ultra-aspect_ratio-default"),
    pytest.param("flux_pro_1_1_ultra", "safety_tolerance", 2, {}, id="flux_pro_1_1_ultra-safety_tolerance-example"),
    pytest.param("flux_pro_1_1_ultra", "safety_tolerance", 2, {}, id="flux_pro_1_1_ultra-safety_tolerance-default"),
    pytest.param("flux_pro_1_1_ultra", "safety_tolerance", 0, {}, id="flux_pro_1_1_ultra-safety_tolerance-minimum"),
    pytest.param("flux_pro_1_1_ultra", "safety_tolerance", 6, {}, id="flux_pro_1_1_ultra-safety_tolerance-maximum"),
    pytest.param("flux_pro_1_1_ultra", "output_format", "jpeg", {}, id="flux_pro_1_1_ultra-output_format-example"),
    pytest.param("flux_pro_1_1_ultra", "output_format", "jpeg", {}, id="flux_pro_1_1_ultra-output_format-default"),
    pytest.param("flux_pro_1_1_ultra", "output_format", "jpeg", {}, id="flux_pro_1_1_ultra-output_format-enum 'jpeg'"),
    pytest.param("flux_pro_1_1_ultra", "output_format", "png", {}, id="flux_pro_1_1_ultra-output_format-enum 'png'"),
    pytest.param("flux_pro_1_1_ultra", "output_format", "webp", {}, id="flux_pro_1_1_ultra-output_format-enum 'webp'"),
    pytest.param("flux_pro_1_1_ultra", "raw", False, {}, id="flux_pro_1_1_ultra-raw-example"),
    pytest.param("flux_pro_1_1_ultra", "raw", False, {}, id="flux_pro_1_1_ultra-raw-default"),
    pytest.param(
        "flux_pro_1_1_ultra", "image_prompt", "a red fox in the snow", {}, id="flux_pro_1_1_ultra-image_prompt-example"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "image_prompt_strength", 0.1, {}, id="flux_pro_1_1_ultra-image_prompt_strength-example"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "image_prompt_strength", 0.1, {}, id="flux_pro_1_1_ultra-image_prompt_strength-default"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "image_prompt_strength", 0.0, {}, id="flux_pro_1_1_ultra-image_prompt_strength-minimum"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "image_prompt_strength", 1.0, {}, id="flux_pro_1_1_ultra-image_prompt_strength-maximum"
    ),
]

FORBIDDEN = [
    pytest.param("flux_kontext_pro", "prompt", 5, {}, id="flux_kontext_pro-prompt-number for text"),
    pytest.param("flux_kontext_pro", "input_image", 5, {}, id="flux_kontext_pro-input_image-number for text"),
    pytest.param("flux_kontext_pro", "input_image_2", 5, {}, id="flux_kontext_pro-input_image_2-number for text"),
    pytest.param("flux_kontext_pro", "input_image_3", 5, {}, id="flux_kontext_pro-input_image_3-number for text"),
    pytest.param("flux_kontext_pro", "input_image_4", 5, {}, id="flux_kontext_pro-input_image_4-number for text"),
    pytest.param("flux_kontext_pro", "seed", "5", {}, id="flux_kontext_pro-seed-text for integer"),
    pytest.param("flux_kontext_pro", "seed", 5.5, {}, id="flux_kontext_pro-seed-fraction for integer"),
    pytest.param("flux_kontext_pro", "seed", True, {}, id="flux_kontext_pro-seed-bool for integer"),
    pytest.param("flux_kontext_pro", "aspect_ratio", 5, {}, id="flux_kontext_pro-aspect_ratio-number for text"),
    pytest.param("flux_kontext_pro", "output_format", 5, {}, id="flux_kontext_pro-output_format-number for text"),
    pytest.param(
        "flux_kontext_pro", "output_format", "jpegs", {}, id="flux_kontext_pro-output_format-near-miss enum value"
    ),
    pytest.param(
        "flux_kontext_pro", "prompt_upsampling", "true", {}, id="flux_kontext_pro-prompt_upsampling-text for boolean"
    ),
    pytest.param(
        "flux_kontext_pro", "prompt_upsampling", 1, {}, id="flux_kontext_pro-prompt_upsampling-number for boolean"
    ),
    pytest.param(
        "flux_kontext_pro", "safety_tolerance", "5", {}, id="flux_kontext_pro-safety_tolerance-text for integer"
    ),
    pytest.param(
        "flux_kontext_pro", "safety_tolerance", 5.5, {}, id="flux_kontext_pro-safety_tolerance-fraction for integer"
    ),
    pytest.param(
        "flux_kontext_pro", "safety_tolerance", True, {}, id="flux_kontext_pro-safety_tolerance-bool for integer"
    ),
    pytest.param("flux_kontext_pro", "safety_tolerance", -1, {}, id="flux_kontext_pro-safety_tolerance-below minimum"),
    pytest.param("flux_kontext_pro", "safety_tolerance", 7, {}, id="flux_kontext_pro-safety_tolerance-above maximum"),
    pytest.param("flux_pro_1_1", "prompt", 5, {}, id="flux_pro_1_1-prompt-number for text"),
    pytest.param("flux_pro_1_1", "image_prompt", 5, {}, id="flux_pro_1_1-image_prompt-number for text"),
    pytest.param("flux_pro_1_1", "width", "5", {}, id="flux_pro_1_1-width-text for integer"),
    pytest.param("flux_pro_1_1", "width", 5.5, {}, id="flux_pro_1_1-width-fraction for integer"),
    pytest.param("flux_pro_1_1", "width", True, {}, id="flux_pro_1_1-width-bool for integer"),
    pytest.param("flux_pro_1_1", "width", 255, {}, id="flux_pro_1_1-width-below minimum"),
    pytest.param("flux_pro_1_1", "width", 1441, {}, id="flux_pro_1_1-width-above maximum"),
    pytest.param("flux_pro_1_1", "width", 257, {}, id="flux_pro_1_1-width-not a multiple"),
    pytest.param("flux_pro_1_1", "height", "5", {}, id="flux_pro_1_1-height-text for integer"),
    pytest.param("flux_pro_1_1", "height", 5.5, {}, id="flux_pro_1_1-height-fraction for integer"),
    pytest.param("flux_pro_1_1", "height", True, {}, id="flux_pro_1_1-height-bool for integer"),
    pytest.param("flux_pro_1_1", "height", 255, {}, id="flux_pro_1_1-height-below minimum"),
    pytest.param("flux_pro_1_1", "height", 1441, {}, id="flux_pro_1_1-height-above maximum"),
    pytest.param("flux_pro_1_1", "height", 257, {}, id="flux_pro_1_1-height-not a multiple"),
    pytest.param("flux_pro_1_1", "prompt_upsampling", "true", {}, id="flux_pro_1_1-prompt_upsampling-text for boolean"),
    pytest.param("flux_pro_1_1", "prompt_upsampling", 1, {}, id="flux_pro_1_1-prompt_upsampling-number for boolean"),
    pytest.param("flux_pro_1_1", "seed", "5", {}, id="flux_pro_1_1-seed-text for integer"),
    pytest.param("flux_pro_1_1", "seed", 5.5, {}, id="flux_pro_1_1-seed-fraction for integer"),
    pytest.param("flux_pro_1_1", "seed", True, {}, id="flux_pro_1_1-seed-bool for integer"),
    pytest.param("flux_pro_1_1", "safety_tolerance", "5", {}, id="flux_pro_1_1-safety_tolerance-text for integer"),
    pytest.param("flux_pro_1_1", "safety_tolerance", 5.5, {}, id="flux_pro_1_1-safety_tolerance-fraction for integer"),
    pytest.param("flux_pro_1_1", "safety_tolerance", True, {}, id="flux_pro_1_1-safety_tolerance-bool for integer"),
    pytest.param("flux_pro_1_1", "safety_tolerance", -1, {}, id="flux_pro_1_1-safety_tolerance-below minimum"),
    pytest.param("flux_pro_1_1", "safety_tolerance", 7, {}, id="flux_pro_1_1-safety_tolerance-above maximum"),
    pytest.param("flux_pro_1_1", "output_format", 5, {}, id="flux_pro_1_1-output_format-number for text"),
    pytest.param("flux_pro_1_1", "output_format", "jpegs", {}, id="flux_pro_1_1-output_format-near-miss enum value"),
    pytest.param("flux_pro_1_1_ultra", "prompt", 5, {}, id="flux_pro_1_1_ultra-prompt-number for text"),
    pytest.param(
        "flux_pro_1_1_ultra",
        "prompt_upsampling",
        "true",
        {},
        id="flux_pro_1_1_ultra-prompt_upsampling-text for boolean",
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "prompt_upsampling", 1, {}, id="flux_pro_1_1_ultra-prompt_upsampling-number for boolean"
    ),
    pytest.param("flux_pro_1_1_ultra", "seed", "5", {}, id="flux_pro_1_1_ultra-seed-text for integer"),
    pytest.param("flux_pro_1_1_ultra", "seed", 5.5, {}, id="flux_pro_1_1_ultra-seed-fraction for integer"),
    pytest.param("flux_pro_1_1_ultra", "seed", True, {}, id="flux_pro_1_1_ultra-seed-bool for integer"),
    pytest.param("flux_pro_1_1_ultra", "aspect_ratio", 5, {}, id="flux_pro_1_1_ultra-aspect_ratio-number for text"),
    pytest.param(
        "flux_pro_1_1_ultra", "safety_tolerance", "5", {}, id="flux_pro_1_1_ultra-safety_tolerance-text for integer"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "safety_tolerance", 5.5, {}, id="flux_pro_1_1_ultra-safety_tolerance-fraction for integer"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "safety_tolerance", True, {}, id="flux_pro_1_1_ultra-safety_tolerance-bool for integer"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "safety_tolerance", -1, {}, id="flux_pro_1_1_ultra-safety_tolerance-below minimum"
    ),
    pytest.param(
        "flux_pro_1_1_ultra", "safety_tolerance", 7, {}, id="flux_pro_1_1_ultra-safety_tolerance-above maximum"
    ),
    pytest.param("flux_pro_1_1_ultra", "output_format", 5, {}, id="flux_pro_1_1_ultra-output_format-number for text"),
    pytest.param(
        "flux_pro_1_1_ultra", "output_format", "jpegs", {}, id="flux_pro_1_1_ultra-output_format-near-miss enum value"
    ),
    pytest.param("flux_pro_1_1_ultra", "raw", "true", {}, id="flux_pro_1_1_ultra-raw-text for boolean"),
    pytest.param("flux_pro_1_1_ultra", "raw", 1, {}, id="flux_pro_1_1_ultra-raw-number for boolean"),
    pytest.param("flux_pro_1_1_ultra", "image_prompt", 5, {}, id="flux_pro_1_1_ultra-image_prompt-number for text"),
    pytest.param(
        "flux_pro_1_1_ultra",
        "image_prompt_strength",
        "1.5",
        {},
        id="flux_pro_1_1_ultra-image_prompt_strength-text for number",
    ),
    pytest.param(
        "flux_pro_1_1_ultra",
        "image_prompt_strength",
        True,
        {},
        id="flux_pro_1_1_ultra-image_prompt_strength-bool for number",
    ),
    pytest.param(
        "flux_pro_1_1_ultra",
        "image_prompt_strength",
        -0.5,
        {},
        id="flux_pro_1_1_ultra-image_prompt_strength-below minimum",
    ),
    pytest.param(
        "flux_pro_1_1_ultra",
        "image_prompt_strength",
        1.5,
        {},
        id="flux_pro_1_1_ultra-image_prompt_strength-above maximum",
    ),
]

# Full bodies the mock provider must accept: every parameter with an allowed value.
FULL_BODIES = {
    "flux_kontext_pro": {
        "prompt": "ein fantastisches bild",
        "input_image": "a red fox in the snow",
        "input_image_2": "a red fox in the snow",
        "input_image_3": "a red fox in the snow",
        "input_image_4": "a red fox in the snow",
        "seed": 42,
        "aspect_ratio": "a red fox in the snow",
        "output_format": "png",
        "prompt_upsampling": False,
        "safety_tolerance": 2,
    },
    "flux_pro_1_1": {
        "prompt": "ein fantastisches bild",
        "image_prompt": "a red fox in the snow",
        "width": 1024,
        "height": 768,
        "prompt_upsampling": False,
        "seed": 42,
        "safety_tolerance": 2,
        "output_format": "jpeg",
    },
    "flux_pro_1_1_ultra": {
        "prompt": "A beautiful landscape with mountains and a lake",
        "prompt_upsampling": False,
        "seed": 42,
        "aspect_ratio": "16:9",
        "safety_tolerance": 2,
        "output_format": "jpeg",
        "raw": False,
        "image_prompt": "a red fox in the snow",
        "image_prompt_strength": 0.1,
    },
}

# Documented status -> exception class name, from the errors: list of the provider spec.
ERRORS = [
    pytest.param(400, "BadRequestError", id="BadRequestError"),
    pytest.param(401, "AuthenticationError", id="AuthenticationError"),
    pytest.param(402, "InsufficientCreditsError", id="InsufficientCreditsError"),
    pytest.param(403, "PermissionDeniedError", id="PermissionDeniedError"),
    pytest.param(404, "NotFoundError", id="NotFoundError"),
    pytest.param(422, "UnprocessableEntityError", id="UnprocessableEntityError"),
    pytest.param(429, "RateLimitError", id="RateLimitError"),
    pytest.param(500, "InternalServerError", id="InternalServerError"),
    pytest.param(502, "BadGatewayError", id="BadGatewayError"),
    pytest.param(503, "ServiceUnavailableError", id="ServiceUnavailableError"),
]


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    yield from support.mock_server()


@pytest.mark.parametrize(("method", "python", "value", "extra"), ALLOWED)
def test_client_sends_allowed_value(method: str, python: str, value: Any, extra: dict[str, Any]) -> None:
    support.check_allowed(BlackForestLabs, PROVIDER, APIS[FIRST_API[method]], MODELS[method], python, value, extra)


@pytest.mark.parametrize(("method", "python", "value", "extra"), FORBIDDEN)
def test_client_rejects_forbidden_value_before_sending(
    method: str, python: str, value: Any, extra: dict[str, Any]
) -> None:
    support.check_forbidden(BlackForestLabs, PROVIDER, APIS[FIRST_API[method]], MODELS[method], python, value, extra)


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_missing_required_and_unknown_arguments_fail_before_sending(api: str, method: str) -> None:
    support.check_missing_and_extra(BlackForestLabs, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_request_shape(api: str, method: str) -> None:
    support.check_request_shape(BlackForestLabs, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_call_with_only_required_arguments_sends_only_those(api: str, method: str) -> None:
    support.check_minimal_body(BlackForestLabs, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("status", "class_name"), ERRORS)
@pytest.mark.parametrize(("api", "method"), CALLS)
def test_documented_error_maps_to_its_class(api: str, method: str, status: int, class_name: str) -> None:
    support.check_error_mapping(
        BlackForestLabs, PROVIDER, APIS[api], MODELS[method], status, getattr(errors, class_name)
    )


@pytest.mark.parametrize(("api", "method"), [c for c in CALLS if c.values[0] in PREDICTIONS_APIS])
def test_prediction_follows_the_spec_links_to_its_output(api: str, method: str) -> None:
    support.check_output_follows_the_spec(BlackForestLabs, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize("api", PREDICTIONS_APIS)
def test_cancel_goes_where_the_spec_says_or_is_refused(api: str) -> None:
    model = next((m.model_id for m in MODELS.values() if api in m.paths), None)
    support.check_cancel(BlackForestLabs, PROVIDER, APIS[api], model)


@pytest.mark.parametrize("method", sorted(MODELS))
def test_request_model_agrees_with_its_json_schema(method: str) -> None:
    module = importlib.import_module(f"imagegen_typed.{PROVIDER.id}.models.{MODEL_MODULES[method][0]}")
    support.check_model_against_schema(getattr(module, MODEL_MODULES[method][1]), MODELS[method].json_schema)


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_mock_provider_accepts_every_allowed_parameter(api: str, method: str, mock: Any) -> None:
    support.check_mock_accepts(PROVIDER, APIS[api], MODELS[method], mock.base_url(PROVIDER.id), FULL_BODIES[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_lifecycle_over_http_sync_and_async(api: str, method: str, mock: Any) -> None:
    support.check_lifecycle(
        BlackForestLabs, AsyncBlackForestLabs, APIS[api], MODELS[method], mock.base_url(PROVIDER.id)
    )


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_live_cheapest_call_matches_the_spec(api: str, method: str) -> None:
    client = support.live_client(BlackForestLabs, PROVIDER)
    with client:
        result = support.call(client, APIS[api], method, MODELS[method].minimal)
        data = result.download() if APIS[api].protocol == "predictions" else result.media_bytes()
    assert data, "the provider returned no media"
