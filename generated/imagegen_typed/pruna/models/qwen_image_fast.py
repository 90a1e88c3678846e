# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class QwenImageFastRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation.")] = None
    width: Annotated[
        StrictInt | None,
        Field(
            description="Width of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16.",
            ge=256,
            le=1440,
        ),
    ] = None
    height: Annotated[
        StrictInt | None,
        Field(
            description="Height of the generated image. Only used when aspect_ratio=custom. Must be a multiple of 16.",
            ge=256,
            le=1440,
        ),
    ] = None
    prompt: Annotated[StrictStr, Field(description="Text prompt for image generation.", min_length=1)]
    creativity: Annotated[
        StrictFloat | None,
        Field(
            description="Control the creativity of the model. Higher values increase the seed diversity.",
            ge=0.0,
            le=1.0,
        ),
    ] = None
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] | None,
        Field(description="Aspect ratio for the generated image."),
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable safety checker for generated images.")
    ] = None
