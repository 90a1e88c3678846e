"""z-image-turbo-lora (z-image-turbo-lora) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-z-image-turbo-lora.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import z_image_turbo_lora as _model
from ..types import ZImageTurboLoraOutputFormat

# spec: models/pruna-z-image-turbo-lora.yaml
Z_IMAGE_TURBO_LORA = EndpointInfo(
    model_id="z-image-turbo-lora",
    method="z_image_turbo_lora",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="width", has_default=True, default=1024),
        ParamInfo(wire="height", has_default=True, default=1024),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="lora_scales"),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="guidance_scale", has_default=True, default=0),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="num_inference_steps", has_default=True, default=8),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="z-image-turbo-lora",
)


class Pruna(SyncPredictionsSurface):
    """The z-image-turbo-lora methods of Pruna."""

    def z_image_turbo_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        lora_scales: Sequence[float] | NotGiven = NOT_GIVEN,
        lora_weights: Sequence[str] | NotGiven = NOT_GIVEN,
        output_format: ZImageTurboLoraOutputFormat | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """z-image-turbo-lora: AI model based on z-image compatible with custom loras for content generation. Rate limit: 150 requests per minute.

        Model z-image-turbo-lora (150 requests/min).
        Reference: python -m imagegen_typed docs pruna z-image-turbo-lora (imagegen_typed/docs/pruna.md, section 'z-image-turbo-lora (z-image-turbo-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Range: 64 to 1440. Default (applied by the provider when not set): 1024.
            height: Height of the generated image. Range: 64 to 1440. Default (applied by the provider when not set): 1024.
            prompt: Text prompt for image generation. Required.
            lora_scales: Scales for each LoRA as an array of floats. Must match the number of lora_weights. Defaults to 1.0 for each if not provided. Not sent when not set.
            lora_weights: LoRA weights as an array of URLs. Supports .safetensors URLs, tar files, and zip files (e.g., ['https://example.com/lora1.safetensors', 'https://example.com/lora2.safetensors']). Not sent when not set.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            guidance_scale: Guidance scale. Should be 0 for Turbo models. Range: 0 to 20. Default (applied by the provider when not set): 0.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            num_inference_steps: Number of inference steps. This actually results in (num_inference_steps - 1) DiT forwards. Range: 1 to 50. Default (applied by the provider when not set): 8.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            Z_IMAGE_TURBO_LORA,
            _model.ZImageTurboLoraRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "lora_scales": lora_scales,
                "lora_weights": lora_weights,
                "output_format": output_format,
                "guidance_scale": guidance_scale,
                "output_quality": output_quality,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The z-image-turbo-lora methods of AsyncPruna."""

    async def z_image_turbo_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        lora_scales: Sequence[float] | NotGiven = NOT_GIVEN,
        lora_weights: Sequence[str] | NotGiven = NOT_GIVEN,
        output_format: ZImageTurboLoraOutputFormat | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """z-image-turbo-lora: AI model based on z-image compatible with custom loras for content generation. Rate limit: 150 requests per minute.

        Model z-image-turbo-lora (150 requests/min).
        Reference: python -m imagegen_typed docs pruna z-image-turbo-lora (imagegen_typed/docs/pruna.md, section 'z-image-turbo-lora (z-image-turbo-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Range: 64 to 1440. Default (applied by the provider when not set): 1024.
            height: Height of the generated image. Range: 64 to 1440. Default (applied by the provider when not set): 1024.
            prompt: Text prompt for image generation. Required.
            lora_scales: Scales for each LoRA as an array of floats. Must match the number of lora_weights. Defaults to 1.0 for each if not provided. Not sent when not set.
            lora_weights: LoRA weights as an array of URLs. Supports .safetensors URLs, tar files, and zip files (e.g., ['https://example.com/lora1.safetensors', 'https://example.com/lora2.safetensors']). Not sent when not set.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            guidance_scale: Guidance scale. Should be 0 for Turbo models. Range: 0 to 20. Default (applied by the provider when not set): 0.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            num_inference_steps: Number of inference steps. This actually results in (num_inference_steps - 1) DiT forwards. Range: 1 to 50. Default (applied by the provider when not set): 8.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            Z_IMAGE_TURBO_LORA,
            _model.ZImageTurboLoraRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "lora_scales": lora_scales,
                "lora_weights": lora_weights,
                "output_format": output_format,
                "guidance_scale": guidance_scale,
                "output_quality": output_quality,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )
