# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PImageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[
        StrictStr,
        Field(description="Describe the image you want generated. Example: 'sunset over a calm ocean'.", min_length=1),
    ]
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] | None,
        Field(description="Select the aspect ratio of the image. Use '1:1' for square images."),
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable safety checks on generated images. Keep enabled for general use.")
    ] = None
    height: Annotated[
        StrictInt | None,
        Field(description="Set custom height for 'custom' aspect ratio. Use 576 for wide images.", ge=256, le=1440),
    ] = None
    seed: Annotated[
        StrictInt | None,
        Field(
            description="Set a seed for reproducible generation. Use -1 for completely random results.",
            ge=-1,
            le=999999999999999,
        ),
    ] = None
    width: Annotated[
        StrictInt | None,
        Field(
            description="Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images.",
            ge=256,
            le=1440,
        ),
    ] = None
