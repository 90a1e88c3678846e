"""Segmind HTTP errors: one class per documented status.

Generated from the `errors:` list of specs/providers/segmind.yaml; do not edit.
A status that the spec does not document raises SegmindError itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._runtime.errors import APIStatusError


class SegmindError(APIStatusError):
    """An HTTP error status answered by Segmind."""


class BadRequestError(SegmindError):
    """400 Bad Request: Invalid parameters or request format. Retrying does not help."""


class AuthenticationError(SegmindError):
    """401 Unauthorized: Missing or invalid API key. Retrying does not help."""


class PermissionDeniedError(SegmindError):
    """403 Forbidden: Insufficient permissions. Retrying does not help."""


class NotFoundError(SegmindError):
    """404 Not Found: Model or endpoint not found. Retrying does not help."""


class MethodNotAllowedError(SegmindError):
    """405 Method Not Allowed: The endpoint does not accept this HTTP method. Retrying does not help."""


class InsufficientCreditsError(SegmindError):
    """406 Insufficient Credits: Not enough credits to process request. Retrying does not help."""


class UnprocessableEntityError(SegmindError):
    """422 Validation Error: The request body failed validation (not billed). Retrying does not help."""


class RateLimitError(SegmindError):
    """429 Rate Limited: Too many requests. Retrying can help."""


class InternalServerError(SegmindError):
    """500 Server Error: Internal server error. Retrying can help."""


class BadGatewayError(SegmindError):
    """502 Bad Gateway: Service temporarily unavailable. Retrying can help."""


class GatewayTimeoutError(SegmindError):
    """504 Timeout: Request timed out. Retrying can help."""


ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    406: InsufficientCreditsError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    504: GatewayTimeoutError,
}
DEFAULT_ERROR: type[APIStatusError] = SegmindError
