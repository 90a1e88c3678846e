"""Replicate: Replicate and AsyncReplicate, one typed method per model.

Generated from specs/providers/replicate.yaml; do not edit.
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
