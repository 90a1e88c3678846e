"""Black Forest Labs: BlackForestLabs and AsyncBlackForestLabs, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs bfl`, the page
imagegen_typed/docs/bfl.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
"""

from typing import TYPE_CHECKING, Any

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
    "verify_webhook",
]

if TYPE_CHECKING:
    from .webhooks import verify_webhook as verify_webhook


def __getattr__(name: str) -> Any:
    # The webhook helpers load on first use: a program that only sends requests never imports them.
    if name in ["verify_webhook"]:
        from . import webhooks

        return getattr(webhooks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
