"""p-image-lora (p-image-lora) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-image-lora.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.credentials import secret_argument as _secret
from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_image_lora as _model
from ..types import PImageLoraAspectRatio

# spec: models/pruna-p-image-lora.yaml
P_IMAGE_LORA = EndpointInfo(
    model_id="p-image-lora",
    method="p_image_lora",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="width"),
        ParamInfo(wire="height"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="lora_scale", has_default=True, default=0.5),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="hf_api_token", secret=True),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=500, per_seconds=60.0),
    title="p-image-lora",
)


class Pruna(SyncPredictionsSurface):
    """The p-image-lora methods of Pruna."""

    def p_image_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageLoraAspectRatio | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-image-lora: AI model for content generation. Rate limit: 500 requests per minute.

        Model p-image-lora (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-lora (imagegen_typed/docs/pruna.md, section 'p-image-lora (p-image-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            height: Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            prompt: Text prompt for image generation. Required.
            lora_scale: Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            prompt_upsampling: Upsample the prompt with an LLM. Default (applied by the provider when not set): False.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return self._generate(
            P_IMAGE_LORA,
            _model.PImageLoraRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "lora_scale": lora_scale,
                "aspect_ratio": aspect_ratio,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "prompt_upsampling": prompt_upsampling,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The p-image-lora methods of AsyncPruna."""

    async def p_image_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageLoraAspectRatio | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-image-lora: AI model for content generation. Rate limit: 500 requests per minute.

        Model p-image-lora (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-lora (imagegen_typed/docs/pruna.md, section 'p-image-lora (p-image-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            height: Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            prompt: Text prompt for image generation. Required.
            lora_scale: Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            prompt_upsampling: Upsample the prompt with an LLM. Default (applied by the provider when not set): False.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return await self._generate(
            P_IMAGE_LORA,
            _model.PImageLoraRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "lora_scale": lora_scale,
                "aspect_ratio": aspect_ratio,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "prompt_upsampling": prompt_upsampling,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )
