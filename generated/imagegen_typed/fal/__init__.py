"""fal: Fal and AsyncFal, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs fal`, the page
imagegen_typed/docs/fal.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
"""

from typing import TYPE_CHECKING, Any

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
    "verify_webhook",
    "fetch_webhook_keys",
]

if TYPE_CHECKING:
    from .webhooks import fetch_webhook_keys as fetch_webhook_keys
    from .webhooks import verify_webhook as verify_webhook


def __getattr__(name: str) -> Any:
    # The webhook helpers load on first use: a program that only sends requests never imports them.
    if name in ["verify_webhook", "fetch_webhook_keys"]:
        from . import webhooks

        return getattr(webhooks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
