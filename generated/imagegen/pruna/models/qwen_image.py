# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class QwenImageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    seed: StrictInt | None = None
    image: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    go_fast: StrictBool = True
    guidance: Annotated[StrictFloat, Field(ge=0.0, le=10.0)] = 3
    strength: Annotated[StrictFloat, Field(ge=0.0, le=1.0)] = 0.9
    image_size: Literal["optimize_for_quality", "optimize_for_speed"] = "optimize_for_quality"
    lora_scale: StrictFloat = 1
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] = "16:9"
    lora_weights: StrictStr | None = None
    output_format: Literal["webp", "jpg", "png"] = "webp"
    enhance_prompt: StrictBool = False
    output_quality: Annotated[StrictInt, Field(ge=0, le=100)] = 80
    negative_prompt: StrictStr = " "
    extra_lora_scale: list[StrictFloat] | None = None
    extra_lora_weights: list[StrictStr] | None = None
    num_inference_steps: Annotated[StrictInt, Field(ge=1, le=50)] = 30
    disable_safety_checker: StrictBool = False
