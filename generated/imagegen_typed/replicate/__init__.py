"""Replicate: Replicate and AsyncReplicate, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs replicate`, the page
imagegen_typed/docs/replicate.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
"""

from typing import TYPE_CHECKING, Any

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
