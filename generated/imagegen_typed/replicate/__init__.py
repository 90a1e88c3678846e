"""Replicate: Replicate and AsyncReplicate, one typed method per model.

Reference: docs/replicate.md (every model and parameter); the allowed values of each enum parameter
are importable from `.types`. Generated from the specs; do not edit.
"""

from ._client import AsyncReplicate, Replicate
from .errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    FileTooLargeError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    RateLimitError,
    ReplicateError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)

__all__ = [
    "AsyncReplicate",
    "Replicate",
    "ReplicateError",
    "BadRequestError",
    "AuthenticationError",
    "PaymentRequiredError",
    "NotFoundError",
    "FileTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "ServiceUnavailableError",
]
