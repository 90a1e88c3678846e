"""p-image-edit-lora (p-image-edit-lora) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-image-edit-lora.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.credentials import secret_argument as _secret
from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_image_edit_lora as _model
from ..types import PImageEditLoraAspectRatio

# spec: models/pruna-p-image-edit-lora.yaml
P_IMAGE_EDIT_LORA = EndpointInfo(
    model_id="p-image-edit-lora",
    method="p_image_edit_lora",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="turbo", has_default=True, default=True),
        ParamInfo(wire="images", upload="many", has_default=True, default=[]),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="lora_scale", has_default=True, default=1),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="hf_api_token", secret=True),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=500, per_seconds=60.0),
    title="p-image-edit-lora",
)


class Pruna(SyncPredictionsSurface):
    """The p-image-edit-lora methods of Pruna."""

    def p_image_edit_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageEditLoraAspectRatio | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-image-edit-lora: AI model for content generation. Rate limit: 500 requests per minute.

        Model p-image-edit-lora (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-edit-lora (imagegen_typed/docs/pruna.md, section 'p-image-edit-lora (p-image-edit-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            turbo: If turned on, the model will run faster with additional optimizations. For complicated tasks, it is recommended to turn this off. Default (applied by the provider when not set): True.
            images: Images to use as a reference. For editing task, provide the main image as the first image. Default (applied by the provider when not set): []. A local path, bytes or an open binary file is uploaded first.
            prompt: Text prompt for image generation. Make sure to describe your edit task clearly. You can refer to the images as 'image 1' and 'image 2' and so on. Required.
            lora_scale: Determines how strongly the main LoRA should be applied. Range: -1 to 3. Default (applied by the provider when not set): 1.
            aspect_ratio: Aspect ratio for the generated image. `match_input_image` will match the aspect ratio of the first image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return self._generate(
            P_IMAGE_EDIT_LORA,
            _model.PImageEditLoraRequest,
            {
                "seed": seed,
                "turbo": turbo,
                "images": images,
                "prompt": prompt,
                "lora_scale": lora_scale,
                "aspect_ratio": aspect_ratio,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The p-image-edit-lora methods of AsyncPruna."""

    async def p_image_edit_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageEditLoraAspectRatio | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-image-edit-lora: AI model for content generation. Rate limit: 500 requests per minute.

        Model p-image-edit-lora (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-edit-lora (imagegen_typed/docs/pruna.md, section 'p-image-edit-lora (p-image-edit-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            turbo: If turned on, the model will run faster with additional optimizations. For complicated tasks, it is recommended to turn this off. Default (applied by the provider when not set): True.
            images: Images to use as a reference. For editing task, provide the main image as the first image. Default (applied by the provider when not set): []. A local path, bytes or an open binary file is uploaded first.
            prompt: Text prompt for image generation. Make sure to describe your edit task clearly. You can refer to the images as 'image 1' and 'image 2' and so on. Required.
            lora_scale: Determines how strongly the main LoRA should be applied. Range: -1 to 3. Default (applied by the provider when not set): 1.
            aspect_ratio: Aspect ratio for the generated image. `match_input_image` will match the aspect ratio of the first image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return await self._generate(
            P_IMAGE_EDIT_LORA,
            _model.PImageEditLoraRequest,
            {
                "seed": seed,
                "turbo": turbo,
                "images": images,
                "prompt": prompt,
                "lora_scale": lora_scale,
                "aspect_ratio": aspect_ratio,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )
