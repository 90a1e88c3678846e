"""z-image-turbo (z-image-turbo) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-z-image-turbo.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import z_image_turbo as _model
from ..types import ZImageTurboOutputFormat

# spec: models/pruna-z-image-turbo.yaml
Z_IMAGE_TURBO = EndpointInfo(
    model_id="z-image-turbo",
    method="z_image_turbo",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="width", has_default=True, default=1024),
        ParamInfo(wire="height", has_default=True, default=1024),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="go_fast", has_default=True, default=False),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="guidance_scale", has_default=True, default=0),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="num_inference_steps", has_default=True, default=8),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="z-image-turbo",
)


class Pruna(SyncPredictionsSurface):
    """The z-image-turbo methods of Pruna."""

    def z_image_turbo(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        output_format: ZImageTurboOutputFormat | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """z-image-turbo: AI model based on z-image for image generation. Rate limit: 150 requests per minute.

        Model z-image-turbo (150 requests/min).
        Reference: python -m imagegen_typed docs pruna z-image-turbo (imagegen_typed/docs/pruna.md, section 'z-image-turbo (z-image-turbo)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Range: 64 to 2048. Default (applied by the provider when not set): 1024.
            height: Height of the generated image. Range: 64 to 2048. Default (applied by the provider when not set): 1024.
            prompt: Text prompt for image generation. Required.
            go_fast: Apply additional optimizations for faster generation. Default (applied by the provider when not set): False.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            guidance_scale: Guidance scale. Should be 0 for Turbo models. Range: 0 to 20. Default (applied by the provider when not set): 0.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            num_inference_steps: Number of inference steps. Range: 1 to 50. Default (applied by the provider when not set): 8.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            Z_IMAGE_TURBO,
            _model.ZImageTurboRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "go_fast": go_fast,
                "output_format": output_format,
                "guidance_scale": guidance_scale,
                "output_quality": output_quality,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The z-image-turbo methods of AsyncPruna."""

    async def z_image_turbo(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        output_format: ZImageTurboOutputFormat | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """z-image-turbo: AI model based on z-image for image generation. Rate limit: 150 requests per minute.

        Model z-image-turbo (150 requests/min).
        Reference: python -m imagegen_typed docs pruna z-image-turbo (imagegen_typed/docs/pruna.md, section 'z-image-turbo (z-image-turbo)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Range: 64 to 2048. Default (applied by the provider when not set): 1024.
            height: Height of the generated image. Range: 64 to 2048. Default (applied by the provider when not set): 1024.
            prompt: Text prompt for image generation. Required.
            go_fast: Apply additional optimizations for faster generation. Default (applied by the provider when not set): False.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            guidance_scale: Guidance scale. Should be 0 for Turbo models. Range: 0 to 20. Default (applied by the provider when not set): 0.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            num_inference_steps: Number of inference steps. Range: 1 to 50. Default (applied by the provider when not set): 8.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            Z_IMAGE_TURBO,
            _model.ZImageTurboRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "go_fast": go_fast,
                "output_format": output_format,
                "guidance_scale": guidance_scale,
                "output_quality": output_quality,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )
