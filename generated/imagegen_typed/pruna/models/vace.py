# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictFloat, StrictInt, StrictStr


class SrcRefImage(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class VaceRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="Text prompt describing the video to generate.", min_length=1)]
    src_video: Annotated[
        StrictStr | None, Field(description="URL of an input video to edit.", pattern="^https?://\\S+$")
    ] = None
    src_mask: Annotated[
        StrictStr | None,
        Field(description="URL of an input mask (video or image) marking what to edit.", pattern="^https?://\\S+$"),
    ] = None
    src_ref_images: Annotated[list[SrcRefImage] | None, Field(description="URLs of reference images.")] = None
    size: Annotated[
        Literal["720*1280", "1280*720", "480*832", "832*480"] | None,
        Field(description="Output resolution, width*height."),
    ] = None
    frame_num: Annotated[StrictInt | None, Field(description="Number of frames to generate.")] = None
    sample_steps: Annotated[StrictInt | None, Field(description="Number of sampling steps.")] = None
    sample_guide_scale: Annotated[StrictFloat | None, Field(description="Sampling guidance scale.")] = None
    sample_solver: Annotated[Literal["unipc", "dpm++"] | None, Field(description="Sampling solver.")] = None
    seed: Annotated[StrictInt | None, Field(description="Random seed (-1 for random)")] = None
    speed_mode: Annotated[
        Literal["Lightly Juiced 🍊 (more consistent)", "Juiced 🔥 (more speed)", "Extra Juiced 🚀 (even more speed)"]
        | None,
        Field(description="Speed optimization level"),
    ] = None
    sample_shift: Annotated[StrictInt | None, Field(description="Sample shift")] = None
