"""FLUX.1 Kontext [pro] (fal) (fal-ai/flux-pro/kontext) on the fal clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/fal-fal-ai-flux-pro-kontext.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from ..models import fal_ai_flux_pro_kontext as _model
from ..types import FalAiFluxProKontextAspectRatio, FalAiFluxProKontextOutputFormat, FalAiFluxProKontextSafetyTolerance

# spec: models/fal-fal-ai-flux-pro-kontext.yaml
FAL_AI_FLUX_PRO_KONTEXT = EndpointInfo(
    model_id="fal-ai/flux-pro/kontext",
    method="flux_pro_kontext",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="image_url"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="guidance_scale", has_default=True, default=3.5),
        ParamInfo(wire="sync_mode", has_default=True, default=False),
        ParamInfo(wire="num_images", has_default=True, default=1),
        ParamInfo(wire="output_format"),
        ParamInfo(wire="safety_tolerance"),
        ParamInfo(wire="enhance_prompt", has_default=True, default=False),
        ParamInfo(wire="aspect_ratio"),
    ),
    title="FLUX.1 Kontext [pro] (fal)",
)


class Fal(SyncPredictionsSurface):
    """The fal-ai/flux-pro/kontext methods of Fal."""

    def flux_pro_kontext(
        self,
        *,
        prompt: str,
        image_url: str,
        seed: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        sync_mode: bool | NotGiven = NOT_GIVEN,
        num_images: int | NotGiven = NOT_GIVEN,
        output_format: FalAiFluxProKontextOutputFormat | NotGiven = NOT_GIVEN,
        safety_tolerance: FalAiFluxProKontextSafetyTolerance | NotGiven = NOT_GIVEN,
        enhance_prompt: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: FalAiFluxProKontextAspectRatio | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """FLUX.1 Kontext [pro] (fal): FLUX.1 Kontext [pro] on fal: edits the image at image_url as the prompt says.

        Model fal-ai/flux-pro/kontext.
        Reference: python -m imagegen_typed docs fal fal-ai/flux-pro/kontext (imagegen_typed/docs/fal.md, section 'FLUX.1 Kontext [pro] (fal) (fal-ai/flux-pro/kontext)').

        Args:
            prompt: The prompt to generate an image from. Required.
            image_url: Image URL. Required.
            seed: Seed. Not sent when not set.
            guidance_scale: Guidance scale (CFG). Range: 1 to 20. Default (applied by the provider when not set): 3.5.
            sync_mode: Sync Mode. Default (applied by the provider when not set): False.
            num_images: Num Images. Range: 1 to 4. Default (applied by the provider when not set): 1.
            output_format: Output Format. Allowed: 'jpeg', 'png'. Not sent when not set.
            safety_tolerance: Safety Tolerance. Allowed: '1', '2', '3', '4', '5', '6'. Not sent when not set.
            enhance_prompt: Enhance Prompt. Default (applied by the provider when not set): False.
            aspect_ratio: Aspect Ratio. Allowed: '21:9', '16:9', '4:3', '3:2', '1:1', '2:3', '3:4', '9:16', '9:21'. Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            FAL_AI_FLUX_PRO_KONTEXT,
            _model.FalAiFluxProKontextRequest,
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
            },
            **options,
        )

    def submit_flux_pro_kontext(
        self,
        *,
        prompt: str,
        image_url: str,
        seed: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        sync_mode: bool | NotGiven = NOT_GIVEN,
        num_images: int | NotGiven = NOT_GIVEN,
        output_format: FalAiFluxProKontextOutputFormat | NotGiven = NOT_GIVEN,
        safety_tolerance: FalAiFluxProKontextSafetyTolerance | NotGiven = NOT_GIVEN,
        enhance_prompt: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: FalAiFluxProKontextAspectRatio | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit fal-ai/flux-pro/kontext with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model fal-ai/flux-pro/kontext.
        Reference: python -m imagegen_typed docs fal fal-ai/flux-pro/kontext (imagegen_typed/docs/fal.md, section 'FLUX.1 Kontext [pro] (fal) (fal-ai/flux-pro/kontext)').

        Args:
            prompt: The prompt to generate an image from. Required.
            image_url: Image URL. Required.
            seed: Seed. Not sent when not set.
            guidance_scale: Guidance scale (CFG). Range: 1 to 20. Default (applied by the provider when not set): 3.5.
            sync_mode: Sync Mode. Default (applied by the provider when not set): False.
            num_images: Num Images. Range: 1 to 4. Default (applied by the provider when not set): 1.
            output_format: Output Format. Allowed: 'jpeg', 'png'. Not sent when not set.
            safety_tolerance: Safety Tolerance. Allowed: '1', '2', '3', '4', '5', '6'. Not sent when not set.
            enhance_prompt: Enhance Prompt. Default (applied by the provider when not set): False.
            aspect_ratio: Aspect Ratio. Allowed: '21:9', '16:9', '4:3', '3:2', '1:1', '2:3', '3:4', '9:16', '9:21'. Not sent when not set.
            webhook: Where the provider sends the result: Webhook(url).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return self._submit(
            FAL_AI_FLUX_PRO_KONTEXT,
            _model.FalAiFluxProKontextRequest,
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
            },
            webhook,
            **options,
        )


