# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr


class ImagenRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Prompt to render", min_length=1)]
    aspect_ratio: Annotated[
        Literal["1:1", "4:3", "3:4", "9:16", "16:9"] | None,
        Field(description="Changes the aspect ratio of the generated image.."),
    ] = None
    person_generation: Annotated[
        Literal["ALLOW_ADULT", "DONT_ALLOW"] | None, Field(description="Allow the model to generate images of people.")
    ] = None
    safety_filter_level: Annotated[
        Literal["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH"] | None,
        Field(description="Adds a filter level to safety filtering."),
    ] = None
