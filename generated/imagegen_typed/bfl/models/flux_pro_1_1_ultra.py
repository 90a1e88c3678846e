# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class FluxPro11UltraRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr | None, Field(description="The prompt to use for image generation.")] = None
    prompt_upsampling: Annotated[
        StrictBool | None,
        Field(
            description="Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation."
        ),
    ] = None
    seed: Annotated[
        StrictInt | None,
        Field(description="Optional seed for reproducibility. If not provided, a random seed will be used."),
    ] = None
    aspect_ratio: Annotated[StrictStr | None, Field(description="Aspect ratio of the image between 21:9 and 9:21")] = (
        None
    )
    safety_tolerance: Annotated[
        StrictInt | None,
        Field(
            description="Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.",
            ge=0,
            le=6,
        ),
    ] = None
    output_format: Annotated[
        Literal["jpeg", "png", "webp"] | None,
        Field(description="Output format for the generated image. Can be 'jpeg', 'png', or 'webp'."),
    ] = None
    raw: Annotated[StrictBool | None, Field(description="Generate less processed, more natural-looking images")] = None
    image_prompt: Annotated[StrictStr | None, Field(description="Optional image to remix in base64 format")] = None
    image_prompt_strength: Annotated[
        StrictFloat | None, Field(description="Blend between the prompt and the image prompt", ge=0.0, le=1.0)
    ] = None
