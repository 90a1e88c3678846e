"""Replicate clients: Replicate (sync) and AsyncReplicate (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Generated from the Replicate specs; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._runtime.client_base import AsyncClient, SyncClient
from .._runtime.credentials import secret_argument as _secret
from .._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from .._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from .._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from . import _endpoints as _ep
from . import models as _models  # each model's module loads on first use (models/__init__.py)
from .errors import DEFAULT_ERROR, ERRORS
from .types import PrunaaiPImageAspectRatio, PrunaaiPImageEditAspectRatio


class Replicate(SyncClient, SyncPredictionsSurface):
    """Synchronous Replicate client.

    The API key comes from the `api_key` argument or the REPLICATE_API_TOKEN environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_HTTP

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PrunaaiPImageAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """P-Image (Pruna, on Replicate): Pruna's P-Image text-to-image model served by Replicate.

        Model prunaai/p-image.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image (imagegen_typed/docs/replicate.md, section 'P-Image (Pruna, on Replicate) (prunaai/p-image)').

        Args:
            prompt: Text prompt for image generation. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width in pixels when aspect_ratio is \"custom\"; a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height in pixels when aspect_ratio is \"custom\"; a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            prompt_upsampling: Let the model expand the prompt before generating. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            lora_weights: LoRA weights to apply (a Hugging Face or Replicate weights reference). Not sent when not set.
            lora_scale: How strongly the LoRA weights apply. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            hf_api_token: Hugging Face token for private LoRA weights. Not sent when not set. A secret of its own; it is sent to Replicate inside the input.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return self._generate(
            _ep.PRUNAAI_P_IMAGE,
            _models.PrunaaiPImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "lora_weights": lora_weights,
                "lora_scale": lora_scale,
                "hf_api_token": _held_hf_api_token,
            },
            **options,
        )

    def submit_p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PrunaaiPImageAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit prunaai/p-image with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model prunaai/p-image.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image (imagegen_typed/docs/replicate.md, section 'P-Image (Pruna, on Replicate) (prunaai/p-image)').

        Args:
            prompt: Text prompt for image generation. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width in pixels when aspect_ratio is \"custom\"; a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height in pixels when aspect_ratio is \"custom\"; a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            prompt_upsampling: Let the model expand the prompt before generating. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            lora_weights: LoRA weights to apply (a Hugging Face or Replicate weights reference). Not sent when not set.
            lora_scale: How strongly the LoRA weights apply. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            hf_api_token: Hugging Face token for private LoRA weights. Not sent when not set. A secret of its own; it is sent to Replicate inside the input.
            webhook: Where the provider sends the result: Webhook(url, events=[...] (WebhookEvent: start, output, logs, completed)).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return self._submit(
            _ep.PRUNAAI_P_IMAGE,
            _models.PrunaaiPImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "lora_weights": lora_weights,
                "lora_scale": lora_scale,
                "hf_api_token": _held_hf_api_token,
            },
            webhook,
            **options,
        )

    def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PrunaaiPImageEditAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """P-Image-Edit (Pruna, on Replicate): Pruna's P-Image-Edit image editing model served by Replicate; the first image is the one edited.

        Model prunaai/p-image-edit.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image-edit (imagegen_typed/docs/replicate.md, section 'P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit)').

        Args:
            prompt: Text instruction describing the edit. Required.
            images: Images to edit; the first one is the main image, the others are references. At least 1 items. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Faster generation with slightly lower quality. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output; match_input_image keeps the main image's. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.PRUNAAI_P_IMAGE_EDIT,
            _models.PrunaaiPImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    def submit_p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PrunaaiPImageEditAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit prunaai/p-image-edit with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model prunaai/p-image-edit.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image-edit (imagegen_typed/docs/replicate.md, section 'P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit)').

        Args:
            prompt: Text instruction describing the edit. Required.
            images: Images to edit; the first one is the main image, the others are references. At least 1 items. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Faster generation with slightly lower quality. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output; match_input_image keeps the main image's. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            webhook: Where the provider sends the result: Webhook(url, events=[...] (WebhookEvent: start, output, logs, completed)).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return self._submit(
            _ep.PRUNAAI_P_IMAGE_EDIT,
            _models.PrunaaiPImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            webhook,
            **options,
        )


