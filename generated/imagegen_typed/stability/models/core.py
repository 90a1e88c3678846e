# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr


class CoreRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="What to draw, in words.", max_length=10000, min_length=1)]
    aspect_ratio: Annotated[
        Literal["21:9", "16:9", "3:2", "5:4", "1:1", "4:5", "2:3", "9:16", "9:21"] | None,
        Field(description="The aspect ratio of the image."),
    ] = None
    negative_prompt: Annotated[StrictStr | None, Field(description="What not to draw, in words.", max_length=10000)] = (
        None
    )
    seed: Annotated[
        StrictInt | None,
        Field(
            description="A seed for reproducible results; 0 (or leaving it out) picks a random one.",
            ge=0,
            le=4294967294,
        ),
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
    output_format: Annotated[
        Literal["png", "jpeg", "webp"] | None, Field(description="The format of the image returned.")
    ] = None
