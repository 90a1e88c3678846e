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
    turbo: StrictBool | None = None
    video: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    images: list[Image]
    resolution: Literal["720p", "1080p"] | None = None
    save_audio: StrictBool | None = None
    target_fps: Literal["original", "24", "48"] | None = None
    ignore_audio: StrictBool | None = None
    instruction_prompt: StrictStr | None = None
    disable_safety_checker: StrictBool | None = None
