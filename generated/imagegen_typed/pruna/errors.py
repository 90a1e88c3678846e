"""Pruna P-API HTTP errors: one class per documented status.

Generated from the `errors:` list of specs/providers/pruna.yaml; do not edit.
A status that the spec does not document raises PrunaError itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._runtime.errors import APIStatusError


class PrunaError(APIStatusError):
    """An HTTP error status answered by Pruna P-API."""


class BadRequestError(PrunaError):
    """400 Bad Request: Invalid request parameters or an invalid or missing uploaded file. Retrying does not help."""


class AuthenticationError(PrunaError):
    """401 Unauthorized: Missing or invalid API key in the apikey header. Retrying does not help."""


class PermissionDeniedError(PrunaError):
    """403 Forbidden: The API key is not allowed to do this. Retrying does not help."""


class NotFoundError(PrunaError):
    """404 Not Found: Prediction id or delivery path does not exist or has expired. Retrying does not help."""


class ContentExpiredError(PrunaError):
    """410 Gone: The delivered content has expired (outputs are kept 24 hours). Retrying does not help."""


class FileTooLargeError(PrunaError):
    """413 Payload Too Large: The uploaded file exceeds the maximum size (100 MB). Retrying does not help."""


class UnprocessableEntityError(PrunaError):
    """422 Validation Error: The model's input failed validation (body has detail, status, title, invalid_fields). Retrying does not help."""


class RateLimitError(PrunaError):
    """429 Too Many Requests: Rate limit exceeded. Retrying can help."""


class InternalServerError(PrunaError):
    """500 Internal Server Error: An unexpected server-side error occurred. Retrying can help."""


class BadGatewayError(PrunaError):
    """502 Bad Gateway: An upstream gateway failed. Retrying can help."""


class ServiceUnavailableError(PrunaError):
    """503 Service Unavailable: The service is temporarily unavailable. Retrying can help."""


class GatewayTimeoutError(PrunaError):
    """504 Gateway Timeout: The request timed out, notably in synchronous (Try-Sync) mode. Retrying can help."""


ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    410: ContentExpiredError,
    413: FileTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}
DEFAULT_ERROR: type[APIStatusError] = PrunaError
