# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PImageUpscaleRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    image: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    target: Annotated[StrictInt, Field(ge=1, le=8)] = 4
    output_format: Literal["webp", "jpg", "png"] = "jpg"
    output_quality: Annotated[StrictInt, Field(ge=0, le=100)] = 80
    enhance_details: StrictBool = False
    enhance_realism: StrictBool = False
    disable_safety_checker: StrictBool = False
