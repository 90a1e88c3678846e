"""Replicate HTTP errors: one class per documented status.

Generated from the `errors:` list of specs/providers/replicate.yaml; do not edit.
A status that the spec does not document raises ReplicateError itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._runtime.errors import APIStatusError


class ReplicateError(APIStatusError):
    """An HTTP error status answered by Replicate."""


class BadRequestError(ReplicateError):
    """400 Bad Request: The request is malformed. Retrying does not help."""


class AuthenticationError(ReplicateError):
    """401 Unauthorized: Missing or invalid API token. Retrying does not help."""


class PaymentRequiredError(ReplicateError):
    """402 Payment Required: The account has no credit left. Retrying does not help."""


class NotFoundError(ReplicateError):
    """404 Not Found: No such model, prediction or file. Retrying does not help."""


class FileTooLargeError(ReplicateError):
    """413 Payload Too Large: The uploaded file is over 100 MB. Retrying does not help."""


class UnprocessableEntityError(ReplicateError):
    """422 Unprocessable Entity: The input failed the model's schema (invalid_fields lists each field). Retrying does not help."""


class RateLimitError(ReplicateError):
    """429 Too Many Requests: Rate limit exceeded (600 creates per minute, 3000 per minute for other endpoints, less at low credit). Retrying can help."""


class InternalServerError(ReplicateError):
    """500 Internal Server Error: An unexpected server-side error occurred. Retrying can help."""


class BadGatewayError(ReplicateError):
    """502 Bad Gateway: An upstream gateway failed. Retrying can help."""


class ServiceUnavailableError(ReplicateError):
    """503 Service Unavailable: The service is temporarily unavailable. Retrying can help."""


ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    404: NotFoundError,
    413: FileTooLargeError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
}
DEFAULT_ERROR: type[APIStatusError] = ReplicateError
