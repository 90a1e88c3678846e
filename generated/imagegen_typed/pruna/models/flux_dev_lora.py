# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class FluxDevLoraRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    lora: Annotated[
        StrictStr | None,
        Field(
            description="Load LoRA weights. Supports HuggingFace URLs in the format <owner>/<model-name>[/<lora-weights-file.safetensors>]. For example, 'fofr/flux-pixar-cars'."
        ),
    ] = None
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation")] = None
    image: Annotated[
        StrictStr | None,
        Field(
            description="Input image for image to image mode. The aspect ratio of your output will match this image",
            pattern="^https?://\\S+$",
        ),
    ] = None
    prompt: Annotated[StrictStr, Field(description="Prompt for generated image", min_length=1)]
    guidance: Annotated[StrictFloat | None, Field(description="Guidance for generated image", ge=0.0, le=10.0)] = None
    extra_lora: Annotated[
        StrictStr | None,
        Field(
            description="Load LoRA weights. Supports HuggingFace URLs in the format <owner>/<model-name>[/<lora-weights-file.safetensors>]. For example, 'fofr/flux-pixar-cars'."
        ),
    ] = None
    lora_scale: Annotated[
        StrictFloat | None,
        Field(
            description="Determines how strongly the main LoRA should be applied. Sane results between 0 and 1 for base inference. For go_fast we apply a 1.5x multiplier to this value; we've generally seen good performance when scaling the base value by that amount. You may still need to experiment to find the best value for your particular lora.",
            ge=-1.0,
            le=3.0,
        ),
    ] = None
    megapixels: Annotated[
        Literal["1", "0.25"] | None, Field(description="Approximate number of megapixels for generated image")
    ] = None
    speed_mode: Annotated[
        Literal["Base Model (compiled)", "Lightly Juiced 🍊", "Juiced 🧃", "Extra Juiced 🔥"] | None,
        Field(description="Speed optimization level"),
    ] = None
    num_outputs: Annotated[StrictInt | None, Field(description="Number of outputs to generate", ge=1, le=4)] = None
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] | None,
        Field(description="Aspect ratio of the output image"),
    ] = None
    output_format: Annotated[Literal["png", "jpg", "webp"] | None, Field(description="Format of the output images")] = (
        None
    )
    output_quality: Annotated[
        StrictInt | None,
        Field(
            description="Quality when saving the output images, from 0 to 100. 100 is best quality, 0 is lowest quality. Not relevant for .png outputs",
            ge=1,
            le=100,
        ),
    ] = None
    prompt_strength: Annotated[
        StrictFloat | None,
        Field(
            description="Prompt strength when using img2img. 1.0 corresponds to full destruction of information in image",
            ge=0.0,
            le=1.0,
        ),
    ] = None
    extra_lora_scale: Annotated[
        StrictFloat | None,
        Field(
            description="Determines how strongly the extra LoRA should be applied. Sane results between 0 and 1 for base inference. For go_fast we apply a 1.5x multiplier to this value; we've generally seen good performance when scaling the base value by that amount. You may still need to experiment to find the best value for your particular lora.",
            ge=-1.0,
            le=3.0,
        ),
    ] = None
    num_inference_steps: Annotated[
        StrictInt | None,
        Field(
            description="Number of denoising steps. Recommended range is 28-50, and lower number of steps produce lower quality outputs, faster."
        ),
    ] = None
