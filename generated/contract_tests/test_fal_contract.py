"""Contract tests for fal, generated from specs/providers/fal.yaml and its model specs.

Do not edit: `make generate` rewrites this file. Every case below is data taken from a spec line;
the checks themselves live in contract_support.py.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from imagegen_typed.fal import AsyncFal, Fal, errors

from . import contract_support as support

PROVIDER = support.ProviderFacts(
    id="fal",
    auth_header="Authorization",
    base_url="https://queue.fal.run",
    api_key_env="FAL_KEY",
    auth_scheme="Key",
    error_message_path="detail",
    error_request_id_path=None,
    request_id_header=None,
)

# Each API of the provider, by name; the first is the default (its methods are on the client itself).
APIS = {
    "queue": support.ApiFacts(
        name="queue",
        protocol="predictions",
        model_header=None,
        input_field=None,
        hold_header=None,
        hold_value="",
        status_path="/{app}/requests/{id}/status",
        status_url_field="status_url",
        id_field="request_id",
        status_field="status",
        output_field="images[].url",
        pending="IN_QUEUE",
        succeeded="COMPLETED",
        canceled=None,
        result_path="/{app}/requests/{id}",
        result_url_field="response_url",
        cancel_path="/{app}/requests/{id}/cancel",
        cancel_url_field="cancel_url",
        cancel_method="PUT",
        status_method="GET",
        result_method="GET",
        submit_status=200,
        variables=(
            (
                "app",
                2,
            ),
        ),
        attribute=None,
    ),
}

MODELS = {
    # specs/models/fal-fal-ai-flux-pro-kontext.yaml
    "flux_pro_kontext": support.ModelFacts(
        method="flux_pro_kontext",
        model_id="fal-ai/flux-pro/kontext",
        paths={
            "queue": "/fal-ai/flux-pro/kontext",
        },
        bodies={
            "queue": "json",
        },
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "a red fox in the snow", "image_url": "a red fox in the snow"},
        wire_names={
            "prompt": "prompt",
            "image_url": "image_url",
            "seed": "seed",
            "guidance_scale": "guidance_scale",
            "sync_mode": "sync_mode",
            "num_images": "num_images",
            "output_format": "output_format",
            "safety_tolerance": "safety_tolerance",
            "enhance_prompt": "enhance_prompt",
            "aspect_ratio": "aspect_ratio",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "FalAiFluxProKontextRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "image_url": {"type": "string"},
                "seed": {"type": "integer"},
                "guidance_scale": {"type": "number", "minimum": 1, "maximum": 20, "default": 3.5},
                "sync_mode": {"type": "boolean", "default": False},
                "num_images": {"type": "integer", "minimum": 1, "maximum": 4, "default": 1},
                "output_format": {"type": "string", "enum": ["jpeg", "png"]},
                "safety_tolerance": {"type": "string", "enum": ["1", "2", "3", "4", "5", "6"]},
                "enhance_prompt": {"type": "boolean", "default": False},
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"],
                },
            },
            "required": ["prompt", "image_url"],
        },
    ),
    # specs/models/fal-fal-ai-flux-schnell.yaml
    "flux_schnell": support.ModelFacts(
        method="flux_schnell",
        model_id="fal-ai/flux/schnell",
        paths={
            "queue": "/fal-ai/flux/schnell",
        },
        bodies={
            "queue": "json",
        },
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "a red fox in the snow"},
        wire_names={
            "prompt": "prompt",
            "image_size": "image_size",
            "num_inference_steps": "num_inference_steps",
            "seed": "seed",
            "guidance_scale": "guidance_scale",
            "sync_mode": "sync_mode",
            "num_images": "num_images",
            "enable_safety_checker": "enable_safety_checker",
            "output_format": "output_format",
            "acceleration": "acceleration",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "FalAiFluxSchnellRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string"},
                "image_size": {
                    "type": "string",
                    "enum": ["square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"],
                },
                "num_inference_steps": {"type": "integer", "minimum": 1, "maximum": 12, "default": 4},
                "seed": {"type": "integer"},
                "guidance_scale": {"type": "number", "minimum": 1, "maximum": 20, "default": 3.5},
                "sync_mode": {"type": "boolean", "default": False},
                "num_images": {"type": "integer", "minimum": 1, "maximum": 4, "default": 1},
                "enable_safety_checker": {"type": "boolean", "default": True},
                "output_format": {"type": "string", "enum": ["jpeg", "png"]},
                "acceleration": {"type": "string", "enum": ["none", "regular", "high"]},
            },
            "required": ["prompt"],
        },
    ),
}

# (API, method): every model on every API that serves it.
CALLS = [
    pytest.param("queue", "flux_pro_kontext", id="queue-flux_pro_kontext"),
    pytest.param("queue", "flux_schnell", id="queue-flux_schnell"),
]
PREDICTIONS_APIS = [name for name, api in APIS.items() if api.protocol == "predictions"]
FIRST_API = {method: next(iter(model.paths)) for method, model in MODELS.items()}

# method -> (request model module, class)
MODEL_MODULES = {
    "flux_pro_kontext": ("fal_ai_flux_pro_kontext", "FalAiFluxProKontextRequest"),
    "flux_schnell": ("fal_ai_flux_schnell", "FalAiFluxSchnellRequest"),
}

# (method, Python parameter, case, value, other arguments that make the parameter apply)
ALLOWED = [
    pytest.param("flux_pro_kontext", "prompt", "a red fox in the snow", {}, id="flux_pro_kontext-prompt-example"),
    pytest.param("flux_pro_kontext", "image_url", "a red fox in the snow", {}, id="flux_pro_kontext-image_url-example"),
    pytest.param("flux_pro_kontext", "seed", 1, {}, id="flux_pro_kontext-seed-example"),
    pytest.param("flux_pro_kontext", "guidance_scale", 3.5, {}, id="flux_pro_kontext-guidance_scale-example"),
    pytest.param("flux_pro_kontext", "guidance_scale", 3.5, {}, id="flux_pro_kontext-guidance_scale-default"),
    pytest.param("flux_pro_kontext", "guidance_scale", 1, {}, id="flux_pro_kontext-guidance_scale-minimum"),
    pytest.param("flux_pro_kontext", "guidance_scale", 20, {}, id="flux_pro_kontext-guidance_scale-maximum"),
    pytest.param("flux_pro_kontext", "sync_mode", False, {}, id="flux_pro_kontext-sync_mode-example"),
    pytest.param("flux_pro_kontext", "sync_mode", False, {}, id="flux_pro_kontext-sync_mode-default"),
    pytest.param("flux_pro_kontext", "num_images", 1, {}, id="flux_pro_kontext-num_images-example"),
    pytest.param("flux_pro_kontext", "num_images", 1, {}, id="flux_pro_kontext-num_images-default"),
    pytest.param("flux_pro_kontext", "num_images", 1, {}, id="flux_pro_kontext-num_images-minimum"),
    pytest.param("flux_pro_kontext", "num_images", 4, {}, id="flux_pro_kontext-num_images-maximum"),
    pytest.param("flux_pro_kontext", "output_format", "jpeg", {}, id="flux_pro_kontext-output_format-example"),
    pytest.param("flux_pro_kontext", "output_format", "jpeg", {}, id="flux_pro_kontext-output_format-enum 'jpeg'"),
    pytest.param("flux_pro_kontext", "output_format", "png", {}, id="flux_pro_kontext-output_format-enum 'png'"),
    pytest.param("flux_pro_kontext", "safety_tolerance", "1", {}, id="flux_pro_kontext-safety_tolerance-example"),
    pytest.param("flux_pro_kontext", "safety_tolerance", "1", {}, id="flux_pro_kontext-safety_tolerance-enum '1'"),
    pytest.param("flux_pro_kontext", "safety_tolerance", "2", {}, id="flux_pro_kontext-safety_tolerance-enum '2'"),
    pytest.param("flux_pro_kontext", "safety_tolerance", "3", {}, id="flux_pro_kontext-safety_tolerance-enum '3'"),
    pytest.param("flux_pro_kontext", "safety_tolerance", "4", {}, id="flux_pro_kontext-safety_tolerance-enum '4'"),
    pytest.param("flux_pro_kontext", "safety_tolerance", "5", {}, id="flux_pro_kontext-safety_tolerance-enum '5'"),
    pytest.param("flux_pro_kontext", "safety_tolerance", "6", {}, id="flux_pro_kontext-safety_tolerance-enum '6'"),
    pytest.param("flux_pro_kontext", "enhance_prompt", False, {}, id="flux_pro_kontext-enhance_prompt-example"),
    pytest.param("flux_pro_kontext", "enhance_prompt", False, {}, id="flux_pro_kontext-enhance_prompt-default"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "21:9", {}, id="flux_pro_kontext-aspect_ratio-example"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "21:9", {}, id="flux_pro_kontext-aspect_ratio-enum '21:9'"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "16:9", {}, id="flux_pro_kontext-aspect_ratio-enum '16:9'"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "4:3", {}, id="flux_pro_kontext-aspect_ratio-enum '4:3'"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "3:2", {}, id="flux_pro_kontext-aspect_ratio-enum '3:2'"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "1:1", {}, id="flux_pro_kontext-aspect_ratio-enum '1:1'"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "2:3", {}, id="flux_pro_kontext-aspect_ratio-enum '2:3'"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "3:4", {}, id="flux_pro_kontext-aspect_ratio-enum '3:4'"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "9:16", {}, id="flux_pro_kontext-aspect_ratio-enum '9:16'"),
    pytest.param("flux_pro_kontext", "aspect_ratio", "9:21", {}, id="flux_pro_kontext-aspect_ratio-enum '9:21'"),
    pytest.param("flux_schnell", "prompt", "a red fox in the snow", {}, id="flux_schnell-prompt-example"),
    pytest.param("flux_schnell", "image_size", "square_hd", {}, id="flux_schnell-image_size-example"),
    pytest.param("flux_schnell", "image_size", "square_hd", {}, id="flux_schnell-image_size-enum 'square_hd'"),
    pytest.param("flux_schnell", "image_size", "square", {}, id="flux_schnell-image_size-enum 'square'"),
    pytest.param("flux_schnell", "image_size", "portrait_4_3", {}, id="flux_schnell-image_size-enum 'portrait_4_3'"),
    pytest.param("flux_schnell", "image_size", "portrait_16_9", {}, id="flux_schnell-image_size-enum 'portrait_16_9'"),
    pytest.param("flux_schnell", "image_size", "landscape_4_3", {}, id="flux_schnell-image_size-enum 'landscape_4_3'"),
    pytest.param(
        "flux_schnell", "image_size", "landscape_16_9", {}, id="flux_schnell-image_size-enum 'landscape_16_9'"
    ),
    pytest.param("flux_schnell", "num_inference_steps", 4, {}, id="flux_schnell-num_inference_steps-example"),
    pytest.param("flux_schnell", "num_inference_steps", 4, {}, id="flux_schnell-num_inference_steps-default"),
    pytest.param("flux_schnell", "num_inference_steps", 1, {}, id="flux_schnell-num_inference_steps-minimum"),
    pytest.param("flux_schnell", "num_inference_steps", 12, {}, id="flux_schnell-num_inference_steps-maximum"),
    pytest.param("flux_schnell", "seed", 1, {}, id="flux_schnell-seed-example"),
    pytest.param("flux_schnell", "guidance_scale", 3.5, {}, id="flux_schnell-guidance_scale-example"),
    pytest.param("flux_schnell", "guidance_scale", 3.5, {}, id="flux_schnell-guidance_scale-default"),
    pytest.param("flux_schnell", "guidance_scale", 1, {}, id="flux_schnell-guidance_scale-minimum"),
    pytest.param("flux_schnell", "guidance_scale", 20, {}, id="flux_schnell-guidance_scale-maximum"),
    pytest.param("flux_schnell", "sync_mode", False, {}, id="flux_schnell-sync_mode-example"),
    pytest.param("flux_schnell", "sync_mode", False, {}, id="flux_schnell-sync_mode-default"),
    pytest.param("flux_schnell", "num_images", 1, {}, id="flux_schnell-num_images-example"),
    pytest.param("flux_schnell", "num_images", 1, {}, id="flux_schnell-num_images-default"),
    pytest.param("flux_schnell", "num_images", 1, {}, id="flux_schnell-num_images-minimum"),
    pytest.param("flux_schnell", "num_images", 4, {}, id="flux_schnell-num_images-maximum"),
    pytest.param("flux_schnell", "enable_safety_checker", True, {}, id="flux_schnell-enable_safety_checker-example"),
    pytest.param("flux_schnell", "enable_safety_checker", True, {}, id="flux_schnell-enable_safety_checker-default"),
    pytest.param("flux_schnell", "output_format", "jpeg", {}, id="flux_schnell-output_format-example"),
    pytest.param("flux_schnell", "output_format", "jpeg", {}, id="flux_schnell-output_format-enum 'jpeg'"),
    pytest.param("flux_schnell", "output_format", "png", {}, id="flux_schnell-output_format-enum 'png'"),
    pytest.param("flux_schnell", "acceleration", "none", {}, id="flux_schnell-acceleration-example"),
    pytest.param("flux_schnell", "acceleration", "none", {}, id="flux_schnell-acceleration-enum 'none'"),
    pytest.param("flux_schnell", "acceleration", "regular", {}, id="flux_schnell-acceleration-enum 'regular'"),
    pytest.param("flux_schnell", "acceleration", "high", {}, id="flux_schnell-acceleration-enum 'high'"),
]

FORBIDDEN = [
    pytest.param("flux_pro_kontext", "prompt", 5, {}, id="flux_pro_kontext-prompt-number for text"),
    pytest.param("flux_pro_kontext", "image_url", 5, {}, id="flux_pro_kontext-image_url-number for text"),
    pytest.param("flux_pro_kontext", "seed", "5", {}, id="flux_pro_kontext-seed-text for integer"),
    pytest.param("flux_pro_kontext", "seed", 5.5, {}, id="flux_pro_kontext-seed-fraction for integer"),
    pytest.param("flux_pro_kontext", "seed", True, {}, id="flux_pro_kontext-seed-bool for integer"),
    pytest.param("flux_pro_kontext", "guidance_scale", "1.5", {}, id="flux_pro_kontext-guidance_scale-text for number"),
    pytest.param("flux_pro_kontext", "guidance_scale", True, {}, id="flux_pro_kontext-guidance_scale-bool for number"),
    pytest.param("flux_pro_kontext", "guidance_scale", 0.5, {}, id="flux_pro_kontext-guidance_scale-below minimum"),
    pytest.param("flux_pro_kontext", "guidance_scale", 20.5, {}, id="flux_pro_kontext-guidance_scale-above maximum"),
    pytest.param("flux_pro_kontext", "sync_mode", "true", {}, id="flux_pro_kontext-sync_mode-text for boolean"),
    pytest.param("flux_pro_kontext", "sync_mode", 1, {}, id="flux_pro_kontext-sync_mode-number for boolean"),
    pytest.param("flux_pro_kontext", "num_images", "5", {}, id="flux_pro_kontext-num_images-text for integer"),
    pytest.param("flux_pro_kontext", "num_images", 5.5, {}, id="flux_pro_kontext-num_images-fraction for integer"),
    pytest.param("flux_pro_kontext", "num_images", True, {}, id="flux_pro_kontext-num_images-bool for integer"),
    pytest.param("flux_pro_kontext", "num_images", 0, {}, id="flux_pro_kontext-num_images-below minimum"),
    pytest.param("flux_pro_kontext", "num_images", 5, {}, id="flux_pro_kontext-num_images-above maximum"),
    pytest.param("flux_pro_kontext", "output_format", 5, {}, id="flux_pro_kontext-output_format-number for text"),
    pytest.param(
        "flux_pro_kontext", "output_format", "jpegs", {}, id="flux_pro_kontext-output_format-near-miss enum value"
    ),
    pytest.param("flux_pro_kontext", "safety_tolerance", 5, {}, id="flux_pro_kontext-safety_tolerance-number for text"),
    pytest.param(
        "flux_pro_kontext", "safety_tolerance", "1s", {}, id="flux_pro_kontext-safety_tolerance-near-miss enum value"
    ),
    pytest.param(
        "flux_pro_kontext", "enhance_prompt", "true", {}, id="flux_pro_kontext-enhance_prompt-text for boolean"
    ),
    pytest.param("flux_pro_kontext", "enhance_prompt", 1, {}, id="flux_pro_kontext-enhance_prompt-number for boolean"),
    pytest.param("flux_pro_kontext", "aspect_ratio", 5, {}, id="flux_pro_kontext-aspect_ratio-number for text"),
    pytest.param(
        "flux_pro_kontext", "aspect_ratio", "21x9", {}, id="flux_pro_kontext-aspect_ratio-near-miss enum value"
    ),
    pytest.param("flux_schnell", "prompt", 5, {}, id="flux_schnell-prompt-number for text"),
    pytest.param("flux_schnell", "image_size", 5, {}, id="flux_schnell-image_size-number for text"),
    pytest.param("flux_schnell", "image_size", "square_hds", {}, id="flux_schnell-image_size-near-miss enum value"),
    pytest.param(
        "flux_schnell", "num_inference_steps", "5", {}, id="flux_schnell-num_inference_steps-text for integer"
    ),
    pytest.param(
        "flux_schnell", "num_inference_steps", 5.5, {}, id="flux_schnell-num_inference_steps-fraction for integer"
    ),
    pytest.param(
        "flux_schnell", "num_inference_steps", True, {}, id="flux_schnell-num_inference_steps-bool for integer"
    ),
    pytest.param("flux_schnell", "num_inference_steps", 0, {}, id="flux_schnell-num_inference_steps-below minimum"),
    pytest.param("flux_schnell", "num_inference_steps", 13, {}, id="flux_schnell-num_inference_steps-above maximum"),
    pytest.param("flux_schnell", "seed", "5", {}, id="flux_schnell-seed-text for integer"),
    pytest.param("flux_schnell", "seed", 5.5, {}, id="flux_schnell-seed-fraction for integer"),
    pytest.param("flux_schnell", "seed", True, {}, id="flux_schnell-seed-bool for integer"),
    pytest.param("flux_schnell", "guidance_scale", "1.5", {}, id="flux_schnell-guidance_scale-text for number"),
    pytest.param("flux_schnell", "guidance_scale", True, {}, id="flux_schnell-guidance_scale-bool for number"),
    pytest.param("flux_schnell", "guidance_scale", 0.5, {}, id="flux_schnell-guidance_scale-below minimum"),
    pytest.param("flux_schnell", "guidance_scale", 20.5, {}, id="flux_schnell-guidance_scale-above maximum"),
    pytest.param("flux_schnell", "sync_mode", "true", {}, id="flux_schnell-sync_mode-text for boolean"),
    pytest.param("flux_schnell", "sync_mode", 1, {}, id="flux_schnell-sync_mode-number for boolean"),
    pytest.param("flux_schnell", "num_images", "5", {}, id="flux_schnell-num_images-text for integer"),
    pytest.param("flux_schnell", "num_images", 5.5, {}, id="flux_schnell-num_images-fraction for integer"),
    pytest.param("flux_schnell", "num_images", True, {}, id="flux_schnell-num_images-bool for integer"),
    pytest.param("flux_schnell", "num_images", 0, {}, id="flux_schnell-num_images-below minimum"),
    pytest.param("flux_schnell", "num_images", 5, {}, id="flux_schnell-num_images-above maximum"),
    pytest.param(
        "flux_schnell", "enable_safety_checker", "true", {}, id="flux_schnell-enable_safety_checker-text for boolean"
    ),
    pytest.param(
        "flux_schnell", "enable_safety_checker", 1, {}, id="flux_schnell-enable_safety_checker-number for boolean"
    ),
    pytest.param("flux_schnell", "output_format", 5, {}, id="flux_schnell-output_format-number for text"),
    pytest.param("flux_schnell", "output_format", "jpegs", {}, id="flux_schnell-output_format-near-miss enum value"),
    pytest.param("flux_schnell", "acceleration", 5, {}, id="flux_schnell-acceleration-number for text"),
    pytest.param("flux_schnell", "acceleration", "nones", {}, id="flux_schnell-acceleration-near-miss enum value"),
]

# Full bodies the mock provider must accept: every parameter with an allowed value.
FULL_BODIES = {
    "flux_pro_kontext": {
        "prompt": "a red fox in the snow",
        "image_url": "a red fox in the snow",
        "seed": 1,
        "guidance_scale": 3.5,
        "sync_mode": False,
        "num_images": 1,
        "output_format": "jpeg",
        "safety_tolerance": "1",
        "enhance_prompt": False,
        "aspect_ratio": "21:9",
    },
    "flux_schnell": {
        "prompt": "a red fox in the snow",
        "image_size": "square_hd",
        "num_inference_steps": 4,
        "seed": 1,
        "guidance_scale": 3.5,
        "sync_mode": False,
        "num_images": 1,
        "enable_safety_checker": True,
        "output_format": "jpeg",
        "acceleration": "none",
    },
}

# Documented status -> exception class name, from the errors: list of the provider spec.
ERRORS = [
    pytest.param(400, "BadRequestError", id="BadRequestError"),
    pytest.param(401, "AuthenticationError", id="AuthenticationError"),
    pytest.param(404, "NotFoundError", id="NotFoundError"),
    pytest.param(422, "UnprocessableEntityError", id="UnprocessableEntityError"),
    pytest.param(429, "RateLimitError", id="RateLimitError"),
    pytest.param(500, "InternalServerError", id="InternalServerError"),
    pytest.param(502, "BadGatewayError", id="BadGatewayError"),
    pytest.param(503, "ServiceUnavailableError", id="ServiceUnavailableError"),
    pytest.param(504, "GatewayTimeoutError", id="GatewayTimeoutError"),
]


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    yield from support.mock_server()


@pytest.mark.parametrize(("method", "python", "value", "extra"), ALLOWED)
def test_client_sends_allowed_value(method: str, python: str, value: Any, extra: dict[str, Any]) -> None:
    support.check_allowed(Fal, PROVIDER, APIS[FIRST_API[method]], MODELS[method], python, value, extra)


@pytest.mark.parametrize(("method", "python", "value", "extra"), FORBIDDEN)
def test_client_rejects_forbidden_value_before_sending(
    method: str, python: str, value: Any, extra: dict[str, Any]
) -> None:
    support.check_forbidden(Fal, PROVIDER, APIS[FIRST_API[method]], MODELS[method], python, value, extra)


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_missing_required_and_unknown_arguments_fail_before_sending(api: str, method: str) -> None:
    support.check_missing_and_extra(Fal, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_request_shape(api: str, method: str) -> None:
    support.check_request_shape(Fal, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_call_with_only_required_arguments_sends_only_those(api: str, method: str) -> None:
    support.check_minimal_body(Fal, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("status", "class_name"), ERRORS)
@pytest.mark.parametrize(("api", "method"), CALLS)
def test_documented_error_maps_to_its_class(api: str, method: str, status: int, class_name: str) -> None:
    support.check_error_mapping(Fal, PROVIDER, APIS[api], MODELS[method], status, getattr(errors, class_name))


@pytest.mark.parametrize(("api", "method"), [c for c in CALLS if c.values[0] in PREDICTIONS_APIS])
def test_prediction_follows_the_spec_links_to_its_output(api: str, method: str) -> None:
    support.check_output_follows_the_spec(Fal, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize("api", PREDICTIONS_APIS)
def test_cancel_goes_where_the_spec_says_or_is_refused(api: str) -> None:
    model = next((m.model_id for m in MODELS.values() if api in m.paths), None)
    support.check_cancel(Fal, PROVIDER, APIS[api], model)


@pytest.mark.parametrize("method", sorted(MODELS))
def test_request_model_agrees_with_its_json_schema(method: str) -> None:
    module = importlib.import_module(f"imagegen_typed.{PROVIDER.id}.models.{MODEL_MODULES[method][0]}")
    support.check_model_against_schema(getattr(module, MODEL_MODULES[method][1]), MODELS[method].json_schema)


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_mock_provider_accepts_every_allowed_parameter(api: str, method: str, mock: Any) -> None:
    support.check_mock_accepts(PROVIDER, APIS[api], MODELS[method], mock.base_url(PROVIDER.id), FULL_BODIES[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_lifecycle_over_http_sync_and_async(api: str, method: str, mock: Any) -> None:
    support.check_lifecycle(Fal, AsyncFal, APIS[api], MODELS[method], mock.base_url(PROVIDER.id))


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_live_cheapest_call_matches_the_spec(api: str, method: str) -> None:
    client = support.live_client(Fal, PROVIDER)
    with client:
        result = support.call(client, APIS[api], method, MODELS[method].minimal)
        data = result.download() if APIS[api].protocol == "predictions" else result.media_bytes()
    assert data, "the provider returned no media"
