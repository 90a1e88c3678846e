# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class WanImageSmallRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    aspect_ratio: Literal["custom", "1:1", "16:9", "9:16", "4:3", "3:4", "21:9"] | None = None
    width: Annotated[StrictInt | None, Field(ge=256, le=900, multiple_of=16)] = None
    height: Annotated[StrictInt | None, Field(ge=256, le=900, multiple_of=16)] = None
    juiced: StrictBool | None = None
    seed: StrictInt | None = None
    output_format: Literal["png", "jpg", "webp"] | None = None
    output_quality: Annotated[StrictInt | None, Field(ge=1, le=100)] = None
    num_outputs: Annotated[StrictInt | None, Field(ge=1, le=4)] = None
