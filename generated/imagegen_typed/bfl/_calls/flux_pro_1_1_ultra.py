"""FLUX 1.1 [pro] Ultra (flux-pro-1.1-ultra) on the Black Forest Labs clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/bfl-flux-pro-1.1-ultra.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from ..models import flux_pro_1_1_ultra as _model
from ..types import FluxPro11UltraOutputFormat

# spec: models/bfl-flux-pro-1.1-ultra.yaml
FLUX_PRO_1_1_ULTRA = EndpointInfo(
    model_id="flux-pro-1.1-ultra",
    method="flux_pro_1_1_ultra",
    params=(
        ParamInfo(wire="prompt", has_default=True, default=""),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="seed"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="safety_tolerance", has_default=True, default=2),
        ParamInfo(wire="output_format", has_default=True, default="jpeg"),
        ParamInfo(wire="raw", has_default=True, default=False),
        ParamInfo(wire="image_prompt"),
        ParamInfo(wire="image_prompt_strength", has_default=True, default=0.1),
    ),
    title="FLUX 1.1 [pro] Ultra",
)


class BlackForestLabs(SyncPredictionsSurface):
    """The flux-pro-1.1-ultra methods of BlackForestLabs."""

    def flux_pro_1_1_ultra(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: FluxPro11UltraOutputFormat | NotGiven = NOT_GIVEN,
        raw: bool | NotGiven = NOT_GIVEN,
        image_prompt: str | NotGiven = NOT_GIVEN,
        image_prompt_strength: float | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """FLUX 1.1 [pro] Ultra: FLUX 1.1 [pro] in ultra mode (up to 4 megapixels), with an optional raw mode for less processed images.

        Model flux-pro-1.1-ultra.
        Reference: python -m imagegen_typed docs bfl flux-pro-1.1-ultra (imagegen_typed/docs/bfl.md, section 'FLUX 1.1 [pro] Ultra (flux-pro-1.1-ultra)').

        Args:
            prompt: The prompt to use for image generation. Default (applied by the provider when not set): ''.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            seed: Optional seed for reproducibility. If not provided, a random seed will be used. Not sent when not set.
            aspect_ratio: Aspect ratio of the image between 21:9 and 9:21. Default (applied by the provider when not set): '16:9'.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'jpeg'.
            raw: Generate less processed, more natural-looking images. Default (applied by the provider when not set): False.
            image_prompt: Optional image to remix in base64 format. Not sent when not set.
            image_prompt_strength: Blend between the prompt and the image prompt. Range: 0.0 to 1.0. Default (applied by the provider when not set): 0.1.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            FLUX_PRO_1_1_ULTRA,
            _model.FluxPro11UltraRequest,
            {
                "prompt": prompt,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "raw": raw,
                "image_prompt": image_prompt,
                "image_prompt_strength": image_prompt_strength,
            },
            **options,
        )

    def submit_flux_pro_1_1_ultra(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: FluxPro11UltraOutputFormat | NotGiven = NOT_GIVEN,
        raw: bool | NotGiven = NOT_GIVEN,
        image_prompt: str | NotGiven = NOT_GIVEN,
        image_prompt_strength: float | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit flux-pro-1.1-ultra with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model flux-pro-1.1-ultra.
        Reference: python -m imagegen_typed docs bfl flux-pro-1.1-ultra (imagegen_typed/docs/bfl.md, section 'FLUX 1.1 [pro] Ultra (flux-pro-1.1-ultra)').

        Args:
            prompt: The prompt to use for image generation. Default (applied by the provider when not set): ''.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            seed: Optional seed for reproducibility. If not provided, a random seed will be used. Not sent when not set.
            aspect_ratio: Aspect ratio of the image between 21:9 and 9:21. Default (applied by the provider when not set): '16:9'.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'jpeg'.
            raw: Generate less processed, more natural-looking images. Default (applied by the provider when not set): False.
            image_prompt: Optional image to remix in base64 format. Not sent when not set.
            image_prompt_strength: Blend between the prompt and the image prompt. Range: 0.0 to 1.0. Default (applied by the provider when not set): 0.1.
            webhook: Where the provider sends the result: Webhook(url, secret=..., the key its deliveries are signed with).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return self._submit(
            FLUX_PRO_1_1_ULTRA,
            _model.FluxPro11UltraRequest,
            {
                "prompt": prompt,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "raw": raw,
                "image_prompt": image_prompt,
                "image_prompt_strength": image_prompt_strength,
            },
            webhook,
            **options,
        )


class AsyncBlackForestLabs(AsyncPredictionsSurface):
    """The flux-pro-1.1-ultra methods of AsyncBlackForestLabs."""

    async def flux_pro_1_1_ultra(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: FluxPro11UltraOutputFormat | NotGiven = NOT_GIVEN,
        raw: bool | NotGiven = NOT_GIVEN,
        image_prompt: str | NotGiven = NOT_GIVEN,
        image_prompt_strength: float | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """FLUX 1.1 [pro] Ultra: FLUX 1.1 [pro] in ultra mode (up to 4 megapixels), with an optional raw mode for less processed images.

        Model flux-pro-1.1-ultra.
        Reference: python -m imagegen_typed docs bfl flux-pro-1.1-ultra (imagegen_typed/docs/bfl.md, section 'FLUX 1.1 [pro] Ultra (flux-pro-1.1-ultra)').

        Args:
            prompt: The prompt to use for image generation. Default (applied by the provider when not set): ''.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            seed: Optional seed for reproducibility. If not provided, a random seed will be used. Not sent when not set.
            aspect_ratio: Aspect ratio of the image between 21:9 and 9:21. Default (applied by the provider when not set): '16:9'.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'jpeg'.
            raw: Generate less processed, more natural-looking images. Default (applied by the provider when not set): False.
            image_prompt: Optional image to remix in base64 format. Not sent when not set.
            image_prompt_strength: Blend between the prompt and the image prompt. Range: 0.0 to 1.0. Default (applied by the provider when not set): 0.1.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            FLUX_PRO_1_1_ULTRA,
            _model.FluxPro11UltraRequest,
            {
                "prompt": prompt,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "raw": raw,
                "image_prompt": image_prompt,
                "image_prompt_strength": image_prompt_strength,
            },
            **options,
        )

    async def submit_flux_pro_1_1_ultra(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: FluxPro11UltraOutputFormat | NotGiven = NOT_GIVEN,
        raw: bool | NotGiven = NOT_GIVEN,
        image_prompt: str | NotGiven = NOT_GIVEN,
        image_prompt_strength: float | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit flux-pro-1.1-ultra with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model flux-pro-1.1-ultra.
        Reference: python -m imagegen_typed docs bfl flux-pro-1.1-ultra (imagegen_typed/docs/bfl.md, section 'FLUX 1.1 [pro] Ultra (flux-pro-1.1-ultra)').

        Args:
            prompt: The prompt to use for image generation. Default (applied by the provider when not set): ''.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            seed: Optional seed for reproducibility. If not provided, a random seed will be used. Not sent when not set.
            aspect_ratio: Aspect ratio of the image between 21:9 and 9:21. Default (applied by the provider when not set): '16:9'.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'jpeg'.
            raw: Generate less processed, more natural-looking images. Default (applied by the provider when not set): False.
            image_prompt: Optional image to remix in base64 format. Not sent when not set.
            image_prompt_strength: Blend between the prompt and the image prompt. Range: 0.0 to 1.0. Default (applied by the provider when not set): 0.1.
            webhook: Where the provider sends the result: Webhook(url, secret=..., the key its deliveries are signed with).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return await self._submit(
            FLUX_PRO_1_1_ULTRA,
            _model.FluxPro11UltraRequest,
            {
                "prompt": prompt,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
                "raw": raw,
                "image_prompt": image_prompt,
                "image_prompt_strength": image_prompt_strength,
            },
            webhook,
            **options,
        )
