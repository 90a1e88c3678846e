"""VACE (vace) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-vace.yaml; do not edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import vace as _model
from ..types import VaceSampleSolver, VaceSize, VaceSpeedMode

# spec: models/pruna-vace.yaml
VACE = EndpointInfo(
    model_id="vace",
    method="vace",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="src_video", upload="one"),
        ParamInfo(wire="src_mask", upload="one"),
        ParamInfo(wire="src_ref_images", upload="many"),
        ParamInfo(wire="size", has_default=True, default="832*480"),
        ParamInfo(wire="frame_num", has_default=True, default=81),
        ParamInfo(wire="sample_steps", has_default=True, default=50),
        ParamInfo(wire="sample_guide_scale", has_default=True, default=5),
        ParamInfo(wire="sample_solver", has_default=True, default="unipc"),
        ParamInfo(wire="seed", has_default=True, default=-1),
        ParamInfo(wire="speed_mode", has_default=True, default="Lightly Juiced 🍊 (more consistent)"),
        ParamInfo(wire="sample_shift", has_default=True, default=16),
    ),
    sync=False,
    rate_limit=RateLimit(requests=30, per_seconds=60.0),
    title="VACE",
)


class Pruna(SyncPredictionsSurface):
    """The vace methods of Pruna."""

    def vace(
        self,
        *,
        prompt: str,
        src_video: FileInput | NotGiven = NOT_GIVEN,
        src_mask: FileInput | NotGiven = NOT_GIVEN,
        src_ref_images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        size: VaceSize | NotGiven = NOT_GIVEN,
        frame_num: int | NotGiven = NOT_GIVEN,
        sample_steps: int | NotGiven = NOT_GIVEN,
        sample_guide_scale: float | NotGiven = NOT_GIVEN,
        sample_solver: VaceSampleSolver | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        speed_mode: VaceSpeedMode | NotGiven = NOT_GIVEN,
        sample_shift: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """VACE: Video generation and editing with VACE on Pruna's P-API, from a prompt and optional source video, mask and reference images; Pruna recommends the asynchronous workflow for it.

        Model vace (30 requests/min).
        Reference: python -m imagegen_typed docs pruna vace (imagegen_typed/docs/pruna.md, section 'VACE (vace)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            src_video: URL of an input video to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_mask: URL of an input mask (video or image) marking what to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_ref_images: URLs of reference images. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            size: Output resolution, width*height. Allowed: '720*1280', '1280*720', '480*832', '832*480'. Default (applied by the provider when not set): '832*480'.
            frame_num: Number of frames to generate. Default (applied by the provider when not set): 81.
            sample_steps: Number of sampling steps. Default (applied by the provider when not set): 50.
            sample_guide_scale: Sampling guidance scale. Default (applied by the provider when not set): 5.
            sample_solver: Sampling solver. Allowed: 'unipc', 'dpm++'. Default (applied by the provider when not set): 'unipc'.
            seed: Random seed (-1 for random). Default (applied by the provider when not set): -1.
            speed_mode: Speed optimization level. Allowed: 'Lightly Juiced 🍊 (more consistent)', 'Juiced 🔥 (more speed)', 'Extra Juiced 🚀 (even more speed)'. Default (applied by the provider when not set): 'Lightly Juiced 🍊 (more consistent)'.
            sample_shift: Sample shift. Default (applied by the provider when not set): 16.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            VACE,
            _model.VaceRequest,
            {
                "prompt": prompt,
                "src_video": src_video,
                "src_mask": src_mask,
                "src_ref_images": src_ref_images,
                "size": size,
                "frame_num": frame_num,
                "sample_steps": sample_steps,
                "sample_guide_scale": sample_guide_scale,
                "sample_solver": sample_solver,
                "seed": seed,
                "speed_mode": speed_mode,
                "sample_shift": sample_shift,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The vace methods of AsyncPruna."""

    async def vace(
        self,
        *,
        prompt: str,
        src_video: FileInput | NotGiven = NOT_GIVEN,
        src_mask: FileInput | NotGiven = NOT_GIVEN,
        src_ref_images: Sequence[FileInput] | NotGiven = NOT_GIVEN,
        size: VaceSize | NotGiven = NOT_GIVEN,
        frame_num: int | NotGiven = NOT_GIVEN,
        sample_steps: int | NotGiven = NOT_GIVEN,
        sample_guide_scale: float | NotGiven = NOT_GIVEN,
        sample_solver: VaceSampleSolver | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        speed_mode: VaceSpeedMode | NotGiven = NOT_GIVEN,
        sample_shift: int | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """VACE: Video generation and editing with VACE on Pruna's P-API, from a prompt and optional source video, mask and reference images; Pruna recommends the asynchronous workflow for it.

        Model vace (30 requests/min).
        Reference: python -m imagegen_typed docs pruna vace (imagegen_typed/docs/pruna.md, section 'VACE (vace)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            src_video: URL of an input video to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_mask: URL of an input mask (video or image) marking what to edit. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            src_ref_images: URLs of reference images. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            size: Output resolution, width*height. Allowed: '720*1280', '1280*720', '480*832', '832*480'. Default (applied by the provider when not set): '832*480'.
            frame_num: Number of frames to generate. Default (applied by the provider when not set): 81.
            sample_steps: Number of sampling steps. Default (applied by the provider when not set): 50.
            sample_guide_scale: Sampling guidance scale. Default (applied by the provider when not set): 5.
            sample_solver: Sampling solver. Allowed: 'unipc', 'dpm++'. Default (applied by the provider when not set): 'unipc'.
            seed: Random seed (-1 for random). Default (applied by the provider when not set): -1.
            speed_mode: Speed optimization level. Allowed: 'Lightly Juiced 🍊 (more consistent)', 'Juiced 🔥 (more speed)', 'Extra Juiced 🚀 (even more speed)'. Default (applied by the provider when not set): 'Lightly Juiced 🍊 (more consistent)'.
            sample_shift: Sample shift. Default (applied by the provider when not set): 16.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            VACE,
            _model.VaceRequest,
            {
                "prompt": prompt,
                "src_video": src_video,
                "src_mask": src_mask,
                "src_ref_images": src_ref_images,
                "size": size,
                "frame_num": frame_num,
                "sample_steps": sample_steps,
                "sample_guide_scale": sample_guide_scale,
                "sample_solver": sample_solver,
                "seed": seed,
                "speed_mode": speed_mode,
                "sample_shift": sample_shift,
            },
            **options,
        )
