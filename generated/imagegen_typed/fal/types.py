"""fal: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.fal.types import FalAiFluxProKontextAspectRatio

One name per enum parameter of each model (`<Model><Parameter>`), so a name keeps its values when specs are
added; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "FalAiFluxProKontextAspectRatio",
    "FalAiFluxProKontextOutputFormat",
    "FalAiFluxProKontextSafetyTolerance",
    "FalAiFluxSchnellAcceleration",
    "FalAiFluxSchnellImageSize",
    "FalAiFluxSchnellOutputFormat",
]

FalAiFluxProKontextAspectRatio: TypeAlias = Literal["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]
"""fal-ai/flux-pro/kontext: aspect_ratio."""

FalAiFluxProKontextOutputFormat: TypeAlias = Literal["jpeg", "png"]
"""fal-ai/flux-pro/kontext: output_format."""

FalAiFluxProKontextSafetyTolerance: TypeAlias = Literal["1", "2", "3", "4", "5", "6"]
"""fal-ai/flux-pro/kontext: safety_tolerance."""

FalAiFluxSchnellAcceleration: TypeAlias = Literal["none", "regular", "high"]
"""fal-ai/flux/schnell: acceleration."""

FalAiFluxSchnellImageSize: TypeAlias = Literal[
    "square_hd", "square", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"
]
"""fal-ai/flux/schnell: image_size."""

FalAiFluxSchnellOutputFormat: TypeAlias = Literal["jpeg", "png"]
"""fal-ai/flux/schnell: output_format."""
