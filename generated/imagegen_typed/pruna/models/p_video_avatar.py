# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class PVideoAvatarRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation.")] = None
    audio: Annotated[
        StrictStr | None,
        Field(
            description="Optional uploaded audio to drive avatar speech. If provided, this is used instead of voice_script and voice settings.",
            pattern="^https?://\\S+$",
        ),
    ] = None
    image: Annotated[
        StrictStr,
        Field(description="Input image (first frame). Supports jpg, jpeg, png, webp.", pattern="^https?://\\S+$"),
    ]
    voice: Annotated[
        Literal[
            "Zephyr (Female)",
            "Puck (Male)",
            "Charon (Male)",
            "Kore (Female)",
            "Fenrir (Male)",
            "Leda (Female)",
            "Orus (Male)",
            "Aoede (Female)",
            "Callirrhoe (Female)",
            "Autonoe (Female)",
            "Enceladus (Male)",
            "Iapetus (Male)",
            "Umbriel (Male)",
            "Algenib (Male)",
            "Despina (Female)",
            "Erinome (Female)",
            "Laomedeia (Female)",
            "Achernar (Female)",
            "Algieba (Male)",
            "Schedar (Male)",
            "Gacrux (Female)",
            "Pulcherrima (Female)",
            "Achird (Male)",
            "Zubenelgenubi (Male)",
            "Vindemiatrix (Female)",
            "Sadachbia (Male)",
            "Sadaltager (Male)",
            "Sulafat (Female)",
            "Alnilam (Male)",
            "Rasalgethi (Male)",
        ]
        | None,
        Field(description="Voice to use when generating speech from voice_script."),
    ] = None
    resolution: Annotated[Literal["720p", "1080p"] | None, Field(description="Resolution of the video.")] = None
    video_prompt: Annotated[
        StrictStr | None,
        Field(description="Optional visual prompt describing how the person should appear or behave while speaking."),
    ] = None
    voice_prompt: Annotated[
        StrictStr | None,
        Field(
            description="Optional style instructions for how to speak voice_script, such as tone, pacing, accent, or emotion. These instructions are not spoken."
        ),
    ] = None
    voice_script: Annotated[
        StrictStr | None,
        Field(description="Exact words the avatar should say. Required when no audio file is uploaded."),
    ] = None
    voice_language: Annotated[
        Literal[
            "English (US)",
            "English (UK)",
            "Spanish",
            "French",
            "German",
            "Italian",
            "Portuguese (Brazil)",
            "Japanese",
            "Korean",
            "Hindi",
        ]
        | None,
        Field(description="Language/accent target for generated speech."),
    ] = None
    negative_prompt: Annotated[
        StrictStr | None,
        Field(
            description='Disabled if empty. Mention what you do NOT want in the video, e.g. "subtitles, text, blurry, low quality, frames, watermark, titles, scene change". We recommend using multiple keywords at once.'
        ),
    ] = None
    disable_safety_filter: Annotated[
        StrictBool | None,
        Field(
            description="Disable safety filter for prompts and input image. When disabled, prompts are not checked for unsafe content before generation."
        ),
    ] = None
    strength_negative_prompt: Annotated[
        StrictFloat | None,
        Field(
            description="Strength of the Negative Prompt. Optimal value can differ for different video lengths (Experimental Feature)",
            ge=0.0,
            le=4.0,
        ),
    ] = None
    disable_prompt_upsampling: Annotated[
        StrictBool | None,
        Field(
            description="When true, skip automatic enhancement of the visual video prompt and use video_prompt directly."
        ),
    ] = None
