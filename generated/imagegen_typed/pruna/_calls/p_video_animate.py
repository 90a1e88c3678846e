"""p-video-animate (p-video-animate) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-video-animate.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_video_animate as _model
from ..types import PVideoAnimateResolution, PVideoAnimateTargetFps

# spec: models/pruna-p-video-animate.yaml
P_VIDEO_ANIMATE = EndpointInfo(
    model_id="p-video-animate",
    method="p_video_animate",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="turbo", has_default=True, default=False),
        ParamInfo(wire="video", upload="one"),
        ParamInfo(wire="resolution", has_default=True, default="720p"),
        ParamInfo(wire="save_audio", has_default=True, default=True),
        ParamInfo(wire="target_fps", has_default=True, default="original"),
        ParamInfo(wire="ignore_audio", has_default=True, default=False),
        ParamInfo(wire="instruction_prompt", has_default=True, default=""),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    sync=False,
    rate_limit=RateLimit(requests=50, per_seconds=60.0),
    title="p-video-animate",
)


class Pruna(SyncPredictionsSurface):
    """The p-video-animate methods of Pruna."""

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
            P_VIDEO_ANIMATE,
            _model.PVideoAnimateRequest,
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


class AsyncPruna(AsyncPredictionsSurface):
    """The p-video-animate methods of AsyncPruna."""

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
            P_VIDEO_ANIMATE,
            _model.PVideoAnimateRequest,
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
