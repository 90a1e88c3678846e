"""fal clients: Fal (sync) and AsyncFal (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Generated from the fal specs; do not edit.
"""

from __future__ import annotations

from .._runtime.client_base import AsyncClient, SyncClient
from .._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from .._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from .._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from . import _endpoints as _ep
from . import models as _models  # each model's module loads on first use (models/__init__.py)
from .errors import DEFAULT_ERROR, ERRORS
from .types import (
    FalAiFluxProKontextAspectRatio,
    FalAiFluxProKontextOutputFormat,
    FalAiFluxProKontextSafetyTolerance,
    FalAiFluxSchnellAcceleration,
    FalAiFluxSchnellImageSize,
    FalAiFluxSchnellOutputFormat,
)


class Fal(SyncClient, SyncPredictionsSurface):
    """Synchronous fal client.

    The API key comes from the `api_key` argument or the FAL_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_QUEUE

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
            _ep.FAL_AI_FLUX_PRO_KONTEXT,
            _models.FalAiFluxProKontextRequest,
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
            _ep.FAL_AI_FLUX_PRO_KONTEXT,
            _models.FalAiFluxProKontextRequest,
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
            _ep.FAL_AI_FLUX_SCHNELL,
            _models.FalAiFluxSchnellRequest,
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
            _ep.FAL_AI_FLUX_SCHNELL,
            _models.FalAiFluxSchnellRequest,
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


class AsyncFal(AsyncClient, AsyncPredictionsSurface):
    """Asynchronous fal client.

    The API key comes from the `api_key` argument or the FAL_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_QUEUE

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
            _ep.FAL_AI_FLUX_PRO_KONTEXT,
            _models.FalAiFluxProKontextRequest,
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
            _ep.FAL_AI_FLUX_PRO_KONTEXT,
            _models.FalAiFluxProKontextRequest,
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
            _ep.FAL_AI_FLUX_SCHNELL,
            _models.FalAiFluxSchnellRequest,
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
            _ep.FAL_AI_FLUX_SCHNELL,
            _models.FalAiFluxSchnellRequest,
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
