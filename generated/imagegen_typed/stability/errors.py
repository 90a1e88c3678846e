"""Stability AI HTTP errors: one class per documented status.

Generated from the `errors:` list of specs/providers/stability.yaml; do not edit.
A status that the spec does not document raises StabilityAIError itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._runtime.errors import APIStatusError


class StabilityAIError(APIStatusError):
    """An HTTP error status answered by Stability AI."""


class BadRequestError(StabilityAIError):
    """400 Bad Request: Invalid parameter(s); errors lists each. Retrying does not help."""


class AuthenticationError(StabilityAIError):
    """401 Unauthorized: Missing or invalid API key. Retrying does not help."""


class ContentModerationError(StabilityAIError):
    """403 Forbidden: The request was flagged by the content moderation system and denied (not charged). Retrying does not help."""


class PayloadTooLargeError(StabilityAIError):
    """413 Payload Too Large: The request is larger than 10 MiB. Retrying does not help."""


class UnprocessableEntityError(StabilityAIError):
    """422 Unprocessable Entity: The request was well formed but refused (a language other than English, a public figure). Retrying does not help."""


class RateLimitError(StabilityAIError):
    """429 Too Many Requests: More than 150 requests within 10 seconds; the caller is timed out for 60 seconds. Retrying can help."""


class InternalServerError(StabilityAIError):
    """500 Internal Server Error: An unexpected server error. Retrying can help."""


ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: ContentModerationError,
    413: PayloadTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
}
DEFAULT_ERROR: type[APIStatusError] = StabilityAIError
