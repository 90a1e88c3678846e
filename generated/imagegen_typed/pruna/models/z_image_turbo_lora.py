# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class ZImageTurboLoraRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation")] = None
    width: Annotated[StrictInt | None, Field(description="Width of the generated image", ge=64, le=1440)] = None
    height: Annotated[StrictInt | None, Field(description="Height of the generated image", ge=64, le=1440)] = None
    prompt: Annotated[StrictStr, Field(description="Text prompt for image generation", min_length=1)]
    lora_scales: Annotated[
        list[StrictFloat] | None,
        Field(
            description="Scales for each LoRA as an array of floats. Must match the number of lora_weights. Defaults to 1.0 for each if not provided."
        ),
    ] = None
    lora_weights: Annotated[
        list[StrictStr] | None,
        Field(
            description="LoRA weights as an array of URLs. Supports .safetensors URLs, tar files, and zip files (e.g., ['https://example.com/lora1.safetensors', 'https://example.com/lora2.safetensors'])"
        ),
    ] = None
    output_format: Annotated[Literal["png", "jpg", "webp"] | None, Field(description="Format of the output images")] = (
        None
    )
    guidance_scale: Annotated[
        StrictFloat | None, Field(description="Guidance scale. Should be 0 for Turbo models", ge=0.0, le=20.0)
    ] = None
    output_quality: Annotated[
        StrictInt | None,
        Field(
            description="Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs",
            ge=0,
            le=100,
        ),
    ] = None
    num_inference_steps: Annotated[
        StrictInt | None,
        Field(
            description="Number of inference steps. This actually results in (num_inference_steps - 1) DiT forwards",
            ge=1,
            le=50,
        ),
    ] = None
