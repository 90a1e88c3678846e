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
    turbo: StrictBool | None = None
    video: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    resolution: Literal["720p", "1080p"] | None = None
    save_audio: StrictBool | None = None
    target_fps: Literal["original", "24", "48"] | None = None
    ignore_audio: StrictBool | None = None
    instruction_prompt: StrictStr | None = None
    disable_safety_checker: StrictBool | None = None
