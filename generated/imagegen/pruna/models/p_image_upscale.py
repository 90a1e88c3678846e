# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PImageUpscaleRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    image: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    target: Annotated[StrictInt | None, Field(ge=1, le=8)] = None
    output_format: Literal["webp", "jpg", "png"] | None = None
    output_quality: Annotated[StrictInt | None, Field(ge=0, le=100)] = None
    enhance_details: StrictBool | None = None
    enhance_realism: StrictBool | None = None
    disable_safety_checker: StrictBool | None = None
