"""Black Forest Labs clients: BlackForestLabs (sync) and AsyncBlackForestLabs (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Generated from the Black Forest Labs specs; do not edit.
"""

from __future__ import annotations

from .._runtime.client_base import AsyncClient, SyncClient
from .._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from .._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from .._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from . import _endpoints as _ep
from . import models as _models  # each model's module loads on first use (models/__init__.py)
from .errors import DEFAULT_ERROR, ERRORS
from .types import FluxKontextProOutputFormat, FluxPro11OutputFormat, FluxPro11UltraOutputFormat


class BlackForestLabs(SyncClient, SyncPredictionsSurface):
    """Synchronous Black Forest Labs client.

    The API key comes from the `api_key` argument or the BFL_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_FLUX

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
            _ep.FLUX_KONTEXT_PRO,
            _models.FluxKontextProRequest,
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
            _ep.FLUX_KONTEXT_PRO,
            _models.FluxKontextProRequest,
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
            _ep.FLUX_PRO_1_1,
            _models.FluxPro11Request,
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
            _ep.FLUX_PRO_1_1,
            _models.FluxPro11Request,
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
            _ep.FLUX_PRO_1_1_ULTRA,
            _models.FluxPro11UltraRequest,
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
            _ep.FLUX_PRO_1_1_ULTRA,
            _models.FluxPro11UltraRequest,
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


class AsyncBlackForestLabs(AsyncClient, AsyncPredictionsSurface):
    """Asynchronous Black Forest Labs client.

    The API key comes from the `api_key` argument or the BFL_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_FLUX

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
            _ep.FLUX_KONTEXT_PRO,
            _models.FluxKontextProRequest,
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
            _ep.FLUX_KONTEXT_PRO,
            _models.FluxKontextProRequest,
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
            _ep.FLUX_PRO_1_1,
            _models.FluxPro11Request,
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
            _ep.FLUX_PRO_1_1,
            _models.FluxPro11Request,
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
            _ep.FLUX_PRO_1_1_ULTRA,
            _models.FluxPro11UltraRequest,
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
            _ep.FLUX_PRO_1_1_ULTRA,
            _models.FluxPro11UltraRequest,
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
