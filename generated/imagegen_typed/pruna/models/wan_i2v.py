# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class WanI2vRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text prompt describing the video to generate.", min_length=1)]
    image: Annotated[
        StrictStr,
        Field(
            description="URL of the input image to animate, for instance from the files endpoint.",
            pattern="^https?://\\S+$",
        ),
    ]
    last_image: Annotated[
        StrictStr | None,
        Field(description="URL of an optional last image to condition the video on.", pattern="^https?://\\S+$"),
    ] = None
    num_frames: Annotated[StrictInt | None, Field(description="Number of video frames.", ge=81, le=121)] = None
    resolution: Annotated[Literal["480p", "720p"] | None, Field(description="Resolution of the video.")] = None
    frames_per_second: Annotated[
        StrictInt | None, Field(description="Frames per second of the video.", ge=5, le=30)
    ] = None
    go_fast: Annotated[StrictBool | None, Field(description="Enable speed optimizations.")] = None
    sample_shift: Annotated[StrictFloat | None, Field(description="Sample shift factor.", ge=1.0, le=20.0)] = None
    seed: Annotated[
        StrictInt | None, Field(description="Random seed for reproducible generation; random when absent.")
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable the safety checker for the generated video.")
    ] = None
    interpolate_output: Annotated[
        StrictBool | None, Field(description="Interpolate the generated video to 30 FPS using ffmpeg")
    ] = None
    lora_scale_transformer: Annotated[
        StrictFloat | None, Field(description="Determines how strongly the transformer LoRA should be applied.")
    ] = None
    lora_scale_transformer_2: Annotated[
        StrictFloat | None, Field(description="Determines how strongly the transformer_2 LoRA should be applied.")
    ] = None
    lora_weights_transformer: Annotated[
        StrictStr | None,
        Field(
            description="Load LoRA weights for the HIGH transformer. Supports arbitrary .safetensors URLs from the Internet (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_hinoise.safetensors')"
        ),
    ] = None
    lora_weights_transformer_2: Annotated[
        StrictStr | None,
        Field(
            description="Load LoRA weights for the LOW transformer_2. Supports arbitrary .safetensors URLs from the Internet. Can be different from transformer LoRA. (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_lownoise.safetensors')"
        ),
    ] = None
