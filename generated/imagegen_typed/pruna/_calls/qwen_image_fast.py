"""qwen-image-fast (qwen-image-fast) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-qwen-image-fast.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import qwen_image_fast as _model
from ..types import QwenImageFastAspectRatio

# spec: models/pruna-qwen-image-fast.yaml
QWEN_IMAGE_FAST = EndpointInfo(
    model_id="qwen-image-fast",
    method="qwen_image_fast",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="width"),
        ParamInfo(wire="height"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="creativity", has_default=True, default=0.62),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="qwen-image-fast",
)


class Pruna(SyncPredictionsSurface):
    """The qwen-image-fast methods of Pruna."""

    def qwen_image_fast(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        creativity: float | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageFastAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """qwen-image-fast: AI model for content generation. Rate limit: 150 requests per minute.

        Model qwen-image-fast (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image-fast (imagegen_typed/docs/pruna.md, section 'qwen-image-fast (qwen-image-fast)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            height: Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            prompt: Text prompt for image generation. Required.
            creativity: Control the creativity of the model. Higher values increase the seed diversity. Range: 0 to 1. Default (applied by the provider when not set): 0.62.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            QWEN_IMAGE_FAST,
            _model.QwenImageFastRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "creativity": creativity,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The qwen-image-fast methods of AsyncPruna."""

    async def qwen_image_fast(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        creativity: float | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageFastAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """qwen-image-fast: AI model for content generation. Rate limit: 150 requests per minute.

        Model qwen-image-fast (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image-fast (imagegen_typed/docs/pruna.md, section 'qwen-image-fast (qwen-image-fast)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            height: Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            prompt: Text prompt for image generation. Required.
            creativity: Control the creativity of the model. Higher values increase the seed diversity. Range: 0 to 1. Default (applied by the provider when not set): 0.62.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            QWEN_IMAGE_FAST,
            _model.QwenImageFastRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "creativity": creativity,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )
