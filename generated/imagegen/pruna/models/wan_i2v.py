# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class WanI2vRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    image: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]
    last_image: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    num_frames: Annotated[StrictInt | None, Field(ge=81, le=121)] = None
    resolution: Literal["480p", "720p"] | None = None
    frames_per_second: Annotated[StrictInt | None, Field(ge=5, le=30)] = None
    go_fast: StrictBool | None = None
    sample_shift: Annotated[StrictFloat | None, Field(ge=1.0, le=20.0)] = None
    seed: StrictInt | None = None
    disable_safety_checker: StrictBool | None = None
    interpolate_output: StrictBool | None = None
    lora_scale_transformer: StrictFloat | None = None
    lora_scale_transformer_2: StrictFloat | None = None
    lora_weights_transformer: StrictStr | None = None
    lora_weights_transformer_2: StrictStr | None = None