class AsyncReplicate(AsyncClient, AsyncPredictionsSurface):
    """Asynchronous Replicate client.

    The API key comes from the `api_key` argument or the REPLICATE_API_TOKEN environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_HTTP

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PrunaaiPImageAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """P-Image (Pruna, on Replicate): Pruna's P-Image text-to-image model served by Replicate.

        Model prunaai/p-image.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image (imagegen_typed/docs/replicate.md, section 'P-Image (Pruna, on Replicate) (prunaai/p-image)').

        Args:
            prompt: Text prompt for image generation. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width in pixels when aspect_ratio is \"custom\"; a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height in pixels when aspect_ratio is \"custom\"; a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            prompt_upsampling: Let the model expand the prompt before generating. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            lora_weights: LoRA weights to apply (a Hugging Face or Replicate weights reference). Not sent when not set.
            lora_scale: How strongly the LoRA weights apply. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            hf_api_token: Hugging Face token for private LoRA weights. Not sent when not set. A secret of its own; it is sent to Replicate inside the input.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return await self._generate(
            _ep.PRUNAAI_P_IMAGE,
            _models.PrunaaiPImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "lora_weights": lora_weights,
                "lora_scale": lora_scale,
                "hf_api_token": _held_hf_api_token,
            },
            **options,
        )

    async def submit_p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PrunaaiPImageAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit prunaai/p-image with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model prunaai/p-image.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image (imagegen_typed/docs/replicate.md, section 'P-Image (Pruna, on Replicate) (prunaai/p-image)').

        Args:
            prompt: Text prompt for image generation. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width in pixels when aspect_ratio is \"custom\"; a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height in pixels when aspect_ratio is \"custom\"; a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            prompt_upsampling: Let the model expand the prompt before generating. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            lora_weights: LoRA weights to apply (a Hugging Face or Replicate weights reference). Not sent when not set.
            lora_scale: How strongly the LoRA weights apply. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            hf_api_token: Hugging Face token for private LoRA weights. Not sent when not set. A secret of its own; it is sent to Replicate inside the input.
            webhook: Where the provider sends the result: Webhook(url, events=[...] (WebhookEvent: start, output, logs, completed)).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return await self._submit(
            _ep.PRUNAAI_P_IMAGE,
            _models.PrunaaiPImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "prompt_upsampling": prompt_upsampling,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "lora_weights": lora_weights,
                "lora_scale": lora_scale,
                "hf_api_token": _held_hf_api_token,
            },
            webhook,
            **options,
        )

    async def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PrunaaiPImageEditAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """P-Image-Edit (Pruna, on Replicate): Pruna's P-Image-Edit image editing model served by Replicate; the first image is the one edited.

        Model prunaai/p-image-edit.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image-edit (imagegen_typed/docs/replicate.md, section 'P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit)').

        Args:
            prompt: Text instruction describing the edit. Required.
            images: Images to edit; the first one is the main image, the others are references. At least 1 items. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Faster generation with slightly lower quality. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output; match_input_image keeps the main image's. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.PRUNAAI_P_IMAGE_EDIT,
            _models.PrunaaiPImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    async def submit_p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PrunaaiPImageEditAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit prunaai/p-image-edit with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model prunaai/p-image-edit.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image-edit (imagegen_typed/docs/replicate.md, section 'P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit)').

        Args:
            prompt: Text instruction describing the edit. Required.
            images: Images to edit; the first one is the main image, the others are references. At least 1 items. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Faster generation with slightly lower quality. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output; match_input_image keeps the main image's. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            webhook: Where the provider sends the result: Webhook(url, events=[...] (WebhookEvent: start, output, logs, completed)).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return await self._submit(
            _ep.PRUNAAI_P_IMAGE_EDIT,
            _models.PrunaaiPImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            webhook,
            **options,
        )
