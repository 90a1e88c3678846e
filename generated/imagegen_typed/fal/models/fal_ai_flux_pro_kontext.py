# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class FalAiFluxProKontextRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="The prompt to generate an image from.")]
    image_url: Annotated[StrictStr, Field(description="Image URL")]
    seed: Annotated[StrictInt | None, Field(description="Seed")] = None
    guidance_scale: Annotated[StrictFloat | None, Field(description="Guidance scale (CFG)", ge=1.0, le=20.0)] = None
    sync_mode: Annotated[StrictBool | None, Field(description="Sync Mode")] = None
    num_images: Annotated[StrictInt | None, Field(description="Num Images", ge=1, le=4)] = None
    output_format: Annotated[Literal["jpeg", "png"] | None, Field(description="Output Format")] = None
    safety_tolerance: Annotated[Literal["1", "2", "3", "4", "5", "6"] | None, Field(description="Safety Tolerance")] = (
        None
    )
    enhance_prompt: Annotated[StrictBool | None, Field(description="Enhance Prompt")] = None
    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"] | None,
        Field(description="Aspect Ratio"),
    ] = None
