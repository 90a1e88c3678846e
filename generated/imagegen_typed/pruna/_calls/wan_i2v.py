"""Wan Image-to-Video (wan-i2v) on the Pruna P-API clients: its endpoint record and its methods.

The client classes load this module the first time one of the model's methods is used (see _client.py).
Generated from specs/models/pruna-wan-i2v.yaml; do not edit.
"""

from __future__ import annotations

from ..._runtime.endpoints import EndpointInfo, ParamInfo, RateLimit
from ..._runtime.options import NOT_GIVEN, FileInput, NotGiven, PredictionOptions, Unpack
from ..._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from ..._runtime.results import AsyncPredictionResult, PredictionResult
from ..models import wan_i2v as _model
from ..types import WanI2vResolution

# spec: models/pruna-wan-i2v.yaml
WAN_I2V = EndpointInfo(
    model_id="wan-i2v",
    method="wan_i2v",
    params=(
        ParamInfo(wire="prompt"),
        ParamInfo(wire="image", upload="one"),
        ParamInfo(wire="last_image", upload="one"),
        ParamInfo(wire="num_frames", has_default=True, default=81),
        ParamInfo(wire="resolution", has_default=True, default="480p"),
        ParamInfo(wire="frames_per_second", has_default=True, default=16),
        ParamInfo(wire="go_fast", has_default=True, default=True),
        ParamInfo(wire="sample_shift", has_default=True, default=12),
        ParamInfo(wire="seed"),
        ParamInfo(wire="disable_safety_checker", has_default=True, default=False),
        ParamInfo(wire="interpolate_output", has_default=True, default=False),
        ParamInfo(wire="lora_scale_transformer", has_default=True, default=1),
        ParamInfo(wire="lora_scale_transformer_2", has_default=True, default=1),
        ParamInfo(wire="lora_weights_transformer"),
        ParamInfo(wire="lora_weights_transformer_2"),
    ),
    sync=False,
    rate_limit=RateLimit(requests=30, per_seconds=60.0),
    title="Wan Image-to-Video",
)


