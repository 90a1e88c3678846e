# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, SecretStr, StrictBool, StrictFloat, StrictInt, StrictStr


class Image(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PImageEditLoraRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation.")] = None
    turbo: Annotated[
        StrictBool | None,
        Field(
            description="If turned on, the model will run faster with additional optimizations. For complicated tasks, it is recommended to turn this off."
        ),
    ] = None
    images: Annotated[
        list[Image] | None,
        Field(description="Images to use as a reference. For editing task, provide the main image as the first image."),
    ] = None
    prompt: Annotated[
        StrictStr,
        Field(
            description="Text prompt for image generation. Make sure to describe your edit task clearly. You can refer to the images as 'image 1' and 'image 2' and so on.",
            min_length=1,
        ),
    ]
    lora_scale: Annotated[
        StrictFloat | None,
        Field(description="Determines how strongly the main LoRA should be applied.", ge=-1.0, le=3.0),
    ] = None
    aspect_ratio: Annotated[
        Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None,
        Field(
            description="Aspect ratio for the generated image. `match_input_image` will match the aspect ratio of the first image."
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
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable safety checker for generated images.")
    ] = None
