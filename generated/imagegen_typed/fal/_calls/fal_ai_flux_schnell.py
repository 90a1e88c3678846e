"""FLUX.1 [schnell] (fal-ai/flux/schnell) on the fal clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/fal-fal-ai-flux-schnell.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from ..models import fal_ai_flux_schnell as _model
from ..types import FalAiFluxSchnellAcceleration, FalAiFluxSchnellImageSize, FalAiFluxSchnellOutputFormat

# spec: models/fal-fal-ai-flux-schnell.yaml
FAL_AI_FLUX_SCHNELL = EndpointInfo(
    model_id="fal-ai/flux/schnell",
    method="flux_schnell",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="image_size"),
        ParamInfo(wire="num_inference_steps", has_default=True, default=4),
        ParamInfo(wire="seed"),
        ParamInfo(wire="guidance_scale", has_default=True, default=3.5),
        ParamInfo(wire="sync_mode", has_default=True, default=False),
        ParamInfo(wire="num_images", has_default=True, default=1),
        ParamInfo(wire="enable_safety_checker", has_default=True, default=True),
        ParamInfo(wire="output_format"),
        ParamInfo(wire="acceleration"),
    ),
    title="FLUX.1 [schnell]",
)


class Fal(SyncPredictionsSurface):
    """The fal-ai/flux/schnell methods of Fal."""

    def flux_schnell(
        self,
        *,
        prompt: str,
        image_size: FalAiFluxSchnellImageSize | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        sync_mode: bool | NotGiven = NOT_GIVEN,
        num_images: int | NotGiven = NOT_GIVEN,
        enable_safety_checker: bool | NotGiven = NOT_GIVEN,
        output_format: FalAiFluxSchnellOutputFormat | NotGiven = NOT_GIVEN,
        acceleration: FalAiFluxSchnellAcceleration | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """FLUX.1 [schnell]: FLUX.1 [schnell] on fal: a 12-billion-parameter text-to-image model that generates in 1 to 4 steps.

        Model fal-ai/flux/schnell.
        Reference: python -m imagegen_typed docs fal fal-ai/flux/schnell (imagegen_typed/docs/fal.md, section 'FLUX.1 [schnell] (fal-ai/flux/schnell)').

        Args:
            prompt: The prompt to generate an image from. Required.
            image_size: Image Size. Allowed: 'square_hd', 'square', 'portrait_4_3', 'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. Not sent when not set.
            num_inference_steps: Num Inference Steps. Range: 1 to 12. Default (applied by the provider when not set): 4.
            seed: Seed. Not sent when not set.
            guidance_scale: Guidance scale (CFG). Range: 1 to 20. Default (applied by the provider when not set): 3.5.
            sync_mode: Sync Mode. Default (applied by the provider when not set): False.
            num_images: Num Images. Range: 1 to 4. Default (applied by the provider when not set): 1.
            enable_safety_checker: Enable Safety Checker. Default (applied by the provider when not set): True.
            output_format: Output Format. Allowed: 'jpeg', 'png'. Not sent when not set.
            acceleration: Acceleration. Allowed: 'none', 'regular', 'high'. Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            FAL_AI_FLUX_SCHNELL,
            _model.FalAiFluxSchnellRequest,
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            },
            **options,
        )

    def submit_flux_schnell(
        self,
        *,
        prompt: str,
        image_size: FalAiFluxSchnellImageSize | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        sync_mode: bool | NotGiven = NOT_GIVEN,
        num_images: int | NotGiven = NOT_GIVEN,
        enable_safety_checker: bool | NotGiven = NOT_GIVEN,
        output_format: FalAiFluxSchnellOutputFormat | NotGiven = NOT_GIVEN,
        acceleration: FalAiFluxSchnellAcceleration | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit fal-ai/flux/schnell with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model fal-ai/flux/schnell.
        Reference: python -m imagegen_typed docs fal fal-ai/flux/schnell (imagegen_typed/docs/fal.md, section 'FLUX.1 [schnell] (fal-ai/flux/schnell)').

        Args:
            prompt: The prompt to generate an image from. Required.
            image_size: Image Size. Allowed: 'square_hd', 'square', 'portrait_4_3', 'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. Not sent when not set.
            num_inference_steps: Num Inference Steps. Range: 1 to 12. Default (applied by the provider when not set): 4.
            seed: Seed. Not sent when not set.
            guidance_scale: Guidance scale (CFG). Range: 1 to 20. Default (applied by the provider when not set): 3.5.
            sync_mode: Sync Mode. Default (applied by the provider when not set): False.
            num_images: Num Images. Range: 1 to 4. Default (applied by the provider when not set): 1.
            enable_safety_checker: Enable Safety Checker. Default (applied by the provider when not set): True.
            output_format: Output Format. Allowed: 'jpeg', 'png'. Not sent when not set.
            acceleration: Acceleration. Allowed: 'none', 'regular', 'high'. Not sent when not set.
            webhook: Where the provider sends the result: Webhook(url).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return self._submit(
            FAL_AI_FLUX_SCHNELL,
            _model.FalAiFluxSchnellRequest,
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            },
            webhook,
            **options,
        )


