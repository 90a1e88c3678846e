# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class ImageItem(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class QwenImageEditPlusRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation")] = None
    image: Annotated[list[ImageItem], Field(description="Images to use as reference. Must be jpeg, png, gif, or webp.")]
    prompt: Annotated[StrictStr, Field(description="Text instruction on how to edit the given image.", min_length=1)]
    go_fast: Annotated[
        StrictBool | None, Field(description="Run faster predictions with additional optimizations.")
    ] = None
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "match_input_image"] | None,
        Field(description="Aspect ratio for the generated image"),
    ] = None
    output_format: Annotated[Literal["webp", "jpg", "png"] | None, Field(description="Format of the output images")] = (
        None
    )
    output_quality: Annotated[
        StrictInt | None,
        Field(
            description="Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs",
            ge=0,
            le=100,
        ),
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable safety checker for generated images.")
    ] = None
