"""GPT Image 1 (gpt-image-1) on the OpenAI Images clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/openai-gpt-image-1.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, RequestOptions, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.results import GenerationResult
from ..models import gpt_image_1 as _model
from ..types import GptImage1Background, GptImage1Moderation, GptImage1OutputFormat, GptImage1Quality, GptImage1Size

# spec: models/openai-gpt-image-1.yaml
GPT_IMAGE_1 = EndpointInfo(
    model_id="gpt-image-1",
    method="gpt_image_1",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="background", has_default=True, default="auto"),
        ParamInfo(wire="moderation", has_default=True, default="auto"),
        ParamInfo(wire="n", has_default=True, default=1),
        ParamInfo(wire="output_compression", has_default=True, default=100),
        ParamInfo(wire="output_format", has_default=True, default="png"),
        ParamInfo(wire="quality", has_default=True, default="auto"),
        ParamInfo(wire="size", has_default=True, default="auto"),
        ParamInfo(wire="user"),
    ),
    title="GPT Image 1",
)


class OpenAIImages(SyncDirectSurface):
    """The gpt-image-1 methods of OpenAIImages."""

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
            GPT_IMAGE_1,
            _model.GptImage1Request,
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


class AsyncOpenAIImages(AsyncDirectSurface):
    """The gpt-image-1 methods of AsyncOpenAIImages."""

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
            GPT_IMAGE_1,
            _model.GptImage1Request,
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
