# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PVideoAnimateRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    image: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    turbo: StrictBool = False
    video: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    resolution: Literal["720p", "1080p"] = "720p"
    save_audio: StrictBool = True
    target_fps: Literal["original", "24", "48"] = "original"
    ignore_audio: StrictBool = False
    instruction_prompt: StrictStr = ""
    disable_safety_checker: StrictBool = False
