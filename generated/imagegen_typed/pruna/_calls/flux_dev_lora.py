"""flux-dev-lora (flux-dev-lora) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-flux-dev-lora.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import flux_dev_lora as _model
from ..types import FluxDevLoraAspectRatio, FluxDevLoraMegapixels, FluxDevLoraOutputFormat, FluxDevLoraSpeedMode

# spec: models/pruna-flux-dev-lora.yaml
FLUX_DEV_LORA = EndpointInfo(
    model_id="flux-dev-lora",
    method="flux_dev_lora",
    params=(
        ParamInfo(wire="lora"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="guidance", has_default=True, default=3),
        ParamInfo(wire="extra_lora"),
        ParamInfo(wire="lora_scale", has_default=True, default=1),
        ParamInfo(wire="megapixels", has_default=True, default="1"),
        ParamInfo(wire="speed_mode", has_default=True, default="Juiced 🧃"),
        ParamInfo(wire="num_outputs", has_default=True, default=1),
        ParamInfo(wire="aspect_ratio", has_default=True, default="1:1"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="output_quality", has_default=True, default=80),
        ParamInfo(wire="prompt_strength", has_default=True, default=0.8),
        ParamInfo(wire="extra_lora_scale", has_default=True, default=1),
        ParamInfo(wire="num_inference_steps", has_default=True, default=28),
    ),
    rate_limit=RateLimit(requests=150, per_seconds=60.0),
    title="flux-dev-lora",
)


class Pruna(SyncPredictionsSurface):
    """The flux-dev-lora methods of Pruna."""

    def flux_dev_lora(
        self,
        *,
        prompt: str,
        lora: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        extra_lora: str | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        megapixels: FluxDevLoraMegapixels | NotGiven = NOT_GIVEN,
        speed_mode: FluxDevLoraSpeedMode | NotGiven = NOT_GIVEN,
        num_outputs: int | NotGiven = NOT_GIVEN,
        aspect_ratio: FluxDevLoraAspectRatio | NotGiven = NOT_GIVEN,
        output_format: FluxDevLoraOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        prompt_strength: float | NotGiven = NOT_GIVEN,
        extra_lora_scale: float | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """flux-dev-lora: AI model for content generation. Rate limit: 150 requests per minute.

        Model flux-dev-lora (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-dev-lora (imagegen_typed/docs/pruna.md, section 'flux-dev-lora (flux-dev-lora)').

        Args:
            lora: Load LoRA weights. Supports HuggingFace URLs in the format <owner>/<model-name>[/<lora-weights-file.safetensors>]. For example, 'fofr/flux-pixar-cars'. Not sent when not set.
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            image: Input image for image to image mode. The aspect ratio of your output will match this image. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            prompt: Prompt for generated image. Required.
            guidance: Guidance for generated image. Range: 0 to 10. Default (applied by the provider when not set): 3.
            extra_lora: Load LoRA weights. Supports HuggingFace URLs in the format <owner>/<model-name>[/<lora-weights-file.safetensors>]. For example, 'fofr/flux-pixar-cars'. Not sent when not set.
            lora_scale: Determines how strongly the main LoRA should be applied. Sane results between 0 and 1 for base inference. For go_fast we apply a 1.5x multiplier to this value; we've generally seen good performance when scaling the base value by that amount. You may still need to experiment to find the best value for your particular lora. Range: -1 to 3. Default (applied by the provider when not set): 1.
            megapixels: Approximate number of megapixels for generated image. Allowed: '1', '0.25'. Default (applied by the provider when not set): '1'.
            speed_mode: Speed optimization level. Allowed: 'Base Model (compiled)', 'Lightly Juiced 🍊', 'Juiced 🧃', 'Extra Juiced 🔥'. Default (applied by the provider when not set): 'Juiced 🧃'.
            num_outputs: Number of outputs to generate. Range: 1 to 4. Default (applied by the provider when not set): 1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 1 to 100. Default (applied by the provider when not set): 80.
            prompt_strength: Prompt strength when using img2img. 1.0 corresponds to full destruction of information in image. Range: 0 to 1. Default (applied by the provider when not set): 0.8.
            extra_lora_scale: Determines how strongly the extra LoRA should be applied. Sane results between 0 and 1 for base inference. For go_fast we apply a 1.5x multiplier to this value; we've generally seen good performance when scaling the base value by that amount. You may still need to experiment to find the best value for your particular lora. Range: -1 to 3. Default (applied by the provider when not set): 1.
            num_inference_steps: Number of denoising steps. Recommended range is 28-50, and lower number of steps produce lower quality outputs, faster. Default (applied by the provider when not set): 28.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            FLUX_DEV_LORA,
            _model.FluxDevLoraRequest,
            {
                "lora": lora,
                "seed": seed,
                "image": image,
                "prompt": prompt,
                "guidance": guidance,
                "extra_lora": extra_lora,
                "lora_scale": lora_scale,
                "megapixels": megapixels,
                "speed_mode": speed_mode,
                "num_outputs": num_outputs,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "prompt_strength": prompt_strength,
                "extra_lora_scale": extra_lora_scale,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The flux-dev-lora methods of AsyncPruna."""

    async def flux_dev_lora(
        self,
        *,
        prompt: str,
        lora: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        extra_lora: str | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        megapixels: FluxDevLoraMegapixels | NotGiven = NOT_GIVEN,
        speed_mode: FluxDevLoraSpeedMode | NotGiven = NOT_GIVEN,
        num_outputs: int | NotGiven = NOT_GIVEN,
        aspect_ratio: FluxDevLoraAspectRatio | NotGiven = NOT_GIVEN,
        output_format: FluxDevLoraOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        prompt_strength: float | NotGiven = NOT_GIVEN,
        extra_lora_scale: float | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """flux-dev-lora: AI model for content generation. Rate limit: 150 requests per minute.

        Model flux-dev-lora (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-dev-lora (imagegen_typed/docs/pruna.md, section 'flux-dev-lora (flux-dev-lora)').

        Args:
            lora: Load LoRA weights. Supports HuggingFace URLs in the format <owner>/<model-name>[/<lora-weights-file.safetensors>]. For example, 'fofr/flux-pixar-cars'. Not sent when not set.
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            image: Input image for image to image mode. The aspect ratio of your output will match this image. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            prompt: Prompt for generated image. Required.
            guidance: Guidance for generated image. Range: 0 to 10. Default (applied by the provider when not set): 3.
            extra_lora: Load LoRA weights. Supports HuggingFace URLs in the format <owner>/<model-name>[/<lora-weights-file.safetensors>]. For example, 'fofr/flux-pixar-cars'. Not sent when not set.
            lora_scale: Determines how strongly the main LoRA should be applied. Sane results between 0 and 1 for base inference. For go_fast we apply a 1.5x multiplier to this value; we've generally seen good performance when scaling the base value by that amount. You may still need to experiment to find the best value for your particular lora. Range: -1 to 3. Default (applied by the provider when not set): 1.
            megapixels: Approximate number of megapixels for generated image. Allowed: '1', '0.25'. Default (applied by the provider when not set): '1'.
            speed_mode: Speed optimization level. Allowed: 'Base Model (compiled)', 'Lightly Juiced 🍊', 'Juiced 🧃', 'Extra Juiced 🔥'. Default (applied by the provider when not set): 'Juiced 🧃'.
            num_outputs: Number of outputs to generate. Range: 1 to 4. Default (applied by the provider when not set): 1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 1 to 100. Default (applied by the provider when not set): 80.
            prompt_strength: Prompt strength when using img2img. 1.0 corresponds to full destruction of information in image. Range: 0 to 1. Default (applied by the provider when not set): 0.8.
            extra_lora_scale: Determines how strongly the extra LoRA should be applied. Sane results between 0 and 1 for base inference. For go_fast we apply a 1.5x multiplier to this value; we've generally seen good performance when scaling the base value by that amount. You may still need to experiment to find the best value for your particular lora. Range: -1 to 3. Default (applied by the provider when not set): 1.
            num_inference_steps: Number of denoising steps. Recommended range is 28-50, and lower number of steps produce lower quality outputs, faster. Default (applied by the provider when not set): 28.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            FLUX_DEV_LORA,
            _model.FluxDevLoraRequest,
            {
                "lora": lora,
                "seed": seed,
                "image": image,
                "prompt": prompt,
                "guidance": guidance,
                "extra_lora": extra_lora,
                "lora_scale": lora_scale,
                "megapixels": megapixels,
                "speed_mode": speed_mode,
                "num_outputs": num_outputs,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "prompt_strength": prompt_strength,
                "extra_lora_scale": extra_lora_scale,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )
