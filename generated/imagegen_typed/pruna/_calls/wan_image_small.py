"""Wan Image Small (wan-image-small) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-wan-image-small.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import Condition, EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import wan_image_small as _model
from ..types import WanImageSmallAspectRatio, WanImageSmallOutputFormat

# spec: models/pruna-wan-image-small.yaml
WAN_IMAGE_SMALL = EndpointInfo(
    model_id="wan-image-small",
    method="wan_image_small",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="width", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="height", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="juiced", has_default=True, default=False),
        ParamInfo(wire="seed"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="num_outputs", has_default=True, default=1),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="Wan Image Small",
)


class Pruna(SyncPredictionsSurface):
    """The wan-image-small methods of Pruna."""

    def wan_image_small(
        self,
        *,
        prompt: str,
        aspect_ratio: WanImageSmallAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        juiced: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_format: WanImageSmallOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_outputs: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Wan Image Small: Fast text-to-image model on Pruna's P-API, one of the fast models Pruna lists as suited to synchronous mode.

        Model wan-image-small (150 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-image-small (imagegen_typed/docs/pruna.md, section 'Wan Image Small (wan-image-small)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: 'custom', '1:1', '16:9', '9:16', '4:3', '3:4', '21:9'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 900. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 900. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            juiced: Faster inference with additional optimizations. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation. Not sent when not set.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Range: 1 to 100. Default (applied by the provider when not set): 80.
            num_outputs: Number of outputs to generate. Range: 1 to 4. Default (applied by the provider when not set): 1.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            WAN_IMAGE_SMALL,
            _model.WanImageSmallRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "juiced": juiced,
                "seed": seed,
                "output_format": output_format,
                "output_quality": output_quality,
                "num_outputs": num_outputs,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The wan-image-small methods of AsyncPruna."""

    async def wan_image_small(
        self,
        *,
        prompt: str,
        aspect_ratio: WanImageSmallAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        juiced: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_format: WanImageSmallOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_outputs: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Wan Image Small: Fast text-to-image model on Pruna's P-API, one of the fast models Pruna lists as suited to synchronous mode.

        Model wan-image-small (150 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-image-small (imagegen_typed/docs/pruna.md, section 'Wan Image Small (wan-image-small)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: 'custom', '1:1', '16:9', '9:16', '4:3', '3:4', '21:9'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 900. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 900. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            juiced: Faster inference with additional optimizations. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation. Not sent when not set.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Range: 1 to 100. Default (applied by the provider when not set): 80.
            num_outputs: Number of outputs to generate. Range: 1 to 4. Default (applied by the provider when not set): 1.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            WAN_IMAGE_SMALL,
            _model.WanImageSmallRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "juiced": juiced,
                "seed": seed,
                "output_format": output_format,
                "output_quality": output_quality,
                "num_outputs": num_outputs,
            },
            **options,
        )
