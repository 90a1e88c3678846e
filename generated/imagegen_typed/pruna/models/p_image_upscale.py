# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PImageUpscaleRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    image: Annotated[StrictStr, Field(description="Input image to upscale.", pattern="^https?://\\S+$")]
    target: Annotated[
        StrictInt | None,
        Field(description="Target resolution in megapixels (used when upscale_mode is 'target').", ge=1, le=8),
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
    enhance_details: Annotated[
        StrictBool | None,
        Field(
            description="Enhance fine textures and small details. May increase contrast and introduce minor deviations from the original image."
        ),
    ] = None
    enhance_realism: Annotated[
        StrictBool | None,
        Field(
            description="Improve realism. May deviate more from the original image. Recommended for AI-generated images."
        ),
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable safety checker for generated images.")
    ] = None
