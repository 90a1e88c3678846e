# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class PImageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] | None = None
    width: Annotated[StrictInt | None, Field(ge=256, le=1440, multiple_of=16)] = None
    height: Annotated[StrictInt | None, Field(ge=256, le=1440, multiple_of=16)] = None
    seed: StrictInt | None = None
    disable_safety_checker: StrictBool | None = None
    lora_scale: Annotated[StrictFloat | None, Field(ge=-1.0, le=3.0)] = None
    hf_api_token: StrictStr | None = None
    lora_weights: StrictStr | None = None
    prompt_upsampling: StrictBool | None = None
