"""Pruna P Image (p-image) on the Segmind clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/segmind-p-image.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import Condition, EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, RequestOptions, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, GenerationResult, PredictionResult
from ..models import p_image as _model
from ..types import PImageAspectRatio

# spec: models/segmind-p-image.yaml
P_IMAGE = EndpointInfo(
    model_id="p-image",
    method="p_image",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(
            wire="height",
            has_default=True,
            default=576,
            relevant_when=Condition(parameter="aspect_ratio", values=("custom",)),
        ),
        ParamInfo(wire="seed", has_default=True, default=42),
        ParamInfo(
            wire="width",
            has_default=True,
            default=1024,
            relevant_when=Condition(parameter="aspect_ratio", values=("custom",)),
        ),
    ),
    title="Pruna P Image",
)


class Segmind(SyncDirectSurface):
    """The p-image methods of Segmind."""

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image.
        Reference: python -m imagegen_typed docs segmind p-image (imagegen_typed/docs/segmind.md, section 'Pruna P Image (p-image)').

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default (applied by the provider when not set): False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default (applied by the provider when not set): 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default (applied by the provider when not set): 1024. Only used when aspect_ratio is 'custom'.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            P_IMAGE,
            _model.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            **options,
        )


class SegmindV2(SyncPredictionsSurface):
    """The p-image methods of SegmindV2."""

    def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image.
        Reference: python -m imagegen_typed docs segmind p-image (imagegen_typed/docs/segmind.md, section 'Pruna P Image (p-image)').

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default (applied by the provider when not set): False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default (applied by the provider when not set): 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default (applied by the provider when not set): 1024. Only used when aspect_ratio is 'custom'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            P_IMAGE,
            _model.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            **options,
        )


class AsyncSegmind(AsyncDirectSurface):
    """The p-image methods of AsyncSegmind."""

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image.
        Reference: python -m imagegen_typed docs segmind p-image (imagegen_typed/docs/segmind.md, section 'Pruna P Image (p-image)').

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default (applied by the provider when not set): False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default (applied by the provider when not set): 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default (applied by the provider when not set): 1024. Only used when aspect_ratio is 'custom'.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            P_IMAGE,
            _model.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            **options,
        )


class AsyncSegmindV2(AsyncPredictionsSurface):
    """The p-image methods of AsyncSegmindV2."""

    async def p_image(
        self,
        *,
        prompt: str,
        aspect_ratio: PImageAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        width: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Pruna P Image: p-image generates high-quality images from text prompts in seconds, optimizing for speed and fidelity.

        Model p-image.
        Reference: python -m imagegen_typed docs segmind p-image (imagegen_typed/docs/segmind.md, section 'Pruna P Image (p-image)').

        Args:
            prompt: Describe the image you want generated. Example: 'sunset over a calm ocean'. Required.
            aspect_ratio: Select the aspect ratio of the image. Use '1:1' for square images. Allowed: '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3', 'custom'. Default (applied by the provider when not set): '16:9'.
            disable_safety_checker: Disable safety checks on generated images. Keep enabled for general use. Default (applied by the provider when not set): False.
            height: Set custom height for 'custom' aspect ratio. Use 576 for wide images. Range: 256 to 1440. Default (applied by the provider when not set): 576. Only used when aspect_ratio is 'custom'.
            seed: Set a seed for reproducible generation. Use -1 for completely random results. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            width: Set custom width for 'custom' aspect ratio. Use 1024 for high-resolution images. Range: 256 to 1440. Default (applied by the provider when not set): 1024. Only used when aspect_ratio is 'custom'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            P_IMAGE,
            _model.PImageRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "height": height,
                "seed": seed,
                "width": width,
            },
            **options,
        )
