"""Black Forest Labs: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.bfl.types import FluxKontextProOutputFormat

One name per enum parameter of each model (`<Model><Parameter>`), so a name keeps its values when specs are
added; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["FluxKontextProOutputFormat", "FluxPro11OutputFormat", "FluxPro11UltraOutputFormat"]

FluxKontextProOutputFormat: TypeAlias = Literal["jpeg", "png", "webp"]
"""flux-kontext-pro: output_format."""

FluxPro11OutputFormat: TypeAlias = Literal["jpeg", "png", "webp"]
"""flux-pro-1.1: output_format."""

FluxPro11UltraOutputFormat: TypeAlias = Literal["jpeg", "png", "webp"]
"""flux-pro-1.1-ultra: output_format."""
