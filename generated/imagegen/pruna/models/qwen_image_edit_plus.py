# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class ImageItem(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class QwenImageEditPlusRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    image: list[ImageItem]
    prompt: Annotated[StrictStr, Field(min_length=1)]
    go_fast: StrictBool | None = None
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "match_input_image"] | None = None
    output_format: Literal["webp", "jpg", "png"] | None = None
    output_quality: Annotated[StrictInt | None, Field(ge=0, le=100)] = None
    disable_safety_checker: StrictBool | None = None
