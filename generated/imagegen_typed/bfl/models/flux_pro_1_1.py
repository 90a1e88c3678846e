# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class FluxPro11Request(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr | None, Field(description="Text prompt for image generation.")] = None
    image_prompt: Annotated[
        StrictStr | None, Field(description="Optional base64 encoded image to use with Flux Redux.")
    ] = None
    width: Annotated[
        StrictInt | None,
        Field(
            description="Width of the generated image in pixels. Must be a multiple of 32.",
            ge=256,
            le=1440,
            multiple_of=32,
        ),
    ] = None
    height: Annotated[
        StrictInt | None,
        Field(
            description="Height of the generated image in pixels. Must be a multiple of 32.",
            ge=256,
            le=1440,
            multiple_of=32,
        ),
    ] = None
    prompt_upsampling: Annotated[
        StrictBool | None,
        Field(
            description="Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation."
        ),
    ] = None
    seed: Annotated[StrictInt | None, Field(description="Optional seed for reproducibility.")] = None
    safety_tolerance: Annotated[
        StrictInt | None,
        Field(
            description="Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.",
            ge=0,
            le=6,
        ),
    ] = None
    output_format: Annotated[
        Literal["jpeg", "png", "webp"] | None,
        Field(description="Output format for the generated image. Can be 'jpeg', 'png', or 'webp'."),
    ] = None
