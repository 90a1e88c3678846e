# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PVideoRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    fps: Literal[24, 48] | None = None
    seed: StrictInt | None = None
    audio: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    draft: StrictBool | None = None
    image: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    prompt: Annotated[StrictStr, Field(min_length=1)]
    duration: Annotated[StrictInt | None, Field(ge=1, le=20)] = None
    resolution: Literal["720p", "1080p"] | None = None
    save_audio: StrictBool | None = None
    aspect_ratio: Literal["16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "1:1"] | None = None
    last_frame_image: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    prompt_upsampling: StrictBool | None = None
    disable_safety_filter: StrictBool | None = None
