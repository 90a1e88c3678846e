# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class Image(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PVideoReplaceRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    turbo: StrictBool = False
    video: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    images: list[Image]
    resolution: Literal["720p", "1080p"] = "720p"
    save_audio: StrictBool = True
    target_fps: Literal["original", "24", "48"] = "original"
    ignore_audio: StrictBool = False
    instruction_prompt: StrictStr = ""
    disable_safety_checker: StrictBool = False
