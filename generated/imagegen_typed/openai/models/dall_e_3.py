# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr


class DallE3Request(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="What to draw, in words.", max_length=4000)]
    n: Annotated[
        StrictInt | None, Field(description="How many images to generate; DALL-E 3 makes one per request.", ge=1, le=1)
    ] = None
    quality: Annotated[
        Literal["standard", "hd", "auto"] | None, Field(description="The quality of the image; hd gives finer detail.")
    ] = None
    response_format: Annotated[
        Literal["url", "b64_json"] | None,
        Field(
            description="How the image comes back; a url is valid for 60 minutes (the client fetches it during the call)."
        ),
    ] = None
    size: Annotated[
        Literal["1024x1024", "1792x1024", "1024x1792"] | None, Field(description="The size of the image.")
    ] = None
    style: Annotated[
        Literal["vivid", "natural"] | None,
        Field(description="vivid leans towards dramatic images, natural towards more natural ones."),
    ] = None
    user: Annotated[
        StrictStr | None, Field(description="An identifier of the end user, which helps OpenAI detect abuse.")
    ] = None
