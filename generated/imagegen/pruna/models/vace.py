# Generated from specs/ by `python -m generator generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictFloat, StrictInt, StrictStr


class SrcRefImage(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class VaceRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(min_length=1)]
    src_video: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    src_mask: Annotated[StrictStr | None, Field(pattern="^https?://\\S+$")] = None
    src_ref_images: list[SrcRefImage] | None = None
    size: Literal["720*1280", "1280*720", "480*832", "832*480"] = "832*480"
    frame_num: StrictInt = 81
    sample_steps: StrictInt = 50
    sample_guide_scale: StrictFloat = 5
    sample_solver: Literal["unipc", "dpm++"] = "unipc"
    seed: StrictInt = -1
    speed_mode: Literal[
        "Lightly Juiced 🍊 (more consistent)", "Juiced 🔥 (more speed)", "Extra Juiced 🚀 (even more speed)"
    ] = "Lightly Juiced 🍊 (more consistent)"
    sample_shift: StrictInt = 16
