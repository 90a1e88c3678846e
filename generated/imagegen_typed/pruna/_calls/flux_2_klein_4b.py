"""flux-2-klein-4b (flux-2-klein-4b) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-flux-2-klein-4b.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import flux_2_klein_4b as _model
from ..types import Flux2Klein4bAspectRatio, Flux2Klein4bOutputFormat, Flux2Klein4bOutputMegapixels

# spec: models/pruna-flux-2-klein-4b.yaml
FLUX_2_KLEIN_4B = EndpointInfo(
    model_id="flux-2-klein-4b",
    method="flux_2_klein_4b",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="images", upload="many", has_default=True, default=[]),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="go_fast", has_default=True, default=False),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=95),
        ParamInfo(wire="output_megapixels", has_default=True, default="1"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="flux-2-klein-4b",
)


class Pruna(SyncPredictionsSurface):
    """The flux-2-klein-4b methods of Pruna."""

    def flux_2_klein_4b(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: Flux2Klein4bAspectRatio | NotGiven = NOT_GIVEN,
        output_format: Flux2Klein4bOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        output_megapixels: Flux2Klein4bOutputMegapixels | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """flux-2-klein-4b: AI model for content generation. Rate limit: 150 requests per minute.

        Model flux-2-klein-4b (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-2-klein-4b (imagegen_typed/docs/pruna.md, section 'flux-2-klein-4b (flux-2-klein-4b)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            images: List of input images for image-to-image generation. Maximum 5 images. Must be jpeg, png, gif, or webp. Default (applied by the provider when not set): []. A local path, bytes or an open binary file is uploaded first.
            prompt: Text prompt for image generation. Required.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): False.
            aspect_ratio: Aspect ratio for the generated image. Use 'match_input_image' to match the aspect ratio of the first input image. Allowed: '1:1', '16:9', '9:16', '3:2', '2:3', '4:3', '3:4', '5:4', '4:5', '21:9', '9:21', 'match_input_image'. Default (applied by the provider when not set): '1:1'.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 95.
            output_megapixels: Resolution of the output image in megapixels. Allowed: '0.25', '0.5', '1', '2', '4'. Default (applied by the provider when not set): '1'.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            FLUX_2_KLEIN_4B,
            _model.Flux2Klein4bRequest,
            {
                "seed": seed,
                "images": images,
                "prompt": prompt,
                "go_fast": go_fast,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_megapixels": output_megapixels,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The flux-2-klein-4b methods of AsyncPruna."""

    async def flux_2_klein_4b(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: Flux2Klein4bAspectRatio | NotGiven = NOT_GIVEN,
        output_format: Flux2Klein4bOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        output_megapixels: Flux2Klein4bOutputMegapixels | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """flux-2-klein-4b: AI model for content generation. Rate limit: 150 requests per minute.

        Model flux-2-klein-4b (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-2-klein-4b (imagegen_typed/docs/pruna.md, section 'flux-2-klein-4b (flux-2-klein-4b)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            images: List of input images for image-to-image generation. Maximum 5 images. Must be jpeg, png, gif, or webp. Default (applied by the provider when not set): []. A local path, bytes or an open binary file is uploaded first.
            prompt: Text prompt for image generation. Required.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): False.
            aspect_ratio: Aspect ratio for the generated image. Use 'match_input_image' to match the aspect ratio of the first input image. Allowed: '1:1', '16:9', '9:16', '3:2', '2:3', '4:3', '3:4', '5:4', '4:5', '21:9', '9:21', 'match_input_image'. Default (applied by the provider when not set): '1:1'.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 95.
            output_megapixels: Resolution of the output image in megapixels. Allowed: '0.25', '0.5', '1', '2', '4'. Default (applied by the provider when not set): '1'.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            FLUX_2_KLEIN_4B,
            _model.Flux2Klein4bRequest,
            {
                "seed": seed,
                "images": images,
                "prompt": prompt,
                "go_fast": go_fast,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_megapixels": output_megapixels,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )
