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
        speed_mode: str | None = None,
        num_inference_steps: int = 28,
        guidance: float = 3.5,
        seed: int = -1,
        aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] = "1:1",
        image_size: int = 1024,
        output_format: str = "jpg",
        output_quality: int = 80,
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
            speed_mode: Speed optimization level, one of four labelled values.
            num_inference_steps: Number of inference steps. Default: 28.
            guidance: Guidance scale; higher values follow the prompt more closely. Default: 3.5.
            seed: Random seed for reproducible generation; -1 for random. Default: -1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default: '1:1'.
            image_size: Base image size in pixels (longest side). Default: 1024.
            output_format: File format of the output image. Default: 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Default: 80.
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
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] = "16:9",
        width: int | None = None,
        height: int | None = None,
        seed: int | None = None,
        disable_safety_checker: bool = False,
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
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default: '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Only used when aspect_ratio is 'custom'.
            seed: Random seed for reproducible generation; random when absent.
            disable_safety_checker: Disable the safety checker for generated images. Default: False.
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
        turbo: bool = True,
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
        ] = "default",
        aspect_ratio: Literal[
            "match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"
        ] = "match_input_image",
        reference_image: str | None = None,
        seed: int | None = None,
        disable_safety_checker: bool = False,
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
            turbo: Run faster with additional optimizations; turning it off is recommended for complicated edits. Default: True.
            mode: Editing mode. Allowed: 'default', 'multiple_angles', 'relight', 'light_restoration', 'white_to_scene', 'fusion', 'add_characters', 'next_scene', 'style_consistency', 'subject_consistency'. Default: 'default'.
            aspect_ratio: Aspect ratio of the output image; match_input_image matches the first input image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default: 'match_input_image'.
            reference_image: Undocumented field that seed 003's example sends as \"1\".
            seed: Random seed for reproducible generation; random when absent.
            disable_safety_checker: Disable the safety checker for generated images. Default: False.
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
        src_video: FileInput | None = None,
        src_mask: FileInput | None = None,
        src_ref_images: Sequence[FileInput] | None = None,
        size: Literal["720*1280", "1280*720", "480*832", "832*480"] | None = None,
        frame_num: int = 81,
        sample_steps: int = 50,
        sample_guide_scale: float = 5,
        sample_solver: Literal["unipc", "dpm++"] | None = None,
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
            src_video: URL of an input video to edit. A local path, bytes or an open binary file is uploaded first.
            src_mask: URL of an input mask (video or image) marking what to edit. A local path, bytes or an open binary file is uploaded first.
            src_ref_images: URLs of reference images. A local path, bytes or an open binary file is uploaded first.
            size: Output resolution, width*height. Allowed: '720*1280', '1280*720', '480*832', '832*480'.
            frame_num: Number of frames to generate. Default: 81.
            sample_steps: Number of sampling steps. Default: 50.
            sample_guide_scale: Sampling guidance scale. Default: 5.
            sample_solver: Sampling solver. Allowed: 'unipc', 'dpm++'.
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
        last_image: FileInput | None = None,
        num_frames: int = 81,
        resolution: Literal["480p", "720p"] = "480p",
        frames_per_second: int = 16,
        go_fast: bool = True,
        sample_shift: float = 12,
        seed: int | None = None,
        disable_safety_checker: bool | None = None,
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
            last_image: URL of an optional last image to condition the video on. A local path, bytes or an open binary file is uploaded first.
            num_frames: Number of video frames. Default: 81.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default: '480p'.
            frames_per_second: Frames per second of the video. Default: 16.
            go_fast: Enable speed optimizations. Default: True.
            sample_shift: Sample shift factor. Default: 12.
            seed: Random seed for reproducible generation; random when absent.
            disable_safety_checker: Disable the safety checker for the generated video.
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
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "custom"] = "16:9",
        width: int | None = None,
        height: int | None = None,
        juiced: bool = False,
        seed: int | None = None,
        output_format: Literal["png", "jpg", "webp"] = "jpg",
        output_quality: int = 80,
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
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '21:9', 'custom'. Default: '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Multiple of 16. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Multiple of 16. Only used when aspect_ratio is 'custom'.
            juiced: Faster inference with additional optimizations. Default: False.
            seed: Random seed for reproducible generation.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default: 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Default: 80.
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
        num_frames: int = 81,
        aspect_ratio: Literal["16:9", "9:16"] | None = None,
        resolution: Literal["480p", "720p"] = "480p",
        frames_per_second: int = 16,
        go_fast: bool = True,
        sample_shift: float = 12,
        seed: int | None = None,
        disable_safety_checker: bool | None = None,
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
            num_frames: Number of video frames. Default: 81.
            aspect_ratio: Aspect ratio of the video. Allowed: '16:9', '9:16'.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default: '480p'.
            frames_per_second: Frames per second of the video. Default: 16.
            go_fast: Enable speed optimizations. Default: True.
            sample_shift: Sample shift factor. Default: 12.
            seed: Random seed for reproducible generation; random when absent.
            disable_safety_checker: Disable the safety checker for the generated video.
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
        speed_mode: str | None = None,
        num_inference_steps: int = 28,
        guidance: float = 3.5,
        seed: int = -1,
        aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] = "1:1",
        image_size: int = 1024,
        output_format: str = "jpg",
        output_quality: int = 80,
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
            speed_mode: Speed optimization level, one of four labelled values.
            num_inference_steps: Number of inference steps. Default: 28.
            guidance: Guidance scale; higher values follow the prompt more closely. Default: 3.5.
            seed: Random seed for reproducible generation; -1 for random. Default: -1.
            aspect_ratio: Aspect ratio of the output image. Allowed: '1:1', '16:9', '21:9', '3:2', '2:3', '4:5', '5:4', '3:4', '4:3', '9:16', '9:21'. Default: '1:1'.
            image_size: Base image size in pixels (longest side). Default: 1024.
            output_format: File format of the output image. Default: 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Default: 80.
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
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] = "16:9",
        width: int | None = None,
        height: int | None = None,
        seed: int | None = None,
        disable_safety_checker: bool = False,
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
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default: '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Range: 256 to 1440. Multiple of 16. Only used when aspect_ratio is 'custom'.
            seed: Random seed for reproducible generation; random when absent.
            disable_safety_checker: Disable the safety checker for generated images. Default: False.
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
        turbo: bool = True,
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
        ] = "default",
        aspect_ratio: Literal[
            "match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"
        ] = "match_input_image",
        reference_image: str | None = None,
        seed: int | None = None,
        disable_safety_checker: bool = False,
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
            turbo: Run faster with additional optimizations; turning it off is recommended for complicated edits. Default: True.
            mode: Editing mode. Allowed: 'default', 'multiple_angles', 'relight', 'light_restoration', 'white_to_scene', 'fusion', 'add_characters', 'next_scene', 'style_consistency', 'subject_consistency'. Default: 'default'.
            aspect_ratio: Aspect ratio of the output image; match_input_image matches the first input image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default: 'match_input_image'.
            reference_image: Undocumented field that seed 003's example sends as \"1\".
            seed: Random seed for reproducible generation; random when absent.
            disable_safety_checker: Disable the safety checker for generated images. Default: False.
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
        src_video: FileInput | None = None,
        src_mask: FileInput | None = None,
        src_ref_images: Sequence[FileInput] | None = None,
        size: Literal["720*1280", "1280*720", "480*832", "832*480"] | None = None,
        frame_num: int = 81,
        sample_steps: int = 50,
        sample_guide_scale: float = 5,
        sample_solver: Literal["unipc", "dpm++"] | None = None,
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
            src_video: URL of an input video to edit. A local path, bytes or an open binary file is uploaded first.
            src_mask: URL of an input mask (video or image) marking what to edit. A local path, bytes or an open binary file is uploaded first.
            src_ref_images: URLs of reference images. A local path, bytes or an open binary file is uploaded first.
            size: Output resolution, width*height. Allowed: '720*1280', '1280*720', '480*832', '832*480'.
            frame_num: Number of frames to generate. Default: 81.
            sample_steps: Number of sampling steps. Default: 50.
            sample_guide_scale: Sampling guidance scale. Default: 5.
            sample_solver: Sampling solver. Allowed: 'unipc', 'dpm++'.
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
        last_image: FileInput | None = None,
        num_frames: int = 81,
        resolution: Literal["480p", "720p"] = "480p",
        frames_per_second: int = 16,
        go_fast: bool = True,
        sample_shift: float = 12,
        seed: int | None = None,
        disable_safety_checker: bool | None = None,
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
            last_image: URL of an optional last image to condition the video on. A local path, bytes or an open binary file is uploaded first.
            num_frames: Number of video frames. Default: 81.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default: '480p'.
            frames_per_second: Frames per second of the video. Default: 16.
            go_fast: Enable speed optimizations. Default: True.
            sample_shift: Sample shift factor. Default: 12.
            seed: Random seed for reproducible generation; random when absent.
            disable_safety_checker: Disable the safety checker for the generated video.
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
        aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "custom"] = "16:9",
        width: int | None = None,
        height: int | None = None,
        juiced: bool = False,
        seed: int | None = None,
        output_format: Literal["png", "jpg", "webp"] = "jpg",
        output_quality: int = 80,
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
            aspect_ratio: Aspect ratio of the generated image; \"custom\" uses width and height. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '21:9', 'custom'. Default: '16:9'.
            width: Width of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Multiple of 16. Only used when aspect_ratio is 'custom'.
            height: Height of the image in pixels, used only when aspect_ratio is \"custom\". Must be a multiple of 16. Multiple of 16. Only used when aspect_ratio is 'custom'.
            juiced: Faster inference with additional optimizations. Default: False.
            seed: Random seed for reproducible generation.
            output_format: File format of the output image. Allowed: 'png', 'jpg', 'webp'. Default: 'jpg'.
            output_quality: Quality of the saved output image (jpg and webp). Default: 80.
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
        num_frames: int = 81,
        aspect_ratio: Literal["16:9", "9:16"] | None = None,
        resolution: Literal["480p", "720p"] = "480p",
        frames_per_second: int = 16,
        go_fast: bool = True,
        sample_shift: float = 12,
        seed: int | None = None,
        disable_safety_checker: bool | None = None,
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
            num_frames: Number of video frames. Default: 81.
            aspect_ratio: Aspect ratio of the video. Allowed: '16:9', '9:16'.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default: '480p'.
            frames_per_second: Frames per second of the video. Default: 16.
            go_fast: Enable speed optimizations. Default: True.
            sample_shift: Sample shift factor. Default: 12.
            seed: Random seed for reproducible generation; random when absent.
            disable_safety_checker: Disable the safety checker for the generated video.
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
