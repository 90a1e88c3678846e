"""p-image-upscale (p-image-upscale) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-image-upscale.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_image_upscale as _model
from ..types import PImageUpscaleOutputFormat

# spec: models/pruna-p-image-upscale.yaml
P_IMAGE_UPSCALE = EndpointInfo(
    model_id="p-image-upscale",
    method="p_image_upscale",
    params=(
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="target", has_default=True, default=4),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="enhance_details", has_default=True, default=False),
        ParamInfo(wire="enhance_realism", has_default=True, default=False),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=500, per_seconds=60.0),
    title="p-image-upscale",
)


class Pruna(SyncPredictionsSurface):
    """The p-image-upscale methods of Pruna."""

    def p_image_upscale(
        self,
        *,
        image: FileInput,
        target: int | NotGiven = NOT_GIVEN,
        output_format: PImageUpscaleOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        enhance_details: bool | NotGiven = NOT_GIVEN,
        enhance_realism: bool | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-image-upscale: AI model to upscale images to higher resolutions. Rate limit: 500 requests per minute.

        Model p-image-upscale (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-upscale (imagegen_typed/docs/pruna.md, section 'p-image-upscale (p-image-upscale)').

        Args:
            image: Input image to upscale. Required. A local path, bytes or an open binary file is uploaded first.
            target: Target resolution in megapixels (used when upscale_mode is 'target'). Range: 1 to 8. Default (applied by the provider when not set): 4.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            enhance_details: Enhance fine textures and small details. May increase contrast and introduce minor deviations from the original image. Default (applied by the provider when not set): False.
            enhance_realism: Improve realism. May deviate more from the original image. Recommended for AI-generated images. Default (applied by the provider when not set): False.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            P_IMAGE_UPSCALE,
            _model.PImageUpscaleRequest,
            {
                "image": image,
                "target": target,
                "output_format": output_format,
                "output_quality": output_quality,
                "enhance_details": enhance_details,
                "enhance_realism": enhance_realism,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The p-image-upscale methods of AsyncPruna."""

    async def p_image_upscale(
        self,
        *,
        image: FileInput,
        target: int | NotGiven = NOT_GIVEN,
        output_format: PImageUpscaleOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        enhance_details: bool | NotGiven = NOT_GIVEN,
        enhance_realism: bool | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-image-upscale: AI model to upscale images to higher resolutions. Rate limit: 500 requests per minute.

        Model p-image-upscale (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-upscale (imagegen_typed/docs/pruna.md, section 'p-image-upscale (p-image-upscale)').

        Args:
            image: Input image to upscale. Required. A local path, bytes or an open binary file is uploaded first.
            target: Target resolution in megapixels (used when upscale_mode is 'target'). Range: 1 to 8. Default (applied by the provider when not set): 4.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            enhance_details: Enhance fine textures and small details. May increase contrast and introduce minor deviations from the original image. Default (applied by the provider when not set): False.
            enhance_realism: Improve realism. May deviate more from the original image. Recommended for AI-generated images. Default (applied by the provider when not set): False.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            P_IMAGE_UPSCALE,
            _model.PImageUpscaleRequest,
            {
                "image": image,
                "target": target,
                "output_format": output_format,
                "output_quality": output_quality,
                "enhance_details": enhance_details,
                "enhance_realism": enhance_realism,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )
