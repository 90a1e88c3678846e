"""FLUX.1 [dev] (flux-dev) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-flux-dev.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import flux_dev as _model
from ..types import FluxDevAspectRatio, FluxDevOutputFormat, FluxDevSpeedMode

# spec: models/pruna-flux-dev.yaml
FLUX_DEV = EndpointInfo(
    model_id="flux-dev",
    method="flux_dev",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="speed_mode", has_default=True, default="Extra Juiced 🔥 (more speed)"),
        ParamInfo(wire="num_inference_steps", has_default=True, default=28),
        ParamInfo(wire="guidance", has_default=True, default=3.5),
        ParamInfo(wire="seed", has_default=True, default=-1),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="image_size", has_default=True, default=1024),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=80),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="FLUX.1 [dev]",
)


class Pruna(SyncPredictionsSurface):
    """The flux-dev methods of Pruna."""

    def flux_dev(
        self,
        *,
        prompt: str,
        speed_mode: FluxDevSpeedMode | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: FluxDevAspectRatio | NotGiven = NOT_GIVEN,
        image_size: int | NotGiven = NOT_GIVEN,
        output_format: FluxDevOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """FLUX.1 [dev]: Text-to-image generation with the Flux.1-dev base model on Pruna's P-API.

        Model flux-dev (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-dev (imagegen_typed/docs/pruna.md, section 'FLUX.1 [dev] (flux-dev)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            speed_mode: Speed optimization level, one of four labelled values. Allowed: 'Lightly Juiced 🍊 (more consistent)', 'Juiced 🔥 (default)', 'Extra Juiced 🔥 (more speed)', 'Blink of an eye 👁️'. Default (applied by the provider when not set): 'Extra Juiced 🔥 (more speed)'.
            num_inference_steps: Number of inference steps. Default (applied by the provider when not set): 28.
            guidance: Guidance scale; higher values follow the prompt more closely. Default (applied by the provider when not set): 3.5.
            seed: Random seed for reproducible generation; -1 for random. Default (applied by the provider when not set): -1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            image_size: Base image size in pixels (longest side). Default (applied by the provider when not set): 1024.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Range: 1 to 100. Default (applied by the provider when not set): 80.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            FLUX_DEV,
            _model.FluxDevRequest,
            {
                "prompt": prompt,
                "speed_mode": speed_mode,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "output_format": output_format,
                "output_quality": output_quality,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The flux-dev methods of AsyncPruna."""

    async def flux_dev(
        self,
        *,
        prompt: str,
        speed_mode: FluxDevSpeedMode | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: FluxDevAspectRatio | NotGiven = NOT_GIVEN,
        image_size: int | NotGiven = NOT_GIVEN,
        output_format: FluxDevOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """FLUX.1 [dev]: Text-to-image generation with the Flux.1-dev base model on Pruna's P-API.

        Model flux-dev (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-dev (imagegen_typed/docs/pruna.md, section 'FLUX.1 [dev] (flux-dev)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            speed_mode: Speed optimization level, one of four labelled values. Allowed: 'Lightly Juiced 🍊 (more consistent)', 'Juiced 🔥 (default)', 'Extra Juiced 🔥 (more speed)', 'Blink of an eye 👁️'. Default (applied by the provider when not set): 'Extra Juiced 🔥 (more speed)'.
            num_inference_steps: Number of inference steps. Default (applied by the provider when not set): 28.
            guidance: Guidance scale; higher values follow the prompt more closely. Default (applied by the provider when not set): 3.5.
            seed: Random seed for reproducible generation; -1 for random. Default (applied by the provider when not set): -1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            image_size: Base image size in pixels (longest side). Default (applied by the provider when not set): 1024.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Range: 1 to 100. Default (applied by the provider when not set): 80.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            FLUX_DEV,
            _model.FluxDevRequest,
            {
                "prompt": prompt,
                "speed_mode": speed_mode,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "output_format": output_format,
                "output_quality": output_quality,
            },
            **options,
        )
