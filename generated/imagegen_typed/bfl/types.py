"""Black Forest Labs: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.bfl.types import OutputFormat

One name per distinct set of values; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["OutputFormat"]

OutputFormat: TypeAlias = Literal["jpeg", "png", "webp"]
"""flux-kontext-pro: output_format, flux-pro-1.1: output_format, flux-pro-1.1-ultra: output_format."""
