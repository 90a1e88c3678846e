# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class Image(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PrunaaiPImageEditRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text instruction describing the edit.", min_length=1)]
    images: Annotated[
        list[Image],
        Field(description="Images to edit; the first one is the main image, the others are references.", min_length=1),
    ]
    turbo: Annotated[StrictBool | None, Field(description="Faster generation with slightly lower quality.")] = None
    aspect_ratio: Annotated[
        Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None,
        Field(description="Aspect ratio of the output; match_input_image keeps the main image's."),
    ] = None
    seed: Annotated[
        StrictInt | None, Field(description="Random seed for reproducible generation; random when absent.")
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable the safety checker for generated images.")
    ] = None
