"""Segmind: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.segmind.types import Imagen4FastScheduler

One name per enum parameter of each model (`<Model><Parameter>`), so a name keeps its values when specs are
added; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "Imagen4FastScheduler",
    "ImagenAspectRatio",
    "ImagenPersonGeneration",
    "ImagenSafetyFilterLevel",
    "PImageAspectRatio",
    "PImageEditAspectRatio",
]

Imagen4FastScheduler: TypeAlias = Literal["DDIM", "PNDM", "LMSDiscrete", "DPMSolverMultistep", "EulerAncestralDiscrete"]
"""imagen-4-fast: scheduler."""

ImagenAspectRatio: TypeAlias = Literal["1:1", "4:3", "3:4", "9:16", "16:9"]
"""imagen: aspect_ratio."""

ImagenPersonGeneration: TypeAlias = Literal["ALLOW_ADULT", "DONT_ALLOW"]
"""imagen: person_generation."""

ImagenSafetyFilterLevel: TypeAlias = Literal["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH"]
"""imagen: safety_filter_level."""

PImageAspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"]
"""p-image: aspect_ratio."""

PImageEditAspectRatio: TypeAlias = Literal["match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]
"""p-image-edit: aspect_ratio."""
