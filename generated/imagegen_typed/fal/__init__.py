"""fal: Fal and AsyncFal, one typed method per model.

Reference: docs/fal.md (every model and parameter); the allowed values of each enum parameter
are importable from `.types`. Generated from the specs; do not edit.
"""

from ._client import AsyncFal, Fal
from .errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    FalError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)

__all__ = [
    "AsyncFal",
    "Fal",
    "FalError",
    "BadRequestError",
    "AuthenticationError",
    "NotFoundError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "ServiceUnavailableError",
    "GatewayTimeoutError",
]
