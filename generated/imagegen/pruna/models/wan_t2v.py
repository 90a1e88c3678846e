# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictBool, StrictFloat, StrictInt, StrictStr


class WanT2vRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: StrictStr
    num_frames: StrictInt | None = None
    aspect_ratio: Literal["16:9", "9:16"] | None = None
    resolution: Literal["480p", "720p"] | None = None
    frames_per_second: StrictInt | None = None
    go_fast: StrictBool | None = None
    sample_shift: StrictFloat | None = None
    seed: StrictInt | None = None
    disable_safety_checker: StrictBool | None = None
