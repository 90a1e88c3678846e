"""Segmind clients: Segmind (sync) and AsyncSegmind (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Models of the v1 API are methods of the client; those of the v2 API are under `client.v2`.
Generated from the Segmind specs; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from .._runtime.client_base import AsyncClient, BoundAPI, SyncClient
from .._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, RequestOptions, Unpack
from .._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from .._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from .._runtime.results import AsyncPredictionResult, GenerationResult, PredictionResult
from . import _endpoints as _ep
from . import models as _models  # each model's module loads on first use (models/__init__.py)
from .errors import DEFAULT_ERROR, ERRORS
from .types import (
    Imagen4FastScheduler,
    ImagenAspectRatio,
    ImagenPersonGeneration,
    ImagenSafetyFilterLevel,
    PImageAspectRatio,
    PImageEditAspectRatio,
)


class Segmind(SyncClient, SyncDirectSurface):
    """Synchronous Segmind client (v1 API).

    The API key comes from the `api_key` argument or the SEGMIND_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_V1

    @cached_property
    def v2(self) -> SegmindV2:
        """The v2 API: Asynchronous API v2 (submit, then poll)."""
        return SegmindV2(self)

    def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: ImagenAspectRatio | NotGiven = NOT_GIVEN,
        person_generation: ImagenPersonGeneration | NotGiven = NOT_GIVEN,
        safety_filter_level: ImagenSafetyFilterLevel | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation).
        Reference: python -m imagegen_typed docs segmind imagen (imagegen_typed/docs/segmind.md, section 'Imagen 3 (imagen)').

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default (applied by the provider when not set): '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default (applied by the provider when not set): 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default (applied by the provider when not set): 'BLOCK_LOW_AND_ABOVE'.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            _ep.IMAGEN,
            _models.ImagenRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            **options,
        )

    def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        scheduler: Imagen4FastScheduler | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast.
        Reference: python -m imagegen_typed docs segmind imagen-4-fast (imagegen_typed/docs/segmind.md, section 'Imagen 4 Fast (imagen-4-fast)').

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default (applied by the provider when not set): 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default (applied by the provider when not set): 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image. Not sent when not set.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default (applied by the provider when not set): 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default (applied by the provider when not set): -1. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            _ep.IMAGEN_4_FAST,
            _models.Imagen4FastRequest,
            {
                "prompt": prompt,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "scheduler": scheduler,
                "seed": seed,
            },
            **options,
        )

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image.
        Reference: python -m imagegen_typed docs segmind p-image (imagegen_typed/docs/segmind.md, section 'Pruna P Image (p-image)').

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default (applied by the provider when not set): False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default (applied by the provider when not set): 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default (applied by the provider when not set): 1024. Only used when aspect_ratio is 'custom'.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            _ep.P_IMAGE,
            _models.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            **options,
        )

    def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation).
        Reference: python -m imagegen_typed docs segmind p-image-edit (imagegen_typed/docs/segmind.md, section 'Pruna P Image Edit (p-image-edit)').

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default (applied by the provider when not set): False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            _ep.P_IMAGE_EDIT,
            _models.PImageEditRequest,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            **options,
        )


class SegmindV2(BoundAPI, SyncPredictionsSurface):
    """The v2 API of Segmind, as `client.v2`: Asynchronous API v2 (submit, then poll)."""

    _api = _ep.API_V2

    def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: ImagenAspectRatio | NotGiven = NOT_GIVEN,
        person_generation: ImagenPersonGeneration | NotGiven = NOT_GIVEN,
        safety_filter_level: ImagenSafetyFilterLevel | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation).
        Reference: python -m imagegen_typed docs segmind imagen (imagegen_typed/docs/segmind.md, section 'Imagen 3 (imagen)').

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default (applied by the provider when not set): '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default (applied by the provider when not set): 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default (applied by the provider when not set): 'BLOCK_LOW_AND_ABOVE'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.IMAGEN,
            _models.ImagenRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            **options,
        )

    def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        scheduler: Imagen4FastScheduler | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast.
        Reference: python -m imagegen_typed docs segmind imagen-4-fast (imagegen_typed/docs/segmind.md, section 'Imagen 4 Fast (imagen-4-fast)').

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default (applied by the provider when not set): 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default (applied by the provider when not set): 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image. Not sent when not set.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default (applied by the provider when not set): 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default (applied by the provider when not set): -1. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.IMAGEN_4_FAST,
            _models.Imagen4FastRequest,
            {
                "prompt": prompt,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "scheduler": scheduler,
                "seed": seed,
            },
            **options,
        )

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image.
        Reference: python -m imagegen_typed docs segmind p-image (imagegen_typed/docs/segmind.md, section 'Pruna P Image (p-image)').

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default (applied by the provider when not set): False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default (applied by the provider when not set): 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default (applied by the provider when not set): 1024. Only used when aspect_ratio is 'custom'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_IMAGE,
            _models.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            **options,
        )

    def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation).
        Reference: python -m imagegen_typed docs segmind p-image-edit (imagegen_typed/docs/segmind.md, section 'Pruna P Image Edit (p-image-edit)').

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default (applied by the provider when not set): False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_IMAGE_EDIT,
            _models.PImageEditRequest,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            **options,
        )


