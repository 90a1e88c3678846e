"""Stability AI: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.stability.types import CoreAspectRatio

One name per enum parameter of each model (`<Model><Parameter>`), so a name keeps its values when specs are
added; the model methods take these types. The per-call options of an API with a choice of answer
type its `accept`. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

from .._runtime.options import RequestOptions

__all__ = [
    "StabilityAIOptions",
    "CoreAspectRatio",
    "CoreOutputFormat",
    "CoreStylePreset",
    "UltraAspectRatio",
    "UltraOutputFormat",
    "UltraStylePreset",
]


class StabilityAIOptions(RequestOptions, total=False):
    """Per-call options of the v2beta API: RequestOptions and `accept`, the answer asked for; image: the media itself (accept: image/*); json: JSON (accept: application/json). Default: image."""

    accept: Literal["image", "json"]


CoreAspectRatio: TypeAlias = Literal["21:9", "16:9", "3:2", "5:4", "1:1", "4:5", "2:3", "9:16", "9:21"]
"""core: aspect_ratio."""

CoreOutputFormat: TypeAlias = Literal["png", "jpeg", "webp"]
"""core: output_format."""

CoreStylePreset: TypeAlias = Literal[
    "enhance",
    "anime",
    "photographic",
    "digital-art",
    "comic-book",
    "fantasy-art",
    "line-art",
    "analog-film",
    "neon-punk",
    "isometric",
    "low-poly",
    "origami",
    "modeling-compound",
    "cinematic",
    "3d-model",
    "pixel-art",
    "tile-texture",
]
"""core: style_preset."""

UltraAspectRatio: TypeAlias = Literal["21:9", "16:9", "3:2", "5:4", "1:1", "4:5", "2:3", "9:16", "9:21"]
"""ultra: aspect_ratio."""

UltraOutputFormat: TypeAlias = Literal["jpeg", "png", "webp"]
"""ultra: output_format."""

UltraStylePreset: TypeAlias = Literal[
    "enhance",
    "anime",
    "photographic",
    "digital-art",
    "comic-book",
    "fantasy-art",
    "line-art",
    "analog-film",
    "neon-punk",
    "isometric",
    "low-poly",
    "origami",
    "modeling-compound",
    "cinematic",
    "3d-model",
    "pixel-art",
    "tile-texture",
]
"""ultra: style_preset."""
