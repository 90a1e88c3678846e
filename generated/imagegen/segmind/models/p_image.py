# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PImageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] | None = None
    disable_safety_checker: StrictBool | None = None
    height: Annotated[StrictInt | None, Field(ge=256, le=1440)] = None
    seed: Annotated[StrictInt | None, Field(ge=-1, le=999999999999999)] = None
    width: Annotated[StrictInt | None, Field(ge=256, le=1440)] = None
