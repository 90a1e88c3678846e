# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class WanI2vRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: StrictStr
    image: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    last_image: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    num_frames: StrictInt | None = None
    resolution: Literal["480p", "720p"] | None = None
    frames_per_second: StrictInt | None = None
    go_fast: StrictBool | None = None
    sample_shift: StrictFloat | None = None
    seed: StrictInt | None = None
    disable_safety_checker: StrictBool | None = None
