# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictFloat, StrictInt, StrictStr


class Image(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PImageEditLoraRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: StrictInt | None = None
    turbo: StrictBool | None = None
    images: list[Image] | None = None
    prompt: Annotated[StrictStr, Field(min_length=1)]
    lora_scale: Annotated[StrictFloat | None, Field(ge=-1.0, le=3.0)] = None
    aspect_ratio: Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None = None
    hf_api_token: StrictStr | None = None
    lora_weights: StrictStr | None = None
    disable_safety_checker: StrictBool | None = None
