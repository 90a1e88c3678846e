# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictFloat, StrictInt, StrictStr


class Imagen4FastRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[
        StrictStr, Field(description="Text prompt describing the image you want to generate", min_length=1)
    ]
    width: Annotated[StrictInt | None, Field(description="Width of the generated image in pixels", ge=256, le=1024)] = (
        None
    )
    height: Annotated[
        StrictInt | None, Field(description="Height of the generated image in pixels", ge=256, le=1024)
    ] = None
    steps: Annotated[
        StrictInt | None,
        Field(
            description="Number of denoising steps. Higher values generally produce higher quality images", ge=1, le=100
        ),
    ] = None
    guidance_scale: Annotated[
        StrictFloat | None,
        Field(
            description="Controls how closely the model follows the prompt. Higher values = more faithful to prompt",
            ge=1.0,
            le=20.0,
        ),
    ] = None
    negative_prompt: Annotated[
        StrictStr | None, Field(description="Negative prompt to specify what you do not want in the image")
    ] = None
    scheduler: Annotated[
        Literal["DDIM", "PNDM", "LMSDiscrete", "DPMSolverMultistep", "EulerAncestralDiscrete"] | None,
        Field(description="Sampling scheduler to use for generation"),
    ] = None
    seed: Annotated[
        StrictInt | None,
        Field(description="Random seed for reproducible results. Use -1 for random seed", ge=-1, le=2147483647),
    ] = None
