"""Stability AI: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.stability.types import AspectRatio

One name per distinct set of values; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["AspectRatio", "OutputFormat", "StylePreset"]

AspectRatio: TypeAlias = Literal["21:9", "16:9", "3:2", "5:4", "1:1", "4:5", "2:3", "9:16", "9:21"]
"""core: aspect_ratio, ultra: aspect_ratio."""

OutputFormat: TypeAlias = Literal["png", "jpeg", "webp"]
"""core: output_format, ultra: output_format."""

StylePreset: TypeAlias = Literal[
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
"""core: style_preset, ultra: style_preset."""
