# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, StrictBool, StrictFloat, StrictInt, StrictStr


class PImageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text prompt describing the image to generate.", min_length=1)]
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"] | None,
        Field(description='Aspect ratio of the generated image; "custom" uses width and height.'),
    ] = None
    width: Annotated[
        StrictInt | None,
        Field(
            description='Width of the image in pixels, used only when aspect_ratio is "custom". Must be a multiple of 16.',
            ge=256,
            le=1440,
            multiple_of=16,
        ),
    ] = None
    height: Annotated[
        StrictInt | None,
        Field(
            description='Height of the image in pixels, used only when aspect_ratio is "custom". Must be a multiple of 16.',
            ge=256,
            le=1440,
            multiple_of=16,
        ),
    ] = None
    seed: Annotated[
        StrictInt | None, Field(description="Random seed for reproducible generation; random when absent.")
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable the safety checker for generated images.")
    ] = None
    lora_scale: Annotated[
        StrictFloat | None,
        Field(
            description="Determines how strongly the main LoRA should be applied. 0.5 usually works well for most LoRAs.",
            ge=-1.0,
            le=3.0,
        ),
    ] = None
    hf_api_token: Annotated[
        SecretStr | None,
        Field(
            description="HuggingFace API token. If you're using a HuggingFace LoRAs that needs authentication, you'll need to provide an API token."
        ),
    ] = None
    lora_weights: Annotated[
        StrictStr | None,
        Field(
            description="Load LoRA weights. Supports HuggingFace URLs in the format huggingface.co/<owner>/<model-name>[/<lora-weights-file.safetensors>]. HuggingFace LoRAs may require an API token to access, which you can provide in the `hf_api_token` input."
        ),
    ] = None
    prompt_upsampling: Annotated[StrictBool | None, Field(description="Upsample the prompt with an LLM.")] = None
