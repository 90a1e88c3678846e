# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class FluxDevLoraRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    lora: StrictStr | None = None
    seed: StrictInt | None = None
    image: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    prompt: Annotated[StrictStr, Field(min_length=1)]
    guidance: Annotated[StrictFloat, Field(ge=0.0, le=10.0)] = 3
    extra_lora: StrictStr | None = None
    lora_scale: Annotated[StrictFloat, Field(ge=-1.0, le=3.0)] = 1
    megapixels: Literal["1", "0.25"] = "1"
    speed_mode: Literal["Base Model (compiled)", "Lightly Juiced 🍊", "Juiced 🧃", "Extra Juiced 🔥"] = "Juiced 🧃"
    num_outputs: Annotated[StrictInt, Field(ge=1, le=4)] = 1
    aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] = "1:1"
    output_format: Literal["png", "jpg", "webp"] = "jpg"
    output_quality: Annotated[StrictInt, Field(ge=1, le=100)] = 80
    prompt_strength: Annotated[StrictFloat, Field(ge=0.0, le=1.0)] = 0.8
    extra_lora_scale: Annotated[StrictFloat, Field(ge=-1.0, le=3.0)] = 1
    num_inference_steps: StrictInt = 28
