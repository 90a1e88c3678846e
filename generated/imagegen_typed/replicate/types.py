"""Replicate: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.replicate.types import AspectRatio

One name per distinct set of values; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["AspectRatio", "PrunaaiPImageEditAspectRatio"]

AspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"]
"""prunaai/p-image: aspect_ratio."""

PrunaaiPImageEditAspectRatio: TypeAlias = Literal[
    "match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"
]
"""prunaai/p-image-edit: aspect_ratio."""
