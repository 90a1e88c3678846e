"""Replicate: the allowed values of each enum parameter, as importable type aliases.

    from imagegen_typed.replicate.types import PrunaaiPImageAspectRatio

One name per enum parameter of each model (`<Model><Parameter>`), so a name keeps its values when specs are
added; the model methods take these types. `WebhookEvent`: the events a webhook may ask for. Generated from the specs; do not edit.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = ["WebhookEvent", "PrunaaiPImageAspectRatio", "PrunaaiPImageEditAspectRatio"]

WebhookEvent: TypeAlias = Literal["start", "output", "logs", "completed"]
"""The events a webhook may ask for (`Webhook(url, events=[...])`)."""

PrunaaiPImageAspectRatio: TypeAlias = Literal["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3", "custom"]
"""prunaai/p-image: aspect_ratio."""

PrunaaiPImageEditAspectRatio: TypeAlias = Literal[
    "match_input_image", "1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"
]
"""prunaai/p-image-edit: aspect_ratio."""
