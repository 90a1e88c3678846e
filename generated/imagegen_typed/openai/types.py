"""OpenAI Images: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.openai.types import Background

One name per distinct set of values; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "Background",
    "DallE2Quality",
    "DallE2Size",
    "DallE3Quality",
    "DallE3Size",
    "InputFidelity",
    "Moderation",
    "OutputFormat",
    "Quality",
    "ResponseFormat",
    "Size",
    "Style",
]

Background: TypeAlias = Literal["transparent", "opaque", "auto"]
"""gpt-image-1: background, gpt-image-1-edit: background."""

DallE2Quality: TypeAlias = Literal["standard", "auto"]
"""dall-e-2: quality."""

DallE2Size: TypeAlias = Literal["256x256", "512x512", "1024x1024"]
"""dall-e-2: size."""

DallE3Quality: TypeAlias = Literal["standard", "hd", "auto"]
"""dall-e-3: quality."""

DallE3Size: TypeAlias = Literal["1024x1024", "1792x1024", "1024x1792"]
"""dall-e-3: size."""

InputFidelity: TypeAlias = Literal["high", "low"]
"""gpt-image-1-edit: input_fidelity."""

Moderation: TypeAlias = Literal["low", "auto"]
"""gpt-image-1: moderation."""

OutputFormat: TypeAlias = Literal["png", "jpeg", "webp"]
"""gpt-image-1: output_format, gpt-image-1-edit: output_format."""

Quality: TypeAlias = Literal["low", "medium", "high", "auto"]
"""gpt-image-1: quality, gpt-image-1-edit: quality."""

ResponseFormat: TypeAlias = Literal["url", "b64_json"]
"""dall-e-2: response_format, dall-e-3: response_format."""

Size: TypeAlias = Literal["1024x1024", "1536x1024", "1024x1536", "auto"]
"""gpt-image-1: size, gpt-image-1-edit: size."""

Style: TypeAlias = Literal["vivid", "natural"]
"""dall-e-3: style."""
