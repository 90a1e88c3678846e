# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class FluxKontextProRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text prompt for image generation.")]
    input_image: Annotated[StrictStr | None, Field(description="Base64 encoded image or URL to use with Kontext.")] = (
        None
    )
    input_image_2: Annotated[
        StrictStr | None, Field(description="Base64 encoded image or URL to use with Kontext. *Experimental Multiref*")
    ] = None
    input_image_3: Annotated[
        StrictStr | None, Field(description="Base64 encoded image or URL to use with Kontext. *Experimental Multiref*")
    ] = None
    input_image_4: Annotated[
        StrictStr | None, Field(description="Base64 encoded image or URL to use with Kontext. *Experimental Multiref*")
    ] = None
    seed: Annotated[StrictInt | None, Field(description="Optional seed for reproducibility.")] = None
    aspect_ratio: Annotated[StrictStr | None, Field(description="Aspect ratio of the image between 21:9 and 9:21")] = (
        None
    )
    output_format: Annotated[
        Literal["jpeg", "png", "webp"] | None,
        Field(description="Output format for the generated image. Can be 'jpeg', 'png', or 'webp'."),
    ] = None
    prompt_upsampling: Annotated[
        StrictBool | None,
        Field(
            description="Whether to perform upsampling on the prompt. If active, automatically modifies the prompt for more creative generation."
        ),
    ] = None
    safety_tolerance: Annotated[
        StrictInt | None,
        Field(
            description="Tolerance level for input and output moderation. Between 0 and 6, 0 being most strict, 6 being least strict.",
            ge=0,
            le=6,
        ),
    ] = None
