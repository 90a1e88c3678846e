# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class FluxDevRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    speed_mode: Literal[
        "Lightly Juiced 🍊 (more consistent)",
        "Juiced 🔥 (default)",
        "Extra Juiced 🔥 (more speed)",
        "Blink of an eye 👁️",
    ] = "Extra Juiced 🔥 (more speed)"
    num_inference_steps: StrictInt = 28
    guidance: StrictFloat = 3.5
    seed: StrictInt = -1
    aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] = "1:1"
    image_size: StrictInt = 1024
    output_format: Literal["png", "jpg", "webp"] = "jpg"
    output_quality: Annotated[StrictInt, Field(ge=1, le=100)] = 80
