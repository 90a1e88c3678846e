"""Segmind clients: Segmind (sync) and AsyncSegmind (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Generated from specs/providers/segmind.yaml and the model specs; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

import httpx

from .._runtime.options import NOT_GIVEN, NotGiven
from .._runtime.results import GenerationResult
from .._runtime.segmind import AsyncSegmindClient, SegmindClient
from . import _endpoints as _ep
from .errors import DEFAULT_ERROR, ERRORS


class Segmind(SegmindClient):
    """Synchronous Segmind client.

    The API key comes from the `api_key` argument or the SEGMIND_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR

    def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "9:16", "16:9"] = "16:9",
        person_generation: Literal["ALLOW_ADULT", "DONT_ALLOW"] = "ALLOW_ADULT",
        safety_filter_level: Literal[
            "BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH"
        ] = "BLOCK_LOW_AND_ABOVE",
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation; spec: specs/models/segmind-imagen.yaml).

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default: '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default: 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default: 'BLOCK_LOW_AND_ABOVE'.
        """
        from .models.imagen import ImagenRequest as _model

        return self._generate(
            _ep.IMAGEN,
            _model,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int = 512,
        height: int = 512,
        steps: int = 25,
        guidance_scale: float = 7.5,
        negative_prompt: str | None = None,
        scheduler: Literal["DDIM", "PNDM", "LMSDiscrete", "DPMSolverMultistep", "EulerAncestralDiscrete"] = "DDIM",
        seed: int = -1,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast (spec: specs/models/segmind-imagen-4-fast.yaml).

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default: 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default: 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default: 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default: 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default: 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default: -1.
        """
        from .models.imagen_4_fast import Imagen4FastRequest as _model

        return self._generate(
            _ep.IMAGEN_4_FAST,
            _model,
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
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] = "16:9",
        disable_safety_checker: bool = False,
        height: int = 576,
        seed: int = 42,
        width: int = 1024,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image (spec: specs/models/segmind-p-image.yaml).

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default: '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default: False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default: 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default: 42.
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default: 1024. Only used when aspect_ratio is 'custom'.
        """
        from .models.p_image import PImageRequest as _model

        return self._generate(
            _ep.P_IMAGE,
            _model,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: Literal[
            "match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"
        ] = "match_input_image",
        disable_safety_checker: bool = False,
        seed: int = 42,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation; spec: specs/models/segmind-p-image-edit.yaml).

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default: 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default: False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default: 42.
        """
        from .models.p_image_edit import PImageEditRequest as _model

        return self._generate(
            _ep.P_IMAGE_EDIT,
            _model,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncSegmind(AsyncSegmindClient):
    """Asynchronous Segmind client.

    The API key comes from the `api_key` argument or the SEGMIND_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR

    async def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "4:3", "3:4", "9:16", "16:9"] = "16:9",
        person_generation: Literal["ALLOW_ADULT", "DONT_ALLOW"] = "ALLOW_ADULT",
        safety_filter_level: Literal[
            "BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH"
        ] = "BLOCK_LOW_AND_ABOVE",
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation; spec: specs/models/segmind-imagen.yaml).

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default: '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default: 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default: 'BLOCK_LOW_AND_ABOVE'.
        """
        from .models.imagen import ImagenRequest as _model

        return await self._generate(
            _ep.IMAGEN,
            _model,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int = 512,
        height: int = 512,
        steps: int = 25,
        guidance_scale: float = 7.5,
        negative_prompt: str | None = None,
        scheduler: Literal["DDIM", "PNDM", "LMSDiscrete", "DPMSolverMultistep", "EulerAncestralDiscrete"] = "DDIM",
        seed: int = -1,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast (spec: specs/models/segmind-imagen-4-fast.yaml).

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default: 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default: 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default: 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default: 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default: 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default: -1.
        """
        from .models.imagen_4_fast import Imagen4FastRequest as _model

        return await self._generate(
            _ep.IMAGEN_4_FAST,
            _model,
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
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] = "16:9",
        disable_safety_checker: bool = False,
        height: int = 576,
        seed: int = 42,
        width: int = 1024,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image (spec: specs/models/segmind-p-image.yaml).

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default: '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default: False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default: 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default: 42.
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default: 1024. Only used when aspect_ratio is 'custom'.
        """
        from .models.p_image import PImageRequest as _model

        return await self._generate(
            _ep.P_IMAGE,
            _model,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: Literal[
            "match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"
        ] = "match_input_image",
        disable_safety_checker: bool = False,
        seed: int = 42,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation; spec: specs/models/segmind-p-image-edit.yaml).

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default: 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default: False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default: 42.
        """
        from .models.p_image_edit import PImageEditRequest as _model

        return await self._generate(
            _ep.P_IMAGE_EDIT,
            _model,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
