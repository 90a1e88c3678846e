"""Stable Image Ultra (ultra) on the Stability AI clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/stability-ultra.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.results import GenerationResult
from ..models import ultra as _model
from ..types import StabilityAIOptions, UltraAspectRatio, UltraOutputFormat, UltraStylePreset

# spec: models/stability-ultra.yaml
ULTRA = EndpointInfo(
    model_id="ultra",
    method="ultra",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="negative_prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="seed", has_default=True, default=0),
        ParamInfo(wire="output_format", has_default=True, default="png"),
        ParamInfo(wire="image", file="one"),
        ParamInfo(wire="style_preset"),
        ParamInfo(wire="strength"),
    ),
    title="Stable Image Ultra",
)


class StabilityAI(SyncDirectSurface):
    """The ultra methods of StabilityAI."""

    def ultra(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        aspect_ratio: UltraAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_format: UltraOutputFormat | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        style_preset: UltraStylePreset | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        **options: Unpack[StabilityAIOptions],
    ) -> GenerationResult:
        """Stable Image Ultra: Stability AI's highest-quality text-to-image model; with an input image and a strength it transforms that image (image-to-image).

        Model ultra.
        Reference: python -m imagegen_typed docs stability ultra (imagegen_typed/docs/stability.md, section 'Stable Image Ultra (ultra)').

        Args:
            prompt: What to draw, in words. Required.
            negative_prompt: What not to draw, in words. Not sent when not set.
            aspect_ratio: The aspect ratio of the image. Allowed: '21:9', '16:9', '3:2', '5:4', '1:1', '4:5', '2:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            seed: A seed for reproducible results; 0 (or leaving it out) picks a random one. Range: 0 to 4294967294. Default (applied by the provider when not set): 0.
            output_format: The format of the image returned. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'png'.
            image: An image to start from (image-to-image); give strength with it. Not sent when not set. A local path, bytes or an open binary file.
            style_preset: Guides the model towards a style. Allowed: 'enhance', 'anime', 'photographic', 'digital-art', 'comic-book', 'fantasy-art', 'line-art', 'analog-film', 'neon-punk', 'isometric', 'low-poly', 'origami', 'modeling-compound', 'cinematic', '3d-model', 'pixel-art', 'tile-texture'. Not sent when not set.
            strength: How much the input image changes, 0 (not at all) to 1 (entirely); required with image. Range: 0 to 1. Not sent when not set.
            options: Per-call options (StabilityAIOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, accept.
        """
        return self._generate(
            ULTRA,
            _model.UltraRequest,
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "output_format": output_format,
                "image": image,
                "style_preset": style_preset,
                "strength": strength,
            },
            **options,
        )


class AsyncStabilityAI(AsyncDirectSurface):
    """The ultra methods of AsyncStabilityAI."""

    async def ultra(
        self,
        *,
        prompt: str,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        aspect_ratio: UltraAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_format: UltraOutputFormat | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        style_preset: UltraStylePreset | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        **options: Unpack[StabilityAIOptions],
    ) -> GenerationResult:
        """Stable Image Ultra: Stability AI's highest-quality text-to-image model; with an input image and a strength it transforms that image (image-to-image).

        Model ultra.
        Reference: python -m imagegen_typed docs stability ultra (imagegen_typed/docs/stability.md, section 'Stable Image Ultra (ultra)').

        Args:
            prompt: What to draw, in words. Required.
            negative_prompt: What not to draw, in words. Not sent when not set.
            aspect_ratio: The aspect ratio of the image. Allowed: '21:9', '16:9', '3:2', '5:4', '1:1', '4:5', '2:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            seed: A seed for reproducible results; 0 (or leaving it out) picks a random one. Range: 0 to 4294967294. Default (applied by the provider when not set): 0.
            output_format: The format of the image returned. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'png'.
            image: An image to start from (image-to-image); give strength with it. Not sent when not set. A local path, bytes or an open binary file.
            style_preset: Guides the model towards a style. Allowed: 'enhance', 'anime', 'photographic', 'digital-art', 'comic-book', 'fantasy-art', 'line-art', 'analog-film', 'neon-punk', 'isometric', 'low-poly', 'origami', 'modeling-compound', 'cinematic', '3d-model', 'pixel-art', 'tile-texture'. Not sent when not set.
            strength: How much the input image changes, 0 (not at all) to 1 (entirely); required with image. Range: 0 to 1. Not sent when not set.
            options: Per-call options (StabilityAIOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, accept.
        """
        return await self._generate(
            ULTRA,
            _model.UltraRequest,
            {
                "prompt": prompt,
                "negative_prompt": negative_prompt,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "output_format": output_format,
                "image": image,
                "style_preset": style_preset,
                "strength": strength,
            },
            **options,
        )
