"""qwen-image-edit-plus (qwen-image-edit-plus) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-qwen-image-edit-plus.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import qwen_image_edit_plus as _model
from ..types import QwenImageEditPlusAspectRatio, QwenImageEditPlusOutputFormat

# spec: models/pruna-qwen-image-edit-plus.yaml
QWEN_IMAGE_EDIT_PLUS = EndpointInfo(
    model_id="qwen-image-edit-plus",
    method="qwen_image_edit_plus",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="image", upload="many"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="go_fast", has_default=True, default=True),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="output_format", has_default=True, default="webp"),
        ParamInfo(wire="output_quality", has_default=True, default=95),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="qwen-image-edit-plus",
)


class Pruna(SyncPredictionsSurface):
    """The qwen-image-edit-plus methods of Pruna."""

    def qwen_image_edit_plus(
        self,
        *,
        image: Sequence[FileInput],
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageEditPlusAspectRatio | NotGiven = NOT_GIVEN,
        output_format: QwenImageEditPlusOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """qwen-image-edit-plus: AI model for content generation. Rate limit: 150 requests per minute.

        Model qwen-image-edit-plus (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image-edit-plus (imagegen_typed/docs/pruna.md, section 'qwen-image-edit-plus (qwen-image-edit-plus)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            image: Images to use as reference. Must be jpeg, png, gif, or webp. Required. A local path, bytes or an open binary file is uploaded first.
            prompt: Text instruction on how to edit the given image. Required.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', 'match_input_image'. Default (applied by the provider when not set): 'match_input_image'.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'webp'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 95.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            QWEN_IMAGE_EDIT_PLUS,
            _model.QwenImageEditPlusRequest,
            {
                "seed": seed,
                "image": image,
                "prompt": prompt,
                "go_fast": go_fast,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The qwen-image-edit-plus methods of AsyncPruna."""

    async def qwen_image_edit_plus(
        self,
        *,
        image: Sequence[FileInput],
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageEditPlusAspectRatio | NotGiven = NOT_GIVEN,
        output_format: QwenImageEditPlusOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """qwen-image-edit-plus: AI model for content generation. Rate limit: 150 requests per minute.

        Model qwen-image-edit-plus (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image-edit-plus (imagegen_typed/docs/pruna.md, section 'qwen-image-edit-plus (qwen-image-edit-plus)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            image: Images to use as reference. Must be jpeg, png, gif, or webp. Required. A local path, bytes or an open binary file is uploaded first.
            prompt: Text instruction on how to edit the given image. Required.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', 'match_input_image'. Default (applied by the provider when not set): 'match_input_image'.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'webp'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 95.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            QWEN_IMAGE_EDIT_PLUS,
            _model.QwenImageEditPlusRequest,
            {
                "seed": seed,
                "image": image,
                "prompt": prompt,
                "go_fast": go_fast,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )
