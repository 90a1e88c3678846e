"""Pruna P-API: Pruna and AsyncPruna, one typed method per model.

Generated from specs/providers/pruna.yaml; do not edit.
"""

from ._client import AsyncPruna, Pruna
from .errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    ContentExpiredError,
    FileTooLargeError,
    GatewayTimeoutError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PrunaError,
    RateLimitError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)

__all__ = [
    "AsyncPruna",
    "Pruna",
    "PrunaError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ContentExpiredError",
    "FileTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "ServiceUnavailableError",
    "GatewayTimeoutError",
]
