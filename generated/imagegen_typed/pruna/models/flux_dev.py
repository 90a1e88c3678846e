# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class FluxDevRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text prompt describing the image to generate.", min_length=1)]
    speed_mode: Annotated[
        Literal[
            "Lightly Juiced 🍊 (more consistent)",
            "Juiced 🔥 (default)",
            "Extra Juiced 🔥 (more speed)",
            "Blink of an eye 👁️",
        ]
        | None,
        Field(description="Speed optimization level, one of four labelled values."),
    ] = None
    num_inference_steps: Annotated[StrictInt | None, Field(description="Number of inference steps.")] = None
    guidance: Annotated[
        StrictFloat | None, Field(description="Guidance scale; higher values follow the prompt more closely.")
    ] = None
    seed: Annotated[StrictInt | None, Field(description="Random seed for reproducible generation; -1 for random.")] = (
        None
    )
    aspect_ratio: Annotated[
        Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"] | None,
        Field(description="Aspect ratio of the output image."),
    ] = None
    image_size: Annotated[StrictInt | None, Field(description="Base image size in pixels (longest side).")] = None
    output_format: Annotated[
        Literal["png", "jpg", "webp"] | None, Field(description="File format of the output image.")
    ] = None
    output_quality: Annotated[
        StrictInt | None, Field(description="Quality of the saved output image (jpg and webp).", ge=1, le=100)
    ] = None
