# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictStr


class ImagenRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: StrictStr
    aspect_ratio: Literal["1:1", "4:3", "3:4", "9:16", "16:9"] | None = None
    person_generation: Literal["ALLOW_ADULT", "DONT_ALLOW"] | None = None
    safety_filter_level: Literal["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH"] | None = None
