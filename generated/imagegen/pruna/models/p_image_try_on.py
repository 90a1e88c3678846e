# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class GarmentImage(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PImageTryOnRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    prompt: StrictStr | None = None
    turbo: StrictBool | None = None
    person_image: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    output_format: Literal["webp", "jpg", "png"] | None = None
    garment_images: list[GarmentImage]
    output_quality: Annotated[StrictInt | None, Field(ge=0, le=100)] = None
    reference_pose: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    preserve_input_size: StrictBool | None = None
