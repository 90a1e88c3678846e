# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PVideoAnimateRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Leave blank for random.")] = None
    image: Annotated[
        StrictStr, Field(description="Reference image of the subject to animate.", pattern="^https?://\\S+$")
    ]
    turbo: Annotated[
        StrictBool | None, Field(description="Turbo mode: faster generation for slightly lower quality.")
    ] = None
    video: Annotated[
        StrictStr, Field(description="Source RGB video (.mp4): motion + audio source.", pattern="^https?://\\S+$")
    ]
    resolution: Annotated[
        Literal["720p", "1080p"] | None,
        Field(description="Target ~megapixel budget: 720p ≈ 1 MP, 1080p ≈ 2 MP (aspect ratio preserved)."),
    ] = None
    save_audio: Annotated[StrictBool | None, Field(description="Save the video with audio.")] = None
    target_fps: Annotated[
        Literal["original", "24", "48"] | None, Field(description="Target FPS for the working video.")
    ] = None
    ignore_audio: Annotated[
        StrictBool | None,
        Field(
            description="Ignore source audio during generation. If save_audio is true, the source audio is still saved with the final video."
        ),
    ] = None
    instruction_prompt: Annotated[
        StrictStr | None,
        Field(
            description="Further instruction on how the reference subject should be animated using the motion of the input video."
        ),
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable safety checker for generated videos.")
    ] = None
