# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class FluxDevRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    speed_mode: (
        Literal[
            "Lightly Juiced 🍊 (more consistent)",
            "Juiced 🔥 (default)",
            "Extra Juiced 🔥 (more speed)",
            "Blink of an eye 👁️",
        ]
        | None
    ) = None
    num_inference_steps: StrictInt | None = None
    guidance: StrictFloat | None = None
    seed: StrictInt | None = None
    aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] | None = None
    image_size: StrictInt | None = None
    output_format: Literal["png", "jpg", "webp"] | None = None
    output_quality: Annotated[StrictInt | None, Field(ge=1, le=100)] = None
