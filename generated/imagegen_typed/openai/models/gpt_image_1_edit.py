# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr


class GptImage1EditRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    image: Annotated[
        list[StrictStr],
        Field(
            description="The images to edit (png, webp or jpg, each under 50 MB); a path, bytes or an open binary file each.",
            max_length=16,
        ),
    ]
    prompt: Annotated[StrictStr, Field(description="What to change, in words.", max_length=32000)]
    mask: Annotated[
        StrictStr | None,
        Field(description="A png as large as the first image whose fully transparent areas mark where to edit."),
    ] = None
    background: Annotated[
        Literal["transparent", "opaque", "auto"] | None,
        Field(description="The image's background; transparent needs output_format png or webp."),
    ] = None
    input_fidelity: Annotated[
        Literal["high", "low"] | None,
        Field(description="How closely the output keeps the style and features (faces) of the input images."),
    ] = None
    n: Annotated[StrictInt | None, Field(description="How many images to generate.", ge=1, le=10)] = None
    output_compression: Annotated[
        StrictInt | None,
        Field(description="Compression level in percent, for output_format jpeg or webp.", ge=0, le=100),
    ] = None
    output_format: Annotated[
        Literal["png", "jpeg", "webp"] | None, Field(description="The format of the images returned.")
    ] = None
    quality: Annotated[
        Literal["low", "medium", "high", "auto"] | None,
        Field(description="The quality of the images; auto lets the model choose."),
    ] = None
    size: Annotated[
        Literal["1024x1024", "1536x1024", "1024x1536", "auto"] | None,
        Field(description="The size of the images; 1536x1024 is landscape, 1024x1536 portrait."),
    ] = None
    user: Annotated[
        StrictStr | None, Field(description="An identifier of the end user, which helps OpenAI detect abuse.")
    ] = None
