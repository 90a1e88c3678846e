"""Qwen Image (qwen-image) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-qwen-image.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import qwen_image as _model
from ..types import QwenImageAspectRatio, QwenImageImageSize, QwenImageOutputFormat

# spec: models/pruna-qwen-image.yaml
QWEN_IMAGE = EndpointInfo(
    model_id="qwen-image",
    method="qwen_image",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="go_fast", has_default=True, default=True),
        ParamInfo(wire="guidance", has_default=True, default=3),
        ParamInfo(wire="strength", has_default=True, default=0.9),
        ParamInfo(wire="image_size", has_default=True, default="optimize_for_quality"),
        ParamInfo(wire="lora_scale", has_default=True, default=1),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="lora_weights"),
        ParamInfo(wire="output_format", has_default=True, default="webp"),
        ParamInfo(wire="enhance_prompt", has_default=True, default=False),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="negative_prompt", has_default=True, default=" "),
        ParamInfo(wire="extra_lora_scale"),
        ParamInfo(wire="extra_lora_weights"),
        ParamInfo(wire="num_inference_steps", has_default=True, default=30),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="Qwen Image",
)


class Pruna(SyncPredictionsSurface):
    """The qwen-image methods of Pruna."""

    def qwen_image(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        image_size: QwenImageImageSize | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageAspectRatio | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        output_format: QwenImageOutputFormat | NotGiven = NOT_GIVEN,
        enhance_prompt: bool | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        extra_lora_scale: Sequence[float] | NotGiven = NOT_GIVEN,
        extra_lora_weights: Sequence[str] | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Qwen Image: Text-to-image generation with Qwen-Image on Pruna's P-API.

        Model qwen-image (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image (imagegen_typed/docs/pruna.md, section 'Qwen Image (qwen-image)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            image: Input image for img2img pipeline. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): True.
            guidance: Guidance for generated image. Lower values can give more realistic images. Good values to try are 2, 2.5, 3 and 3.5. Range: 0 to 10. Default (applied by the provider when not set): 3.
            strength: Strength for img2img pipeline. Range: 0 to 1. Default (applied by the provider when not set): 0.9.
            image_size: Image size for the generated image. Allowed: 'optimize_for_quality', 'optimize_for_speed'. Default (applied by the provider when not set): 'optimize_for_quality'.
            lora_scale: Determines how strongly the main LoRA should be applied. Default (applied by the provider when not set): 1.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): '16:9'.
            lora_weights: Load LoRA weights. Only works with text to image pipeline. Supports arbitrary .safetensors URLs, tar files, and zip files from the Internet (for example, 'https://huggingface.co/flymy-ai/qwen-image-lora/resolve/main/pytorch_lora_weights.safetensors', 'https://example.com/lora_weights.tar.gz', or 'https://example.com/lora_weights.zip'). Not sent when not set.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'webp'.
            enhance_prompt: Enhance the prompt with positive magic. Default (applied by the provider when not set): False.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            negative_prompt: Negative prompt for generated image. Default (applied by the provider when not set): ' '.
            extra_lora_scale: Scales for additional LoRAs as an array of numbers (e.g., 0.5, 0.7). Must match the number of weights in extra_lora_weights. Not sent when not set.
            extra_lora_weights: Additional LoRA weights as an array of URLs. Same formats supported as lora_weights (e.g., ['https://huggingface.co/flymy-ai/qwen-image-lora/resolve/main/pytorch_lora_weights.safetensors', 'https://huggingface.co/flymy-ai/qwen-image-realism-lora/resolve/main/flymy_realism.safetensors']). Not sent when not set.
            num_inference_steps: Number of denoising steps. Recommended range is 28-50, and lower number of steps produce lower quality outputs, faster. Range: 1 to 50. Default (applied by the provider when not set): 30.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            QWEN_IMAGE,
            _model.QwenImageRequest,
            {
                "prompt": prompt,
                "seed": seed,
                "image": image,
                "go_fast": go_fast,
                "guidance": guidance,
                "strength": strength,
                "image_size": image_size,
                "lora_scale": lora_scale,
                "aspect_ratio": aspect_ratio,
                "lora_weights": lora_weights,
                "output_format": output_format,
                "enhance_prompt": enhance_prompt,
                "output_quality": output_quality,
                "negative_prompt": negative_prompt,
                "extra_lora_scale": extra_lora_scale,
                "extra_lora_weights": extra_lora_weights,
                "num_inference_steps": num_inference_steps,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The qwen-image methods of AsyncPruna."""

    async def qwen_image(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        strength: float | NotGiven = NOT_GIVEN,
        image_size: QwenImageImageSize | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageAspectRatio | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        output_format: QwenImageOutputFormat | NotGiven = NOT_GIVEN,
        enhance_prompt: bool | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        extra_lora_scale: Sequence[float] | NotGiven = NOT_GIVEN,
        extra_lora_weights: Sequence[str] | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Qwen Image: Text-to-image generation with Qwen-Image on Pruna's P-API.

        Model qwen-image (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image (imagegen_typed/docs/pruna.md, section 'Qwen Image (qwen-image)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            image: Input image for img2img pipeline. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): True.
            guidance: Guidance for generated image. Lower values can give more realistic images. Good values to try are 2, 2.5, 3 and 3.5. Range: 0 to 10. Default (applied by the provider when not set): 3.
            strength: Strength for img2img pipeline. Range: 0 to 1. Default (applied by the provider when not set): 0.9.
            image_size: Image size for the generated image. Allowed: 'optimize_for_quality', 'optimize_for_speed'. Default (applied by the provider when not set): 'optimize_for_quality'.
            lora_scale: Determines how strongly the main LoRA should be applied. Default (applied by the provider when not set): 1.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): '16:9'.
            lora_weights: Load LoRA weights. Only works with text to image pipeline. Supports arbitrary .safetensors URLs, tar files, and zip files from the Internet (for example, 'https://huggingface.co/flymy-ai/qwen-image-lora/resolve/main/pytorch_lora_weights.safetensors', 'https://example.com/lora_weights.tar.gz', or 'https://example.com/lora_weights.zip'). Not sent when not set.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'webp'.
            enhance_prompt: Enhance the prompt with positive magic. Default (applied by the provider when not set): False.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            negative_prompt: Negative prompt for generated image. Default (applied by the provider when not set): ' '.
            extra_lora_scale: Scales for additional LoRAs as an array of numbers (e.g., 0.5, 0.7). Must match the number of weights in extra_lora_weights. Not sent when not set.
            extra_lora_weights: Additional LoRA weights as an array of URLs. Same formats supported as lora_weights (e.g., ['https://huggingface.co/flymy-ai/qwen-image-lora/resolve/main/pytorch_lora_weights.safetensors', 'https://huggingface.co/flymy-ai/qwen-image-realism-lora/resolve/main/flymy_realism.safetensors']). Not sent when not set.
            num_inference_steps: Number of denoising steps. Recommended range is 28-50, and lower number of steps produce lower quality outputs, faster. Range: 1 to 50. Default (applied by the provider when not set): 30.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            QWEN_IMAGE,
            _model.QwenImageRequest,
            {
                "prompt": prompt,
                "seed": seed,
                "image": image,
                "go_fast": go_fast,
                "guidance": guidance,
                "strength": strength,
                "image_size": image_size,
                "lora_scale": lora_scale,
                "aspect_ratio": aspect_ratio,
                "lora_weights": lora_weights,
                "output_format": output_format,
                "enhance_prompt": enhance_prompt,
                "output_quality": output_quality,
                "negative_prompt": negative_prompt,
                "extra_lora_scale": extra_lora_scale,
                "extra_lora_weights": extra_lora_weights,
                "num_inference_steps": num_inference_steps,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )
