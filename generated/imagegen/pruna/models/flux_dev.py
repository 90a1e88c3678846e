# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, StrictFloat, StrictInt, StrictStr


class FluxDevRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: StrictStr
    speed_mode: StrictStr | None = None
    num_inference_steps: StrictInt | None = None
    guidance: StrictFloat | None = None
    seed: StrictInt | None = None
    aspect_ratio: Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] | None = None
    image_size: StrictInt | None = None
    output_format: StrictStr | None = None
    output_quality: StrictInt | None = None
