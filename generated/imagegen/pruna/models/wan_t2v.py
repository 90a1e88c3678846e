# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class WanT2vRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    num_frames: Annotated[StrictInt, Field(ge=81, le=121)] = 81
    aspect_ratio: Literal["16:9", "9:16"] = "16:9"
    resolution: Literal["480p", "720p"] = "480p"
    frames_per_second: Annotated[StrictInt, Field(ge=5, le=30)] = 16
    go_fast: StrictBool = True
    sample_shift: Annotated[StrictFloat, Field(ge=1.0, le=20.0)] = 12
    seed: StrictInt | None = None
    disable_safety_checker: StrictBool = False
    optimize_prompt: StrictBool = False
    interpolate_output: StrictBool = True
    lora_scale_transformer: StrictFloat = 1
    lora_scale_transformer_2: StrictFloat = 1
    lora_weights_transformer: StrictStr | None = None
    lora_weights_transformer_2: StrictStr | None = None