class AsyncFal(AsyncPredictionsSurface):
    """The fal-ai/flux-pro/kontext methods of AsyncFal."""

    async def flux_pro_kontext(
        self,
        *,
        prompt: str,
        image_url: str,
        seed: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        sync_mode: bool | NotGiven = NOT_GIVEN,
        num_images: int | NotGiven = NOT_GIVEN,
        output_format: FalAiFluxProKontextOutputFormat | NotGiven = NOT_GIVEN,
        safety_tolerance: FalAiFluxProKontextSafetyTolerance | NotGiven = NOT_GIVEN,
        enhance_prompt: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: FalAiFluxProKontextAspectRatio | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """FLUX.1 Kontext [pro] (fal): FLUX.1 Kontext [pro] on fal: edits the image at image_url as the prompt says.

        Model fal-ai/flux-pro/kontext.
        Reference: python -m imagegen_typed docs fal fal-ai/flux-pro/kontext (imagegen_typed/docs/fal.md, section 'FLUX.1 Kontext [pro] (fal) (fal-ai/flux-pro/kontext)').

        Args:
            prompt: The prompt to generate an image from. Required.
            image_url: Image URL. Required.
            seed: Seed. Not sent when not set.
            guidance_scale: Guidance scale (CFG). Range: 1 to 20. Default (applied by the provider when not set): 3.5.
            sync_mode: Sync Mode. Default (applied by the provider when not set): False.
            num_images: Num Images. Range: 1 to 4. Default (applied by the provider when not set): 1.
            output_format: Output Format. Allowed: 'jpeg', 'png'. Not sent when not set.
            safety_tolerance: Safety Tolerance. Allowed: '1', '2', '3', '4', '5', '6'. Not sent when not set.
            enhance_prompt: Enhance Prompt. Default (applied by the provider when not set): False.
            aspect_ratio: Aspect Ratio. Allowed: '21:9', '16:9', '4:3', '3:2', '1:1', '2:3', '3:4', '9:16', '9:21'. Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            FAL_AI_FLUX_PRO_KONTEXT,
            _model.FalAiFluxProKontextRequest,
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
            },
            **options,
        )

    async def submit_flux_pro_kontext(
        self,
        *,
        prompt: str,
        image_url: str,
        seed: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        sync_mode: bool | NotGiven = NOT_GIVEN,
        num_images: int | NotGiven = NOT_GIVEN,
        output_format: FalAiFluxProKontextOutputFormat | NotGiven = NOT_GIVEN,
        safety_tolerance: FalAiFluxProKontextSafetyTolerance | NotGiven = NOT_GIVEN,
        enhance_prompt: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: FalAiFluxProKontextAspectRatio | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit fal-ai/flux-pro/kontext with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model fal-ai/flux-pro/kontext.
        Reference: python -m imagegen_typed docs fal fal-ai/flux-pro/kontext (imagegen_typed/docs/fal.md, section 'FLUX.1 Kontext [pro] (fal) (fal-ai/flux-pro/kontext)').

        Args:
            prompt: The prompt to generate an image from. Required.
            image_url: Image URL. Required.
            seed: Seed. Not sent when not set.
            guidance_scale: Guidance scale (CFG). Range: 1 to 20. Default (applied by the provider when not set): 3.5.
            sync_mode: Sync Mode. Default (applied by the provider when not set): False.
            num_images: Num Images. Range: 1 to 4. Default (applied by the provider when not set): 1.
            output_format: Output Format. Allowed: 'jpeg', 'png'. Not sent when not set.
            safety_tolerance: Safety Tolerance. Allowed: '1', '2', '3', '4', '5', '6'. Not sent when not set.
            enhance_prompt: Enhance Prompt. Default (applied by the provider when not set): False.
            aspect_ratio: Aspect Ratio. Allowed: '21:9', '16:9', '4:3', '3:2', '1:1', '2:3', '3:4', '9:16', '9:21'. Not sent when not set.
            webhook: Where the provider sends the result: Webhook(url).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return await self._submit(
            FAL_AI_FLUX_PRO_KONTEXT,
            _model.FalAiFluxProKontextRequest,
            {
                "prompt": prompt,
                "image_url": image_url,
                "seed": seed,
                "guidance_scale": guidance_scale,
                "sync_mode": sync_mode,
                "num_images": num_images,
                "output_format": output_format,
                "safety_tolerance": safety_tolerance,
                "enhance_prompt": enhance_prompt,
                "aspect_ratio": aspect_ratio,
            },
            webhook,
            **options,
        )
