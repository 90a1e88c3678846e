"""p-video-avatar (p-video-avatar) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-video-avatar.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_video_avatar as _model
from ..types import PVideoAvatarResolution, PVideoAvatarVoice, PVideoAvatarVoiceLanguage

# spec: models/pruna-p-video-avatar.yaml
P_VIDEO_AVATAR = EndpointInfo(
    model_id="p-video-avatar",
    method="p_video_avatar",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="audio", upload="one"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="voice", has_default=True, default="Zephyr (Female)"),
        ParamInfo(wire="resolution", has_default=True, default="720p"),
        ParamInfo(wire="video_prompt", has_default=True, default="The person is talking."),
        ParamInfo(wire="voice_prompt", has_default=True, default="Say the following."),
        ParamInfo(wire="voice_script", has_default=True, default=""),
        ParamInfo(wire="voice_language", has_default=True, default="English (US)"),
        ParamInfo(wire="negative_prompt", has_default=True, default=""),
        ParamInfo(wire="disable_safety_filter", has_default=True, default=True),
        ParamInfo(wire="strength_negative_prompt", has_default=True, default=0.5),
        ParamInfo(wire="disable_prompt_upsampling", has_default=True, default=False),
    ),
    sync=False,
    rate_limit=RateLimit(requests=50, per_seconds=60.0),
    title="p-video-avatar",
)


class Pruna(SyncPredictionsSurface):
    """The p-video-avatar methods of Pruna."""

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
            P_VIDEO_AVATAR,
            _model.PVideoAvatarRequest,
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


class AsyncPruna(AsyncPredictionsSurface):
    """The p-video-avatar methods of AsyncPruna."""

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
            P_VIDEO_AVATAR,
            _model.PVideoAvatarRequest,
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
