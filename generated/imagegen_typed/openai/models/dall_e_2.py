# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StrictStr


class DallE2Request(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    prompt: Annotated[StrictStr, Field(description="What to draw, in words.", max_length=1000)]
    n: Annotated[StrictInt | None, Field(description="How many images to generate.", ge=1, le=10)] = None
    quality: Annotated[
        Literal["standard", "auto"] | None, Field(description="The quality of the images; DALL-E 2 has one (standard).")
    ] = None
    response_format: Annotated[
        Literal["url", "b64_json"] | None,
        Field(
            description="How the images come back; a url is valid for 60 minutes (the client fetches it during the call)."
        ),
    ] = None
    size: Annotated[Literal["256x256", "512x512", "1024x1024"] | None, Field(description="The size of the images.")] = (
        None
    )
    user: Annotated[
        StrictStr | None, Field(description="An identifier of the end user, which helps OpenAI detect abuse.")
    ] = None