class Pruna(SyncPredictionsSurface):
    """The wan-i2v methods of Pruna."""

    def wan_i2v(
        self,
        *,
        prompt: str,
        image: FileInput,
        last_image: FileInput | NotGiven = NOT_GIVEN,
        num_frames: int | NotGiven = NOT_GIVEN,
        resolution: WanI2vResolution | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        interpolate_output: bool | NotGiven = NOT_GIVEN,
        lora_scale_transformer: float | NotGiven = NOT_GIVEN,
        lora_scale_transformer_2: float | NotGiven = NOT_GIVEN,
        lora_weights_transformer: str | NotGiven = NOT_GIVEN,
        lora_weights_transformer_2: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        """Wan Image-to-Video: Image-to-video generation with Wan on Pruna's P-API; Pruna recommends the asynchronous workflow for it.

        Model wan-i2v (30 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-i2v (imagegen_typed/docs/pruna.md, section 'Wan Image-to-Video (wan-i2v)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            image: URL of the input image to animate, for instance from the files endpoint. Required. A local path, bytes or an open binary file is uploaded first.
            last_image: URL of an optional last image to condition the video on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            num_frames: Number of video frames. Range: 81 to 121. Default (applied by the provider when not set): 81.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Range: 5 to 30. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Range: 1 to 20. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Default (applied by the provider when not set): False.
            interpolate_output: Interpolate the generated video to 30 FPS using ffmpeg. Default (applied by the provider when not set): False.
            lora_scale_transformer: Determines how strongly the transformer LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_scale_transformer_2: Determines how strongly the transformer_2 LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_weights_transformer: Load LoRA weights for the HIGH transformer. Supports arbitrary .safetensors URLs from the Internet (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_hinoise.safetensors'). Not sent when not set.
            lora_weights_transformer_2: Load LoRA weights for the LOW transformer_2. Supports arbitrary .safetensors URLs from the Internet. Can be different from transformer LoRA. (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_lownoise.safetensors'). Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return self._generate(
            WAN_I2V,
            _model.WanI2vRequest,
            {
                "prompt": prompt,
                "image": image,
                "last_image": last_image,
                "num_frames": num_frames,
                "resolution": resolution,
                "frames_per_second": frames_per_second,
                "go_fast": go_fast,
                "sample_shift": sample_shift,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "interpolate_output": interpolate_output,
                "lora_scale_transformer": lora_scale_transformer,
                "lora_scale_transformer_2": lora_scale_transformer_2,
                "lora_weights_transformer": lora_weights_transformer,
                "lora_weights_transformer_2": lora_weights_transformer_2,
            },
            **options,
        )


class AsyncPruna(AsyncPredictionsSurface):
    """The wan-i2v methods of AsyncPruna."""

    async def wan_i2v(
        self,
        *,
        prompt: str,
        image: FileInput,
        last_image: FileInput | NotGiven = NOT_GIVEN,
        num_frames: int | NotGiven = NOT_GIVEN,
        resolution: WanI2vResolution | NotGiven = NOT_GIVEN,
        frames_per_second: int | NotGiven = NOT_GIVEN,
        go_fast: bool | NotGiven = NOT_GIVEN,
        sample_shift: float | NotGiven = NOT_GIVEN,
        seed: int | NotGiven = NOT_GIVEN,
        disable_safety_checker: bool | NotGiven = NOT_GIVEN,
        interpolate_output: bool | NotGiven = NOT_GIVEN,
        lora_scale_transformer: float | NotGiven = NOT_GIVEN,
        lora_scale_transformer_2: float | NotGiven = NOT_GIVEN,
        lora_weights_transformer: str | NotGiven = NOT_GIVEN,
        lora_weights_transformer_2: str | NotGiven = NOT_GIVEN,
        **options: Unpack[PredictionOptions],
    ) -> AsyncPredictionResult:
        """Wan Image-to-Video: Image-to-video generation with Wan on Pruna's P-API; Pruna recommends the asynchronous workflow for it.

        Model wan-i2v (30 requests/min).
        Reference: python -m imagegen_typed docs pruna wan-i2v (imagegen_typed/docs/pruna.md, section 'Wan Image-to-Video (wan-i2v)').

        Args:
            prompt: Text prompt describing the video to generate. Required.
            image: URL of the input image to animate, for instance from the files endpoint. Required. A local path, bytes or an open binary file is uploaded first.
            last_image: URL of an optional last image to condition the video on. Not sent when not set. A local path, bytes or an open binary file is uploaded first.
            num_frames: Number of video frames. Range: 81 to 121. Default (applied by the provider when not set): 81.
            resolution: Resolution of the video. Allowed: '480p', '720p'. Default (applied by the provider when not set): '480p'.
            frames_per_second: Frames per second of the video. Range: 5 to 30. Default (applied by the provider when not set): 16.
            go_fast: Enable speed optimizations. Default (applied by the provider when not set): True.
            sample_shift: Sample shift factor. Range: 1 to 20. Default (applied by the provider when not set): 12.
            seed: Random seed for reproducible generation; random when absent. Not sent when not set.
            disable_safety_checker: Disable the safety checker for the generated video. Default (applied by the provider when not set): False.
            interpolate_output: Interpolate the generated video to 30 FPS using ffmpeg. Default (applied by the provider when not set): False.
            lora_scale_transformer: Determines how strongly the transformer LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_scale_transformer_2: Determines how strongly the transformer_2 LoRA should be applied. Default (applied by the provider when not set): 1.
            lora_weights_transformer: Load LoRA weights for the HIGH transformer. Supports arbitrary .safetensors URLs from the Internet (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_hinoise.safetensors'). Not sent when not set.
            lora_weights_transformer_2: Load LoRA weights for the LOW transformer_2. Supports arbitrary .safetensors URLs from the Internet. Can be different from transformer LoRA. (for example, 'https://huggingface.co/TheRaf7/instagirl-v2/resolve/main/Instagirlv2.0_lownoise.safetensors'). Not sent when not set.
            options: Per-call options (PredictionOptions; left out, the client's settings): timeout, max_retries, extra_headers, extra_query, extra_body, extra_input, deadline, on_progress.
        """
        return await self._generate(
            WAN_I2V,
            _model.WanI2vRequest,
            {
                "prompt": prompt,
                "image": image,
                "last_image": last_image,
                "num_frames": num_frames,
                "resolution": resolution,
                "frames_per_second": frames_per_second,
                "go_fast": go_fast,
                "sample_shift": sample_shift,
                "seed": seed,
                "disable_safety_checker": disable_safety_checker,
                "interpolate_output": interpolate_output,
                "lora_scale_transformer": lora_scale_transformer,
                "lora_scale_transformer_2": lora_scale_transformer_2,
                "lora_weights_transformer": lora_weights_transformer,
                "lora_weights_transformer_2": lora_weights_transformer_2,
            },
            **options,
        )
