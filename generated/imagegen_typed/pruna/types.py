"""Pruna P-API: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.pruna.types import AspectRatio

One name per distinct set of values; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "AspectRatio",
    "Flux2Klein4bAspectRatio",
    "FluxDevAspectRatio",
    "FluxDevLoraSpeedMode",
    "Fps",
    "ImageSize",
    "Megapixels",
    "OutputFormat",
    "OutputMegapixels",
    "PImageEditAspectRatio",
    "PVideoAspectRatio",
    "QwenImageEditPlusAspectRatio",
    "Resolution",
    "SampleSolver",
    "Size",
    "SpeedMode",
    "TargetFps",
    "VaceSpeedMode",
    "Voice",
    "VoiceLanguage",
    "WanI2vResolution",
    "WanImageSmallAspectRatio",
    "WanT2vAspectRatio",
]

AspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"]
"""p-image: aspect_ratio, p-image-lora: aspect_ratio, qwen-image-fast: aspect_ratio."""

Flux2Klein4bAspectRatio: TypeAlias = Literal[
    "1:1", "16:9", "9:16", "3:2", "2:3", "4:3", "3:4", "5:4", "4:5", "21:9", "9:21", "match_input_image"
]
"""flux-2-klein-4b: aspect_ratio."""

FluxDevAspectRatio: TypeAlias = Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"]
"""flux-dev: aspect_ratio, flux-dev-lora: aspect_ratio."""

FluxDevLoraSpeedMode: TypeAlias = Literal["Base Model (compiled)", "Lightly Juiced 🍊", "Juiced 🧃", "Extra Juiced 🔥"]
"""flux-dev-lora: speed_mode."""

Fps: TypeAlias = Literal[24, 48]
"""p-video: fps."""

ImageSize: TypeAlias = Literal["optimize_for_quality", "optimize_for_speed"]
"""qwen-image: image_size."""

Megapixels: TypeAlias = Literal["1", "0.25"]
"""flux-dev-lora: megapixels."""

OutputFormat: TypeAlias = Literal["webp", "jpg", "png"]
"""flux-2-klein-4b: output_format, flux-dev: output_format, flux-dev-lora: output_format, p-image-try-on: output_format, p-image-upscale: output_format, qwen-image: output_format, qwen-image-edit-plus: output_format, wan-image-small: output_format, z-image-turbo: output_format, z-image-turbo-lora: output_format."""

OutputMegapixels: TypeAlias = Literal["0.25", "0.5", "1", "2", "4"]
"""flux-2-klein-4b: output_megapixels."""

PImageEditAspectRatio: TypeAlias = Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
"""p-image-edit: aspect_ratio, p-image-edit-lora: aspect_ratio."""

PVideoAspectRatio: TypeAlias = Literal["16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "1:1"]
"""p-video: aspect_ratio, qwen-image: aspect_ratio."""

QwenImageEditPlusAspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "match_input_image"]
"""qwen-image-edit-plus: aspect_ratio."""

Resolution: TypeAlias = Literal["720p", "1080p"]
"""p-video: resolution, p-video-animate: resolution, p-video-avatar: resolution, p-video-replace: resolution."""

SampleSolver: TypeAlias = Literal["unipc", "dpm++"]
"""vace: sample_solver."""

Size: TypeAlias = Literal["720*1280", "1280*720", "480*832", "832*480"]
"""vace: size."""

SpeedMode: TypeAlias = Literal[
    "Lightly Juiced 🍊 (more consistent)", "Juiced 🔥 (default)", "Extra Juiced 🔥 (more speed)", "Blink of an eye 👁️"
]
"""flux-dev: speed_mode."""

TargetFps: TypeAlias = Literal["original", "24", "48"]
"""p-video-animate: target_fps, p-video-replace: target_fps."""

VaceSpeedMode: TypeAlias = Literal[
    "Lightly Juiced 🍊 (more consistent)", "Juiced 🔥 (more speed)", "Extra Juiced 🚀 (even more speed)"
]
"""vace: speed_mode."""

Voice: TypeAlias = Literal[
    "Zephyr (Female)",
    "Puck (Male)",
    "Charon (Male)",
    "Kore (Female)",
    "Fenrir (Male)",
    "Leda (Female)",
    "Orus (Male)",
    "Aoede (Female)",
    "Callirrhoe (Female)",
    "Autonoe (Female)",
    "Enceladus (Male)",
    "Iapetus (Male)",
    "Umbriel (Male)",
    "Algenib (Male)",
    "Despina (Female)",
    "Erinome (Female)",
    "Laomedeia (Female)",
    "Achernar (Female)",
    "Algieba (Male)",
    "Schedar (Male)",
    "Gacrux (Female)",
    "Pulcherrima (Female)",
    "Achird (Male)",
    "Zubenelgenubi (Male)",
    "Vindemiatrix (Female)",
    "Sadachbia (Male)",
    "Sadaltager (Male)",
    "Sulafat (Female)",
    "Alnilam (Male)",
    "Rasalgethi (Male)",
]
"""p-video-avatar: voice."""

VoiceLanguage: TypeAlias = Literal[
    "English (US)",
    "English (UK)",
    "Spanish",
    "French",
    "German",
    "Italian",
    "Portuguese (Brazil)",
    "Japanese",
    "Korean",
    "Hindi",
]
"""p-video-avatar: voice_language."""

WanI2vResolution: TypeAlias = Literal["480p", "720p"]
"""wan-i2v: resolution, wan-t2v: resolution."""

WanImageSmallAspectRatio: TypeAlias = Literal["custom", "1:1", "16:9", "9:16", "4:3", "3:4", "21:9"]
"""wan-image-small: aspect_ratio."""

WanT2vAspectRatio: TypeAlias = Literal["16:9", "9:16"]
"""wan-t2v: aspect_ratio."""
