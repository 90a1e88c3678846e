# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class Imagen4FastRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    width: Annotated[StrictInt, Field(ge=256, le=1024)] = 512
    height: Annotated[StrictInt, Field(ge=256, le=1024)] = 512
    steps: Annotated[StrictInt, Field(ge=1, le=100)] = 25
    guidance_scale: Annotated[StrictFloat, Field(ge=1.0, le=20.0)] = 7.5
    negative_prompt: StrictStr | None = None
    scheduler: Literal["DDIM", "PNDM", "LMSDiscrete", "DPMSolverMultistep", "EulerAncestralDiscrete"] = "DDIM"
    seed: Annotated[StrictInt, Field(ge=-1, le=2147483647)] = -1
