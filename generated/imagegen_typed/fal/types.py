"""fal: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.fal.types import Acceleration

One name per distinct set of values; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["Acceleration", "AspectRatio", "ImageSize", "OutputFormat", "SafetyTolerance"]

Acceleration: TypeAlias = Literal["none", "regular", "high"]
"""fal-ai/flux/schnell: acceleration."""

AspectRatio: TypeAlias = Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
"""fal-ai/flux-pro/kontext: aspect_ratio."""

ImageSize: TypeAlias = Literal[
    "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
]
"""fal-ai/flux/schnell: image_size."""

OutputFormat: TypeAlias = Literal["jpeg", "png"]
"""fal-ai/flux-pro/kontext: output_format, fal-ai/flux/schnell: output_format."""

SafetyTolerance: TypeAlias = Literal["1", "2", "3", "4", "5", "6"]
"""fal-ai/flux-pro/kontext: safety_tolerance."""
