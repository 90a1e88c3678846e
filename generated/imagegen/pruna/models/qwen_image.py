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
    go_fast: StrictBool | None = None
    guidance: Annotated[StrictFloat | None, Field(ge=0.0, le=10.0)] = None
    strength: Annotated[StrictFloat | None, Field(ge=0.0, le=1.0)] = None
    image_size: Literal["optimize_for_quality", "optimize_for_speed"] | None = None
    lora_scale: StrictFloat | None = None
    aspect_ratio: Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None = None
    lora_weights: StrictStr | None = None
    output_format: Literal["webp", "jpg", "png"] | None = None
    enhance_prompt: StrictBool | None = None
    output_quality: Annotated[StrictInt | None, Field(ge=0, le=100)] = None
    negative_prompt: StrictStr | None = None
    extra_lora_scale: list[StrictFloat] | None = None
    extra_lora_weights: list[StrictStr] | None = None
    num_inference_steps: Annotated[StrictInt | None, Field(ge=1, le=50)] = None
    disable_safety_checker: StrictBool | None = None
