"""Replicate: Replicate and AsyncReplicate, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs replicate`, the page
imagegen_typed/docs/replicate.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
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
