# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class PVideoAvatarRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    audio: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    image: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    voice: (
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
        | None
    ) = None
    resolution: Literal["720p", "1080p"] | None = None
    video_prompt: StrictStr | None = None
    voice_prompt: StrictStr | None = None
    voice_script: StrictStr | None = None
    voice_language: (
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
        | None
    ) = None
    negative_prompt: StrictStr | None = None
    disable_safety_filter: StrictBool | None = None
    strength_negative_prompt: Annotated[StrictFloat | None, Field(ge=0.0, le=4.0)] = None
    disable_prompt_upsampling: StrictBool | None = None
