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
    guidance: Annotated[StrictFloat | None, Field(ge=0.0, le=10.0)] = None
    extra_lora: StrictStr | None = None
    lora_scale: Annotated[StrictFloat | None, Field(ge=-1.0, le=3.0)] = None
    megapixels: Literal["1", "0.25"] | None = None
    speed_mode: Literal["Base Model (compiled)", "Lightly Juiced 🍊", "Juiced 🧃", "Extra Juiced 🔥"] | None = None
    num_outputs: Annotated[StrictInt | None, Field(ge=1, le=4)] = None
    aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] | None = None
    output_format: Literal["png", "jpg", "webp"] | None = None
    output_quality: Annotated[StrictInt | None, Field(ge=1, le=100)] = None
    prompt_strength: Annotated[StrictFloat | None, Field(ge=0.0, le=1.0)] = None
    extra_lora_scale: Annotated[StrictFloat | None, Field(ge=-1.0, le=3.0)] = None
    num_inference_steps: StrictInt | None = None
