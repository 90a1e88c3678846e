# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class ImageUrl(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PImageEditRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    image_urls: Annotated[
        list[ImageUrl],
        Field(description="Provide a list of image URLs for editing. Ensure URLs are accessible online.", min_length=1),
    ]
    prompt: Annotated[
        StrictStr,
        Field(
            description="Describes the desired image edit or composition. Use vivid adjectives for creativity.",
            min_length=1,
        ),
    ]
    aspect_ratio: Annotated[
        Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None,
        Field(description="Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen."),
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None,
        Field(
            description="Toggles safety features for image generation. Disable if you're working with creative edits."
        ),
    ] = None
    seed: Annotated[
        StrictInt | None,
        Field(
            description="Sets seed for consistent output. Use -1 for a unique, random generation each time.",
            ge=-1,
            le=999999999999999,
        ),
    ] = None
