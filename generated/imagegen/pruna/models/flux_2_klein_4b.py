# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class Flux2Klein4bRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    images: list[Image] | None = None
    prompt: Annotated[StrictStr, Field(min_length=1)]
    go_fast: StrictBool | None = None
    aspect_ratio: (
        Literal["1:1", "16:9", "9:16", "3:2", "2:3", "4:3", "3:4", "5:4", "4:5", "21:9", "9:21", "match_input_image"]
        | None
    ) = None
    output_format: Literal["webp", "jpg", "png"] | None = None
    output_quality: Annotated[StrictInt | None, Field(ge=0, le=100)] = None
    output_megapixels: Literal["0.25", "0.5", "1", "2", "4"] | None = None
    disable_safety_checker: StrictBool | None = None


class Image(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
