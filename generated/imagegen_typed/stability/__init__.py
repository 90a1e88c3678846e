"""Stability AI: StabilityAI and AsyncStabilityAI, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs stability`, the page
imagegen_typed/docs/stability.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
"""

from ._client import AsyncStabilityAI, StabilityAI
from .errors import (
    AuthenticationError,
    BadRequestError,
    ContentModerationError,
    InternalServerError,
    PayloadTooLargeError,
    RateLimitError,
    StabilityAIError,
    UnprocessableEntityError,
)

__all__ = [
    "AsyncStabilityAI",
    "StabilityAI",
    "StabilityAIError",
    "BadRequestError",
    "AuthenticationError",
    "ContentModerationError",
    "PayloadTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]
