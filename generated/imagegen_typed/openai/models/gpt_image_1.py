# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr


class GptImage1Request(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="What to draw, in words.", max_length=32000)]
    background: Annotated[
        Literal["transparent", "opaque", "auto"] | None,
        Field(description="The image's background; transparent needs output_format png or webp."),
    ] = None
    moderation: Annotated[
        Literal["low", "auto"] | None,
        Field(description="How strictly generated images are filtered; low filters less."),
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
