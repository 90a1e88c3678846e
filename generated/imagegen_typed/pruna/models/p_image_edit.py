# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class Image(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PImageEditRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[
        StrictStr,
        Field(
            description="Text instruction describing the edit; the input images can be referred to as image 1, image 2 and so on.",
            min_length=1,
        ),
    ]
    images: Annotated[
        list[Image] | None,
        Field(
            description="URLs of the 1 to 5 input images, for instance from the files endpoint; the main image first.",
            max_length=5,
            min_length=1,
        ),
    ] = None
    turbo: Annotated[
        StrictBool | None,
        Field(
            description="Run faster with additional optimizations; turning it off is recommended for complicated edits."
        ),
    ] = None
    aspect_ratio: Annotated[
        Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] | None,
        Field(description="Aspect ratio of the output image; match_input_image matches the first input image."),
    ] = None
    reference_image: Annotated[
        StrictStr | None,
        Field(
            description="Undocumented: Pruna's API reference does not list it and may refuse it (422); an example of Pruna's sends \"1\"."
        ),
    ] = None
    seed: Annotated[
        StrictInt | None, Field(description="Random seed for reproducible generation; random when absent.")
    ] = None
    disable_safety_checker: Annotated[
        StrictBool | None, Field(description="Disable the safety checker for generated images.")
    ] = None
