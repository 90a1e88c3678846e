# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class ZImageTurboRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    width: Annotated[StrictInt, Field(ge=64, le=2048)] = 1024
    height: Annotated[StrictInt, Field(ge=64, le=2048)] = 1024
    prompt: Annotated[StrictStr, Field(min_length=1)]
    go_fast: StrictBool = False
    output_format: Literal["png", "jpg", "webp"] = "jpg"
    guidance_scale: Annotated[StrictFloat, Field(ge=0.0, le=20.0)] = 0
    output_quality: Annotated[StrictInt, Field(ge=0, le=100)] = 80
    num_inference_steps: Annotated[StrictInt, Field(ge=1, le=50)] = 8
