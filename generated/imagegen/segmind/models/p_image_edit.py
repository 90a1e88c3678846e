# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class ImageUrl(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PImageEditRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    image_urls: Annotated[list[ImageUrl], Field(min_length=1)]
    prompt: Annotated[StrictStr, Field(min_length=1)]
    aspect_ratio: Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None = None
    disable_safety_checker: StrictBool | None = None
    seed: Annotated[StrictInt | None, Field(ge=-1, le=999999999999999)] = None
