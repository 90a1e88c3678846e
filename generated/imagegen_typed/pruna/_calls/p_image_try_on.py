"""p-image-try-on (p-image-try-on) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-image-try-on.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_image_try_on as _model
from ..types import PImageTryOnOutputFormat

# spec: models/pruna-p-image-try-on.yaml
P_IMAGE_TRY_ON = EndpointInfo(
    model_id="p-image-try-on",
    method="p_image_try_on",
    params=(
        ParamInfo(wire="seed"),
        ParamInfo(wire="prompt", has_default=True, default=""),
        ParamInfo(wire="turbo", has_default=True, default=False),
        ParamInfo(wire="person_image", upload="one"),
        ParamInfo(wire="output_format", has_default=True, default="jpg"),
        ParamInfo(wire="garment_images", upload="many"),
        ParamInfo(wire="output_quality", has_default=True, default=95),
        ParamInfo(wire="reference_pose", upload="one"),
        ParamInfo(wire="preserve_input_size", has_default=True, default=True),
    ),
    rate_limit=RateLimit(requests=500, per_seconds=60.0),
    title="p-image-try-on",
)


class Pruna(SyncPredictionsSurface):
    """The p-image-try-on methods of Pruna."""

    def p_image_try_on(
        self,
        *,
        person_image: FileInput,
        garment_images: Sequence[FileInput],
        seed: int | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        output_format: PImageTryOnOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        reference_pose: FileInput | NotGiven = NOT_GIVEN,
        preserve_input_size: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """p-image-try-on: Virtual try-on model that fits one or more garment images onto a person image. Rate limit: 500 requests per minute.

        Model p-image-try-on (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-try-on (imagegen_typed/docs/pruna.md, section 'p-image-try-on (p-image-try-on)').

        Args:
            seed: Random seed. Leave blank for a random seed. Not sent when not set.
            prompt: EXPERIMENTAL. For non-flatlay garment images, indicates which garment of an image to use, e.g. 'the green t-shirt from image 1 and the trousers from image 2'. Default (applied by the provider when not set): ''.
            turbo: If turned on, the model will run faster with additional optimizations. Not recommended for more than 4 garments. Default (applied by the provider when not set): False.
            person_image: Person image to edit. Required. A local path, bytes or an open binary file is uploaded first.
            output_format: Format of the saved output image. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            garment_images: Garment reference images. Up to 6 recommended, up to 11 supported. Required. A local path, bytes or an open binary file is uploaded first.
            output_quality: Quality for jpg/webp outputs from 0 to 100. Range: 0 to 100. Default (applied by the provider when not set): 95.
            reference_pose: Optional reference pose image. When provided, the person is reposed to match this reference before virtual try-on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            preserve_input_size: Return the output at the original input resolution. Default (applied by the provider when not set): True.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            P_IMAGE_TRY_ON,
            _model.PImageTryOnRequest,
            {
                "seed": seed,
                "prompt": prompt,
                "turbo": turbo,
                "person_image": person_image,
                "output_format": output_format,
                "garment_images": garment_images,
                "output_quality": output_quality,
                "reference_pose": reference_pose,
                "preserve_input_size": preserve_input_size,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The p-image-try-on methods of AsyncPruna."""

    async def p_image_try_on(
        self,
        *,
        person_image: FileInput,
        garment_images: Sequence[FileInput],
        seed: int | NotGiven = NOT_GIVEN,
        prompt: str | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        output_format: PImageTryOnOutputFormat | NotGiven = NOT_GIVEN,
        output_quality: int | NotGiven = NOT_GIVEN,
        reference_pose: FileInput | NotGiven = NOT_GIVEN,
        preserve_input_size: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """p-image-try-on: Virtual try-on model that fits one or more garment images onto a person image. Rate limit: 500 requests per minute.

        Model p-image-try-on (500 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-try-on (imagegen_typed/docs/pruna.md, section 'p-image-try-on (p-image-try-on)').

        Args:
            seed: Random seed. Leave blank for a random seed. Not sent when not set.
            prompt: EXPERIMENTAL. For non-flatlay garment images, indicates which garment of an image to use, e.g. 'the green t-shirt from image 1 and the trousers from image 2'. Default (applied by the provider when not set): ''.
            turbo: If turned on, the model will run faster with additional optimizations. Not recommended for more than 4 garments. Default (applied by the provider when not set): False.
            person_image: Person image to edit. Required. A local path, bytes or an open binary file is uploaded first.
            output_format: Format of the saved output image. Allowed: 'webp', 'jpg', 'png'. Default (applied by the provider when not set): 'jpg'.
            garment_images: Garment reference images. Up to 6 recommended, up to 11 supported. Required. A local path, bytes or an open binary file is uploaded first.
            output_quality: Quality for jpg/webp outputs from 0 to 100. Range: 0 to 100. Default (applied by the provider when not set): 95.
            reference_pose: Optional reference pose image. When provided, the person is reposed to match this reference before virtual try-on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            preserve_input_size: Return the output at the original input resolution. Default (applied by the provider when not set): True.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            P_IMAGE_TRY_ON,
            _model.PImageTryOnRequest,
            {
                "seed": seed,
                "prompt": prompt,
                "turbo": turbo,
                "person_image": person_image,
                "output_format": output_format,
                "garment_images": garment_images,
                "output_quality": output_quality,
                "reference_pose": reference_pose,
                "preserve_input_size": preserve_input_size,
            },
            **options,
        )
