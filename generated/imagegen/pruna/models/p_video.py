# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PVideoRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    fps: Literal[24, 48] = 24
    seed: StrictInt | None = None
    audio: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    draft: StrictBool = False
    image: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    prompt: Annotated[StrictStr, Field(min_length=1)]
    duration: Annotated[StrictInt, Field(ge=1, le=20)] = 5
    resolution: Literal["720p", "1080p"] = "720p"
    save_audio: StrictBool = True
    aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "1:1"] = "16:9"
    last_frame_image: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    prompt_upsampling: StrictBool = True
    disable_safety_filter: StrictBool = True
