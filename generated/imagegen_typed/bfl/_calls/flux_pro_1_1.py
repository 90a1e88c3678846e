"""FLUX 1.1 [pro] (flux-pro-1.1) on the Black Forest Labs clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/bfl-flux-pro-1.1.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from ..models import flux_pro_1_1 as _model
from ..types import FluxPro11OutputFormat

# spec: models/bfl-flux-pro-1.1.yaml
FLUX_PRO_1_1 = EndpointInfo(
    model_id="flux-pro-1.1",
    method="flux_pro_1_1",
    params=(
        ParamInfo(wire="prompt", has_default=True, default=""),
        ParamInfo(wire="image_prompt"),
        ParamInfo(wire="width", has_default=True, default=1024),
        ParamInfo(wire="height", has_default=True, default=768),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="seed"),
        ParamInfo(wire="safety_tolerance", has_default=True, default=2),
        ParamInfo(wire="output_format", has_default=True, default="jpeg"),
    ),
    title="FLUX 1.1 [pro]",
)


class BlackForestLabs(SyncPredictionsSurface):
    """The flux-pro-1.1 methods of BlackForestLabs."""

    def flux_pro_1_1(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        image_prompt: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: FluxPro11OutputFormat | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """FLUX 1.1 [pro]: FLUX 1.1 [pro], Black Forest Labs' text-to-image model, with an optional image prompt (Flux Redux).

        Model flux-pro-1.1.
        Reference: python -m imagegen_typed docs bfl flux-pro-1.1 (imagegen_typed/docs/bfl.md, section 'FLUX 1.1 [pro] (flux-pro-1.1)').

        Args:
            prompt: Text prompt for image generation. Default (applied by the provider when not set): ''.
            image_prompt: Optional base64 encoded image to use with Flux Redux. Not sent when not set.
            width: Width of the generated image in pixels. Must be a multiple of 32. Range: 256 to 1440. Multiple of 32. Default (applied by the provider when not set): 1024.
            height: Height of the generated image in pixels. Must be a multiple of 32. Range: 256 to 1440. Multiple of 32. Default (applied by the provider when not set): 768.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            seed: Optional seed for reproducibility. Not sent when not set.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'jpeg'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            FLUX_PRO_1_1,
            _model.FluxPro11Request,
            {
                "prompt": prompt,
                "image_prompt": image_prompt,
                "width": width,
                "height": height,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
            },
            **options,
        )

    def submit_flux_pro_1_1(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        image_prompt: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: FluxPro11OutputFormat | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit flux-pro-1.1 with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model flux-pro-1.1.
        Reference: python -m imagegen_typed docs bfl flux-pro-1.1 (imagegen_typed/docs/bfl.md, section 'FLUX 1.1 [pro] (flux-pro-1.1)').

        Args:
            prompt: Text prompt for image generation. Default (applied by the provider when not set): ''.
            image_prompt: Optional base64 encoded image to use with Flux Redux. Not sent when not set.
            width: Width of the generated image in pixels. Must be a multiple of 32. Range: 256 to 1440. Multiple of 32. Default (applied by the provider when not set): 1024.
            height: Height of the generated image in pixels. Must be a multiple of 32. Range: 256 to 1440. Multiple of 32. Default (applied by the provider when not set): 768.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            seed: Optional seed for reproducibility. Not sent when not set.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'jpeg'.
            webhook: Where the provider sends the result: Webhook(url, secret=..., the key its deliveries are signed with).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return self._submit(
            FLUX_PRO_1_1,
            _model.FluxPro11Request,
            {
                "prompt": prompt,
                "image_prompt": image_prompt,
                "width": width,
                "height": height,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
            },
            webhook,
            **options,
        )


class AsyncBlackForestLabs(AsyncPredictionsSurface):
    """The flux-pro-1.1 methods of AsyncBlackForestLabs."""

    async def flux_pro_1_1(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        image_prompt: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: FluxPro11OutputFormat | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """FLUX 1.1 [pro]: FLUX 1.1 [pro], Black Forest Labs' text-to-image model, with an optional image prompt (Flux Redux).

        Model flux-pro-1.1.
        Reference: python -m imagegen_typed docs bfl flux-pro-1.1 (imagegen_typed/docs/bfl.md, section 'FLUX 1.1 [pro] (flux-pro-1.1)').

        Args:
            prompt: Text prompt for image generation. Default (applied by the provider when not set): ''.
            image_prompt: Optional base64 encoded image to use with Flux Redux. Not sent when not set.
            width: Width of the generated image in pixels. Must be a multiple of 32. Range: 256 to 1440. Multiple of 32. Default (applied by the provider when not set): 1024.
            height: Height of the generated image in pixels. Must be a multiple of 32. Range: 256 to 1440. Multiple of 32. Default (applied by the provider when not set): 768.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            seed: Optional seed for reproducibility. Not sent when not set.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'jpeg'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            FLUX_PRO_1_1,
            _model.FluxPro11Request,
            {
                "prompt": prompt,
                "image_prompt": image_prompt,
                "width": width,
                "height": height,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
            },
            **options,
        )

    async def submit_flux_pro_1_1(
        self,
        *,
        prompt: str | NotGiven = NOT_GIVEN,
        image_prompt: str | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        output_format: FluxPro11OutputFormat | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit flux-pro-1.1 with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model flux-pro-1.1.
        Reference: python -m imagegen_typed docs bfl flux-pro-1.1 (imagegen_typed/docs/bfl.md, section 'FLUX 1.1 [pro] (flux-pro-1.1)').

        Args:
            prompt: Text prompt for image generation. Default (applied by the provider when not set): ''.
            image_prompt: Optional base64 encoded image to use with Flux Redux. Not sent when not set.
            width: Width of the generated image in pixels. Must be a multiple of 32. Range: 256 to 1440. Multiple of 32. Default (applied by the provider when not set): 1024.
            height: Height of the generated image in pixels. Must be a multiple of 32. Range: 256 to 1440. Multiple of 32. Default (applied by the provider when not set): 768.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            seed: Optional seed for reproducibility. Not sent when not set.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'jpeg'.
            webhook: Where the provider sends the result: Webhook(url, secret=..., the key its deliveries are signed with).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return await self._submit(
            FLUX_PRO_1_1,
            _model.FluxPro11Request,
            {
                "prompt": prompt,
                "image_prompt": image_prompt,
                "width": width,
                "height": height,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "safety_tolerance": safety_tolerance,
                "output_format": output_format,
            },
            webhook,
            **options,
        )
