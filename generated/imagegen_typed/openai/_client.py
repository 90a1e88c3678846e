"""OpenAI Images clients: OpenAIImages (sync) and AsyncOpenAIImages (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Generated from the OpenAI Images specs; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._runtime.client_base import AsyncClient, SyncClient
from .._runtime.options import NOT_GIVEN, FileInput, NotGiven, RequestOptions, Unpack
from .._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from .._runtime.results import GenerationResult
from . import _endpoints as _ep
from . import models as _models  # each model's module loads on first use (models/__init__.py)
from .errors import DEFAULT_ERROR, ERRORS
from .types import (
    DallE2Quality,
    DallE2ResponseFormat,
    DallE2Size,
    DallE3Quality,
    DallE3ResponseFormat,
    DallE3Size,
    DallE3Style,
    GptImage1Background,
    GptImage1EditBackground,
    GptImage1EditInputFidelity,
    GptImage1EditOutputFormat,
    GptImage1EditQuality,
    GptImage1EditSize,
    GptImage1Moderation,
    GptImage1OutputFormat,
    GptImage1Quality,
    GptImage1Size,
)


class OpenAIImages(SyncClient, SyncDirectSurface):
    """Synchronous OpenAI Images client.

    The API key comes from the `api_key` argument or the OPENAI_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_IMAGES

    def dall_e_2(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        quality: DallE2Quality | NotGiven = NOT_GIVEN,
        response_format: DallE2ResponseFormat | NotGiven = NOT_GIVEN,
        size: DallE2Size | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """DALL-E 2: OpenAI's DALL-E 2; generates square images from a text prompt.

        Model dall-e-2.
        Reference: python -m imagegen_typed docs openai dall-e-2 (imagegen_typed/docs/openai.md, section 'DALL-E 2 (dall-e-2)').

        Args:
            prompt: What to draw, in words. Required.
            n: How many images to generate. Range: 1 to 10. Default (applied by the provider when not set): 1.
            quality: The quality of the images; DALL-E 2 has one (standard). Allowed: 'standard', 'auto'. Default (applied by the provider when not set): 'auto'.
            response_format: How the images come back; a url is valid for 60 minutes (the client fetches it during the call). Allowed: 'url', 'b64_json'. Default (applied by the provider when not set): 'url'.
            size: The size of the images. Allowed: '256x256', '512x512', '1024x1024'. Not sent when not set.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            _ep.DALL_E_2,
            _models.DallE2Request,
            {
                "prompt": prompt,
                "n": n,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "user": user,
            },
            **options,
        )

    def dall_e_3(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        quality: DallE3Quality | NotGiven = NOT_GIVEN,
        response_format: DallE3ResponseFormat | NotGiven = NOT_GIVEN,
        size: DallE3Size | NotGiven = NOT_GIVEN,
        style: DallE3Style | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """DALL-E 3: OpenAI's DALL-E 3; generates one image per request from a text prompt, revising the prompt first.

        Model dall-e-3.
        Reference: python -m imagegen_typed docs openai dall-e-3 (imagegen_typed/docs/openai.md, section 'DALL-E 3 (dall-e-3)').

        Args:
            prompt: What to draw, in words. Required.
            n: How many images to generate; DALL-E 3 makes one per request. Range: 1 to 1. Default (applied by the provider when not set): 1.
            quality: The quality of the image; hd gives finer detail. Allowed: 'standard', 'hd', 'auto'. Default (applied by the provider when not set): 'auto'.
            response_format: How the image comes back; a url is valid for 60 minutes (the client fetches it during the call). Allowed: 'url', 'b64_json'. Default (applied by the provider when not set): 'url'.
            size: The size of the image. Allowed: '1024x1024', '1792x1024', '1024x1792'. Not sent when not set.
            style: vivid leans towards dramatic images, natural towards more natural ones. Allowed: 'vivid', 'natural'. Default (applied by the provider when not set): 'vivid'.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            _ep.DALL_E_3,
            _models.DallE3Request,
            {
                "prompt": prompt,
                "n": n,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "style": style,
                "user": user,
            },
            **options,
        )

    def gpt_image_1(
        self,
        *,
        prompt: str,
        background: GptImage1Background | NotGiven = NOT_GIVEN,
        moderation: GptImage1Moderation | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        output_format: GptImage1OutputFormat | NotGiven = NOT_GIVEN,
        quality: GptImage1Quality | NotGiven = NOT_GIVEN,
        size: GptImage1Size | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """GPT Image 1: OpenAI's GPT image model; generates images from a text prompt and answers them in base64.

        Model gpt-image-1.
        Reference: python -m imagegen_typed docs openai gpt-image-1 (imagegen_typed/docs/openai.md, section 'GPT Image 1 (gpt-image-1)').

        Args:
            prompt: What to draw, in words. Required.
            background: The image's background; transparent needs output_format png or webp. Allowed: 'transparent', 'opaque', 'auto'. Default (applied by the provider when not set): 'auto'.
            moderation: How strictly generated images are filtered; low filters less. Allowed: 'low', 'auto'. Default (applied by the provider when not set): 'auto'.
            n: How many images to generate. Range: 1 to 10. Default (applied by the provider when not set): 1.
            output_compression: Compression level in percent, for output_format jpeg or webp. Range: 0 to 100. Default (applied by the provider when not set): 100.
            output_format: The format of the images returned. Allowed: 'png', 'jpeg', 'webp'. Default (applied by the provider when not set): 'png'.
            quality: The quality of the images; auto lets the model choose. Allowed: 'low', 'medium', 'high', 'auto'. Default (applied by the provider when not set): 'auto'.
            size: The size of the images; 1536x1024 is landscape, 1024x1536 portrait. Allowed: '1024x1024', '1536x1024', '1024x1536', 'auto'. Default (applied by the provider when not set): 'auto'.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            _ep.GPT_IMAGE_1,
            _models.GptImage1Request,
            {
                "prompt": prompt,
                "background": background,
                "moderation": moderation,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "quality": quality,
                "size": size,
                "user": user,
            },
            **options,
        )

    def gpt_image_1_edit(
        self,
        *,
        image: Sequence[FileInput],
        prompt: str,
        mask: FileInput | NotGiven = NOT_GIVEN,
        background: GptImage1EditBackground | NotGiven = NOT_GIVEN,
        input_fidelity: GptImage1EditInputFidelity | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        output_format: GptImage1EditOutputFormat | NotGiven = NOT_GIVEN,
        quality: GptImage1EditQuality | NotGiven = NOT_GIVEN,
        size: GptImage1EditSize | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """GPT Image 1 (edit): Edits or extends one or more images with gpt-image-1, following a text prompt; an optional mask marks the area to change.

        Model gpt-image-1-edit.
        Reference: python -m imagegen_typed docs openai gpt-image-1-edit (imagegen_typed/docs/openai.md, section 'GPT Image 1 (edit) (gpt-image-1-edit)').

        Args:
            image: The images to edit (png, webp or jpg, each under 50 MB); a path, bytes or an open binary file each. Items: 0 to 16. Required. A local path, bytes or an open binary file each.
            prompt: What to change, in words. Required.
            mask: A png as large as the first image whose fully transparent areas mark where to edit. Not sent when not set. A local path, bytes or an open binary file.
            background: The image's background; transparent needs output_format png or webp. Allowed: 'transparent', 'opaque', 'auto'. Default (applied by the provider when not set): 'auto'.
            input_fidelity: How closely the output keeps the style and features (faces) of the input images. Allowed: 'high', 'low'. Not sent when not set.
            n: How many images to generate. Range: 1 to 10. Default (applied by the provider when not set): 1.
            output_compression: Compression level in percent, for output_format jpeg or webp. Range: 0 to 100. Default (applied by the provider when not set): 100.
            output_format: The format of the images returned. Allowed: 'png', 'jpeg', 'webp'. Default (applied by the provider when not set): 'png'.
            quality: The quality of the images; auto lets the model choose. Allowed: 'low', 'medium', 'high', 'auto'. Default (applied by the provider when not set): 'auto'.
            size: The size of the images; 1536x1024 is landscape, 1024x1536 portrait. Allowed: '1024x1024', '1536x1024', '1024x1536', 'auto'. Default (applied by the provider when not set): '1024x1024'.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            _ep.GPT_IMAGE_1_EDIT,
            _models.GptImage1EditRequest,
            {
                "image": image,
                "prompt": prompt,
                "mask": mask,
                "background": background,
                "input_fidelity": input_fidelity,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "quality": quality,
                "size": size,
                "user": user,
            },
            **options,
        )


