"""Black Forest Labs: BlackForestLabs and AsyncBlackForestLabs, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs bfl`, the page
imagegen_typed/docs/bfl.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
"""

from ._client import AsyncBlackForestLabs, BlackForestLabs
from .errors import (
    AuthenticationError,
    BadGatewayError,
    BadRequestError,
    BlackForestLabsError,
    InsufficientCreditsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)

__all__ = [
    "AsyncBlackForestLabs",
    "BlackForestLabs",
    "BlackForestLabsError",
    "BadRequestError",
    "AuthenticationError",
    "InsufficientCreditsError",
    "PermissionDeniedError",
    "NotFoundError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "ServiceUnavailableError",
]
