"""P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit) on the Replicate clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/replicate-prunaai-p-image-edit.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, SubmitOptions, Unpack, Webhook
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, Prediction, PredictionResult
from ..models import prunaai_p_image_edit as _model
from ..types import PrunaaiPImageEditAspectRatio

# spec: models/replicate-prunaai-p-image-edit.yaml
PRUNAAI_P_IMAGE_EDIT = EndpointInfo(
    model_id="prunaai/p-image-edit",
    method="p_image_edit",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="images", upload="many"),
        ParamInfo(wire="turbo", has_default=True, default=True),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
    ),
    title="P-Image-Edit (Pruna, on Replicate)",
)


class Replicate(SyncPredictionsSurface):
    """The prunaai/p-image-edit methods of Replicate."""

    def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PrunaaiPImageEditAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """P-Image-Edit (Pruna, on Replicate): Pruna's P-Image-Edit image editing model served by Replicate; the first image is the one edited.

        Model prunaai/p-image-edit.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image-edit (imagegen_typed/docs/replicate.md, section 'P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit)').

        Args:
            prompt: Text instruction describing the edit. Required.
            images: Images to edit; the first one is the main image, the others are references. At least 1 items. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Faster generation with slightly lower quality. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output; match_input_image keeps the main image's. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            PRUNAAI_P_IMAGE_EDIT,
            _model.PrunaaiPImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    def submit_p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PrunaaiPImageEditAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit prunaai/p-image-edit with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model prunaai/p-image-edit.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image-edit (imagegen_typed/docs/replicate.md, section 'P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit)').

        Args:
            prompt: Text instruction describing the edit. Required.
            images: Images to edit; the first one is the main image, the others are references. At least 1 items. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Faster generation with slightly lower quality. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output; match_input_image keeps the main image's. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            webhook: Where the provider sends the result: Webhook(url, events=[...] (WebhookEvent: start, output, logs, completed)).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return self._submit(
            PRUNAAI_P_IMAGE_EDIT,
            _model.PrunaaiPImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            webhook,
            **options,
        )


class AsyncReplicate(AsyncPredictionsSurface):
    """The prunaai/p-image-edit methods of AsyncReplicate."""

    async def p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PrunaaiPImageEditAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """P-Image-Edit (Pruna, on Replicate): Pruna's P-Image-Edit image editing model served by Replicate; the first image is the one edited.

        Model prunaai/p-image-edit.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image-edit (imagegen_typed/docs/replicate.md, section 'P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit)').

        Args:
            prompt: Text instruction describing the edit. Required.
            images: Images to edit; the first one is the main image, the others are references. At least 1 items. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Faster generation with slightly lower quality. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output; match_input_image keeps the main image's. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            PRUNAAI_P_IMAGE_EDIT,
            _model.PrunaaiPImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            **options,
        )

    async def submit_p_image_edit(
        self,
        *,
        prompt: str,
        images: Sequence[FileInput],
        turbo: bool | NotGiven = NOT_GIVEN,
        aspect_ratio: PrunaaiPImageEditAspectRatio | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit prunaai/p-image-edit with a webhook: the provider sends the result there; returns the submitted Prediction at once (its id; `predictions.wait` still works).

        Model prunaai/p-image-edit.
        Reference: python -m imagegen_typed docs replicate prunaai/p-image-edit (imagegen_typed/docs/replicate.md, section 'P-Image-Edit (Pruna, on Replicate) (prunaai/p-image-edit)').

        Args:
            prompt: Text instruction describing the edit. Required.
            images: Images to edit; the first one is the main image, the others are references. At least 1 items. Required. A local path, bytes or an open binary file is uploaded first.
            turbo: Faster generation with slightly lower quality. Default (applied by the provider when not set): True.
            aspect_ratio: Aspect ratio of the output; match_input_image keeps the main image's. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for generated images. Default (applied by the provider when not set): False.
            webhook: Where the provider sends the result: Webhook(url, events=[...] (WebhookEvent: start, output, logs, completed)).
            options: Per-call options (SubmitOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input.
        """
        return await self._submit(
            PRUNAAI_P_IMAGE_EDIT,
            _model.PrunaaiPImageEditRequest,
            {
                "prompt": prompt,
                "images": images,
                "turbo": turbo,
                "aspect_ratio": aspect_ratio,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
            },
            webhook,
            **options,
        )
