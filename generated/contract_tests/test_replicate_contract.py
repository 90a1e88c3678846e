"""Contract tests for Replicate, generated from specs/providers/replicate.yaml and its model specs.

Do not edit: `make generate` rewrites this file. Every case below is data taken from a spec line;
the checks themselves live in contract_support.py.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Any

import pytest
from imagegen_typed.replicate import AsyncReplicate, Replicate, errors

from . import contract_support as support

PROVIDER = support.ProviderFacts(
    id="replicate",
    auth_header="Authorization",
    base_url="https://api.replicate.com",
    api_key_env="REPLICATE_API_TOKEN",
    auth_scheme="Bearer",
    error_message_path="detail",
    error_request_id_path=None,
    request_id_header=None,
    files_path="/v1/files",
    files_field="content",
    files_url_field="urls.get",
    files_id_field="id",
)

# Each API of the provider, by name; the first is the default (its methods are on the client itself).
APIS = {
    "http": support.ApiFacts(
        name="http",
        protocol="predictions",
        model_header=None,
        input_field="input",
        hold_header="Prefer",
        hold_value="wait={seconds}",
        status_path="/v1/predictions/{id}",
        status_url_field="urls.get",
        id_field="id",
        status_field="status",
        output_field="output",
        pending="starting",
        succeeded="succeeded",
        canceled="canceled",
        result_path=None,
        result_url_field=None,
        cancel_path="/v1/predictions/{id}/cancel",
        cancel_url_field="urls.cancel",
        cancel_method="POST",
        status_method="GET",
        result_method="GET",
        submit_status=201,
        variables=(),
        attribute=None,
    ),
}

MODELS = {
    # specs/models/replicate-prunaai-p-image.yaml
    "p_image": support.ModelFacts(
        method="p_image",
        model_id="prunaai/p-image",
        paths={
            "http": "/v1/models/prunaai/p-image/predictions",
        },
        bodies={
            "http": "json",
        },
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "A red fox in the snow, photorealistic"},
        wire_names={
            "prompt": "prompt",
            "aspect_ratio": "aspect_ratio",
            "width": "width",
            "height": "height",
            "prompt_upsampling": "prompt_upsampling",
            "seed": "seed",
            "disable_safety_checker": "disable_safety_checker",
            "lora_weights": "lora_weights",
            "lora_scale": "lora_scale",
            "hf_api_token": "hf_api_token",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "PrunaaiPImageRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string", "minLength": 1},
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"],
                    "default": "16:9",
                },
                "width": {"type": "integer", "minimum": 256, "maximum": 1440, "multipleOf": 16},
                "height": {"type": "integer", "minimum": 256, "maximum": 1440, "multipleOf": 16},
                "prompt_upsampling": {"type": "boolean", "default": False},
                "seed": {"type": "integer"},
                "disable_safety_checker": {"type": "boolean", "default": False},
                "lora_weights": {"type": "string"},
                "lora_scale": {"type": "number", "minimum": -1, "maximum": 3, "default": 0.5},
                "hf_api_token": {"type": "string", "format": "password", "writeOnly": True},
            },
            "required": ["prompt"],
        },
    ),
    # specs/models/replicate-prunaai-p-image-edit.yaml
    "p_image_edit": support.ModelFacts(
        method="p_image_edit",
        model_id="prunaai/p-image-edit",
        paths={
            "http": "/v1/models/prunaai/p-image-edit/predictions",
        },
        bodies={
            "http": "json",
        },
        sync=True,
        media="image",
        body="json",
        minimal={"prompt": "Make the sky a deep orange sunset", "images": ["https://example.com/photo.png"]},
        wire_names={
            "prompt": "prompt",
            "images": "images",
            "turbo": "turbo",
            "aspect_ratio": "aspect_ratio",
            "seed": "seed",
            "disable_safety_checker": "disable_safety_checker",
        },
        always_sent={},
        json_schema={
            "type": "object",
            "title": "PrunaaiPImageEditRequest",
            "additionalProperties": False,
            "properties": {
                "prompt": {"type": "string", "minLength": 1},
                "images": {"type": "array", "items": {"type": "string", "pattern": "^https?://\\S+$"}, "minItems": 1},
                "turbo": {"type": "boolean", "default": True},
                "aspect_ratio": {
                    "type": "string",
                    "enum": ["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"],
                    "default": "match_input_image",
                },
                "seed": {"type": "integer"},
                "disable_safety_checker": {"type": "boolean", "default": False},
            },
            "required": ["prompt", "images"],
        },
    ),
}

# (API, method): every model on every API that serves it.
CALLS = [
    pytest.param("http", "p_image", id="http-p_image"),
    pytest.param("http", "p_image_edit", id="http-p_image_edit"),
]
PREDICTIONS_APIS = [name for name, api in APIS.items() if api.protocol == "predictions"]
FIRST_API = {method: next(iter(model.paths)) for method, model in MODELS.items()}

# method -> (request model module, class)
MODEL_MODULES = {
    "p_image": ("prunaai_p_image", "PrunaaiPImageRequest"),
    "p_image_edit": ("prunaai_p_image_edit", "PrunaaiPImageEditRequest"),
}

# (method, Python parameter, case, value, other arguments that make the parameter apply)
ALLOWED = [
    pytest.param("p_image", "prompt", "A red fox in the snow, photorealistic", {}, id="p_image-prompt-example"),
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
    pytest.param("p_image", "width", 256, {"aspect_ratio": "custom"}, id="p_image-width-example"),
    pytest.param("p_image", "width", 256, {"aspect_ratio": "custom"}, id="p_image-width-minimum"),
    pytest.param("p_image", "height", 256, {"aspect_ratio": "custom"}, id="p_image-height-example"),
    pytest.param("p_image", "height", 256, {"aspect_ratio": "custom"}, id="p_image-height-minimum"),
    pytest.param("p_image", "prompt_upsampling", False, {}, id="p_image-prompt_upsampling-example"),
    pytest.param("p_image", "prompt_upsampling", False, {}, id="p_image-prompt_upsampling-default"),
    pytest.param("p_image", "seed", 1, {}, id="p_image-seed-example"),
    pytest.param("p_image", "disable_safety_checker", False, {}, id="p_image-disable_safety_checker-example"),
    pytest.param("p_image", "disable_safety_checker", False, {}, id="p_image-disable_safety_checker-default"),
    pytest.param("p_image", "lora_weights", "a red fox in the snow", {}, id="p_image-lora_weights-example"),
    pytest.param("p_image", "lora_scale", 0.5, {}, id="p_image-lora_scale-example"),
    pytest.param("p_image", "lora_scale", 0.5, {}, id="p_image-lora_scale-default"),
    pytest.param("p_image", "lora_scale", -1, {}, id="p_image-lora_scale-minimum"),
    pytest.param("p_image", "lora_scale", 3, {}, id="p_image-lora_scale-maximum"),
    pytest.param("p_image", "hf_api_token", "a red fox in the snow", {}, id="p_image-hf_api_token-example"),
    pytest.param("p_image_edit", "prompt", "Make the sky a deep orange sunset", {}, id="p_image_edit-prompt-example"),
    pytest.param("p_image_edit", "images", ["https://example.com/photo.png"], {}, id="p_image_edit-images-example"),
    pytest.param(
        "p_image_edit", "images", ["https://example.com/input.png"], {}, id="p_image_edit-images-fewest items"
    ),
    pytest.param("p_image_edit", "turbo", True, {}, id="p_image_edit-turbo-example"),
    pytest.param("p_image_edit", "turbo", True, {}, id="p_image_edit-turbo-default"),
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
    pytest.param("p_image_edit", "seed", 1, {}, id="p_image_edit-seed-example"),
    pytest.param("p_image_edit", "disable_safety_checker", False, {}, id="p_image_edit-disable_safety_checker-example"),
    pytest.param("p_image_edit", "disable_safety_checker", False, {}, id="p_image_edit-disable_safety_checker-default"),
]

FORBIDDEN = [
    pytest.param("p_image", "prompt", 5, {}, id="p_image-prompt-number for text"),
    pytest.param("p_image", "prompt", "", {}, id="p_image-prompt-too short"),
    pytest.param("p_image", "aspect_ratio", 5, {}, id="p_image-aspect_ratio-number for text"),
    pytest.param("p_image", "aspect_ratio", "1x1", {}, id="p_image-aspect_ratio-near-miss enum value"),
    pytest.param("p_image", "width", "5", {"aspect_ratio": "custom"}, id="p_image-width-text for integer"),
    pytest.param("p_image", "width", 5.5, {"aspect_ratio": "custom"}, id="p_image-width-fraction for integer"),
    pytest.param("p_image", "width", True, {"aspect_ratio": "custom"}, id="p_image-width-bool for integer"),
    pytest.param("p_image", "width", 255, {"aspect_ratio": "custom"}, id="p_image-width-below minimum"),
    pytest.param("p_image", "width", 1441, {"aspect_ratio": "custom"}, id="p_image-width-above maximum"),
    pytest.param("p_image", "width", 257, {"aspect_ratio": "custom"}, id="p_image-width-not a multiple"),
    pytest.param("p_image", "height", "5", {"aspect_ratio": "custom"}, id="p_image-height-text for integer"),
    pytest.param("p_image", "height", 5.5, {"aspect_ratio": "custom"}, id="p_image-height-fraction for integer"),
    pytest.param("p_image", "height", True, {"aspect_ratio": "custom"}, id="p_image-height-bool for integer"),
    pytest.param("p_image", "height", 255, {"aspect_ratio": "custom"}, id="p_image-height-below minimum"),
    pytest.param("p_image", "height", 1441, {"aspect_ratio": "custom"}, id="p_image-height-above maximum"),
    pytest.param("p_image", "height", 257, {"aspect_ratio": "custom"}, id="p_image-height-not a multiple"),
    pytest.param("p_image", "prompt_upsampling", "true", {}, id="p_image-prompt_upsampling-text for boolean"),
    pytest.param("p_image", "prompt_upsampling", 1, {}, id="p_image-prompt_upsampling-number for boolean"),
    pytest.param("p_image", "seed", "5", {}, id="p_image-seed-text for integer"),
    pytest.param("p_image", "seed", 5.5, {}, id="p_image-seed-fraction for integer"),
    pytest.param("p_image", "seed", True, {}, id="p_image-seed-bool for integer"),
    pytest.param("p_image", "disable_safety_checker", "true", {}, id="p_image-disable_safety_checker-text for boolean"),
    pytest.param("p_image", "disable_safety_checker", 1, {}, id="p_image-disable_safety_checker-number for boolean"),
    pytest.param("p_image", "lora_weights", 5, {}, id="p_image-lora_weights-number for text"),
    pytest.param("p_image", "lora_scale", "1.5", {}, id="p_image-lora_scale-text for number"),
    pytest.param("p_image", "lora_scale", True, {}, id="p_image-lora_scale-bool for number"),
    pytest.param("p_image", "lora_scale", -1.5, {}, id="p_image-lora_scale-below minimum"),
    pytest.param("p_image", "lora_scale", 3.5, {}, id="p_image-lora_scale-above maximum"),
    pytest.param("p_image", "hf_api_token", 5, {}, id="p_image-hf_api_token-number for text"),
    pytest.param("p_image", "width", 256, {"aspect_ratio": "1:1"}, id="p_image-width-set where it does not apply"),
    pytest.param("p_image", "height", 256, {"aspect_ratio": "1:1"}, id="p_image-height-set where it does not apply"),
    pytest.param("p_image_edit", "prompt", 5, {}, id="p_image_edit-prompt-number for text"),
    pytest.param("p_image_edit", "prompt", "", {}, id="p_image_edit-prompt-too short"),
    pytest.param(
        "p_image_edit", "images", "https://example.com/input.png", {}, id="p_image_edit-images-single value for list"
    ),
    pytest.param("p_image_edit", "images", [], {}, id="p_image_edit-images-too few items"),
    pytest.param("p_image_edit", "images", [5], {}, id="p_image_edit-images-item: number for URL"),
    pytest.param("p_image_edit", "images", ["not a url"], {}, id="p_image_edit-images-item: not a URL"),
    pytest.param("p_image_edit", "turbo", "true", {}, id="p_image_edit-turbo-text for boolean"),
    pytest.param("p_image_edit", "turbo", 1, {}, id="p_image_edit-turbo-number for boolean"),
    pytest.param("p_image_edit", "aspect_ratio", 5, {}, id="p_image_edit-aspect_ratio-number for text"),
    pytest.param(
        "p_image_edit", "aspect_ratio", "match_input_images", {}, id="p_image_edit-aspect_ratio-near-miss enum value"
    ),
    pytest.param("p_image_edit", "seed", "5", {}, id="p_image_edit-seed-text for integer"),
    pytest.param("p_image_edit", "seed", 5.5, {}, id="p_image_edit-seed-fraction for integer"),
    pytest.param("p_image_edit", "seed", True, {}, id="p_image_edit-seed-bool for integer"),
    pytest.param(
        "p_image_edit", "disable_safety_checker", "true", {}, id="p_image_edit-disable_safety_checker-text for boolean"
    ),
    pytest.param(
        "p_image_edit", "disable_safety_checker", 1, {}, id="p_image_edit-disable_safety_checker-number for boolean"
    ),
]

# Full bodies the mock provider must accept: every parameter with an allowed value.
FULL_BODIES = {
    "p_image": {
        "prompt": "A red fox in the snow, photorealistic",
        "aspect_ratio": "16:9",
        "prompt_upsampling": False,
        "seed": 1,
        "disable_safety_checker": False,
        "lora_weights": "a red fox in the snow",
        "lora_scale": 0.5,
        "hf_api_token": "a red fox in the snow",
    },
    "p_image_edit": {
        "prompt": "Make the sky a deep orange sunset",
        "images": ["https://example.com/photo.png"],
        "turbo": True,
        "aspect_ratio": "match_input_image",
        "seed": 1,
        "disable_safety_checker": False,
    },
}

# Documented status -> exception class name, from the errors: list of the provider spec.
ERRORS = [
    pytest.param(400, "BadRequestError", id="BadRequestError"),
    pytest.param(401, "AuthenticationError", id="AuthenticationError"),
    pytest.param(402, "PaymentRequiredError", id="PaymentRequiredError"),
    pytest.param(404, "NotFoundError", id="NotFoundError"),
    pytest.param(413, "FileTooLargeError", id="FileTooLargeError"),
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
    support.check_allowed(Replicate, PROVIDER, APIS[FIRST_API[method]], MODELS[method], python, value, extra)


@pytest.mark.parametrize(("method", "python", "value", "extra"), FORBIDDEN)
def test_client_rejects_forbidden_value_before_sending(
    method: str, python: str, value: Any, extra: dict[str, Any]
) -> None:
    support.check_forbidden(Replicate, PROVIDER, APIS[FIRST_API[method]], MODELS[method], python, value, extra)


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_missing_required_and_unknown_arguments_fail_before_sending(api: str, method: str) -> None:
    support.check_missing_and_extra(Replicate, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_request_shape(api: str, method: str) -> None:
    support.check_request_shape(Replicate, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_call_with_only_required_arguments_sends_only_those(api: str, method: str) -> None:
    support.check_minimal_body(Replicate, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize(("status", "class_name"), ERRORS)
@pytest.mark.parametrize(("api", "method"), CALLS)
def test_documented_error_maps_to_its_class(api: str, method: str, status: int, class_name: str) -> None:
    support.check_error_mapping(Replicate, PROVIDER, APIS[api], MODELS[method], status, getattr(errors, class_name))


@pytest.mark.parametrize(("api", "method"), [c for c in CALLS if c.values[0] in PREDICTIONS_APIS])
def test_prediction_follows_the_spec_links_to_its_output(api: str, method: str) -> None:
    support.check_output_follows_the_spec(Replicate, PROVIDER, APIS[api], MODELS[method])


@pytest.mark.parametrize("api", PREDICTIONS_APIS)
def test_cancel_goes_where_the_spec_says_or_is_refused(api: str) -> None:
    model = next((m.model_id for m in MODELS.values() if api in m.paths), None)
    support.check_cancel(Replicate, PROVIDER, APIS[api], model)


@pytest.mark.parametrize("api", PREDICTIONS_APIS)
def test_upload_uses_the_spec_form_field_and_answer_fields(api: str) -> None:
    support.check_upload(Replicate, PROVIDER, APIS[api])


@pytest.mark.parametrize("method", sorted(MODELS))
def test_request_model_agrees_with_its_json_schema(method: str) -> None:
    module = importlib.import_module(f"imagegen_typed.{PROVIDER.id}.models.{MODEL_MODULES[method][0]}")
    support.check_model_against_schema(getattr(module, MODEL_MODULES[method][1]), MODELS[method].json_schema)


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_mock_provider_accepts_every_allowed_parameter(api: str, method: str, mock: Any) -> None:
    support.check_mock_accepts(PROVIDER, APIS[api], MODELS[method], mock.base_url(PROVIDER.id), FULL_BODIES[method])


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_lifecycle_over_http_sync_and_async(api: str, method: str, mock: Any) -> None:
    support.check_lifecycle(Replicate, AsyncReplicate, APIS[api], MODELS[method], mock.base_url(PROVIDER.id))


@pytest.mark.parametrize(("api", "method"), CALLS)
def test_live_cheapest_call_matches_the_spec(api: str, method: str) -> None:
    client = support.live_client(Replicate, PROVIDER)
    with client:
        result = support.call(client, APIS[api], method, MODELS[method].minimal)
        data = result.download() if APIS[api].protocol == "predictions" else result.media_bytes()
    assert data, "the provider returned no media"
