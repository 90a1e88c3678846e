"""Imagen 4 Fast (imagen-4-fast) on the Segmind clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/segmind-imagen-4-fast.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo
from ..._runtime.options import NOT_GIVEN, NotGiven, PredictionOptions, RequestOptions, Unpack
from ..._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, GenerationResult, PredictionResult
from ..models import imagen_4_fast as _model
from ..types import Imagen4FastScheduler

# spec: models/segmind-imagen-4-fast.yaml
IMAGEN_4_FAST = EndpointInfo(
    model_id="imagen-4-fast",
    method="imagen_4_fast",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="width", has_default=True, default=512),
        ParamInfo(wire="height", has_default=True, default=512),
        ParamInfo(wire="steps", has_default=True, default=25),
        ParamInfo(wire="guidance_scale", has_default=True, default=7.5),
        ParamInfo(wire="negative_prompt"),
        ParamInfo(wire="scheduler", has_default=True, default="DDIM"),
        ParamInfo(wire="seed", has_default=True, default=-1),
    ),
    title="Imagen 4 Fast",
)


class Segmind(SyncDirectSurface):
    """The imagen-4-fast methods of Segmind."""

    def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        scheduler: Imagen4FastScheduler | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast.
        Reference: python -m imagegen_typed docs segmind imagen-4-fast (imagegen_typed/docs/segmind.md, section 'Imagen 4 Fast (imagen-4-fast)').

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default (applied by the provider when not set): 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default (applied by the provider when not set): 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image. Not sent when not set.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default (applied by the provider when not set): 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default (applied by the provider when not set): -1. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return self._generate(
            IMAGEN_4_FAST,
            _model.Imagen4FastRequest,
            {
                "prompt": prompt,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "scheduler": scheduler,
                "seed": seed,
            },
            **options,
        )


class SegmindV2(SyncPredictionsSurface):
    """The imagen-4-fast methods of SegmindV2."""

    def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        scheduler: Imagen4FastScheduler | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast.
        Reference: python -m imagegen_typed docs segmind imagen-4-fast (imagegen_typed/docs/segmind.md, section 'Imagen 4 Fast (imagen-4-fast)').

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default (applied by the provider when not set): 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default (applied by the provider when not set): 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image. Not sent when not set.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default (applied by the provider when not set): 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default (applied by the provider when not set): -1. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            IMAGEN_4_FAST,
            _model.Imagen4FastRequest,
            {
                "prompt": prompt,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "scheduler": scheduler,
                "seed": seed,
            },
            **options,
        )


class AsyncSegmind(AsyncDirectSurface):
    """The imagen-4-fast methods of AsyncSegmind."""

    async def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        scheduler: Imagen4FastScheduler | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> GenerationResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast.
        Reference: python -m imagegen_typed docs segmind imagen-4-fast (imagegen_typed/docs/segmind.md, section 'Imagen 4 Fast (imagen-4-fast)').

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default (applied by the provider when not set): 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default (applied by the provider when not set): 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image. Not sent when not set.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default (applied by the provider when not set): 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default (applied by the provider when not set): -1. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (RequestOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body.
        """
        return await self._generate(
            IMAGEN_4_FAST,
            _model.Imagen4FastRequest,
            {
                "prompt": prompt,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "scheduler": scheduler,
                "seed": seed,
            },
            **options,
        )


class AsyncSegmindV2(AsyncPredictionsSurface):
    """The imagen-4-fast methods of AsyncSegmindV2."""

    async def imagen_4_fast(
        self,
        *,
        prompt: str,
        width: int | NotGiven = NOT_GIVEN,
        height: int | NotGiven = NOT_GIVEN,
        steps: int | NotGiven = NOT_GIVEN,
        guidance_scale: float | NotGiven = NOT_GIVEN,
        negative_prompt: str | NotGiven = NOT_GIVEN,
        scheduler: Imagen4FastScheduler | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Imagen 4 Fast: Fast photorealistic image generation for bulk and iteration.

        Model imagen-4-fast.
        Reference: python -m imagegen_typed docs segmind imagen-4-fast (imagegen_typed/docs/segmind.md, section 'Imagen 4 Fast (imagen-4-fast)').

        Args:
            prompt: Text prompt describing the image you want to generate. Required.
            width: Width of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            height: Height of the generated image in pixels. Range: 256 to 1024. Default (applied by the provider when not set): 512.
            steps: Number of denoising steps. Higher values generally produce higher quality images. Range: 1 to 100. Default (applied by the provider when not set): 25.
            guidance_scale: Controls how closely the model follows the prompt. Higher values = more faithful to prompt. Range: 1 to 20. Default (applied by the provider when not set): 7.5.
            negative_prompt: Negative prompt to specify what you do not want in the image. Not sent when not set.
            scheduler: Sampling scheduler to use for generation. Allowed: 'DDIM', 'PNDM', 'LMSDiscrete', 'DPMSolverMultistep', 'EulerAncestralDiscrete'. Default (applied by the provider when not set): 'DDIM'.
            seed: Random seed for reproducible results. Use -1 for random seed. Range: -1 to 2147483647. Default (applied by the provider when not set): -1. A seed shown on a Segmind model page is a placeholder example, not necessarily the seed the server uses (Segmind's docs on random seeds). For varied images pass seed=-1 (random) or a seed of your own on each call; to reproduce an image pass the seed it was made with. The seed used comes back in the x-seed-value response header (result.seed).
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            IMAGEN_4_FAST,
            _model.Imagen4FastRequest,
            {
                "prompt": prompt,
                "width": width,
                "height": height,
                "steps": steps,
                "guidance_scale": guidance_scale,
                "negative_prompt": negative_prompt,
                "scheduler": scheduler,
                "seed": seed,
            },
            **options,
        )
