"""GPT Image 1 (edit) (gpt-image-1-edit) on the OpenAI Images clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/openai-gpt-image-1-edit.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, RequestOptions, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.results import GenerationResult
from ..models import gpt_image_1_edit as _model
from ..types import (
    GptImage1EditBackground,
    GptImage1EditInputFidelity,
    GptImage1EditOutputFormat,
    GptImage1EditQuality,
    GptImage1EditSize,
)

# spec: models/openai-gpt-image-1-edit.yaml
GPT_IMAGE_1_EDIT = EndpointInfo(
    model_id="gpt-image-1-edit",
    method="gpt_image_1_edit",
    params=(
        ParamInfo(wire="image", file="many"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="mask", file="one"),
        ParamInfo(wire="background", has_default=True, default="auto"),
        ParamInfo(wire="input_fidelity"),
        ParamInfo(wire="n", has_default=True, default=1),
        ParamInfo(wire="output_compression", has_default=True, default=100),
        ParamInfo(wire="output_format", has_default=True, default="png"),
        ParamInfo(wire="quality", has_default=True, default="auto"),
        ParamInfo(wire="size", has_default=True, default="1024x1024"),
        ParamInfo(wire="user"),
    ),
    path="/v1/images/edits",
    wire_id="gpt-image-1",
    request_body="multipart",
    title="GPT Image 1 (edit)",
)


class OpenAIImages(SyncDirectSurface):
    """The gpt-image-1-edit methods of OpenAIImages."""

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
            GPT_IMAGE_1_EDIT,
            _model.GptImage1EditRequest,
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


class AsyncOpenAIImages(AsyncDirectSurface):
    """The gpt-image-1-edit methods of AsyncOpenAIImages."""

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
            GPT_IMAGE_1_EDIT,
            _model.GptImage1EditRequest,
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
