"""Stable Image Core (core) on the Stability AI clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/stability-core.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.results import GenerationResult
from ..models import core as _model
from ..types import CoreAspectRatio, CoreOutputFormat, CoreStylePreset, StabilityAIOptions

# spec: models/stability-core.yaml
CORE = EndpointInfo(
    model_id="core",
    method="core",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="negative_prompt"),
        ParamInfo(wire="seed", has_default=True, default=0),
        ParamInfo(wire="style_preset"),
        ParamInfo(wire="output_format", has_default=True, default="png"),
    ),
    title="Stable Image Core",
)


class StabilityAI(SyncDirectSurface):
    """The core methods of StabilityAI."""

    def core(
        self,
        *,
        prompt: str,
        aspect_ratio: CoreAspectRatio | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        style_preset: CoreStylePreset | NotGiven = NOT_GIVEN,
        output_format: CoreOutputFormat | NotGiven = NOT_GIVEN,
        **options: Unpack[StabilityAIOptions],
    ) -> GenerationResult:
        """Stable Image Core: Stability AI's fast, affordable text-to-image model.

        Model core.
        Reference: python -m imagegen_typed docs stability core (imagegen_typed/docs/stability.md, section 'Stable Image Core (core)').

        Args:
            prompt: What to draw, in words. Required.
            aspect_ratio: The aspect ratio of the image. Allowed: '21:9', '16:9', '3:2', '5:4', '1:1', '4:5', '2:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            negative_prompt: What not to draw, in words. Not sent when not set.
            seed: A seed for reproducible results; 0 (or leaving it out) picks a random one. Range: 0 to 4294967294. Default (applied by the provider when not set): 0.
            style_preset: Guides the model towards a style. Allowed: 'enhance', 'anime', 'photographic', 'digital-art', 'comic-book', 'fantasy-art', 'line-art', 'analog-film', 'neon-punk', 'isometric', 'low-poly', 'origami', 'modeling-compound', 'cinematic', '3d-model', 'pixel-art', 'tile-texture'. Not sent when not set.
            output_format: The format of the image returned. Allowed: 'png', 'jpeg', 'webp'. Default (applied by the provider when not set): 'png'.
            options: Per-call options (StabilityAIOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, accept.
        """
        return self._generate(
            CORE,
            _model.CoreRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "style_preset": style_preset,
                "output_format": output_format,
            },
            **options,
        )


class AsyncStabilityAI(AsyncDirectSurface):
    """The core methods of AsyncStabilityAI."""

    async def core(
        self,
        *,
        prompt: str,
        aspect_ratio: CoreAspectRatio | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        style_preset: CoreStylePreset | NotGiven = NOT_GIVEN,
        output_format: CoreOutputFormat | NotGiven = NOT_GIVEN,
        **options: Unpack[StabilityAIOptions],
    ) -> GenerationResult:
        """Stable Image Core: Stability AI's fast, affordable text-to-image model.

        Model core.
        Reference: python -m imagegen_typed docs stability core (imagegen_typed/docs/stability.md, section 'Stable Image Core (core)').

        Args:
            prompt: What to draw, in words. Required.
            aspect_ratio: The aspect ratio of the image. Allowed: '21:9', '16:9', '3:2', '5:4', '1:1', '4:5', '2:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            negative_prompt: What not to draw, in words. Not sent when not set.
            seed: A seed for reproducible results; 0 (or leaving it out) picks a random one. Range: 0 to 4294967294. Default (applied by the provider when not set): 0.
            style_preset: Guides the model towards a style. Allowed: 'enhance', 'anime', 'photographic', 'digital-art', 'comic-book', 'fantasy-art', 'line-art', 'analog-film', 'neon-punk', 'isometric', 'low-poly', 'origami', 'modeling-compound', 'cinematic', '3d-model', 'pixel-art', 'tile-texture'. Not sent when not set.
            output_format: The format of the image returned. Allowed: 'png', 'jpeg', 'webp'. Default (applied by the provider when not set): 'png'.
            options: Per-call options (StabilityAIOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, accept.
        """
        return await self._generate(
            CORE,
            _model.CoreRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "negative_prompt": negative_prompt,
                "seed": seed,
                "style_preset": style_preset,
                "output_format": output_format,
            },
            **options,
        )
