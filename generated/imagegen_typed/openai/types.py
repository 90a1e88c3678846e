"""OpenAI Images: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.openai.types import DallE2Quality

One name per enum parameter of each model (`<Model><Parameter>`), so a name keeps its values when specs are
added; the model methods take these types. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "DallE2Quality",
    "DallE2ResponseFormat",
    "DallE2Size",
    "DallE3Quality",
    "DallE3ResponseFormat",
    "DallE3Size",
    "DallE3Style",
    "GptImage1Background",
    "GptImage1EditBackground",
    "GptImage1EditInputFidelity",
    "GptImage1EditOutputFormat",
    "GptImage1EditQuality",
    "GptImage1EditSize",
    "GptImage1Moderation",
    "GptImage1OutputFormat",
    "GptImage1Quality",
    "GptImage1Size",
]

DallE2Quality: TypeAlias = Literal["standard", "auto"]
"""dall-e-2: quality."""

DallE2ResponseFormat: TypeAlias = Literal["url", "b64_json"]
"""dall-e-2: response_format."""

DallE2Size: TypeAlias = Literal["256x256", "512x512", "1024x1024"]
"""dall-e-2: size."""

DallE3Quality: TypeAlias = Literal["standard", "hd", "auto"]
"""dall-e-3: quality."""

DallE3ResponseFormat: TypeAlias = Literal["url", "b64_json"]
"""dall-e-3: response_format."""

DallE3Size: TypeAlias = Literal["1024x1024", "1792x1024", "1024x1792"]
"""dall-e-3: size."""

DallE3Style: TypeAlias = Literal["vivid", "natural"]
"""dall-e-3: style."""

GptImage1Background: TypeAlias = Literal["transparent", "opaque", "auto"]
"""gpt-image-1: background."""

GptImage1EditBackground: TypeAlias = Literal["transparent", "opaque", "auto"]
"""gpt-image-1-edit: background."""

GptImage1EditInputFidelity: TypeAlias = Literal["high", "low"]
"""gpt-image-1-edit: input_fidelity."""

GptImage1EditOutputFormat: TypeAlias = Literal["png", "jpeg", "webp"]
"""gpt-image-1-edit: output_format."""

GptImage1EditQuality: TypeAlias = Literal["low", "medium", "high", "auto"]
"""gpt-image-1-edit: quality."""

GptImage1EditSize: TypeAlias = Literal["1024x1024", "1536x1024", "1024x1536", "auto"]
"""gpt-image-1-edit: size."""

GptImage1Moderation: TypeAlias = Literal["low", "auto"]
"""gpt-image-1: moderation."""

GptImage1OutputFormat: TypeAlias = Literal["png", "jpeg", "webp"]
"""gpt-image-1: output_format."""

GptImage1Quality: TypeAlias = Literal["low", "medium", "high", "auto"]
"""gpt-image-1: quality."""

GptImage1Size: TypeAlias = Literal["1024x1024", "1536x1024", "1024x1536", "auto"]
"""gpt-image-1: size."""