class AsyncFal(AsyncPredictionsSurface):
    """The fal-ai/flux/schnell methods of AsyncFal."""

    async def flux_schnell(
        self,
        *,
        prompt: str,
        image_size: FalAiFluxSchnellImageSize | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        sync_mode: bool | NotGiven = NOT_GIVEN,
        num_images: int | NotGiven = NOT_GIVEN,
        enable_safety_checker: bool | NotGiven = NOT_GIVEN,
        output_format: FalAiFluxSchnellOutputFormat | NotGiven = NOT_GIVEN,
        acceleration: FalAiFluxSchnellAcceleration | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """FLUX.1 [schnell]: FLUX.1 [schnell] on fal: a 12-billion-parameter text-to-image model that generates in 1 to 4 steps.

        Model fal-ai/flux/schnell.
        Reference: python -m imagegen_typed docs fal fal-ai/flux/schnell (imagegen_typed/docs/fal.md, section 'FLUX.1 [schnell] (fal-ai/flux/schnell)').

        Args:
            prompt: The prompt to generate an image from. Required.
            image_size: Image Size. Allowed: 'square_hd', 'square', 'portrait_4_3', 'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. Not sent when not set.
            num_inference_steps: Num Inference Steps. Range: 1 to 12. Default (applied by the provider when not set): 4.
            seed: Seed. Not sent when not set.
            guidance_scale: Guidance scale (CFG). Range: 1 to 20. Default (applied by the provider when not set): 3.5.
            sync_mode: Sync Mode. Default (applied by the provider when not set): False.
            num_images: Num Images. Range: 1 to 4. Default (applied by the provider when not set): 1.
            enable_safety_checker: Enable Safety Checker. Default (applied by the provider when not set): True.
            output_format: Output Format. Allowed: 'jpeg', 'png'. Not sent when not set.
            acceleration: Acceleration. Allowed: 'none', 'regular', 'high'. Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            FAL_AI_FLUX_SCHNELL,
            _model.FalAiFluxSchnellRequest,
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            },
            **options,
        )

    async def submit_flux_schnell(
        self,
        *,
        prompt: str,
        image_size: FalAiFluxSchnellImageSize | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        sync_mode: bool | NotGiven = NOT_GIVEN,
        num_images: int | NotGiven = NOT_GIVEN,
        enable_safety_checker: bool | NotGiven = NOT_GIVEN,
        output_format: FalAiFluxSchnellOutputFormat | NotGiven = NOT_GIVEN,
        acceleration: FalAiFluxSchnellAcceleration | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit fal-ai/flux/schnell with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model fal-ai/flux/schnell.
        Reference: python -m imagegen_typed docs fal fal-ai/flux/schnell (imagegen_typed/docs/fal.md, section 'FLUX.1 [schnell] (fal-ai/flux/schnell)').

        Args:
            prompt: The prompt to generate an image from. Required.
            image_size: Image Size. Allowed: 'square_hd', 'square', 'portrait_4_3', 'portrait_16_9', 'landscape_4_3', 'landscape_16_9'. Not sent when not set.
            num_inference_steps: Num Inference Steps. Range: 1 to 12. Default (applied by the provider when not set): 4.
            seed: Seed. Not sent when not set.
            guidance_scale: Guidance scale (CFG). Range: 1 to 20. Default (applied by the provider when not set): 3.5.
            sync_mode: Sync Mode. Default (applied by the provider when not set): False.
            num_images: Num Images. Range: 1 to 4. Default (applied by the provider when not set): 1.
            enable_safety_checker: Enable Safety Checker. Default (applied by the provider when not set): True.
            output_format: Output Format. Allowed: 'jpeg', 'png'. Not sent when not set.
            acceleration: Acceleration. Allowed: 'none', 'regular', 'high'. Not sent when not set.
            webhook: Where the provider sends the result: Webhook(url).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return await self._submit(
            FAL_AI_FLUX_SCHNELL,
            _model.FalAiFluxSchnellRequest,
            {
                "prompt": prompt,
                "image_size": image_size,
                "num_inference_steps": num_inference_steps,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "enable_safety_checker": enable_safety_checker,
                "output_format": output_format,
                "acceleration": acceleration,
            },
            webhook,
            **options,
        )
