"""P-Image-Edit (p-image-edit) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-p-image-edit.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import p_image_edit as _model
from ..types import PImageEditAspectRatio

# spec: models/pruna-p-image-edit.yaml
P_IMAGE_EDIT = EndpointInfo(
    model_id="p-image-edit",
    method="p_image_edit",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="images", upload="many"),
        ParamInfo(wire="turbo", has_default=True, default=True),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="reference_image"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    rate_limit=RateLimit(requests=250, per_seconds=60.0),
    title="P-Image-Edit",
)


class Pruna(SyncPredictionsSurface):
    """The p-image-edit methods of Pruna."""

    def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        reference_image: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """P-Image-Edit: Pruna's P-Image-Edit model, which edits and composes 1 to 5 input images from a text instruction.

        Model p-image-edit (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-edit (imagegen_typed/docs/pruna.md, section 'P-Image-Edit (p-image-edit)').

        Args:
            prompt: Text instruction describing the edit; the input images can be referred to as image 1, image 2 and so on. Required.
            images: URLs of the 1 to 5 input images, for instance from the files endpoint; the main image first. Items: 1 to 5. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            turbo: Run faster with additional optimizations; turning it off is recommended for complicated edits. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output image; match_input_image matches the first input image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            reference_image: Undocumented: Pruna's API reference does not list it and may refuse it (422); an example of Pruna's sends \"1\". Not sent when not set.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            P_IMAGE_EDIT,
            _model.PImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "reference_image": reference_image,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The p-image-edit methods of AsyncPruna."""

    async def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        reference_image: str | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """P-Image-Edit: Pruna's P-Image-Edit model, which edits and composes 1 to 5 input images from a text instruction.

        Model p-image-edit (250 requests/min).
        Reference: python -m imagegen_typed docs pruna p-image-edit (imagegen_typed/docs/pruna.md, section 'P-Image-Edit (p-image-edit)').

        Args:
            prompt: Text instruction describing the edit; the input images can be referred to as image 1, image 2 and so on. Required.
            images: URLs of the 1 to 5 input images, for instance from the files endpoint; the main image first. Items: 1 to 5. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            turbo: Run faster with additional optimizations; turning it off is recommended for complicated edits. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output image; match_input_image matches the first input image. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            reference_image: Undocumented: Pruna's API reference does not list it and may refuse it (422); an example of Pruna's sends \"1\". Not sent when not set.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            P_IMAGE_EDIT,
            _model.PImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "reference_image": reference_image,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )
