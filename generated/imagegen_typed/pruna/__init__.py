"""Pruna P-API: Pruna and AsyncPruna, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs pruna`, the page
imagegen_typed/docs/pruna.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
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
