"""Pruna P-API: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.pruna.types import Flux2Klein4bAspectRatio

One name per enum parameter of each model (`<Model><Parameter>`), so a name keeps its values when specs are
added; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "Flux2Klein4bAspectRatio",
    "Flux2Klein4bOutputFormat",
    "Flux2Klein4bOutputMegapixels",
    "FluxDevAspectRatio",
    "FluxDevLoraAspectRatio",
    "FluxDevLoraMegapixels",
    "FluxDevLoraOutputFormat",
    "FluxDevLoraSpeedMode",
    "FluxDevOutputFormat",
    "FluxDevSpeedMode",
    "PImageAspectRatio",
    "PImageEditAspectRatio",
    "PImageEditLoraAspectRatio",
    "PImageLoraAspectRatio",
    "PImageTryOnOutputFormat",
    "PImageUpscaleOutputFormat",
    "PVideoAnimateResolution",
    "PVideoAnimateTargetFps",
    "PVideoAspectRatio",
    "PVideoAvatarResolution",
    "PVideoAvatarVoice",
    "PVideoAvatarVoiceLanguage",
    "PVideoFps",
    "PVideoReplaceResolution",
    "PVideoReplaceTargetFps",
    "PVideoResolution",
    "QwenImageAspectRatio",
    "QwenImageEditPlusAspectRatio",
    "QwenImageEditPlusOutputFormat",
    "QwenImageFastAspectRatio",
    "QwenImageImageSize",
    "QwenImageOutputFormat",
    "VaceSampleSolver",
    "VaceSize",
    "VaceSpeedMode",
    "WanI2vResolution",
    "WanImageSmallAspectRatio",
    "WanImageSmallOutputFormat",
    "WanT2vAspectRatio",
    "WanT2vResolution",
    "ZImageTurboLoraOutputFormat",
    "ZImageTurboOutputFormat",
]

Flux2Klein4bAspectRatio: TypeAlias = Literal[
    "1:1", "16:9", "9:16", "3:2", "2:3", "4:3", "3:4", "5:4", "4:5", "21:9", "9:21", "match_input_image"
]
"""flux-2-klein-4b: aspect_ratio."""

Flux2Klein4bOutputFormat: TypeAlias = Literal["webp", "jpg", "png"]
"""flux-2-klein-4b: output_format."""

Flux2Klein4bOutputMegapixels: TypeAlias = Literal["0.25", "0.5", "1", "2", "4"]
"""flux-2-klein-4b: output_megapixels."""

FluxDevAspectRatio: TypeAlias = Literal["1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"]
"""flux-dev: aspect_ratio."""

FluxDevLoraAspectRatio: TypeAlias = Literal[
    "1:1", "16:9", "21:9", "3:2", "2:3", "4:5", "5:4", "3:4", "4:3", "9:16", "9:21"
]
"""flux-dev-lora: aspect_ratio."""

FluxDevLoraMegapixels: TypeAlias = Literal["1", "0.25"]
"""flux-dev-lora: megapixels."""

FluxDevLoraOutputFormat: TypeAlias = Literal["png", "jpg", "webp"]
"""flux-dev-lora: output_format."""

FluxDevLoraSpeedMode: TypeAlias = Literal["Base Model (compiled)", "Lightly Juiced 🍊", "Juiced 🧃", "Extra Juiced 🔥"]
"""flux-dev-lora: speed_mode."""

FluxDevOutputFormat: TypeAlias = Literal["png", "jpg", "webp"]
"""flux-dev: output_format."""

FluxDevSpeedMode: TypeAlias = Literal[
    "Lightly Juiced 🍊 (more consistent)", "Juiced 🔥 (default)", "Extra Juiced 🔥 (more speed)", "Blink of an eye 👁️"
]
"""flux-dev: speed_mode."""

PImageAspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"]
"""p-image: aspect_ratio."""

PImageEditAspectRatio: TypeAlias = Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
"""p-image-edit: aspect_ratio."""

PImageEditLoraAspectRatio: TypeAlias = Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
"""p-image-edit-lora: aspect_ratio."""

PImageLoraAspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"]
"""p-image-lora: aspect_ratio."""

PImageTryOnOutputFormat: TypeAlias = Literal["webp", "jpg", "png"]
"""p-image-try-on: output_format."""

PImageUpscaleOutputFormat: TypeAlias = Literal["webp", "jpg", "png"]
"""p-image-upscale: output_format."""

PVideoAnimateResolution: TypeAlias = Literal["720p", "1080p"]
"""p-video-animate: resolution."""

PVideoAnimateTargetFps: TypeAlias = Literal["original", "24", "48"]
"""p-video-animate: target_fps."""

PVideoAspectRatio: TypeAlias = Literal["16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "1:1"]
"""p-video: aspect_ratio."""

PVideoAvatarResolution: TypeAlias = Literal["720p", "1080p"]
"""p-video-avatar: resolution."""

PVideoAvatarVoice: TypeAlias = Literal[
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

PVideoAvatarVoiceLanguage: TypeAlias = Literal[
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

PVideoFps: TypeAlias = Literal[24, 48]
"""p-video: fps."""

PVideoReplaceResolution: TypeAlias = Literal["720p", "1080p"]
"""p-video-replace: resolution."""

PVideoReplaceTargetFps: TypeAlias = Literal["original", "24", "48"]
"""p-video-replace: target_fps."""

PVideoResolution: TypeAlias = Literal["720p", "1080p"]
"""p-video: resolution."""

QwenImageAspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
"""qwen-image: aspect_ratio."""

QwenImageEditPlusAspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "match_input_image"]
"""qwen-image-edit-plus: aspect_ratio."""

QwenImageEditPlusOutputFormat: TypeAlias = Literal["webp", "jpg", "png"]
"""qwen-image-edit-plus: output_format."""

QwenImageFastAspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"]
"""qwen-image-fast: aspect_ratio."""

QwenImageImageSize: TypeAlias = Literal["optimize_for_quality", "optimize_for_speed"]
"""qwen-image: image_size."""

QwenImageOutputFormat: TypeAlias = Literal["webp", "jpg", "png"]
"""qwen-image: output_format."""

VaceSampleSolver: TypeAlias = Literal["unipc", "dpm++"]
"""vace: sample_solver."""

VaceSize: TypeAlias = Literal["720*1280", "1280*720", "480*832", "832*480"]
"""vace: size."""

VaceSpeedMode: TypeAlias = Literal[
    "Lightly Juiced 🍊 (more consistent)", "Juiced 🔥 (more speed)", "Extra Juiced 🚀 (even more speed)"
]
"""vace: speed_mode."""

WanI2vResolution: TypeAlias = Literal["480p", "720p"]
"""wan-i2v: resolution."""

WanImageSmallAspectRatio: TypeAlias = Literal["custom", "1:1", "16:9", "9:16", "4:3", "3:4", "21:9"]
"""wan-image-small: aspect_ratio."""

WanImageSmallOutputFormat: TypeAlias = Literal["png", "jpg", "webp"]
"""wan-image-small: output_format."""

WanT2vAspectRatio: TypeAlias = Literal["16:9", "9:16"]
"""wan-t2v: aspect_ratio."""

WanT2vResolution: TypeAlias = Literal["480p", "720p"]
"""wan-t2v: resolution."""

ZImageTurboLoraOutputFormat: TypeAlias = Literal["png", "jpg", "webp"]
"""z-image-turbo-lora: output_format."""

ZImageTurboOutputFormat: TypeAlias = Literal["png", "jpg", "webp"]
"""z-image-turbo: output_format."""
