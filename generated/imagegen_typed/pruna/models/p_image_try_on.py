# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit.

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, StrictBool, StrictInt, StrictStr


class GarmentImage(RootModel[StrictStr]):
    root: Annotated[StrictStr, Field(pattern="^https?://\\S+$")]


class PImageTryOnRequest(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
    )
    seed: Annotated[StrictInt | None, Field(description="Random seed. Leave blank for a random seed.")] = None
    prompt: Annotated[
        StrictStr | None,
        Field(
            description="EXPERIMENTAL. For non-flatlay garment images, indicates which garment of an image to use, e.g. 'the green t-shirt from image 1 and the trousers from image 2'."
        ),
    ] = None
    turbo: Annotated[
        StrictBool | None,
        Field(
            description="If turned on, the model will run faster with additional optimizations. Not recommended for more than 4 garments."
        ),
    ] = None
    person_image: Annotated[StrictStr, Field(description="Person image to edit.", pattern="^https?://\\S+$")]
    output_format: Annotated[
        Literal["webp", "jpg", "png"] | None, Field(description="Format of the saved output image.")
    ] = None
    garment_images: Annotated[
        list[GarmentImage], Field(description="Garment reference images. Up to 6 recommended, up to 11 supported.")
    ]
    output_quality: Annotated[
        StrictInt | None, Field(description="Quality for jpg/webp outputs from 0 to 100.", ge=0, le=100)
    ] = None
    reference_pose: Annotated[
        StrictStr | None,
        Field(
            description="Optional reference pose image. When provided, the person is reposed to match this reference before virtual try-on.",
            pattern="^https?://\\S+$",
        ),
    ] = None
    preserve_input_size: Annotated[
        StrictBool | None, Field(description="Return the output at the original input resolution.")
    ] = None
