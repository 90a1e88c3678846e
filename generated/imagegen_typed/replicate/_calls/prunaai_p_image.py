"""P-Image (Pruna, on Replicate) (prunaai/p-image) on the Replicate clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/replicate-prunaai-p-image.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.credentials import secret_argument as _secret
from ..._runtime.endpoints import Condition, EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from ..models import prunaai_p_image as _model
from ..types import PrunaaiPImageAspectRatio

# spec: models/replicate-prunaai-p-image.yaml
PRUNAAI_P_IMAGE = EndpointInfo(
    model_id="prunaai/p-image",
    method="p_image",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="width", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="height", relevant_when=Condition(parameter="aspect_ratio", values=("custom",))),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=False),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="lora_scale", has_default=True, default=0.5),
        ParamInfo(wire="hf_api_token", secret=True),
    ),
    title="P-Image (Pruna, on Replicate)",
)


class Replicate(SyncPredictionsSurface):
    """The prunaai/p-image methods of Replicate."""

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
            PRUNAAI_P_IMAGE,
            _model.PrunaaiPImageRequest,
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
            PRUNAAI_P_IMAGE,
            _model.PrunaaiPImageRequest,
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


class AsyncReplicate(AsyncPredictionsSurface):
    """The prunaai/p-image methods of AsyncReplicate."""

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
            PRUNAAI_P_IMAGE,
            _model.PrunaaiPImageRequest,
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
            PRUNAAI_P_IMAGE,
            _model.PrunaaiPImageRequest,
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
