"""Segmind: Segmind and AsyncSegmind, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs segmind`, the page
imagegen_typed/docs/segmind.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
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
