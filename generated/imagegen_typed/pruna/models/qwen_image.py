# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictFloat, StrictInt, StrictStr


class QwenImageRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text prompt describing the image to generate.", min_length=1)]
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation")] = None
    image: Annotated[
        StrictStr | None, Field(description="Input image for img2img pipeline", pattern="^https?://\\S+$")
    ] = None
    go_fast: Annotated[
        StrictBool | None, Field(description="Run faster predictions with additional optimizations.")
    ] = None
    guidance: Annotated[
        StrictFloat | None,
        Field(
            description="Guidance for generated image. Lower values can give more realistic images. Good values to try are 2, 2.5, 3 and 3.5",
            ge=0.0,
            le=10.0,
        ),
    ] = None
    strength: Annotated[StrictFloat | None, Field(description="Strength for img2img pipeline", ge=0.0, le=1.0)] = None
    image_size: Annotated[
        Literal["optimize_for_quality", "optimize_for_speed"] | None,
        Field(description="Image size for the generated image"),
    ] = None
    lora_scale: Annotated[
        StrictFloat | None, Field(description="Determines how strongly the main LoRA should be applied.")
    ] = None
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None,
        Field(description="Aspect ratio for the generated image"),
    ] = None
    lora_weights: Annotated[
        StrictStr | None,
        Field(
            description="Load LoRA weights. Only works with text to image pipeline. Supports arbitrary .safetensors URLs, tar files, and zip files from the Internet (for example, 'https://huggingface.co/flymy-ai/qwen-image-lora/resolve/main/pytorch_lora_weights.safetensors', 'https://example.com/lora_weights.tar.gz', or 'https://example.com/lora_weights.zip')"
        ),
    ] = None
    output_format: Annotated[Literal["webp", "jpg", "png"] | None, Field(description="Format of the output images")] = (
        None
    )
    enhance_prompt: Annotated[StrictBool | None, Field(description="Enhance the prompt with positive magic.")] = None
    output_quality: Annotated[
        StrictInt | None,
        Field(
            description="Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs",
            ge=0,
            le=100,
        ),
    ] = None
    negative_prompt: Annotated[StrictStr | None, Field(description="Negative prompt for generated image")] = None
    extra_lora_scale: Annotated[
        list[StrictFloat] | None,
        Field(
            description="Scales for additional LoRAs as an array of numbers (e.g., 0.5, 0.7). Must match the number of weights in extra_lora_weights."
        ),
    ] = None
    extra_lora_weights: Annotated[
        list[StrictStr] | None,
        Field(
            description="Additional LoRA weights as an array of URLs. Same formats supported as lora_weights (e.g., ['https://huggingface.co/flymy-ai/qwen-image-lora/resolve/main/pytorch_lora_weights.safetensors', 'https://huggingface.co/flymy-ai/qwen-image-realism-lora/resolve/main/flymy_realism.safetensors'])"
        ),
    ] = None
    num_inference_steps: Annotated[
        StrictInt | None,
        Field(
            description="Number of denoising steps. Recommended range is 28-50, and lower number of steps produce lower quality outputs, faster.",
            ge=1,
            le=50,
        ),
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable safety checker for generated images.")
    ] = None
