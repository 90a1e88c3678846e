# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr


class ImagenRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    aspect_ratio: Literal["1:1", "4:3", "3:4", "9:16", "16:9"] | None = None
    person_generation: Literal["ALLOW_ADULT", "DONT_ALLOW"] | None = None
    safety_filter_level: Literal["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH"] | None = None
