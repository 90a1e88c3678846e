# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr


class PVideoRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    fps: Annotated[Literal[24, 48] | None, Field(description="Frames per second of the video.")] = None
    seed: Annotated[StrictInt | None, Field(description="Random seed. Set for reproducible generation.")] = None
    audio: Annotated[
        StrictStr | None,
        Field(
            description="Input audio to condition video generation. Supports flac, mp3, wav.", pattern="^https?://\\S+$"
        ),
    ] = None
    draft: Annotated[
        StrictBool | None,
        Field(
            description="Draft mode. Generates a lower-quality preview of the video, but if you fix the seed it will be the exact same video as the non-draft mode, just with a faster generation. Use this to experiment."
        ),
    ] = None
    image: Annotated[
        StrictStr | None,
        Field(
            description="Input image to generate video from (image-to-video). Supports jpg, jpeg, png, webp.",
            pattern="^https?://\\S+$",
        ),
    ] = None
    prompt: Annotated[StrictStr, Field(description="Text prompt for video generation.", min_length=1)]
    duration: Annotated[
        StrictInt | None,
        Field(description="Duration of the video in seconds (1-20). Ignored when audio is provided.", ge=1, le=20),
    ] = None
    resolution: Annotated[Literal["720p", "1080p"] | None, Field(description="Resolution of the video.")] = None
    save_audio: Annotated[StrictBool | None, Field(description="Save the video with audio.")] = None
    aspect_ratio: Annotated[
        Literal["16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "1:1"] | None,
        Field(description="Aspect ratio of the video. Ignored when an input image is provided."),
    ] = None
    last_frame_image: Annotated[
        StrictStr | None,
        Field(
            description="Reference image for the last frame of the video. Supports jpg, jpeg, png, webp.",
            pattern="^https?://\\S+$",
        ),
    ] = None
    prompt_upsampling: Annotated[
        StrictBool | None, Field(description="Use prompt upsampling to enhance the prompt.")
    ] = None
    disable_safety_filter: Annotated[
        StrictBool | None,
        Field(
            description="Disable safety filter for prompts (and input image). When disabled, prompts are not checked for unsafe content before generation."
        ),
    ] = None
