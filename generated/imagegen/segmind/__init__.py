"""Segmind: Segmind and AsyncSegmind, one typed method per model.

Generated from specs/providers/segmind.yaml; do not edit.
"""

from ._client import AsyncSegmind, Segmind
from .errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    GatewayTimeoutError,
    InsufficientCreditsError,
    InternalServerError,
    MethodNotAllowedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SegmindError,
    UnprocessableEntityError,
)

__all__ = [
    "AsyncSegmind",
    "Segmind",
    "SegmindError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "MethodNotAllowedError",
    "InsufficientCreditsError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "GatewayTimeoutError",
]
