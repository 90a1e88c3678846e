"""FLUX.1 Kontext [pro] (flux-kontext-pro) on the Black Forest Labs clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/bfl-flux-kontext-pro.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from ..models import flux_kontext_pro as _model
from ..types import FluxKontextProOutputFormat

# spec: models/bfl-flux-kontext-pro.yaml
FLUX_KONTEXT_PRO = EndpointInfo(
    model_id="flux-kontext-pro",
    method="flux_kontext_pro",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="input_image"),
        ParamInfo(wire="input_image_2"),
        ParamInfo(wire="input_image_3"),
        ParamInfo(wire="input_image_4"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="aspect_ratio"),
        ParamInfo(wire="output_format", has_default=True, default="png"),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="safety_tolerance", has_default=True, default=2),
    ),
    title="FLUX.1 Kontext [pro]",
)


class BlackForestLabs(SyncPredictionsSurface):
    """The flux-kontext-pro methods of BlackForestLabs."""

    def flux_kontext_pro(
        self,
        *,
        prompt: str,
        input_image: str | NotGiven = NOT_GIVEN,
        input_image_2: str | NotGiven = NOT_GIVEN,
        input_image_3: str | NotGiven = NOT_GIVEN,
        input_image_4: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        output_format: FluxKontextProOutputFormat | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """FLUX.1 Kontext [pro]: FLUX.1 Kontext [pro]: image editing and generation from a prompt and up to four reference images (base64 or URL).

        Model flux-kontext-pro.
        Reference: python -m imagegen_typed docs bfl flux-kontext-pro (imagegen_typed/docs/bfl.md, section 'FLUX.1 Kontext [pro] (flux-kontext-pro)').

        Args:
            prompt: Text prompt for image generation. Required.
            input_image: Base64 encoded image or URL to use with Kontext. Not sent when not set.
            input_image_2: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            input_image_3: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            input_image_4: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            seed: Optional seed for reproducibility. Not sent when not set.
            aspect_ratio: Aspect ratio of the image between 21:9 and 9:21. Not sent when not set.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'png'.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            FLUX_KONTEXT_PRO,
            _model.FluxKontextProRequest,
            {
                "prompt": prompt,
                "input_image": input_image,
                "input_image_2": input_image_2,
                "input_image_3": input_image_3,
                "input_image_4": input_image_4,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "prompt_upsampling": prompt_upsampling,
                "safety_tolerance": safety_tolerance,
            },
            **options,
        )

    def submit_flux_kontext_pro(
        self,
        *,
        prompt: str,
        input_image: str | NotGiven = NOT_GIVEN,
        input_image_2: str | NotGiven = NOT_GIVEN,
        input_image_3: str | NotGiven = NOT_GIVEN,
        input_image_4: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        output_format: FluxKontextProOutputFormat | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit flux-kontext-pro with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model flux-kontext-pro.
        Reference: python -m imagegen_typed docs bfl flux-kontext-pro (imagegen_typed/docs/bfl.md, section 'FLUX.1 Kontext [pro] (flux-kontext-pro)').

        Args:
            prompt: Text prompt for image generation. Required.
            input_image: Base64 encoded image or URL to use with Kontext. Not sent when not set.
            input_image_2: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            input_image_3: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            input_image_4: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            seed: Optional seed for reproducibility. Not sent when not set.
            aspect_ratio: Aspect ratio of the image between 21:9 and 9:21. Not sent when not set.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'png'.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            webhook: Where the provider sends the result: Webhook(url, secret=..., the key its deliveries are signed with).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return self._submit(
            FLUX_KONTEXT_PRO,
            _model.FluxKontextProRequest,
            {
                "prompt": prompt,
                "input_image": input_image,
                "input_image_2": input_image_2,
                "input_image_3": input_image_3,
                "input_image_4": input_image_4,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "prompt_upsampling": prompt_upsampling,
                "safety_tolerance": safety_tolerance,
            },
            webhook,
            **options,
        )


class AsyncBlackForestLabs(AsyncPredictionsSurface):
    """The flux-kontext-pro methods of AsyncBlackForestLabs."""

    async def flux_kontext_pro(
        self,
        *,
        prompt: str,
        input_image: str | NotGiven = NOT_GIVEN,
        input_image_2: str | NotGiven = NOT_GIVEN,
        input_image_3: str | NotGiven = NOT_GIVEN,
        input_image_4: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        output_format: FluxKontextProOutputFormat | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """FLUX.1 Kontext [pro]: FLUX.1 Kontext [pro]: image editing and generation from a prompt and up to four reference images (base64 or URL).

        Model flux-kontext-pro.
        Reference: python -m imagegen_typed docs bfl flux-kontext-pro (imagegen_typed/docs/bfl.md, section 'FLUX.1 Kontext [pro] (flux-kontext-pro)').

        Args:
            prompt: Text prompt for image generation. Required.
            input_image: Base64 encoded image or URL to use with Kontext. Not sent when not set.
            input_image_2: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            input_image_3: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            input_image_4: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            seed: Optional seed for reproducibility. Not sent when not set.
            aspect_ratio: Aspect ratio of the image between 21:9 and 9:21. Not sent when not set.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'png'.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            FLUX_KONTEXT_PRO,
            _model.FluxKontextProRequest,
            {
                "prompt": prompt,
                "input_image": input_image,
                "input_image_2": input_image_2,
                "input_image_3": input_image_3,
                "input_image_4": input_image_4,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "prompt_upsampling": prompt_upsampling,
                "safety_tolerance": safety_tolerance,
            },
            **options,
        )

    async def submit_flux_kontext_pro(
        self,
        *,
        prompt: str,
        input_image: str | NotGiven = NOT_GIVEN,
        input_image_2: str | NotGiven = NOT_GIVEN,
        input_image_3: str | NotGiven = NOT_GIVEN,
        input_image_4: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: str | NotGiven = NOT_GIVEN,
        output_format: FluxKontextProOutputFormat | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        safety_tolerance: int | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit flux-kontext-pro with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model flux-kontext-pro.
        Reference: python -m imagegen_typed docs bfl flux-kontext-pro (imagegen_typed/docs/bfl.md, section 'FLUX.1 Kontext [pro] (flux-kontext-pro)').

        Args:
            prompt: Text prompt for image generation. Required.
            input_image: Base64 encoded image or URL to use with Kontext. Not sent when not set.
            input_image_2: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            input_image_3: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            input_image_4: Base64 encoded image or URL to use with Kontext. *Experimental Multiref*. Not sent when not set.
            seed: Optional seed for reproducibility. Not sent when not set.
            aspect_ratio: Aspect ratio of the image between 21:9 and 9:21. Not sent when not set.
            output_format: Output format for the generated image. Can be 'jpeg', 'png', or 'webp'. Allowed: 'jpeg', 'png', 'webp'. Default (applied by the provider when not set): 'png'.
            prompt_upsampling: Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation. Default (applied by the provider when not set): False.
            safety_tolerance: Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict. Range: 0 to 6. Default (applied by the provider when not set): 2.
            webhook: Where the provider sends the result: Webhook(url, secret=..., the key its deliveries are signed with).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return await self._submit(
            FLUX_KONTEXT_PRO,
            _model.FluxKontextProRequest,
            {
                "prompt": prompt,
                "input_image": input_image,
                "input_image_2": input_image_2,
                "input_image_3": input_image_3,
                "input_image_4": input_image_4,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "prompt_upsampling": prompt_upsampling,
                "safety_tolerance": safety_tolerance,
            },
            webhook,
            **options,
        )
