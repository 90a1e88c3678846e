# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class ZImageTurboRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation")] = None
    width: Annotated[StrictInt | None, Field(description="Width of the generated image", ge=64, le=2048)] = None
    height: Annotated[StrictInt | None, Field(description="Height of the generated image", ge=64, le=2048)] = None
    prompt: Annotated[StrictStr, Field(description="Text prompt for image generation", min_length=1)]
    go_fast: Annotated[StrictBool | None, Field(description="Apply additional optimizations for faster generation")] = (
        None
    )
    output_format: Annotated[Literal["png", "jpg", "webp"] | None, Field(description="Format of the output images")] = (
        None
    )
    guidance_scale: Annotated[
        StrictFloat | None, Field(description="Guidance scale. Should be 0 for Turbo models", ge=0.0, le=20.0)
    ] = None
    output_quality: Annotated[
        StrictInt | None,
        Field(
            description="Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs",
            ge=0,
            le=100,
        ),
    ] = None
    num_inference_steps: Annotated[StrictInt | None, Field(description="Number of inference steps.", ge=1, le=50)] = (
        None
    )
