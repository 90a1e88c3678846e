"""Pruna P-API clients: Pruna (sync) and AsyncPruna (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Generated from specs/providers/pruna.yaml and the model specs; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Literal

import httpx

from .._runtime.options import NOT_GIVEN, FileInput, NotGiven
from .._runtime.pruna import AsyncPrunaClient, PrunaClient
from .._runtime.results import AsyncPredictionResult, PredictionResult, PredictionStatus
from . import _endpoints as _ep
from .errors import DEFAULT_ERROR, ERRORS


class Pruna(PrunaClient):
    """Synchronous Pruna P-API client.

    The API key comes from the `api_key` argument or the PRUNA_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR

    def flux_dev(
        self,
        *,
        prompt: str,
        speed_mode: str | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"]
        | NotGiven = NOT_GIVEN,
        image_size: int | NotGiven = NOT_GIVEN,
        output_format: str | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> PredictionResult:
        """FLUX.1 [dev]: Text-to-image generation with the Flux.1-dev base model on Pruna's P-API.

        Model flux-dev (150 requests/min; spec: specs/models/pruna-flux-dev.yaml).

        Args:
            prompt: Text prompt describing the image to generate. Required.
            speed_mode: Speed optimization level, one of four labelled values. Not sent when not set.
            num_inference_steps: Number of inference steps. Default (applied by the provider when not set): 28.
            guidance: Guidance scale; higher values follow the prompt more closely. Default (applied by the provider when not set): 3.5.
            seed: Random seed for reproducible generation; -1 for random. Default (applied by the provider when not set): -1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            image_size: Base image size in pixels (longest side). Default (applied by the provider when not set): 1024.
            output_format: File format of the output image. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Default (applied by the provider when not set): 80.
        """
        from .models.flux_dev import FluxDevRequest as _model

        return self._generate(
            _ep.FLUX_DEV,
            _model,
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
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> PredictionResult:
        """P-Image: Pruna's P-Image text-to-image model, fast enough for synchronous (Try-Sync) calls.

        Model p-image (250 requests/min; spec: specs/models/pruna-p-image.yaml).

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
        """
        from .models.p_image import PImageRequest as _model

        return self._generate(
            _ep.P_IMAGE,
            _model,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        mode: Literal[
            "default",
            "multiple_angles",
            "relight",
            "light_restoration",
            "white_to_scene",
            "fusion",
            "add_characters",
            "next_scene",
            "style_consistency",
            "subject_consistency",
        ]
        | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | NotGiven = NOT_GIVEN,
        reference_image: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> PredictionResult:
        """P-Image-Edit: Pruna's P-Image-Edit model, which edits and composes 1 to 5 input images from a text instruction.

        Model p-image-edit (250 requests/min; spec: specs/models/pruna-p-image-edit.yaml).

        Args:
            prompt: Text instruction describing the edit; the input images can be referred to as image 1, image 2 and so on. Required.
            images: URLs of the 1 to 5 input images, for instance from the files endpoint; the main image first. Items: 1 to 5. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Run faster with additional optimizations; turning it off is recommended for complicated edits. Default (applied by the provider when not set): True.
            mode: Editing mode. Allowed: 'default', 'multiple_angles', 'relight', 'light_restoration', 'white_to_scene', 'fusion', 'add_characters', 'next_scene', 'style_consistency', 'subject_consistency'. Default (applied by the provider when not set): 'default'.
            aspect_ratio: Aspect ratio of the output image; match_input_image matches the first input image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            reference_image: Undocumented field that seed 003's example sends as \"1\". Not sent when not set.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
        """
        from .models.p_image_edit import PImageEditRequest as _model

        return self._generate(
            _ep.P_IMAGE_EDIT,
            _model,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "mode": mode,
                "aspect_ratio": aspect_ratio,
                "reference_image": reference_image,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    def qwen_image(
        self,
        *,
        prompt: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> PredictionResult:
        """Qwen Image: Text-to-image generation with Qwen-Image on Pruna's P-API.

        Model qwen-image (150 requests/min; spec: specs/models/pruna-qwen-image.yaml).

        Args:
            prompt: Text prompt describing the image to generate. Required.
        """
        from .models.qwen_image import QwenImageRequest as _model

        return self._generate(
            _ep.QWEN_IMAGE,
            _model,
            {
                "prompt": prompt,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    def vace(
        self,
        *,
        prompt: str,
        src_video: FileInput | NotGiven = NOT_GIVEN,
        src_mask: FileInput | NotGiven = NOT_GIVEN,
        src_ref_images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        size: Literal["720*1280", "1280*720", "480*832", "832*480"] | NotGiven = NOT_GIVEN,
        frame_num: int | NotGiven = NOT_GIVEN,
        sample_steps: int | NotGiven = NOT_GIVEN,
        sample_guide_scale: float | NotGiven = NOT_GIVEN,
        sample_solver: Literal["unipc", "dpm++"] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> PredictionResult:
        """VACE: Video generation and editing with VACE on Pruna's P-API, from a prompt and optional source video, mask and reference images; seed 003 recommends the asynchronous workflow for it.

        Model vace (30 requests/min; spec: specs/models/pruna-vace.yaml).

        Args:
            prompt: Text prompt describing the video to generate. Required.
            src_video: URL of an input video to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_mask: URL of an input mask (video or image) marking what to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_ref_images: URLs of reference images. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            size: Output resolution, width*height. Allowed: '720*1280', '1280*720', '480*832', '832*480'. Not sent when not set.
            frame_num: Number of frames to generate. Default (applied by the provider when not set): 81.
            sample_steps: Number of sampling steps. Default (applied by the provider when not set): 50.
            sample_guide_scale: Sampling guidance scale. Default (applied by the provider when not set): 5.
            sample_solver: Sampling solver. Allowed: 'unipc', 'dpm++'. Not sent when not set.
        """
        from .models.vace import VaceRequest as _model

        return self._generate(
            _ep.VACE,
            _model,
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
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    def wan_i2v(
        self,
        *,
        prompt: str,
        image: FileInput,
        last_image: FileInput | NotGiven = NOT_GIVEN,
        num_frames: int | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p"] | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> PredictionResult:
        """Wan Image-to-Video: Image-to-video generation with Wan on Pruna's P-API; seed 003 recommends the asynchronous workflow for it.

        Model wan-i2v (30 requests/min; spec: specs/models/pruna-wan-i2v.yaml).

        Args:
            prompt: Text prompt describing the video to generate. Required.
            image: URL of the input image to animate, for instance from the files endpoint. Required. A local path, bytes or an open binary file is uploaded first.
            last_image: URL of an optional last image to condition the video on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            num_frames: Number of video frames. Default (applied by the provider when not set): 81.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Not sent when not set.
        """
        from .models.wan_i2v import WanI2vRequest as _model

        return self._generate(
            _ep.WAN_I2V,
            _model,
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
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    def wan_image_small(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "custom"] | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        juiced: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpg", "webp"] | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> PredictionResult:
        """Wan Image Small: Fast text-to-image model on Pruna's P-API, listed by seed 003 among the fast models suited to synchronous mode.

        Model wan-image-small (150 requests/min; spec: specs/models/pruna-wan-image-small.yaml).

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '21:9', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            juiced: Faster inference with additional optimizations. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation. Not sent when not set.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Default (applied by the provider when not set): 80.
        """
        from .models.wan_image_small import WanImageSmallRequest as _model

        return self._generate(
            _ep.WAN_IMAGE_SMALL,
            _model,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "juiced": juiced,
                "seed": seed,
                "output_format": output_format,
                "output_quality": output_quality,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    def wan_t2v(
        self,
        *,
        prompt: str,
        num_frames: int | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p"] | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> PredictionResult:
        """Wan Text-to-Video: Text-to-video generation with Wan on Pruna's P-API; seed 003 recommends the asynchronous workflow for it.

        Model wan-t2v (30 requests/min; spec: specs/models/pruna-wan-t2v.yaml).

        Args:
            prompt: Text prompt describing the video to generate. Required.
            num_frames: Number of video frames. Default (applied by the provider when not set): 81.
            aspect_ratio: Aspect ratio of the video. Allowed: '16:9', '9:16'. Not sent when not set.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Not sent when not set.
        """
        from .models.wan_t2v import WanT2vRequest as _model

        return self._generate(
            _ep.WAN_T2V,
            _model,
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
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )


class AsyncPruna(AsyncPrunaClient):
    """Asynchronous Pruna P-API client.

    The API key comes from the `api_key` argument or the PRUNA_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR

    async def flux_dev(
        self,
        *,
        prompt: str,
        speed_mode: str | NotGiven = NOT_GIVEN,
        num_inference_steps: int | NotGiven = NOT_GIVEN,
        guidance: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"]
        | NotGiven = NOT_GIVEN,
        image_size: int | NotGiven = NOT_GIVEN,
        output_format: str | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> AsyncPredictionResult:
        """FLUX.1 [dev]: Text-to-image generation with the Flux.1-dev base model on Pruna's P-API.

        Model flux-dev (150 requests/min; spec: specs/models/pruna-flux-dev.yaml).

        Args:
            prompt: Text prompt describing the image to generate. Required.
            speed_mode: Speed optimization level, one of four labelled values. Not sent when not set.
            num_inference_steps: Number of inference steps. Default (applied by the provider when not set): 28.
            guidance: Guidance scale; higher values follow the prompt more closely. Default (applied by the provider when not set): 3.5.
            seed: Random seed for reproducible generation; -1 for random. Default (applied by the provider when not set): -1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default (applied by the provider when not set): '1:1'.
            image_size: Base image size in pixels (longest side). Default (applied by the provider when not set): 1024.
            output_format: File format of the output image. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Default (applied by the provider when not set): 80.
        """
        from .models.flux_dev import FluxDevRequest as _model

        return await self._generate(
            _ep.FLUX_DEV,
            _model,
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
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> AsyncPredictionResult:
        """P-Image: Pruna's P-Image text-to-image model, fast enough for synchronous (Try-Sync) calls.

        Model p-image (250 requests/min; spec: specs/models/pruna-p-image.yaml).

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
        """
        from .models.p_image import PImageRequest as _model

        return await self._generate(
            _ep.P_IMAGE,
            _model,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    async def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        mode: Literal[
            "default",
            "multiple_angles",
            "relight",
            "light_restoration",
            "white_to_scene",
            "fusion",
            "add_characters",
            "next_scene",
            "style_consistency",
            "subject_consistency",
        ]
        | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
        | NotGiven = NOT_GIVEN,
        reference_image: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> AsyncPredictionResult:
        """P-Image-Edit: Pruna's P-Image-Edit model, which edits and composes 1 to 5 input images from a text instruction.

        Model p-image-edit (250 requests/min; spec: specs/models/pruna-p-image-edit.yaml).

        Args:
            prompt: Text instruction describing the edit; the input images can be referred to as image 1, image 2 and so on. Required.
            images: URLs of the 1 to 5 input images, for instance from the files endpoint; the main image first. Items: 1 to 5. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Run faster with additional optimizations; turning it off is recommended for complicated edits. Default (applied by the provider when not set): True.
            mode: Editing mode. Allowed: 'default', 'multiple_angles', 'relight', 'light_restoration', 'white_to_scene', 'fusion', 'add_characters', 'next_scene', 'style_consistency', 'subject_consistency'. Default (applied by the provider when not set): 'default'.
            aspect_ratio: Aspect ratio of the output image; match_input_image matches the first input image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            reference_image: Undocumented field that seed 003's example sends as \"1\". Not sent when not set.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
        """
        from .models.p_image_edit import PImageEditRequest as _model

        return await self._generate(
            _ep.P_IMAGE_EDIT,
            _model,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "mode": mode,
                "aspect_ratio": aspect_ratio,
                "reference_image": reference_image,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    async def qwen_image(
        self,
        *,
        prompt: str,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> AsyncPredictionResult:
        """Qwen Image: Text-to-image generation with Qwen-Image on Pruna's P-API.

        Model qwen-image (150 requests/min; spec: specs/models/pruna-qwen-image.yaml).

        Args:
            prompt: Text prompt describing the image to generate. Required.
        """
        from .models.qwen_image import QwenImageRequest as _model

        return await self._generate(
            _ep.QWEN_IMAGE,
            _model,
            {
                "prompt": prompt,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    async def vace(
        self,
        *,
        prompt: str,
        src_video: FileInput | NotGiven = NOT_GIVEN,
        src_mask: FileInput | NotGiven = NOT_GIVEN,
        src_ref_images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        size: Literal["720*1280", "1280*720", "480*832", "832*480"] | NotGiven = NOT_GIVEN,
        frame_num: int | NotGiven = NOT_GIVEN,
        sample_steps: int | NotGiven = NOT_GIVEN,
        sample_guide_scale: float | NotGiven = NOT_GIVEN,
        sample_solver: Literal["unipc", "dpm++"] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> AsyncPredictionResult:
        """VACE: Video generation and editing with VACE on Pruna's P-API, from a prompt and optional source video, mask and reference images; seed 003 recommends the asynchronous workflow for it.

        Model vace (30 requests/min; spec: specs/models/pruna-vace.yaml).

        Args:
            prompt: Text prompt describing the video to generate. Required.
            src_video: URL of an input video to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_mask: URL of an input mask (video or image) marking what to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_ref_images: URLs of reference images. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            size: Output resolution, width*height. Allowed: '720*1280', '1280*720', '480*832', '832*480'. Not sent when not set.
            frame_num: Number of frames to generate. Default (applied by the provider when not set): 81.
            sample_steps: Number of sampling steps. Default (applied by the provider when not set): 50.
            sample_guide_scale: Sampling guidance scale. Default (applied by the provider when not set): 5.
            sample_solver: Sampling solver. Allowed: 'unipc', 'dpm++'. Not sent when not set.
        """
        from .models.vace import VaceRequest as _model

        return await self._generate(
            _ep.VACE,
            _model,
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
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    async def wan_i2v(
        self,
        *,
        prompt: str,
        image: FileInput,
        last_image: FileInput | NotGiven = NOT_GIVEN,
        num_frames: int | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p"] | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> AsyncPredictionResult:
        """Wan Image-to-Video: Image-to-video generation with Wan on Pruna's P-API; seed 003 recommends the asynchronous workflow for it.

        Model wan-i2v (30 requests/min; spec: specs/models/pruna-wan-i2v.yaml).

        Args:
            prompt: Text prompt describing the video to generate. Required.
            image: URL of the input image to animate, for instance from the files endpoint. Required. A local path, bytes or an open binary file is uploaded first.
            last_image: URL of an optional last image to condition the video on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            num_frames: Number of video frames. Default (applied by the provider when not set): 81.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Not sent when not set.
        """
        from .models.wan_i2v import WanI2vRequest as _model

        return await self._generate(
            _ep.WAN_I2V,
            _model,
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
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    async def wan_image_small(
        self,
        *,
        prompt: str,
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "custom"] | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        juiced: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        output_format: Literal["png", "jpg", "webp"] | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> AsyncPredictionResult:
        """Wan Image Small: Fast text-to-image model on Pruna's P-API, listed by seed 003 among the fast models suited to synchronous mode.

        Model wan-image-small (150 requests/min; spec: specs/models/pruna-wan-image-small.yaml).

        Args:
            prompt: Text prompt describing the image to generate. Required.
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '21:9', 'custom'. Default (applied by the provider when not set): '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Multiple of 16. Not sent when not set. Only used when aspect_ratio is 'custom'.
            juiced: Faster inference with additional optimizations. Default (applied by the provider when not set): False.
            seed: Random seed for reproducible generation. Not sent when not set.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default (applied by the provider when not set): 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Default (applied by the provider when not set): 80.
        """
        from .models.wan_image_small import WanImageSmallRequest as _model

        return await self._generate(
            _ep.WAN_IMAGE_SMALL,
            _model,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "width": width,
                "height": height,
                "juiced": juiced,
                "seed": seed,
                "output_format": output_format,
                "output_quality": output_quality,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )

    async def wan_t2v(
        self,
        *,
        prompt: str,
        num_frames: int | NotGiven = NOT_GIVEN,
        aspect_ratio: Literal["16:9", "9:16"] | NotGiven = NOT_GIVEN,
        resolution: Literal["480p", "720p"] | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | None | NotGiven = NOT_GIVEN,
        on_progress: Callable[[PredictionStatus], None] | None = None,
    ) -> AsyncPredictionResult:
        """Wan Text-to-Video: Text-to-video generation with Wan on Pruna's P-API; seed 003 recommends the asynchronous workflow for it.

        Model wan-t2v (30 requests/min; spec: specs/models/pruna-wan-t2v.yaml).

        Args:
            prompt: Text prompt describing the video to generate. Required.
            num_frames: Number of video frames. Default (applied by the provider when not set): 81.
            aspect_ratio: Aspect ratio of the video. Allowed: '16:9', '9:16'. Not sent when not set.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Not sent when not set.
        """
        from .models.wan_t2v import WanT2vRequest as _model

        return await self._generate(
            _ep.WAN_T2V,
            _model,
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
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            on_progress=on_progress,
        )
