"""P-Image (p-image) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-image.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.credentials import secret_argument as _secret
from ..._runtime.endpoints import Condition, EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_image as _model
from ..types import PImageAspectRatio

# spec: models/pruna-p-image.yaml
P_IMAGE = EndpointInfo(
    model_id="p-image",
    method="p_image",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="width", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="height", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="lora_scale", has_default=True, default=0.5),
        ParamInfo(wire="hf_api_token", secret=True),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=250, per_seconds=60.0),
    title="P-Image",
)


class Pruna(SyncPredictionsSurface):
    """The p-image methods of Pruna."""

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """P-Image: Pruna's P-Image text-to-image model, fast enough for synchronous (Try-Sync) calls.

        Model p-image (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image (imagegen_typed/docs/pruna.md, section 'P-Image (p-image)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            lora_scale: Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            prompt_upsampling: Upsample the prompt with an LLM. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return self._generate(
            P_IMAGE,
            _model.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "lora_scale": lora_scale,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "prompt_upsampling": prompt_upsampling,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The p-image methods of AsyncPruna."""

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """P-Image: Pruna's P-Image text-to-image model, fast enough for synchronous (Try-Sync) calls.

        Model p-image (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image (imagegen_typed/docs/pruna.md, section 'P-Image (p-image)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            lora_scale: Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            prompt_upsampling: Upsample the prompt with an LLM. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return await self._generate(
            P_IMAGE,
            _model.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "lora_scale": lora_scale,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "prompt_upsampling": prompt_upsampling,
            },
            **options,
        )
