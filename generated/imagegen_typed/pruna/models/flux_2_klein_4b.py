# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class Flux2Klein4bRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation")] = None
    images: Annotated[
        list[Image] | None,
        Field(
            description="List of input images for image-to-image generation. Maximum 5 images. Must be jpeg, png, gif, or webp."
        ),
    ] = None
    prompt: Annotated[StrictStr, Field(description="Text prompt for image generation.", min_length=1)]
    go_fast: Annotated[
        StrictBool | None, Field(description="Run faster predictions with additional optimizations.")
    ] = None
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "3:2", "2:3", "4:3", "3:4", "5:4", "4:5", "21:9", "9:21", "match_input_image"]
        | None,
        Field(
            description="Aspect ratio for the generated image. Use 'match_input_image' to match the aspect ratio of the first input image."
        ),
    ] = None
    output_format: Annotated[Literal["webp", "jpg", "png"] | None, Field(description="Format of the output images")] = (
        None
    )
    output_quality: Annotated[
        StrictInt | None,
        Field(
            description="Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs.",
            ge=0,
            le=100,
        ),
    ] = None
    output_megapixels: Annotated[
        Literal["0.25", "0.5", "1", "2", "4"] | None, Field(description="Resolution of the output image in megapixels")
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable safety checker for generated images.")
    ] = None


class Image(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
