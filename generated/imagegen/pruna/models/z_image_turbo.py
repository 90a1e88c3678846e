# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class ZImageTurboRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    width: Annotated[StrictInt | None, Field(ge=64, le=2048)] = None
    height: Annotated[StrictInt | None, Field(ge=64, le=2048)] = None
    prompt: Annotated[StrictStr, Field(min_length=1)]
    go_fast: StrictBool | None = None
    output_format: Literal["png", "jpg", "webp"] | None = None
    guidance_scale: Annotated[StrictFloat | None, Field(ge=0.0, le=20.0)] = None
    output_quality: Annotated[StrictInt | None, Field(ge=0, le=100)] = None
    num_inference_steps: Annotated[StrictInt | None, Field(ge=1, le=50)] = None
