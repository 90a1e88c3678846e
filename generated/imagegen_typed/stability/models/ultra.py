# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class UltraRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="What to draw, in words.", max_length=10000, min_length=1)]
    negative_prompt: Annotated[StrictStr | None, Field(description="What not to draw, in words.", max_length=10000)] = (
        None
    )
    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "3:2", "5:4", "1:1", "4:5", "2:3", "9:16", "9:21"] | None,
        Field(description="The aspect ratio of the image."),
    ] = None
    seed: Annotated[
        StrictInt | None,
        Field(
            description="A seed for reproducible results; 0 (or leaving it out) picks a random one.",
            ge=0,
            le=4294967294,
        ),
    ] = None
    output_format: Annotated[
        Literal["jpeg", "png", "webp"] | None, Field(description="The format of the image returned.")
    ] = None
    image: Annotated[
        StrictStr | None, Field(description="An image to start from (image-to-image); give strength with it.")
    ] = None
    style_preset: Annotated[
        Literal[
            "enhance",
            "anime",
            "photographic",
            "digital-art",
            "comic-book",
            "fantasy-art",
            "line-art",
            "analog-film",
            "neon-punk",
            "isometric",
            "low-poly",
            "origami",
            "modeling-compound",
            "cinematic",
            "3d-model",
            "pixel-art",
            "tile-texture",
        ]
        | None,
        Field(description="Guides the model towards a style."),
    ] = None
    strength: Annotated[
        StrictFloat | None,
        Field(
            description="How much the input image changes, 0 (not at all) to 1 (entirely); required with image.",
            ge=0.0,
            le=1.0,
        ),
    ] = None
