"""Black Forest Labs HTTP errors: one class per documented status.

Generated from the `errors:` list of specs/providers/bfl.yaml; do not edit.
A status that the spec does not document raises BlackForestLabsError itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._runtime.errors import APIStatusError


class BlackForestLabsError(APIStatusError):
    """An HTTP error status answered by Black Forest Labs."""


class BadRequestError(BlackForestLabsError):
    """400 Bad Request: Invalid parameters. Retrying does not help."""


class AuthenticationError(BlackForestLabsError):
    """401 Unauthorized: Missing or invalid API key (x-key header). Retrying does not help."""


class InsufficientCreditsError(BlackForestLabsError):
    """402 Payment Required: Not enough credits on the account. Retrying does not help."""


class PermissionDeniedError(BlackForestLabsError):
    """403 Forbidden: The key may not do this. Retrying does not help."""


class NotFoundError(BlackForestLabsError):
    """404 Not Found: No such endpoint (model). Retrying does not help."""


class UnprocessableEntityError(BlackForestLabsError):
    """422 Validation Error: The request failed validation (body has detail, a list of {loc, msg, type}). Retrying does not help."""


class RateLimitError(BlackForestLabsError):
    """429 Too Many Requests: Too many active tasks (24 at a time; 6 for FLUX.1 Kontext [max]). Retrying can help."""


class InternalServerError(BlackForestLabsError):
    """500 Internal Server Error: An unexpected server-side error occurred. Retrying can help."""


class BadGatewayError(BlackForestLabsError):
    """502 Bad Gateway: An upstream gateway failed. Retrying can help."""


class ServiceUnavailableError(BlackForestLabsError):
    """503 Service Unavailable: The service is temporarily unavailable. Retrying can help."""


ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: InsufficientCreditsError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
}
DEFAULT_ERROR: type[APIStatusError] = BlackForestLabsError
