"""Stability AI clients: StabilityAI (sync) and AsyncStabilityAI (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Generated from the Stability AI specs; do not edit.
"""

from __future__ import annotations

from .._runtime.client_base import AsyncClient, SyncClient
from .._runtime.options import NOT_GIVEN, FileInput, NotGiven, Unpack
from .._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from .._runtime.results import GenerationResult
from . import _endpoints as _ep
from . import models as _models  # each model's module loads on first use (models/__init__.py)
from .errors import DEFAULT_ERROR, ERRORS
from .types import (
    CoreAspectRatio,
    CoreOutputFormat,
    CoreStylePreset,
    StabilityAIOptions,
    UltraAspectRatio,
    UltraOutputFormat,
    UltraStylePreset,
)


class StabilityAI(SyncClient, SyncDirectSurface):
    """Synchronous Stability AI client.

    The API key comes from the `api_key` argument or the STABILITY_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_V2BETA

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
            _ep.CORE,
            _models.CoreRequest,
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
            _ep.ULTRA,
            _models.UltraRequest,
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


class AsyncStabilityAI(AsyncClient, AsyncDirectSurface):
    """Asynchronous Stability AI client.

    The API key comes from the `api_key` argument or the STABILITY_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_V2BETA

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
            _ep.CORE,
            _models.CoreRequest,
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
            _ep.ULTRA,
            _models.UltraRequest,
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