class AsyncOpenAIImages(AsyncClient, AsyncDirectSurface):
    """Asynchronous OpenAI Images client.

    The API key comes from the `api_key` argument or the OPENAI_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_IMAGES

    async def dall_e_2(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        quality: DallE2Quality | NotGiven = NOT_GIVEN,
        response_format: DallE2ResponseFormat | NotGiven = NOT_GIVEN,
        size: DallE2Size | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """DALL-E 2: OpenAI's DALL-E 2; generates square images from a text prompt.

        Model dall-e-2.
        Reference: python -m imagegen_typed docs openai dall-e-2 (imagegen_typed/docs/openai.md, section 'DALL-E 2 (dall-e-2)').

        Args:
            prompt: What to draw, in words. Required.
            n: How many images to generate. Range: 1 to 10. Default (applied by the provider when not set): 1.
            quality: The quality of the images; DALL-E 2 has one (standard). Allowed: 'standard', 'auto'. Default (applied by the provider when not set): 'auto'.
            response_format: How the images come back; a url is valid for 60 minutes (the client fetches it during the call). Allowed: 'url', 'b64_json'. Default (applied by the provider when not set): 'url'.
            size: The size of the images. Allowed: '256x256', '512x512', '1024x1024'. Not sent when not set.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            _ep.DALL_E_2,
            _models.DallE2Request,
            {
                "prompt": prompt,
                "n": n,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "user": user,
            },
            **options,
        )

    async def dall_e_3(
        self,
        *,
        prompt: str,
        n: int | NotGiven = NOT_GIVEN,
        quality: DallE3Quality | NotGiven = NOT_GIVEN,
        response_format: DallE3ResponseFormat | NotGiven = NOT_GIVEN,
        size: DallE3Size | NotGiven = NOT_GIVEN,
        style: DallE3Style | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """DALL-E 3: OpenAI's DALL-E 3; generates one image per request from a text prompt, revising the prompt first.

        Model dall-e-3.
        Reference: python -m imagegen_typed docs openai dall-e-3 (imagegen_typed/docs/openai.md, section 'DALL-E 3 (dall-e-3)').

        Args:
            prompt: What to draw, in words. Required.
            n: How many images to generate; DALL-E 3 makes one per request. Range: 1 to 1. Default (applied by the provider when not set): 1.
            quality: The quality of the image; hd gives finer detail. Allowed: 'standard', 'hd', 'auto'. Default (applied by the provider when not set): 'auto'.
            response_format: How the image comes back; a url is valid for 60 minutes (the client fetches it during the call). Allowed: 'url', 'b64_json'. Default (applied by the provider when not set): 'url'.
            size: The size of the image. Allowed: '1024x1024', '1792x1024', '1024x1792'. Not sent when not set.
            style: vivid leans towards dramatic images, natural towards more natural ones. Allowed: 'vivid', 'natural'. Default (applied by the provider when not set): 'vivid'.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            _ep.DALL_E_3,
            _models.DallE3Request,
            {
                "prompt": prompt,
                "n": n,
                "quality": quality,
                "response_format": response_format,
                "size": size,
                "style": style,
                "user": user,
            },
            **options,
        )

    async def gpt_image_1(
        self,
        *,
        prompt: str,
        background: GptImage1Background | NotGiven = NOT_GIVEN,
        moderation: GptImage1Moderation | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        output_format: GptImage1OutputFormat | NotGiven = NOT_GIVEN,
        quality: GptImage1Quality | NotGiven = NOT_GIVEN,
        size: GptImage1Size | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """GPT Image 1: OpenAI's GPT image model; generates images from a text prompt and answers them in base64.

        Model gpt-image-1.
        Reference: python -m imagegen_typed docs openai gpt-image-1 (imagegen_typed/docs/openai.md, section 'GPT Image 1 (gpt-image-1)').

        Args:
            prompt: What to draw, in words. Required.
            background: The image's background; transparent needs output_format png or webp. Allowed: 'transparent', 'opaque', 'auto'. Default (applied by the provider when not set): 'auto'.
            moderation: How strictly generated images are filtered; low filters less. Allowed: 'low', 'auto'. Default (applied by the provider when not set): 'auto'.
            n: How many images to generate. Range: 1 to 10. Default (applied by the provider when not set): 1.
            output_compression: Compression level in percent, for output_format jpeg or webp. Range: 0 to 100. Default (applied by the provider when not set): 100.
            output_format: The format of the images returned. Allowed: 'png', 'jpeg', 'webp'. Default (applied by the provider when not set): 'png'.
            quality: The quality of the images; auto lets the model choose. Allowed: 'low', 'medium', 'high', 'auto'. Default (applied by the provider when not set): 'auto'.
            size: The size of the images; 1536x1024 is landscape, 1024x1536 portrait. Allowed: '1024x1024', '1536x1024', '1024x1536', 'auto'. Default (applied by the provider when not set): 'auto'.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            _ep.GPT_IMAGE_1,
            _models.GptImage1Request,
            {
                "prompt": prompt,
                "background": background,
                "moderation": moderation,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "quality": quality,
                "size": size,
                "user": user,
            },
            **options,
        )

    async def gpt_image_1_edit(
        self,
        *,
        image: Sequence[FileInput],
        prompt: str,
        mask: FileInput | NotGiven = NOT_GIVEN,
        background: GptImage1EditBackground | NotGiven = NOT_GIVEN,
        input_fidelity: GptImage1EditInputFidelity | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        output_compression: int | NotGiven = NOT_GIVEN,
        output_format: GptImage1EditOutputFormat | NotGiven = NOT_GIVEN,
        quality: GptImage1EditQuality | NotGiven = NOT_GIVEN,
        size: GptImage1EditSize | NotGiven = NOT_GIVEN,
        user: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """GPT Image 1 (edit): Edits or extends one or more images with gpt-image-1, following a text prompt; an optional mask marks the area to change.

        Model gpt-image-1-edit.
        Reference: python -m imagegen_typed docs openai gpt-image-1-edit (imagegen_typed/docs/openai.md, section 'GPT Image 1 (edit) (gpt-image-1-edit)').

        Args:
            image: The images to edit (png, webp or jpg, each under 50 MB); a path, bytes or an open binary file each. Items: 0 to 16. Required. A local path, bytes or an open binary file each.
            prompt: What to change, in words. Required.
            mask: A png as large as the first image whose fully transparent areas mark where to edit. Not sent when not set. A local path, bytes or an open binary file.
            background: The image's background; transparent needs output_format png or webp. Allowed: 'transparent', 'opaque', 'auto'. Default (applied by the provider when not set): 'auto'.
            input_fidelity: How closely the output keeps the style and features (faces) of the input images. Allowed: 'high', 'low'. Not sent when not set.
            n: How many images to generate. Range: 1 to 10. Default (applied by the provider when not set): 1.
            output_compression: Compression level in percent, for output_format jpeg or webp. Range: 0 to 100. Default (applied by the provider when not set): 100.
            output_format: The format of the images returned. Allowed: 'png', 'jpeg', 'webp'. Default (applied by the provider when not set): 'png'.
            quality: The quality of the images; auto lets the model choose. Allowed: 'low', 'medium', 'high', 'auto'. Default (applied by the provider when not set): 'auto'.
            size: The size of the images; 1536x1024 is landscape, 1024x1536 portrait. Allowed: '1024x1024', '1536x1024', '1024x1536', 'auto'. Default (applied by the provider when not set): '1024x1024'.
            user: An identifier of the end user, which helps OpenAI detect abuse. Not sent when not set.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            _ep.GPT_IMAGE_1_EDIT,
            _models.GptImage1EditRequest,
            {
                "image": image,
                "prompt": prompt,
                "mask": mask,
                "background": background,
                "input_fidelity": input_fidelity,
                "n": n,
                "output_compression": output_compression,
                "output_format": output_format,
                "quality": quality,
                "size": size,
                "user": user,
            },
            **options,
        )
