# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class FalAiFluxSchnellRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="The prompt to generate an image from.")]
    image_size: Annotated[
        Literal["square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"] | None,
        Field(description="Image Size"),
    ] = None
    num_inference_steps: Annotated[StrictInt | None, Field(description="Num Inference Steps", ge=1, le=12)] = None
    seed: Annotated[StrictInt | None, Field(description="Seed")] = None
    guidance_scale: Annotated[StrictFloat | None, Field(description="Guidance scale (CFG)", ge=1.0, le=20.0)] = None
    sync_mode: Annotated[StrictBool | None, Field(description="Sync Mode")] = None
    num_images: Annotated[StrictInt | None, Field(description="Num Images", ge=1, le=4)] = None
    enable_safety_checker: Annotated[StrictBool | None, Field(description="Enable Safety Checker")] = None
    output_format: Annotated[Literal["jpeg", "png"] | None, Field(description="Output Format")] = None
    acceleration: Annotated[Literal["none", "regular", "high"] | None, Field(description="Acceleration")] = None