class AsyncSegmind(AsyncClient, AsyncDirectSurface):
    """Asynchronous Segmind client (v1 API).

    The API key comes from the `api_key` argument or the SEGMIND_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_V1

    @cached_property
    def v2(self) -> AsyncSegmindV2:
        """The v2 API: Asynchronous API v2 (submit, then poll)."""
        return AsyncSegmindV2(self)

    async def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: ImagenAspectRatio | NotGiven = NOT_GIVEN,
        person_generation: ImagenPersonGeneration | NotGiven = NOT_GIVEN,
        safety_filter_level: ImagenSafetyFilterLevel | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation).
        Reference: python -m imagegen_typed docs segmind imagen (imagegen_typed/docs/segmind.md, section 'Imagen 3 (imagen)').

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default (applied by the provider when not set): '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default (applied by the provider when not set): 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default (applied by the provider when not set): 'BLOCK_LOW_AND_ABOVE'.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            _ep.IMAGEN,
            _models.ImagenRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            **options,
        )

    async def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        scheduler: Imagen4FastScheduler | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast.
        Reference: python -m imagegen_typed docs segmind imagen-4-fast (imagegen_typed/docs/segmind.md, section 'Imagen 4 Fast (imagen-4-fast)').

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default (applied by the provider when not set): 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default (applied by the provider when not set): 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image. Not sent when not set.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default (applied by the provider when not set): 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default (applied by the provider when not set): -1. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            _ep.IMAGEN_4_FAST,
            _models.Imagen4FastRequest,
            {
                "prompt": prompt,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "scheduler": scheduler,
                "seed": seed,
            },
            **options,
        )

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image.
        Reference: python -m imagegen_typed docs segmind p-image (imagegen_typed/docs/segmind.md, section 'Pruna P Image (p-image)').

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default (applied by the provider when not set): False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default (applied by the provider when not set): 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default (applied by the provider when not set): 1024. Only used when aspect_ratio is 'custom'.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            _ep.P_IMAGE,
            _models.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            **options,
        )

    async def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation).
        Reference: python -m imagegen_typed docs segmind p-image-edit (imagegen_typed/docs/segmind.md, section 'Pruna P Image Edit (p-image-edit)').

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default (applied by the provider when not set): False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            _ep.P_IMAGE_EDIT,
            _models.PImageEditRequest,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            **options,
        )


class AsyncSegmindV2(BoundAPI, AsyncPredictionsSurface):
    """The v2 API of Segmind, as `client.v2`: Asynchronous API v2 (submit, then poll)."""

    _api = _ep.API_V2

    async def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: ImagenAspectRatio | NotGiven = NOT_GIVEN,
        person_generation: ImagenPersonGeneration | NotGiven = NOT_GIVEN,
        safety_filter_level: ImagenSafetyFilterLevel | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation).
        Reference: python -m imagegen_typed docs segmind imagen (imagegen_typed/docs/segmind.md, section 'Imagen 3 (imagen)').

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default (applied by the provider when not set): '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default (applied by the provider when not set): 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default (applied by the provider when not set): 'BLOCK_LOW_AND_ABOVE'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.IMAGEN,
            _models.ImagenRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            **options,
        )

    async def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        scheduler: Imagen4FastScheduler | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast.
        Reference: python -m imagegen_typed docs segmind imagen-4-fast (imagegen_typed/docs/segmind.md, section 'Imagen 4 Fast (imagen-4-fast)').

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default (applied by the provider when not set): 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default (applied by the provider when not set): 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image. Not sent when not set.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default (applied by the provider when not set): 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default (applied by the provider when not set): -1. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.IMAGEN_4_FAST,
            _models.Imagen4FastRequest,
            {
                "prompt": prompt,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "scheduler": scheduler,
                "seed": seed,
            },
            **options,
        )

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image.
        Reference: python -m imagegen_typed docs segmind p-image (imagegen_typed/docs/segmind.md, section 'Pruna P Image (p-image)').

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default (applied by the provider when not set): False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default (applied by the provider when not set): 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default (applied by the provider when not set): 1024. Only used when aspect_ratio is 'custom'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_IMAGE,
            _models.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            **options,
        )

    async def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation).
        Reference: python -m imagegen_typed docs segmind p-image-edit (imagegen_typed/docs/segmind.md, section 'Pruna P Image Edit (p-image-edit)').

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default (applied by the provider when not set): False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_IMAGE_EDIT,
            _models.PImageEditRequest,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            **options,
        )
