"""p-video (p-video) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-video.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_video as _model
from ..types import PVideoAspectRatio, PVideoFps, PVideoResolution

# spec: models/pruna-p-video.yaml
P_VIDEO = EndpointInfo(
    model_id="p-video",
    method="p_video",
    params=(
        ParamInfo(wire="fps", has_default=True, default=24),
        ParamInfo(wire="seed"),
        ParamInfo(wire="audio", upload="one"),
        ParamInfo(wire="draft", has_default=True, default=False),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="duration", has_default=True, default=5),
        ParamInfo(wire="resolution", has_default=True, default="720p"),
        ParamInfo(wire="save_audio", has_default=True, default=True),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="last_frame_image", upload="one"),
        ParamInfo(wire="prompt_upsampling", has_default=True, default=True),
        ParamInfo(wire="disable_safety_filter", has_default=True, default=True),
    ),
    sync=False,
    rate_limit=RateLimit(requests=250, per_seconds=60.0),
    title="p-video",
)


class Pruna(SyncPredictionsSurface):
    """The p-video methods of Pruna."""

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
            P_VIDEO,
            _model.PVideoRequest,
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


class AsyncPruna(AsyncPredictionsSurface):
    """The p-video methods of AsyncPruna."""

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
            P_VIDEO,
            _model.PVideoRequest,
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
