# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, StrictBool, StrictFloat, StrictInt, StrictStr


class PrunaaiPImageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text prompt for image generation.", min_length=1)]
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] | None,
        Field(description='Aspect ratio of the generated image; "custom" uses width and height.'),
    ] = None
    width: Annotated[
        StrictInt | None,
        Field(
            description='Width in pixels when aspect_ratio is "custom"; a multiple of 16.',
            ge=256,
            le=1440,
            multiple_of=16,
        ),
    ] = None
    height: Annotated[
        StrictInt | None,
        Field(
            description='Height in pixels when aspect_ratio is "custom"; a multiple of 16.',
            ge=256,
            le=1440,
            multiple_of=16,
        ),
    ] = None
    prompt_upsampling: Annotated[
        StrictBool | None, Field(description="Let the model expand the prompt before generating.")
    ] = None
    seed: Annotated[
        StrictInt | None, Field(description="Random seed for reproducible generation; random when absent.")
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable the safety checker for generated images.")
    ] = None
    lora_weights: Annotated[
        StrictStr | None, Field(description="LoRA weights to apply (a Hugging Face or Replicate weights reference).")
    ] = None
    lora_scale: Annotated[
        StrictFloat | None, Field(description="How strongly the LoRA weights apply.", ge=-1.0, le=3.0)
    ] = None
    hf_api_token: Annotated[SecretStr | None, Field(description="Hugging Face token for private LoRA weights.")] = None
