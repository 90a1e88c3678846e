# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr


class WanT2vRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: StrictStr
    num_frames: StrictInt = 81
    aspect_ratio: Literal["16:9", "9:16"] | None = None
    resolution: Literal["480p", "720p"] = "480p"
    frames_per_second: StrictInt = 16
    go_fast: StrictBool = True
    sample_shift: StrictFloat = 12
    seed: StrictInt | None = None
    disable_safety_checker: StrictBool | None = None
