"""Imagen 3 (imagen) on the Segmind clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/segmind-imagen.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, RequestOptions, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, GenerationResult, PredictionResult
from ..models import imagen as _model
from ..types import ImagenAspectRatio, ImagenPersonGeneration, ImagenSafetyFilterLevel

# spec: models/segmind-imagen.yaml
IMAGEN = EndpointInfo(
    model_id="imagen",
    method="imagen",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="aspect_ratio", has_default=True, default="16:9"),
        ParamInfo(wire="person_generation", has_default=True, default="ALLOW_ADULT"),
        ParamInfo(wire="safety_filter_level", has_default=True, default="BLOCK_LOW_AND_ABOVE"),
    ),
    title="Imagen 3",
    cost_usd=0.06,
    cost_per="generation",
    latency_seconds=8.16,
)


class Segmind(SyncDirectSurface):
    """The imagen methods of Segmind."""

    def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: ImagenAspectRatio | NotGiven = NOT_GIVEN,
        person_generation: ImagenPersonGeneration | NotGiven = NOT_GIVEN,
        safety_filter_level: ImagenSafetyFilterLevel | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation).
        Reference: python -m imagegen_typed docs segmind imagen (imagegen_typed/docs/segmind.md, section 'Imagen 3 (imagen)').

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default (applied by the provider when not set): '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default (applied by the provider when not set): 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default (applied by the provider when not set): 'BLOCK_LOW_AND_ABOVE'.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            IMAGEN,
            _model.ImagenRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            **options,
        )


class SegmindV2(SyncPredictionsSurface):
    """The imagen methods of SegmindV2."""

    def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: ImagenAspectRatio | NotGiven = NOT_GIVEN,
        person_generation: ImagenPersonGeneration | NotGiven = NOT_GIVEN,
        safety_filter_level: ImagenSafetyFilterLevel | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation).
        Reference: python -m imagegen_typed docs segmind imagen (imagegen_typed/docs/segmind.md, section 'Imagen 3 (imagen)').

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default (applied by the provider when not set): '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default (applied by the provider when not set): 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default (applied by the provider when not set): 'BLOCK_LOW_AND_ABOVE'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            IMAGEN,
            _model.ImagenRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            **options,
        )


class AsyncSegmind(AsyncDirectSurface):
    """The imagen methods of AsyncSegmind."""

    async def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: ImagenAspectRatio | NotGiven = NOT_GIVEN,
        person_generation: ImagenPersonGeneration | NotGiven = NOT_GIVEN,
        safety_filter_level: ImagenSafetyFilterLevel | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation).
        Reference: python -m imagegen_typed docs segmind imagen (imagegen_typed/docs/segmind.md, section 'Imagen 3 (imagen)').

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default (applied by the provider when not set): '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default (applied by the provider when not set): 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default (applied by the provider when not set): 'BLOCK_LOW_AND_ABOVE'.
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            IMAGEN,
            _model.ImagenRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            **options,
        )


class AsyncSegmindV2(AsyncPredictionsSurface):
    """The imagen methods of AsyncSegmindV2."""

    async def imagen(
        self,
        *,
        prompt: str,
        aspect_ratio: ImagenAspectRatio | NotGiven = NOT_GIVEN,
        person_generation: ImagenPersonGeneration | NotGiven = NOT_GIVEN,
        safety_filter_level: ImagenSafetyFilterLevel | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Imagen 3: Imagen 3 is Google DeepMind's highest quality text-to-image model. Generates detailed images with enhanced lighting, diverse styles, and improved text rendering.

        Model imagen (~8.16 s, $0.06 per generation).
        Reference: python -m imagegen_typed docs segmind imagen (imagegen_typed/docs/segmind.md, section 'Imagen 3 (imagen)').

        Args:
            prompt: Prompt to render. Required.
            aspect_ratio: Changes the aspect ratio of the generated image. Allowed: '1:1', '4:3', '3:4', '9:16', '16:9'. Default (applied by the provider when not set): '16:9'.
            person_generation: Allow the model to generate images of people. Allowed: 'ALLOW_ADULT', 'DONT_ALLOW'. Default (applied by the provider when not set): 'ALLOW_ADULT'.
            safety_filter_level: Adds a filter level to safety filtering. Allowed: 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH'. Default (applied by the provider when not set): 'BLOCK_LOW_AND_ABOVE'.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            IMAGEN,
            _model.ImagenRequest,
            {
                "prompt": prompt,
                "aspect_ratio": aspect_ratio,
                "person_generation": person_generation,
                "safety_filter_level": safety_filter_level,
            },
            **options,
        )
