"""Pruna P Image Edit (p-image-edit) on the Segmind clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/segmind-p-image-edit.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, RequestOptions, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, GenerationResult, PredictionResult
from ..models import p_image_edit as _model
from ..types import PImageEditAspectRatio

# spec: models/segmind-p-image-edit.yaml
P_IMAGE_EDIT = EndpointInfo(
    model_id="p-image-edit",
    method="p_image_edit",
    params=(
        ParamInfo(wire="image_urls"),
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="match_input_image"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="seed", has_default=True, default=42),
    ),
    title="Pruna P Image Edit",
    cost_usd=0.01,
    cost_per="generation",
    latency_seconds=7.53,
)


class Segmind(SyncDirectSurface):
    """The p-image-edit methods of Segmind."""

    def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation).
        Reference: python -m imagegen_typed docs segmind p-image-edit (imagegen_typed/docs/segmind.md, section 'Pruna P Image Edit (p-image-edit)').

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default (applied by the provider when not set): False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            P_IMAGE_EDIT,
            _model.PImageEditRequest,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            **options,
        )


class SegmindV2(SyncPredictionsSurface):
    """The p-image-edit methods of SegmindV2."""

    def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation).
        Reference: python -m imagegen_typed docs segmind p-image-edit (imagegen_typed/docs/segmind.md, section 'Pruna P Image Edit (p-image-edit)').

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default (applied by the provider when not set): False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            P_IMAGE_EDIT,
            _model.PImageEditRequest,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            **options,
        )


class AsyncSegmind(AsyncDirectSurface):
    """The p-image-edit methods of AsyncSegmind."""

    async def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation).
        Reference: python -m imagegen_typed docs segmind p-image-edit (imagegen_typed/docs/segmind.md, section 'Pruna P Image Edit (p-image-edit)').

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default (applied by the provider when not set): False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            P_IMAGE_EDIT,
            _model.PImageEditRequest,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            **options,
        )


class AsyncSegmindV2(AsyncPredictionsSurface):
    """The p-image-edit methods of AsyncSegmindV2."""

    async def p_image_edit(
        self,
        *,
        image_urls: Sequence[str],
        prompt: str,
        aspect_ratio: PImageEditAspectRatio | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Pruna P Image Edit: Pruna's p-image-edit enables sophisticated multi-image editing with AI-guided precision and style applications.

        Model p-image-edit (~7.53 s, $0.01 per generation).
        Reference: python -m imagegen_typed docs segmind p-image-edit (imagegen_typed/docs/segmind.md, section 'Pruna P Image Edit (p-image-edit)').

        Args:
            image_urls: Provide a list of image URLs for editing. Ensure URLs are accessible online. At least 1 items. Required.
            prompt: Describes the desired image edit or composition. Use vivid adjectives for creativity. Required.
            aspect_ratio: Determines the output image's shape. Use '1:1' for square or '16:9' for widescreen. Allowed: 'match_input_image', '1:1', '16:9', '9:16', '4:3', '3:4', '3:2', '2:3'. Default (applied by the provider when not set): 'match_input_image'.
            disable_safety_checker: Toggles safety features for image generation. Disable if you're working with creative edits. Default (applied by the provider when not set): False.
            seed: Sets seed for consistent output. Use -1 for a unique, random generation each time. Range: -1 to 999999999999999. Default (applied by the provider when not set): 42. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            P_IMAGE_EDIT,
            _model.PImageEditRequest,
            {
                "image_urls": image_urls,
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "disable_safety_checker": disable_safety_checker,
                "seed": seed,
            },
            **options,
        )
