# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class WanImageSmallRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text prompt describing the image to generate.", min_length=1)]
    aspect_ratio: Annotated[
        Literal["custom", "1:1", "16:9", "9:16", "4:3", "3:4", "21:9"] | None,
        Field(description='Aspect ratio of the generated image; "custom" uses width and height.'),
    ] = None
    width: Annotated[
        StrictInt | None,
        Field(
            description='Width of the image in pixels, used only when aspect_ratio is "custom". Must be a multiple of 16.',
            ge=256,
            le=900,
            multiple_of=16,
        ),
    ] = None
    height: Annotated[
        StrictInt | None,
        Field(
            description='Height of the image in pixels, used only when aspect_ratio is "custom". Must be a multiple of 16.',
            ge=256,
            le=900,
            multiple_of=16,
        ),
    ] = None
    juiced: Annotated[StrictBool | None, Field(description="Faster inference with additional optimizations.")] = None
    seed: Annotated[StrictInt | None, Field(description="Random seed for reproducible generation.")] = None
    output_format: Annotated[
        Literal["png", "jpg", "webp"] | None, Field(description="File format of the output image.")
    ] = None
    output_quality: Annotated[
        StrictInt | None, Field(description="Quality of the saved output image (jpg and webp).", ge=1, le=100)
    ] = None
    num_outputs: Annotated[StrictInt | None, Field(description="Number of outputs to generate", ge=1, le=4)] = None
