# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class Imagen4FastRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    width: Annotated[StrictInt | None, Field(ge=256, le=1024)] = None
    height: Annotated[StrictInt | None, Field(ge=256, le=1024)] = None
    steps: Annotated[StrictInt | None, Field(ge=1, le=100)] = None
    guidance_scale: Annotated[StrictFloat | None, Field(ge=1.0, le=20.0)] = None
    negative_prompt: StrictStr | None = None
    scheduler: Literal["DDIM", "PNDM", "LMSDiscrete", "DPMSolverMultistep", "EulerAncestralDiscrete"] | None = None
    seed: Annotated[StrictInt | None, Field(ge=-1, le=2147483647)] = None
