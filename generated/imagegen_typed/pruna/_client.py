"""Pruna P-API clients: Pruna (sync) and AsyncPruna (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Generated from the Pruna P-API specs; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._runtime.client_base import AsyncClient, SyncClient
from .._runtime.credentials import secret_argument as _secret
from .._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from .._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from .._runtime.results import AsyncPredictionResult, PredictionResult
from . import _endpoints as _ep
from . import models as _models  # each model's module loads on first use (models/__init__.py)
from .errors import DEFAULT_ERROR, ERRORS
from .types import (
    Flux2Klein4bAspectRatio,
    Flux2Klein4bOutputFormat,
    Flux2Klein4bOutputMegapixels,
    FluxDevAspectRatio,
    FluxDevLoraAspectRatio,
    FluxDevLoraMegapixels,
    FluxDevLoraOutputFormat,
    FluxDevLoraSpeedMode,
    FluxDevOutputFormat,
    FluxDevSpeedMode,
    PImageAspectRatio,
    PImageEditAspectRatio,
    PImageEditLoraAspectRatio,
    PImageLoraAspectRatio,
    PImageTryOnOutputFormat,
    PImageUpscaleOutputFormat,
    PVideoAnimateResolution,
    PVideoAnimateTargetFps,
    PVideoAspectRatio,
    PVideoAvatarResolution,
    PVideoAvatarVoice,
    PVideoAvatarVoiceLanguage,
    PVideoFps,
    PVideoReplaceResolution,
    PVideoReplaceTargetFps,
    PVideoResolution,
    QwenImageAspectRatio,
    QwenImageEditPlusAspectRatio,
    QwenImageEditPlusOutputFormat,
    QwenImageFastAspectRatio,
    QwenImageImageSize,
    QwenImageOutputFormat,
    VaceSampleSolver,
    VaceSize,
    VaceSpeedMode,
    WanI2vResolution,
    WanImageSmallAspectRatio,
    WanImageSmallOutputFormat,
    WanT2vAspectRatio,
    WanT2vResolution,
    ZImageTurboLoraOutputFormat,
    ZImageTurboOutputFormat,
)


class Pruna(SyncClient, SyncPredictionsSurface):
    """Synchronous Pruna P-API client.

    The API key comes from the `api_key` argument or the PRUNA_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_P_API

    def flux_2_klein_4b(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: Flux2Klein4bAspectRatio | NotGiven = NOT_GIVEN,
        output_format: Flux2Klein4bOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        output_megapixels: Flux2Klein4bOutputMegapixels | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """flux-2-klein-4b: AI model for content generation. Rate limit: 150 requests per minute.

        Model flux-2-klein-4b (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-2-klein-4b (imagegen_typed/docs/pruna.md, section 'flux-2-klein-4b (flux-2-klein-4b)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            images: List of input images for image-to-image generation. Maximum 5 images. Must be jpeg, png, gif, or webp. Default (applied by the provider when not set): []. A local path, bytes or an open binary file is uploaded first.
            prompt: Text prompt for image generation. Required.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): False.
            aspect_ratio: Aspect ratio for the generated image. Use 'match_input_image' to match the aspect ratio of the first input image. Allowed: '1:1', '16:9', '9:16', '3:2', '2:3', '4:3', '3:4', '5:4', '4:5', '21:9', '9:21', 'match_input_image'. Default (applied by the provider when not set): '1:1'.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 95.
            output_megapixels: Resolution of the output image in megapixels. Allowed: '0.25', '0.5', '1', '2', '4'. Default (applied by the provider when not set): '1'.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.FLUX_2_KLEIN_4B,
            _models.Flux2Klein4bRequest,
            {
                "seed": seed,
                "images": images,
                "prompt": prompt,
                "go_fast": go_fast,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_megapixels": output_megapixels,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    def flux_dev(
        self,
        *,
        prompt: str,
        speed_mode: FluxDevSpeedMode | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: FluxDevAspectRatio | NotGiven = NOT_GIVEN,
        image_size: int | NotGiven = NOT_GIVEN,
        output_format: FluxDevOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """FLUX.1 [dev]: Text-to-image generation with the Flux.1-dev base model on Pruna's P-API.

        Model flux-dev (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-dev (imagegen_typed/docs/pruna.md, section 'FLUX.1 [dev] (flux-dev)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            speed_mode: Speed optimization level, one of four labelled values. Allowed: 'Lightly Juiced 🍊 (more consistent)', 'Juiced 🔥 (default)', 'Extra Juiced 🔥 (more speed)', 'Blink of an eye 👁️'. Default (applied by the provider when not set): 'Extra Juiced 🔥 (more speed)'.
            num_inference_steps: Number of inference steps. Default (applied by the provider when not set): 28.
            guidance: Guidance scale; higher values follow the prompt more closely. Default (applied by the provider when not set): 3.5.
            seed: Random seed for reproducible generation; -1 for random. Default (applied by the provider when not set): -1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            image_size: Base image size in pixels (longest side). Default (applied by the provider when not set): 1024.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Range: 1 to 100. Default (applied by the provider when not set): 80.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.FLUX_DEV,
            _models.FluxDevRequest,
            {
                "prompt": prompt,
                "speed_mode": speed_mode,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "output_format": output_format,
                "output_quality": output_quality,
            },
            **options,
        )

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
            _ep.FLUX_DEV_LORA,
            _models.FluxDevLoraRequest,
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

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """P-Image: Pruna's P-Image text-to-image model, fast enough for synchronous (Try-Sync) calls.

        Model p-image (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image (imagegen_typed/docs/pruna.md, section 'P-Image (p-image)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            lora_scale: Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            prompt_upsampling: Upsample the prompt with an LLM. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return self._generate(
            _ep.P_IMAGE,
            _models.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "lora_scale": lora_scale,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "prompt_upsampling": prompt_upsampling,
            },
            **options,
        )

    def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        reference_image: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """P-Image-Edit: Pruna's P-Image-Edit model, which edits and composes 1 to 5 input images from a text instruction.

        Model p-image-edit (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-edit (imagegen_typed/docs/pruna.md, section 'P-Image-Edit (p-image-edit)').

        Args:
            prompt: Text instruction describing the edit; the input images can be referred to as image 1, image 2 and so on. Required.
            images: URLs of the 1 to 5 input images, for instance from the files endpoint; the main image first. Items: 1 to 5. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            turbo: Run faster with additional optimizations; turning it off is recommended for complicated edits. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output image; match_input_image matches the first input image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            reference_image: Undocumented: Pruna's API reference does not list it and may refuse it (422); an example of Pruna's sends \"1\". Not sent when not set.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_IMAGE_EDIT,
            _models.PImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "reference_image": reference_image,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

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
            _ep.P_IMAGE_EDIT_LORA,
            _models.PImageEditLoraRequest,
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

    def p_image_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageLoraAspectRatio | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-image-lora: AI model for content generation. Rate limit: 500 requests per minute.

        Model p-image-lora (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-lora (imagegen_typed/docs/pruna.md, section 'p-image-lora (p-image-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            height: Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            prompt: Text prompt for image generation. Required.
            lora_scale: Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            prompt_upsampling: Upsample the prompt with an LLM. Default (applied by the provider when not set): False.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return self._generate(
            _ep.P_IMAGE_LORA,
            _models.PImageLoraRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "lora_scale": lora_scale,
                "aspect_ratio": aspect_ratio,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "prompt_upsampling": prompt_upsampling,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    def p_image_try_on(
        self,
        *,
        person_image: FileInput,
        garment_images: Sequence[FileInput],
        seed: int | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        output_format: PImageTryOnOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        reference_pose: FileInput | NotGiven = NOT_GIVEN,
        preserve_input_size: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-image-try-on: Virtual try-on model that fits one or more garment images onto a person image. Rate limit: 500 requests per minute.

        Model p-image-try-on (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-try-on (imagegen_typed/docs/pruna.md, section 'p-image-try-on (p-image-try-on)').

        Args:
            seed: Random seed. Leave blank for a random seed. Not sent when not set.
            prompt: EXPERIMENTAL. For non-flatlay garment images, indicates which garment of an image to use, e.g. 'the green t-shirt from image 1 and the trousers from image 2'. Default (applied by the provider when not set): ''.
            turbo: If turned on, the model will run faster with additional optimizations. Not recommended for more than 4 garments. Default (applied by the provider when not set): False.
            person_image: Person image to edit. Required. A local path, bytes or an open binary file is uploaded first.
            output_format: Format of the saved output image. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            garment_images: Garment reference images. Up to 6 recommended, up to 11 supported. Required. A local path, bytes or an open binary file is uploaded first.
            output_quality: Quality for jpg/webp outputs from 0 to 100. Range: 0 to 100. Default (applied by the provider when not set): 95.
            reference_pose: Optional reference pose image. When provided, the person is reposed to match this reference before virtual try-on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            preserve_input_size: Return the output at the original input resolution. Default (applied by the provider when not set): True.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_IMAGE_TRY_ON,
            _models.PImageTryOnRequest,
            {
                "seed": seed,
                "prompt": prompt,
                "turbo": turbo,
                "person_image": person_image,
                "output_format": output_format,
                "garment_images": garment_images,
                "output_quality": output_quality,
                "reference_pose": reference_pose,
                "preserve_input_size": preserve_input_size,
            },
            **options,
        )

    def p_image_upscale(
        self,
        *,
        image: FileInput,
        target: int | NotGiven = NOT_GIVEN,
        output_format: PImageUpscaleOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        enhance_details: bool | NotGiven = NOT_GIVEN,
        enhance_realism: bool | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-image-upscale: AI model to upscale images to higher resolutions. Rate limit: 500 requests per minute.

        Model p-image-upscale (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-upscale (imagegen_typed/docs/pruna.md, section 'p-image-upscale (p-image-upscale)').

        Args:
            image: Input image to upscale. Required. A local path, bytes or an open binary file is uploaded first.
            target: Target resolution in megapixels (used when upscale_mode is 'target'). Range: 1 to 8. Default (applied by the provider when not set): 4.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            enhance_details: Enhance fine textures and small details. May increase contrast and introduce minor deviations from the original image. Default (applied by the provider when not set): False.
            enhance_realism: Improve realism. May deviate more from the original image. Recommended for AI-generated images. Default (applied by the provider when not set): False.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_IMAGE_UPSCALE,
            _models.PImageUpscaleRequest,
            {
                "image": image,
                "target": target,
                "output_format": output_format,
                "output_quality": output_quality,
                "enhance_details": enhance_details,
                "enhance_realism": enhance_realism,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    def p_video(
        self,
        *,
        prompt: str,
        fps: PVideoFps | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        audio: FileInput | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        resolution: PVideoResolution | NotGiven = NOT_GIVEN,
        save_audio: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PVideoAspectRatio | NotGiven = NOT_GIVEN,
        last_frame_image: FileInput | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        disable_safety_filter: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-video: AI model for content generation. Rate limit: 250 requests per minute.

        Model p-video (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-video (imagegen_typed/docs/pruna.md, section 'p-video (p-video)').

        Args:
            fps: Frames per second of the video. Allowed: 24, 48. Default (applied by the provider when not set): 24.
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            audio: Input audio to condition video generation. Supports flac, mp3, wav. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            draft: Draft mode. Generates a lower-quality preview of the video, but if you fix the seed it will be the exact same video as the non-draft mode, just with a faster generation. Use this to experiment. Default (applied by the provider when not set): False.
            image: Input image to generate video from (image-to-video). Supports jpg, jpeg, png, webp. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            prompt: Text prompt for video generation. Required.
            duration: Duration of the video in seconds (1-20). Ignored when audio is provided. Range: 1 to 20. Default (applied by the provider when not set): 5.
            resolution: Resolution of the video. Allowed: '720p', '1080p'. Default (applied by the provider when not set): '720p'.
            save_audio: Save the video with audio. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the video. Ignored when an input image is provided. Allowed: '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '1:1'. Default (applied by the provider when not set): '16:9'.
            last_frame_image: Reference image for the last frame of the video. Supports jpg, jpeg, png, webp. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            prompt_upsampling: Use prompt upsampling to enhance the prompt. Default (applied by the provider when not set): True.
            disable_safety_filter: Disable safety filter for prompts (and input image). When disabled, prompts are not checked for unsafe content before generation. Default (applied by the provider when not set): True.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_VIDEO,
            _models.PVideoRequest,
            {
                "fps": fps,
                "seed": seed,
                "audio": audio,
                "draft": draft,
                "image": image,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "save_audio": save_audio,
                "aspect_ratio": aspect_ratio,
                "last_frame_image": last_frame_image,
                "prompt_upsampling": prompt_upsampling,
                "disable_safety_filter": disable_safety_filter,
            },
            **options,
        )

    def p_video_animate(
        self,
        *,
        image: FileInput,
        video: FileInput,
        seed: int | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        resolution: PVideoAnimateResolution | NotGiven = NOT_GIVEN,
        save_audio: bool | NotGiven = NOT_GIVEN,
        target_fps: PVideoAnimateTargetFps | NotGiven = NOT_GIVEN,
        ignore_audio: bool | NotGiven = NOT_GIVEN,
        instruction_prompt: str | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-video-animate: AI model for content generation. Rate limit: 50 requests per minute.

        Model p-video-animate (50 requests/min).
        Reference: python -m imagegen_typed docs pruna p-video-animate (imagegen_typed/docs/pruna.md, section 'p-video-animate (p-video-animate)').

        Args:
            seed: Random seed. Leave blank for random. Not sent when not set.
            image: Reference image of the subject to animate. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Turbo mode: faster generation for slightly lower quality. Default (applied by the provider when not set): False.
            video: Source RGB video (.mp4): motion + audio source. Required. A local path, bytes or an open binary file is uploaded first.
            resolution: Target ~megapixel budget: 720p ≈ 1 MP, 1080p ≈ 2 MP (aspect ratio preserved). Allowed: '720p', '1080p'. Default (applied by the provider when not set): '720p'.
            save_audio: Save the video with audio. Default (applied by the provider when not set): True.
            target_fps: Target FPS for the working video. Allowed: 'original', '24', '48'. Default (applied by the provider when not set): 'original'.
            ignore_audio: Ignore source audio during generation. If save_audio is true, the source audio is still saved with the final video. Default (applied by the provider when not set): False.
            instruction_prompt: Further instruction on how the reference subject should be animated using the motion of the input video. Default (applied by the provider when not set): ''.
            disable_safety_checker: Disable safety checker for generated videos. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_VIDEO_ANIMATE,
            _models.PVideoAnimateRequest,
            {
                "seed": seed,
                "image": image,
                "turbo": turbo,
                "video": video,
                "resolution": resolution,
                "save_audio": save_audio,
                "target_fps": target_fps,
                "ignore_audio": ignore_audio,
                "instruction_prompt": instruction_prompt,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    def p_video_avatar(
        self,
        *,
        image: FileInput,
        seed: int | NotGiven = NOT_GIVEN,
        audio: FileInput | NotGiven = NOT_GIVEN,
        voice: PVideoAvatarVoice | NotGiven = NOT_GIVEN,
        resolution: PVideoAvatarResolution | NotGiven = NOT_GIVEN,
        video_prompt: str | NotGiven = NOT_GIVEN,
        voice_prompt: str | NotGiven = NOT_GIVEN,
        voice_script: str | NotGiven = NOT_GIVEN,
        voice_language: PVideoAvatarVoiceLanguage | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        disable_safety_filter: bool | NotGiven = NOT_GIVEN,
        strength_negative_prompt: float | NotGiven = NOT_GIVEN,
        disable_prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-video-avatar: AI model for content generation. Rate limit: 50 requests per minute.

        Model p-video-avatar (50 requests/min).
        Reference: python -m imagegen_typed docs pruna p-video-avatar (imagegen_typed/docs/pruna.md, section 'p-video-avatar (p-video-avatar)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            audio: Optional uploaded audio to drive avatar speech. If provided, this is used instead of voice_script and voice settings. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            image: Input image (first frame). Supports jpg, jpeg, png, webp. Required. A local path, bytes or an open binary file is uploaded first.
            voice: Voice to use when generating speech from voice_script. Allowed: 'Zephyr (Female)', 'Puck (Male)', 'Charon (Male)', 'Kore (Female)', 'Fenrir (Male)', 'Leda (Female)', 'Orus (Male)', 'Aoede (Female)', 'Callirrhoe (Female)', 'Autonoe (Female)', 'Enceladus (Male)', 'Iapetus (Male)', 'Umbriel (Male)', 'Algenib (Male)', 'Despina (Female)', 'Erinome (Female)', 'Laomedeia (Female)', 'Achernar (Female)', 'Algieba (Male)', 'Schedar (Male)', 'Gacrux (Female)', 'Pulcherrima (Female)', 'Achird (Male)', 'Zubenelgenubi (Male)', 'Vindemiatrix (Female)', 'Sadachbia (Male)', 'Sadaltager (Male)', 'Sulafat (Female)', 'Alnilam (Male)', 'Rasalgethi (Male)'. Default (applied by the provider when not set): 'Zephyr (Female)'.
            resolution: Resolution of the video. Allowed: '720p', '1080p'. Default (applied by the provider when not set): '720p'.
            video_prompt: Optional visual prompt describing how the person should appear or behave while speaking. Default (applied by the provider when not set): 'The person is talking.'.
            voice_prompt: Optional style instructions for how to speak voice_script, such as tone, pacing, accent, or emotion. These instructions are not spoken. Default (applied by the provider when not set): 'Say the following.'.
            voice_script: Exact words the avatar should say. Required when no audio file is uploaded. Default (applied by the provider when not set): ''.
            voice_language: Language/accent target for generated speech. Allowed: 'English (US)', 'English (UK)', 'Spanish', 'French', 'German', 'Italian', 'Portuguese (Brazil)', 'Japanese', 'Korean', 'Hindi'. Default (applied by the provider when not set): 'English (US)'.
            negative_prompt: Disabled if empty. Mention what you do NOT want in the video, e.g. \"subtitles, text, blurry, low quality, frames, watermark, titles, scene change\". We recommend using multiple keywords at once. Default (applied by the provider when not set): ''.
            disable_safety_filter: Disable safety filter for prompts and input image. When disabled, prompts are not checked for unsafe content before generation. Default (applied by the provider when not set): True.
            strength_negative_prompt: Strength of the Negative Prompt. Optimal value can differ for different video lengths (Experimental Feature). Range: 0 to 4. Default (applied by the provider when not set): 0.5.
            disable_prompt_upsampling: When true, skip automatic enhancement of the visual video prompt and use video_prompt directly. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_VIDEO_AVATAR,
            _models.PVideoAvatarRequest,
            {
                "seed": seed,
                "audio": audio,
                "image": image,
                "voice": voice,
                "resolution": resolution,
                "video_prompt": video_prompt,
                "voice_prompt": voice_prompt,
                "voice_script": voice_script,
                "voice_language": voice_language,
                "negative_prompt": negative_prompt,
                "disable_safety_filter": disable_safety_filter,
                "strength_negative_prompt": strength_negative_prompt,
                "disable_prompt_upsampling": disable_prompt_upsampling,
            },
            **options,
        )

    def p_video_replace(
        self,
        *,
        video: FileInput,
        images: Sequence[FileInput],
        seed: int | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        resolution: PVideoReplaceResolution | NotGiven = NOT_GIVEN,
        save_audio: bool | NotGiven = NOT_GIVEN,
        target_fps: PVideoReplaceTargetFps | NotGiven = NOT_GIVEN,
        ignore_audio: bool | NotGiven = NOT_GIVEN,
        instruction_prompt: str | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-video-replace: AI model for content generation. Rate limit: 50 requests per minute.

        Model p-video-replace (50 requests/min).
        Reference: python -m imagegen_typed docs pruna p-video-replace (imagegen_typed/docs/pruna.md, section 'p-video-replace (p-video-replace)').

        Args:
            seed: Random seed. Leave blank for random. Not sent when not set.
            turbo: Turbo mode: faster generation for slightly lower quality. Default (applied by the provider when not set): False.
            video: Source RGB video (.mp4): motion + audio source. Required. A local path, bytes or an open binary file is uploaded first.
            images: Identity reference image(s) (1-3) to place into the video. Required. A local path, bytes or an open binary file is uploaded first.
            resolution: Target ~megapixel budget: 720p ≈ 1 MP, 1080p ≈ 2 MP (aspect ratio preserved). Allowed: '720p', '1080p'. Default (applied by the provider when not set): '720p'.
            save_audio: Save the video with audio. Default (applied by the provider when not set): True.
            target_fps: Target FPS for the working video. Allowed: 'original', '24', '48'. Default (applied by the provider when not set): 'original'.
            ignore_audio: Ignore source audio during generation. If save_audio is true, the source audio is still saved with the final video. Default (applied by the provider when not set): False.
            instruction_prompt: Further instruction on how to place the people from the reference images into the scene. Default (applied by the provider when not set): ''.
            disable_safety_checker: Disable safety checker for generated videos. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.P_VIDEO_REPLACE,
            _models.PVideoReplaceRequest,
            {
                "seed": seed,
                "turbo": turbo,
                "video": video,
                "images": images,
                "resolution": resolution,
                "save_audio": save_audio,
                "target_fps": target_fps,
                "ignore_audio": ignore_audio,
                "instruction_prompt": instruction_prompt,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

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
            _ep.QWEN_IMAGE,
            _models.QwenImageRequest,
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

    def qwen_image_edit_plus(
        self,
        *,
        image: Sequence[FileInput],
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageEditPlusAspectRatio | NotGiven = NOT_GIVEN,
        output_format: QwenImageEditPlusOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """qwen-image-edit-plus: AI model for content generation. Rate limit: 150 requests per minute.

        Model qwen-image-edit-plus (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image-edit-plus (imagegen_typed/docs/pruna.md, section 'qwen-image-edit-plus (qwen-image-edit-plus)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            image: Images to use as reference. Must be jpeg, png, gif, or webp. Required. A local path, bytes or an open binary file is uploaded first.
            prompt: Text instruction on how to edit the given image. Required.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', 'match_input_image'. Default (applied by the provider when not set): 'match_input_image'.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'webp'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 95.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.QWEN_IMAGE_EDIT_PLUS,
            _models.QwenImageEditPlusRequest,
            {
                "seed": seed,
                "image": image,
                "prompt": prompt,
                "go_fast": go_fast,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    def qwen_image_fast(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        creativity: float | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageFastAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """qwen-image-fast: AI model for content generation. Rate limit: 150 requests per minute.

        Model qwen-image-fast (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image-fast (imagegen_typed/docs/pruna.md, section 'qwen-image-fast (qwen-image-fast)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            height: Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            prompt: Text prompt for image generation. Required.
            creativity: Control the creativity of the model. Higher values increase the seed diversity. Range: 0 to 1. Default (applied by the provider when not set): 0.62.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.QWEN_IMAGE_FAST,
            _models.QwenImageFastRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "creativity": creativity,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    def vace(
        self,
        *,
        prompt: str,
        src_video: FileInput | NotGiven = NOT_GIVEN,
        src_mask: FileInput | NotGiven = NOT_GIVEN,
        src_ref_images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        size: VaceSize | NotGiven = NOT_GIVEN,
        frame_num: int | NotGiven = NOT_GIVEN,
        sample_steps: int | NotGiven = NOT_GIVEN,
        sample_guide_scale: float | NotGiven = NOT_GIVEN,
        sample_solver: VaceSampleSolver | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        speed_mode: VaceSpeedMode | NotGiven = NOT_GIVEN,
        sample_shift: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """VACE: Video generation and editing with VACE on Pruna's P-API, from a prompt and optional source video, mask and reference images; Pruna recommends the asynchronous workflow for it.

        Model vace (30 requests/min).
        Reference: python -m imagegen_typed docs pruna vace (imagegen_typed/docs/pruna.md, section 'VACE (vace)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            src_video: URL of an input video to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_mask: URL of an input mask (video or image) marking what to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_ref_images: URLs of reference images. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            size: Output resolution, width*height. Allowed: '720*1280', '1280*720', '480*832', '832*480'. Default (applied by the provider when not set): '832*480'.
            frame_num: Number of frames to generate. Default (applied by the provider when not set): 81.
            sample_steps: Number of sampling steps. Default (applied by the provider when not set): 50.
            sample_guide_scale: Sampling guidance scale. Default (applied by the provider when not set): 5.
            sample_solver: Sampling solver. Allowed: 'unipc', 'dpm++'. Default (applied by the provider when not set): 'unipc'.
            seed: Random seed (-1 for random). Default (applied by the provider when not set): -1.
            speed_mode: Speed optimization level. Allowed: 'Lightly Juiced 🍊 (more consistent)', 'Juiced 🔥 (more speed)', 'Extra Juiced 🚀 (even more speed)'. Default (applied by the provider when not set): 'Lightly Juiced 🍊 (more consistent)'.
            sample_shift: Sample shift. Default (applied by the provider when not set): 16.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.VACE,
            _models.VaceRequest,
            {
                "prompt": prompt,
                "src_video": src_video,
                "src_mask": src_mask,
                "src_ref_images": src_ref_images,
                "size": size,
                "frame_num": frame_num,
                "sample_steps": sample_steps,
                "sample_guide_scale": sample_guide_scale,
                "sample_solver": sample_solver,
                "seed": seed,
                "speed_mode": speed_mode,
                "sample_shift": sample_shift,
            },
            **options,
        )

    def wan_i2v(
        self,
        *,
        prompt: str,
        image: FileInput,
        last_image: FileInput | NotGiven = NOT_GIVEN,
        num_frames: int | NotGiven = NOT_GIVEN,
        resolution: WanI2vResolution | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        interpolate_output: bool | NotGiven = NOT_GIVEN,
        lora_scale_transformer: float | NotGiven = NOT_GIVEN,
        lora_scale_transformer_2: float | NotGiven = NOT_GIVEN,
        lora_weights_transformer: str | NotGiven = NOT_GIVEN,
        lora_weights_transformer_2: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Wan Image-to-Video: Image-to-video generation with Wan on Pruna's P-API; Pruna recommends the asynchronous workflow for it.

        Model wan-i2v (30 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-i2v (imagegen_typed/docs/pruna.md, section 'Wan Image-to-Video (wan-i2v)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            image: URL of the input image to animate, for instance from the files endpoint. Required. A local path, bytes or an open binary file is uploaded first.
            last_image: URL of an optional last image to condition the video on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            num_frames: Number of video frames. Range: 81 to 121. Default (applied by the provider when not set): 81.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Range: 5 to 30. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Range: 1 to 20. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Default (applied by the provider when not set): False.
            interpolate_output: Interpolate the generated video to 30 FPS using ffmpeg. Default (applied by the provider when not set): False.
            lora_scale_transformer: Determines how strongly the transformer LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_scale_transformer_2: Determines how strongly the transformer_2 LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_weights_transformer: Load LoRA weights for the HIGH transformer. Supports arbitrary .safetensors URLs from the Internet (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_hinoise.safetensors'). Not sent when not set.
            lora_weights_transformer_2: Load LoRA weights for the LOW transformer_2. Supports arbitrary .safetensors URLs from the Internet. Can be different from transformer LoRA. (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_lownoise.safetensors'). Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.WAN_I2V,
            _models.WanI2vRequest,
            {
                "prompt": prompt,
                "image": image,
                "last_image": last_image,
                "num_frames": num_frames,
                "resolution": resolution,
                "frames_per_second": frames_per_second,
                "go_fast": go_fast,
                "sample_shift": sample_shift,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "interpolate_output": interpolate_output,
                "lora_scale_transformer": lora_scale_transformer,
                "lora_scale_transformer_2": lora_scale_transformer_2,
                "lora_weights_transformer": lora_weights_transformer,
                "lora_weights_transformer_2": lora_weights_transformer_2,
            },
            **options,
        )

    def wan_image_small(
        self,
        *,
        prompt: str,
        aspect_ratio: WanImageSmallAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        juiced: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_format: WanImageSmallOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_outputs: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Wan Image Small: Fast text-to-image model on Pruna's P-API, one of the fast models Pruna lists as suited to synchronous mode.

        Model wan-image-small (150 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-image-small (imagegen_typed/docs/pruna.md, section 'Wan Image Small (wan-image-small)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: 'custom', '1:1', '16:9', '9:16', '4:3', '3:4', '21:9'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 900. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 900. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            juiced: Faster inference with additional optimizations. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation. Not sent when not set.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Range: 1 to 100. Default (applied by the provider when not set): 80.
            num_outputs: Number of outputs to generate. Range: 1 to 4. Default (applied by the provider when not set): 1.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.WAN_IMAGE_SMALL,
            _models.WanImageSmallRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "juiced": juiced,
                "seed": seed,
                "output_format": output_format,
                "output_quality": output_quality,
                "num_outputs": num_outputs,
            },
            **options,
        )

    def wan_t2v(
        self,
        *,
        prompt: str,
        num_frames: int | NotGiven = NOT_GIVEN,
        aspect_ratio: WanT2vAspectRatio | NotGiven = NOT_GIVEN,
        resolution: WanT2vResolution | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        optimize_prompt: bool | NotGiven = NOT_GIVEN,
        interpolate_output: bool | NotGiven = NOT_GIVEN,
        lora_scale_transformer: float | NotGiven = NOT_GIVEN,
        lora_scale_transformer_2: float | NotGiven = NOT_GIVEN,
        lora_weights_transformer: str | NotGiven = NOT_GIVEN,
        lora_weights_transformer_2: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Wan Text-to-Video: Text-to-video generation with Wan on Pruna's P-API; Pruna recommends the asynchronous workflow for it.

        Model wan-t2v (30 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-t2v (imagegen_typed/docs/pruna.md, section 'Wan Text-to-Video (wan-t2v)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            num_frames: Number of video frames. Range: 81 to 121. Default (applied by the provider when not set): 81.
            aspect_ratio: Aspect ratio of the video. Allowed: '16:9', '9:16'. Default (applied by the provider when not set): '16:9'.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Range: 5 to 30. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Range: 1 to 20. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Default (applied by the provider when not set): False.
            optimize_prompt: Translate prompt to Chinese before generation. Default (applied by the provider when not set): False.
            interpolate_output: Interpolate the generated video to 30 FPS using ffmpeg. Default (applied by the provider when not set): True.
            lora_scale_transformer: Determines how strongly the transformer LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_scale_transformer_2: Determines how strongly the transformer_2 LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_weights_transformer: Load LoRA weights for transformer. Supports arbitrary .safetensors URLs from the Internet (for example, 'https://huggingface.co/Viktor1717/scandinavian-interior-style1/resolve/main/my_first_flux_lora_v1.safetensors'). Not sent when not set.
            lora_weights_transformer_2: Load LoRA weights for transformer_2. Supports arbitrary .safetensors URLs from the Internet. Can be different from transformer LoRA. Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.WAN_T2V,
            _models.WanT2vRequest,
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "frames_per_second": frames_per_second,
                "go_fast": go_fast,
                "sample_shift": sample_shift,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "optimize_prompt": optimize_prompt,
                "interpolate_output": interpolate_output,
                "lora_scale_transformer": lora_scale_transformer,
                "lora_scale_transformer_2": lora_scale_transformer_2,
                "lora_weights_transformer": lora_weights_transformer,
                "lora_weights_transformer_2": lora_weights_transformer_2,
            },
            **options,
        )

    def z_image_turbo(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        output_format: ZImageTurboOutputFormat | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """z-image-turbo: AI model based on z-image for image generation. Rate limit: 150 requests per minute.

        Model z-image-turbo (150 requests/min).
        Reference: python -m imagegen_typed docs pruna z-image-turbo (imagegen_typed/docs/pruna.md, section 'z-image-turbo (z-image-turbo)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Range: 64 to 2048. Default (applied by the provider when not set): 1024.
            height: Height of the generated image. Range: 64 to 2048. Default (applied by the provider when not set): 1024.
            prompt: Text prompt for image generation. Required.
            go_fast: Apply additional optimizations for faster generation. Default (applied by the provider when not set): False.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            guidance_scale: Guidance scale. Should be 0 for Turbo models. Range: 0 to 20. Default (applied by the provider when not set): 0.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            num_inference_steps: Number of inference steps. Range: 1 to 50. Default (applied by the provider when not set): 8.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.Z_IMAGE_TURBO,
            _models.ZImageTurboRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "go_fast": go_fast,
                "output_format": output_format,
                "guidance_scale": guidance_scale,
                "output_quality": output_quality,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )

    def z_image_turbo_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        lora_scales: Sequence[float] | NotGiven = NOT_GIVEN,
        lora_weights: Sequence[str] | NotGiven = NOT_GIVEN,
        output_format: ZImageTurboLoraOutputFormat | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """z-image-turbo-lora: AI model based on z-image compatible with custom loras for content generation. Rate limit: 150 requests per minute.

        Model z-image-turbo-lora (150 requests/min).
        Reference: python -m imagegen_typed docs pruna z-image-turbo-lora (imagegen_typed/docs/pruna.md, section 'z-image-turbo-lora (z-image-turbo-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Range: 64 to 1440. Default (applied by the provider when not set): 1024.
            height: Height of the generated image. Range: 64 to 1440. Default (applied by the provider when not set): 1024.
            prompt: Text prompt for image generation. Required.
            lora_scales: Scales for each LoRA as an array of floats. Must match the number of lora_weights. Defaults to 1.0 for each if not provided. Not sent when not set.
            lora_weights: LoRA weights as an array of URLs. Supports .safetensors URLs, tar files, and zip files (e.g., ['https://example.com/lora1.safetensors', 'https://example.com/lora2.safetensors']). Not sent when not set.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            guidance_scale: Guidance scale. Should be 0 for Turbo models. Range: 0 to 20. Default (applied by the provider when not set): 0.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            num_inference_steps: Number of inference steps. This actually results in (num_inference_steps - 1) DiT forwards. Range: 1 to 50. Default (applied by the provider when not set): 8.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            _ep.Z_IMAGE_TURBO_LORA,
            _models.ZImageTurboLoraRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "lora_scales": lora_scales,
                "lora_weights": lora_weights,
                "output_format": output_format,
                "guidance_scale": guidance_scale,
                "output_quality": output_quality,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )


class AsyncPruna(AsyncClient, AsyncPredictionsSurface):
    """Asynchronous Pruna P-API client.

    The API key comes from the `api_key` argument or the PRUNA_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_P_API

    async def flux_2_klein_4b(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: Flux2Klein4bAspectRatio | NotGiven = NOT_GIVEN,
        output_format: Flux2Klein4bOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        output_megapixels: Flux2Klein4bOutputMegapixels | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """flux-2-klein-4b: AI model for content generation. Rate limit: 150 requests per minute.

        Model flux-2-klein-4b (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-2-klein-4b (imagegen_typed/docs/pruna.md, section 'flux-2-klein-4b (flux-2-klein-4b)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            images: List of input images for image-to-image generation. Maximum 5 images. Must be jpeg, png, gif, or webp. Default (applied by the provider when not set): []. A local path, bytes or an open binary file is uploaded first.
            prompt: Text prompt for image generation. Required.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): False.
            aspect_ratio: Aspect ratio for the generated image. Use 'match_input_image' to match the aspect ratio of the first input image. Allowed: '1:1', '16:9', '9:16', '3:2', '2:3', '4:3', '3:4', '5:4', '4:5', '21:9', '9:21', 'match_input_image'. Default (applied by the provider when not set): '1:1'.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 95.
            output_megapixels: Resolution of the output image in megapixels. Allowed: '0.25', '0.5', '1', '2', '4'. Default (applied by the provider when not set): '1'.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.FLUX_2_KLEIN_4B,
            _models.Flux2Klein4bRequest,
            {
                "seed": seed,
                "images": images,
                "prompt": prompt,
                "go_fast": go_fast,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "output_megapixels": output_megapixels,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    async def flux_dev(
        self,
        *,
        prompt: str,
        speed_mode: FluxDevSpeedMode | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: FluxDevAspectRatio | NotGiven = NOT_GIVEN,
        image_size: int | NotGiven = NOT_GIVEN,
        output_format: FluxDevOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """FLUX.1 [dev]: Text-to-image generation with the Flux.1-dev base model on Pruna's P-API.

        Model flux-dev (150 requests/min).
        Reference: python -m imagegen_typed docs pruna flux-dev (imagegen_typed/docs/pruna.md, section 'FLUX.1 [dev] (flux-dev)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            speed_mode: Speed optimization level, one of four labelled values. Allowed: 'Lightly Juiced 🍊 (more consistent)', 'Juiced 🔥 (default)', 'Extra Juiced 🔥 (more speed)', 'Blink of an eye 👁️'. Default (applied by the provider when not set): 'Extra Juiced 🔥 (more speed)'.
            num_inference_steps: Number of inference steps. Default (applied by the provider when not set): 28.
            guidance: Guidance scale; higher values follow the prompt more closely. Default (applied by the provider when not set): 3.5.
            seed: Random seed for reproducible generation; -1 for random. Default (applied by the provider when not set): -1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            image_size: Base image size in pixels (longest side). Default (applied by the provider when not set): 1024.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Range: 1 to 100. Default (applied by the provider when not set): 80.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.FLUX_DEV,
            _models.FluxDevRequest,
            {
                "prompt": prompt,
                "speed_mode": speed_mode,
                "num_inference_steps": num_inference_steps,
                "guidance": guidance,
                "seed": seed,
                "aspect_ratio": aspect_ratio,
                "image_size": image_size,
                "output_format": output_format,
                "output_quality": output_quality,
            },
            **options,
        )

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
            _ep.FLUX_DEV_LORA,
            _models.FluxDevLoraRequest,
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

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """P-Image: Pruna's P-Image text-to-image model, fast enough for synchronous (Try-Sync) calls.

        Model p-image (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image (imagegen_typed/docs/pruna.md, section 'P-Image (p-image)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            lora_scale: Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            prompt_upsampling: Upsample the prompt with an LLM. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return await self._generate(
            _ep.P_IMAGE,
            _models.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "lora_scale": lora_scale,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "prompt_upsampling": prompt_upsampling,
            },
            **options,
        )

    async def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        reference_image: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """P-Image-Edit: Pruna's P-Image-Edit model, which edits and composes 1 to 5 input images from a text instruction.

        Model p-image-edit (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-edit (imagegen_typed/docs/pruna.md, section 'P-Image-Edit (p-image-edit)').

        Args:
            prompt: Text instruction describing the edit; the input images can be referred to as image 1, image 2 and so on. Required.
            images: URLs of the 1 to 5 input images, for instance from the files endpoint; the main image first. Items: 1 to 5. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            turbo: Run faster with additional optimizations; turning it off is recommended for complicated edits. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output image; match_input_image matches the first input image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            reference_image: Undocumented: Pruna's API reference does not list it and may refuse it (422); an example of Pruna's sends \"1\". Not sent when not set.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_IMAGE_EDIT,
            _models.PImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "reference_image": reference_image,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

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
            _ep.P_IMAGE_EDIT_LORA,
            _models.PImageEditLoraRequest,
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

    async def p_image_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        lora_scale: float | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageLoraAspectRatio | NotGiven = NOT_GIVEN,
        hf_api_token: str | NotGiven = NOT_GIVEN,
        lora_weights: str | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-image-lora: AI model for content generation. Rate limit: 500 requests per minute.

        Model p-image-lora (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-lora (imagegen_typed/docs/pruna.md, section 'p-image-lora (p-image-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            height: Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            prompt: Text prompt for image generation. Required.
            lora_scale: Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs. Range: -1 to 3. Default (applied by the provider when not set): 0.5.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            hf_api_token: HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token. Not sent when not set.
            lora_weights: Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input. Not sent when not set.
            prompt_upsampling: Upsample the prompt with an LLM. Default (applied by the provider when not set): False.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        _held_hf_api_token = _secret(hf_api_token)
        del hf_api_token  # held redacted from here on: a traceback may show every local
        return await self._generate(
            _ep.P_IMAGE_LORA,
            _models.PImageLoraRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "lora_scale": lora_scale,
                "aspect_ratio": aspect_ratio,
                "hf_api_token": _held_hf_api_token,
                "lora_weights": lora_weights,
                "prompt_upsampling": prompt_upsampling,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    async def p_image_try_on(
        self,
        *,
        person_image: FileInput,
        garment_images: Sequence[FileInput],
        seed: int | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        output_format: PImageTryOnOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        reference_pose: FileInput | NotGiven = NOT_GIVEN,
        preserve_input_size: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-image-try-on: Virtual try-on model that fits one or more garment images onto a person image. Rate limit: 500 requests per minute.

        Model p-image-try-on (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-try-on (imagegen_typed/docs/pruna.md, section 'p-image-try-on (p-image-try-on)').

        Args:
            seed: Random seed. Leave blank for a random seed. Not sent when not set.
            prompt: EXPERIMENTAL. For non-flatlay garment images, indicates which garment of an image to use, e.g. 'the green t-shirt from image 1 and the trousers from image 2'. Default (applied by the provider when not set): ''.
            turbo: If turned on, the model will run faster with additional optimizations. Not recommended for more than 4 garments. Default (applied by the provider when not set): False.
            person_image: Person image to edit. Required. A local path, bytes or an open binary file is uploaded first.
            output_format: Format of the saved output image. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            garment_images: Garment reference images. Up to 6 recommended, up to 11 supported. Required. A local path, bytes or an open binary file is uploaded first.
            output_quality: Quality for jpg/webp outputs from 0 to 100. Range: 0 to 100. Default (applied by the provider when not set): 95.
            reference_pose: Optional reference pose image. When provided, the person is reposed to match this reference before virtual try-on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            preserve_input_size: Return the output at the original input resolution. Default (applied by the provider when not set): True.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_IMAGE_TRY_ON,
            _models.PImageTryOnRequest,
            {
                "seed": seed,
                "prompt": prompt,
                "turbo": turbo,
                "person_image": person_image,
                "output_format": output_format,
                "garment_images": garment_images,
                "output_quality": output_quality,
                "reference_pose": reference_pose,
                "preserve_input_size": preserve_input_size,
            },
            **options,
        )

    async def p_image_upscale(
        self,
        *,
        image: FileInput,
        target: int | NotGiven = NOT_GIVEN,
        output_format: PImageUpscaleOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        enhance_details: bool | NotGiven = NOT_GIVEN,
        enhance_realism: bool | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-image-upscale: AI model to upscale images to higher resolutions. Rate limit: 500 requests per minute.

        Model p-image-upscale (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-upscale (imagegen_typed/docs/pruna.md, section 'p-image-upscale (p-image-upscale)').

        Args:
            image: Input image to upscale. Required. A local path, bytes or an open binary file is uploaded first.
            target: Target resolution in megapixels (used when upscale_mode is 'target'). Range: 1 to 8. Default (applied by the provider when not set): 4.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            enhance_details: Enhance fine textures and small details. May increase contrast and introduce minor deviations from the original image. Default (applied by the provider when not set): False.
            enhance_realism: Improve realism. May deviate more from the original image. Recommended for AI-generated images. Default (applied by the provider when not set): False.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_IMAGE_UPSCALE,
            _models.PImageUpscaleRequest,
            {
                "image": image,
                "target": target,
                "output_format": output_format,
                "output_quality": output_quality,
                "enhance_details": enhance_details,
                "enhance_realism": enhance_realism,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    async def p_video(
        self,
        *,
        prompt: str,
        fps: PVideoFps | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        audio: FileInput | NotGiven = NOT_GIVEN,
        draft: bool | NotGiven = NOT_GIVEN,
        image: FileInput | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        resolution: PVideoResolution | NotGiven = NOT_GIVEN,
        save_audio: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PVideoAspectRatio | NotGiven = NOT_GIVEN,
        last_frame_image: FileInput | NotGiven = NOT_GIVEN,
        prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        disable_safety_filter: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-video: AI model for content generation. Rate limit: 250 requests per minute.

        Model p-video (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-video (imagegen_typed/docs/pruna.md, section 'p-video (p-video)').

        Args:
            fps: Frames per second of the video. Allowed: 24, 48. Default (applied by the provider when not set): 24.
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            audio: Input audio to condition video generation. Supports flac, mp3, wav. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            draft: Draft mode. Generates a lower-quality preview of the video, but if you fix the seed it will be the exact same video as the non-draft mode, just with a faster generation. Use this to experiment. Default (applied by the provider when not set): False.
            image: Input image to generate video from (image-to-video). Supports jpg, jpeg, png, webp. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            prompt: Text prompt for video generation. Required.
            duration: Duration of the video in seconds (1-20). Ignored when audio is provided. Range: 1 to 20. Default (applied by the provider when not set): 5.
            resolution: Resolution of the video. Allowed: '720p', '1080p'. Default (applied by the provider when not set): '720p'.
            save_audio: Save the video with audio. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the video. Ignored when an input image is provided. Allowed: '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', '1:1'. Default (applied by the provider when not set): '16:9'.
            last_frame_image: Reference image for the last frame of the video. Supports jpg, jpeg, png, webp. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            prompt_upsampling: Use prompt upsampling to enhance the prompt. Default (applied by the provider when not set): True.
            disable_safety_filter: Disable safety filter for prompts (and input image). When disabled, prompts are not checked for unsafe content before generation. Default (applied by the provider when not set): True.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_VIDEO,
            _models.PVideoRequest,
            {
                "fps": fps,
                "seed": seed,
                "audio": audio,
                "draft": draft,
                "image": image,
                "prompt": prompt,
                "duration": duration,
                "resolution": resolution,
                "save_audio": save_audio,
                "aspect_ratio": aspect_ratio,
                "last_frame_image": last_frame_image,
                "prompt_upsampling": prompt_upsampling,
                "disable_safety_filter": disable_safety_filter,
            },
            **options,
        )

    async def p_video_animate(
        self,
        *,
        image: FileInput,
        video: FileInput,
        seed: int | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        resolution: PVideoAnimateResolution | NotGiven = NOT_GIVEN,
        save_audio: bool | NotGiven = NOT_GIVEN,
        target_fps: PVideoAnimateTargetFps | NotGiven = NOT_GIVEN,
        ignore_audio: bool | NotGiven = NOT_GIVEN,
        instruction_prompt: str | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-video-animate: AI model for content generation. Rate limit: 50 requests per minute.

        Model p-video-animate (50 requests/min).
        Reference: python -m imagegen_typed docs pruna p-video-animate (imagegen_typed/docs/pruna.md, section 'p-video-animate (p-video-animate)').

        Args:
            seed: Random seed. Leave blank for random. Not sent when not set.
            image: Reference image of the subject to animate. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Turbo mode: faster generation for slightly lower quality. Default (applied by the provider when not set): False.
            video: Source RGB video (.mp4): motion + audio source. Required. A local path, bytes or an open binary file is uploaded first.
            resolution: Target ~megapixel budget: 720p ≈ 1 MP, 1080p ≈ 2 MP (aspect ratio preserved). Allowed: '720p', '1080p'. Default (applied by the provider when not set): '720p'.
            save_audio: Save the video with audio. Default (applied by the provider when not set): True.
            target_fps: Target FPS for the working video. Allowed: 'original', '24', '48'. Default (applied by the provider when not set): 'original'.
            ignore_audio: Ignore source audio during generation. If save_audio is true, the source audio is still saved with the final video. Default (applied by the provider when not set): False.
            instruction_prompt: Further instruction on how the reference subject should be animated using the motion of the input video. Default (applied by the provider when not set): ''.
            disable_safety_checker: Disable safety checker for generated videos. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_VIDEO_ANIMATE,
            _models.PVideoAnimateRequest,
            {
                "seed": seed,
                "image": image,
                "turbo": turbo,
                "video": video,
                "resolution": resolution,
                "save_audio": save_audio,
                "target_fps": target_fps,
                "ignore_audio": ignore_audio,
                "instruction_prompt": instruction_prompt,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    async def p_video_avatar(
        self,
        *,
        image: FileInput,
        seed: int | NotGiven = NOT_GIVEN,
        audio: FileInput | NotGiven = NOT_GIVEN,
        voice: PVideoAvatarVoice | NotGiven = NOT_GIVEN,
        resolution: PVideoAvatarResolution | NotGiven = NOT_GIVEN,
        video_prompt: str | NotGiven = NOT_GIVEN,
        voice_prompt: str | NotGiven = NOT_GIVEN,
        voice_script: str | NotGiven = NOT_GIVEN,
        voice_language: PVideoAvatarVoiceLanguage | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        disable_safety_filter: bool | NotGiven = NOT_GIVEN,
        strength_negative_prompt: float | NotGiven = NOT_GIVEN,
        disable_prompt_upsampling: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-video-avatar: AI model for content generation. Rate limit: 50 requests per minute.

        Model p-video-avatar (50 requests/min).
        Reference: python -m imagegen_typed docs pruna p-video-avatar (imagegen_typed/docs/pruna.md, section 'p-video-avatar (p-video-avatar)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            audio: Optional uploaded audio to drive avatar speech. If provided, this is used instead of voice_script and voice settings. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            image: Input image (first frame). Supports jpg, jpeg, png, webp. Required. A local path, bytes or an open binary file is uploaded first.
            voice: Voice to use when generating speech from voice_script. Allowed: 'Zephyr (Female)', 'Puck (Male)', 'Charon (Male)', 'Kore (Female)', 'Fenrir (Male)', 'Leda (Female)', 'Orus (Male)', 'Aoede (Female)', 'Callirrhoe (Female)', 'Autonoe (Female)', 'Enceladus (Male)', 'Iapetus (Male)', 'Umbriel (Male)', 'Algenib (Male)', 'Despina (Female)', 'Erinome (Female)', 'Laomedeia (Female)', 'Achernar (Female)', 'Algieba (Male)', 'Schedar (Male)', 'Gacrux (Female)', 'Pulcherrima (Female)', 'Achird (Male)', 'Zubenelgenubi (Male)', 'Vindemiatrix (Female)', 'Sadachbia (Male)', 'Sadaltager (Male)', 'Sulafat (Female)', 'Alnilam (Male)', 'Rasalgethi (Male)'. Default (applied by the provider when not set): 'Zephyr (Female)'.
            resolution: Resolution of the video. Allowed: '720p', '1080p'. Default (applied by the provider when not set): '720p'.
            video_prompt: Optional visual prompt describing how the person should appear or behave while speaking. Default (applied by the provider when not set): 'The person is talking.'.
            voice_prompt: Optional style instructions for how to speak voice_script, such as tone, pacing, accent, or emotion. These instructions are not spoken. Default (applied by the provider when not set): 'Say the following.'.
            voice_script: Exact words the avatar should say. Required when no audio file is uploaded. Default (applied by the provider when not set): ''.
            voice_language: Language/accent target for generated speech. Allowed: 'English (US)', 'English (UK)', 'Spanish', 'French', 'German', 'Italian', 'Portuguese (Brazil)', 'Japanese', 'Korean', 'Hindi'. Default (applied by the provider when not set): 'English (US)'.
            negative_prompt: Disabled if empty. Mention what you do NOT want in the video, e.g. \"subtitles, text, blurry, low quality, frames, watermark, titles, scene change\". We recommend using multiple keywords at once. Default (applied by the provider when not set): ''.
            disable_safety_filter: Disable safety filter for prompts and input image. When disabled, prompts are not checked for unsafe content before generation. Default (applied by the provider when not set): True.
            strength_negative_prompt: Strength of the Negative Prompt. Optimal value can differ for different video lengths (Experimental Feature). Range: 0 to 4. Default (applied by the provider when not set): 0.5.
            disable_prompt_upsampling: When true, skip automatic enhancement of the visual video prompt and use video_prompt directly. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_VIDEO_AVATAR,
            _models.PVideoAvatarRequest,
            {
                "seed": seed,
                "audio": audio,
                "image": image,
                "voice": voice,
                "resolution": resolution,
                "video_prompt": video_prompt,
                "voice_prompt": voice_prompt,
                "voice_script": voice_script,
                "voice_language": voice_language,
                "negative_prompt": negative_prompt,
                "disable_safety_filter": disable_safety_filter,
                "strength_negative_prompt": strength_negative_prompt,
                "disable_prompt_upsampling": disable_prompt_upsampling,
            },
            **options,
        )

    async def p_video_replace(
        self,
        *,
        video: FileInput,
        images: Sequence[FileInput],
        seed: int | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        resolution: PVideoReplaceResolution | NotGiven = NOT_GIVEN,
        save_audio: bool | NotGiven = NOT_GIVEN,
        target_fps: PVideoReplaceTargetFps | NotGiven = NOT_GIVEN,
        ignore_audio: bool | NotGiven = NOT_GIVEN,
        instruction_prompt: str | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-video-replace: AI model for content generation. Rate limit: 50 requests per minute.

        Model p-video-replace (50 requests/min).
        Reference: python -m imagegen_typed docs pruna p-video-replace (imagegen_typed/docs/pruna.md, section 'p-video-replace (p-video-replace)').

        Args:
            seed: Random seed. Leave blank for random. Not sent when not set.
            turbo: Turbo mode: faster generation for slightly lower quality. Default (applied by the provider when not set): False.
            video: Source RGB video (.mp4): motion + audio source. Required. A local path, bytes or an open binary file is uploaded first.
            images: Identity reference image(s) (1-3) to place into the video. Required. A local path, bytes or an open binary file is uploaded first.
            resolution: Target ~megapixel budget: 720p ≈ 1 MP, 1080p ≈ 2 MP (aspect ratio preserved). Allowed: '720p', '1080p'. Default (applied by the provider when not set): '720p'.
            save_audio: Save the video with audio. Default (applied by the provider when not set): True.
            target_fps: Target FPS for the working video. Allowed: 'original', '24', '48'. Default (applied by the provider when not set): 'original'.
            ignore_audio: Ignore source audio during generation. If save_audio is true, the source audio is still saved with the final video. Default (applied by the provider when not set): False.
            instruction_prompt: Further instruction on how to place the people from the reference images into the scene. Default (applied by the provider when not set): ''.
            disable_safety_checker: Disable safety checker for generated videos. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.P_VIDEO_REPLACE,
            _models.PVideoReplaceRequest,
            {
                "seed": seed,
                "turbo": turbo,
                "video": video,
                "images": images,
                "resolution": resolution,
                "save_audio": save_audio,
                "target_fps": target_fps,
                "ignore_audio": ignore_audio,
                "instruction_prompt": instruction_prompt,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

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
            _ep.QWEN_IMAGE,
            _models.QwenImageRequest,
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

    async def qwen_image_edit_plus(
        self,
        *,
        image: Sequence[FileInput],
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageEditPlusAspectRatio | NotGiven = NOT_GIVEN,
        output_format: QwenImageEditPlusOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """qwen-image-edit-plus: AI model for content generation. Rate limit: 150 requests per minute.

        Model qwen-image-edit-plus (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image-edit-plus (imagegen_typed/docs/pruna.md, section 'qwen-image-edit-plus (qwen-image-edit-plus)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            image: Images to use as reference. Must be jpeg, png, gif, or webp. Required. A local path, bytes or an open binary file is uploaded first.
            prompt: Text instruction on how to edit the given image. Required.
            go_fast: Run faster predictions with additional optimizations. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', 'match_input_image'. Default (applied by the provider when not set): 'match_input_image'.
            output_format: Format of the output images. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'webp'.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 95.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.QWEN_IMAGE_EDIT_PLUS,
            _models.QwenImageEditPlusRequest,
            {
                "seed": seed,
                "image": image,
                "prompt": prompt,
                "go_fast": go_fast,
                "aspect_ratio": aspect_ratio,
                "output_format": output_format,
                "output_quality": output_quality,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    async def qwen_image_fast(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        creativity: float | NotGiven = NOT_GIVEN,
        aspect_ratio: QwenImageFastAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """qwen-image-fast: AI model for content generation. Rate limit: 150 requests per minute.

        Model qwen-image-fast (150 requests/min).
        Reference: python -m imagegen_typed docs pruna qwen-image-fast (imagegen_typed/docs/pruna.md, section 'qwen-image-fast (qwen-image-fast)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            height: Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16. Range: 256 to 1440. Not sent when not set.
            prompt: Text prompt for image generation. Required.
            creativity: Control the creativity of the model. Higher values increase the seed diversity. Range: 0 to 1. Default (applied by the provider when not set): 0.62.
            aspect_ratio: Aspect ratio for the generated image. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.QWEN_IMAGE_FAST,
            _models.QwenImageFastRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "creativity": creativity,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    async def vace(
        self,
        *,
        prompt: str,
        src_video: FileInput | NotGiven = NOT_GIVEN,
        src_mask: FileInput | NotGiven = NOT_GIVEN,
        src_ref_images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        size: VaceSize | NotGiven = NOT_GIVEN,
        frame_num: int | NotGiven = NOT_GIVEN,
        sample_steps: int | NotGiven = NOT_GIVEN,
        sample_guide_scale: float | NotGiven = NOT_GIVEN,
        sample_solver: VaceSampleSolver | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        speed_mode: VaceSpeedMode | NotGiven = NOT_GIVEN,
        sample_shift: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """VACE: Video generation and editing with VACE on Pruna's P-API, from a prompt and optional source video, mask and reference images; Pruna recommends the asynchronous workflow for it.

        Model vace (30 requests/min).
        Reference: python -m imagegen_typed docs pruna vace (imagegen_typed/docs/pruna.md, section 'VACE (vace)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            src_video: URL of an input video to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_mask: URL of an input mask (video or image) marking what to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_ref_images: URLs of reference images. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            size: Output resolution, width*height. Allowed: '720*1280', '1280*720', '480*832', '832*480'. Default (applied by the provider when not set): '832*480'.
            frame_num: Number of frames to generate. Default (applied by the provider when not set): 81.
            sample_steps: Number of sampling steps. Default (applied by the provider when not set): 50.
            sample_guide_scale: Sampling guidance scale. Default (applied by the provider when not set): 5.
            sample_solver: Sampling solver. Allowed: 'unipc', 'dpm++'. Default (applied by the provider when not set): 'unipc'.
            seed: Random seed (-1 for random). Default (applied by the provider when not set): -1.
            speed_mode: Speed optimization level. Allowed: 'Lightly Juiced 🍊 (more consistent)', 'Juiced 🔥 (more speed)', 'Extra Juiced 🚀 (even more speed)'. Default (applied by the provider when not set): 'Lightly Juiced 🍊 (more consistent)'.
            sample_shift: Sample shift. Default (applied by the provider when not set): 16.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.VACE,
            _models.VaceRequest,
            {
                "prompt": prompt,
                "src_video": src_video,
                "src_mask": src_mask,
                "src_ref_images": src_ref_images,
                "size": size,
                "frame_num": frame_num,
                "sample_steps": sample_steps,
                "sample_guide_scale": sample_guide_scale,
                "sample_solver": sample_solver,
                "seed": seed,
                "speed_mode": speed_mode,
                "sample_shift": sample_shift,
            },
            **options,
        )

    async def wan_i2v(
        self,
        *,
        prompt: str,
        image: FileInput,
        last_image: FileInput | NotGiven = NOT_GIVEN,
        num_frames: int | NotGiven = NOT_GIVEN,
        resolution: WanI2vResolution | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        interpolate_output: bool | NotGiven = NOT_GIVEN,
        lora_scale_transformer: float | NotGiven = NOT_GIVEN,
        lora_scale_transformer_2: float | NotGiven = NOT_GIVEN,
        lora_weights_transformer: str | NotGiven = NOT_GIVEN,
        lora_weights_transformer_2: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Wan Image-to-Video: Image-to-video generation with Wan on Pruna's P-API; Pruna recommends the asynchronous workflow for it.

        Model wan-i2v (30 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-i2v (imagegen_typed/docs/pruna.md, section 'Wan Image-to-Video (wan-i2v)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            image: URL of the input image to animate, for instance from the files endpoint. Required. A local path, bytes or an open binary file is uploaded first.
            last_image: URL of an optional last image to condition the video on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            num_frames: Number of video frames. Range: 81 to 121. Default (applied by the provider when not set): 81.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Range: 5 to 30. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Range: 1 to 20. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Default (applied by the provider when not set): False.
            interpolate_output: Interpolate the generated video to 30 FPS using ffmpeg. Default (applied by the provider when not set): False.
            lora_scale_transformer: Determines how strongly the transformer LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_scale_transformer_2: Determines how strongly the transformer_2 LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_weights_transformer: Load LoRA weights for the HIGH transformer. Supports arbitrary .safetensors URLs from the Internet (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_hinoise.safetensors'). Not sent when not set.
            lora_weights_transformer_2: Load LoRA weights for the LOW transformer_2. Supports arbitrary .safetensors URLs from the Internet. Can be different from transformer LoRA. (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_lownoise.safetensors'). Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.WAN_I2V,
            _models.WanI2vRequest,
            {
                "prompt": prompt,
                "image": image,
                "last_image": last_image,
                "num_frames": num_frames,
                "resolution": resolution,
                "frames_per_second": frames_per_second,
                "go_fast": go_fast,
                "sample_shift": sample_shift,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "interpolate_output": interpolate_output,
                "lora_scale_transformer": lora_scale_transformer,
                "lora_scale_transformer_2": lora_scale_transformer_2,
                "lora_weights_transformer": lora_weights_transformer,
                "lora_weights_transformer_2": lora_weights_transformer_2,
            },
            **options,
        )

    async def wan_image_small(
        self,
        *,
        prompt: str,
        aspect_ratio: WanImageSmallAspectRatio | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        juiced: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_format: WanImageSmallOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_outputs: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Wan Image Small: Fast text-to-image model on Pruna's P-API, one of the fast models Pruna lists as suited to synchronous mode.

        Model wan-image-small (150 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-image-small (imagegen_typed/docs/pruna.md, section 'Wan Image Small (wan-image-small)').

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: 'custom', '1:1', '16:9', '9:16', '4:3', '3:4', '21:9'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 900. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 900. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            juiced: Faster inference with additional optimizations. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation. Not sent when not set.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Range: 1 to 100. Default (applied by the provider when not set): 80.
            num_outputs: Number of outputs to generate. Range: 1 to 4. Default (applied by the provider when not set): 1.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.WAN_IMAGE_SMALL,
            _models.WanImageSmallRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "juiced": juiced,
                "seed": seed,
                "output_format": output_format,
                "output_quality": output_quality,
                "num_outputs": num_outputs,
            },
            **options,
        )

    async def wan_t2v(
        self,
        *,
        prompt: str,
        num_frames: int | NotGiven = NOT_GIVEN,
        aspect_ratio: WanT2vAspectRatio | NotGiven = NOT_GIVEN,
        resolution: WanT2vResolution | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        optimize_prompt: bool | NotGiven = NOT_GIVEN,
        interpolate_output: bool | NotGiven = NOT_GIVEN,
        lora_scale_transformer: float | NotGiven = NOT_GIVEN,
        lora_scale_transformer_2: float | NotGiven = NOT_GIVEN,
        lora_weights_transformer: str | NotGiven = NOT_GIVEN,
        lora_weights_transformer_2: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Wan Text-to-Video: Text-to-video generation with Wan on Pruna's P-API; Pruna recommends the asynchronous workflow for it.

        Model wan-t2v (30 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-t2v (imagegen_typed/docs/pruna.md, section 'Wan Text-to-Video (wan-t2v)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            num_frames: Number of video frames. Range: 81 to 121. Default (applied by the provider when not set): 81.
            aspect_ratio: Aspect ratio of the video. Allowed: '16:9', '9:16'. Default (applied by the provider when not set): '16:9'.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Range: 5 to 30. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Range: 1 to 20. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Default (applied by the provider when not set): False.
            optimize_prompt: Translate prompt to Chinese before generation. Default (applied by the provider when not set): False.
            interpolate_output: Interpolate the generated video to 30 FPS using ffmpeg. Default (applied by the provider when not set): True.
            lora_scale_transformer: Determines how strongly the transformer LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_scale_transformer_2: Determines how strongly the transformer_2 LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_weights_transformer: Load LoRA weights for transformer. Supports arbitrary .safetensors URLs from the Internet (for example, 'https://huggingface.co/Viktor1717/scandinavian-interior-style1/resolve/main/my_first_flux_lora_v1.safetensors'). Not sent when not set.
            lora_weights_transformer_2: Load LoRA weights for transformer_2. Supports arbitrary .safetensors URLs from the Internet. Can be different from transformer LoRA. Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.WAN_T2V,
            _models.WanT2vRequest,
            {
                "prompt": prompt,
                "num_frames": num_frames,
                "aspect_ratio": aspect_ratio,
                "resolution": resolution,
                "frames_per_second": frames_per_second,
                "go_fast": go_fast,
                "sample_shift": sample_shift,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "optimize_prompt": optimize_prompt,
                "interpolate_output": interpolate_output,
                "lora_scale_transformer": lora_scale_transformer,
                "lora_scale_transformer_2": lora_scale_transformer_2,
                "lora_weights_transformer": lora_weights_transformer,
                "lora_weights_transformer_2": lora_weights_transformer_2,
            },
            **options,
        )

    async def z_image_turbo(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        output_format: ZImageTurboOutputFormat | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """z-image-turbo: AI model based on z-image for image generation. Rate limit: 150 requests per minute.

        Model z-image-turbo (150 requests/min).
        Reference: python -m imagegen_typed docs pruna z-image-turbo (imagegen_typed/docs/pruna.md, section 'z-image-turbo (z-image-turbo)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Range: 64 to 2048. Default (applied by the provider when not set): 1024.
            height: Height of the generated image. Range: 64 to 2048. Default (applied by the provider when not set): 1024.
            prompt: Text prompt for image generation. Required.
            go_fast: Apply additional optimizations for faster generation. Default (applied by the provider when not set): False.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            guidance_scale: Guidance scale. Should be 0 for Turbo models. Range: 0 to 20. Default (applied by the provider when not set): 0.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            num_inference_steps: Number of inference steps. Range: 1 to 50. Default (applied by the provider when not set): 8.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.Z_IMAGE_TURBO,
            _models.ZImageTurboRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "go_fast": go_fast,
                "output_format": output_format,
                "guidance_scale": guidance_scale,
                "output_quality": output_quality,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )

    async def z_image_turbo_lora(
        self,
        *,
        prompt: str,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        lora_scales: Sequence[float] | NotGiven = NOT_GIVEN,
        lora_weights: Sequence[str] | NotGiven = NOT_GIVEN,
        output_format: ZImageTurboLoraOutputFormat | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """z-image-turbo-lora: AI model based on z-image compatible with custom loras for content generation. Rate limit: 150 requests per minute.

        Model z-image-turbo-lora (150 requests/min).
        Reference: python -m imagegen_typed docs pruna z-image-turbo-lora (imagegen_typed/docs/pruna.md, section 'z-image-turbo-lora (z-image-turbo-lora)').

        Args:
            seed: Random seed. Set for reproducible generation. Not sent when not set.
            width: Width of the generated image. Range: 64 to 1440. Default (applied by the provider when not set): 1024.
            height: Height of the generated image. Range: 64 to 1440. Default (applied by the provider when not set): 1024.
            prompt: Text prompt for image generation. Required.
            lora_scales: Scales for each LoRA as an array of floats. Must match the number of lora_weights. Defaults to 1.0 for each if not provided. Not sent when not set.
            lora_weights: LoRA weights as an array of URLs. Supports .safetensors URLs, tar files, and zip files (e.g., ['https://example.com/lora1.safetensors', 'https://example.com/lora2.safetensors']). Not sent when not set.
            output_format: Format of the output images. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            guidance_scale: Guidance scale. Should be 0 for Turbo models. Range: 0 to 20. Default (applied by the provider when not set): 0.
            output_quality: Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs. Range: 0 to 100. Default (applied by the provider when not set): 80.
            num_inference_steps: Number of inference steps. This actually results in (num_inference_steps - 1) DiT forwards. Range: 1 to 50. Default (applied by the provider when not set): 8.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            _ep.Z_IMAGE_TURBO_LORA,
            _models.ZImageTurboLoraRequest,
            {
                "seed": seed,
                "width": width,
                "height": height,
                "prompt": prompt,
                "lora_scales": lora_scales,
                "lora_weights": lora_weights,
                "output_format": output_format,
                "guidance_scale": guidance_scale,
                "output_quality": output_quality,
                "num_inference_steps": num_inference_steps,
            },
            **options,
        )
