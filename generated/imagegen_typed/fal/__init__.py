"""fal: Fal and AsyncFal, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs fal`, the page
imagegen_typed/docs/fal.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
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
