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
    size: Literal["720*1280", "1280*720", "480*832", "832*480"] | None = None
    frame_num: StrictInt | None = None
    sample_steps: StrictInt | None = None
    sample_guide_scale: StrictFloat | None = None
    sample_solver: Literal["unipc", "dpm++"] | None = None
    seed: StrictInt | None = None
    speed_mode: (
        Literal["Lightly Juiced 🍊 (more consistent)", "Juiced 🔥 (more speed)", "Extra Juiced 🚀 (even more speed)"]
        | None
    ) = None
    sample_shift: StrictInt | None = None
