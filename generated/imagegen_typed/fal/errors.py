"""fal HTTP errors: one class per documented status.

Generated from the `errors:` list of specs/providers/fal.yaml; do not edit.
A status that the spec does not document raises FalError itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._runtime.errors import APIStatusError


class FalError(APIStatusError):
    """An HTTP error status answered by fal."""


class BadRequestError(FalError):
    """400 Bad Request: The request was malformed (bad_request), or a cancel came after the request completed (ALREADY_COMPLETED). Retrying does not help."""


class AuthenticationError(FalError):
    """401 Unauthorized: Missing or invalid key (Authorization Key <key>). Retrying does not help."""


class NotFoundError(FalError):
    """404 Not Found: No such endpoint or request. Retrying does not help."""


class UnprocessableEntityError(FalError):
    """422 Unprocessable Entity: The model refused the input (detail is a list of {loc, msg, type, url}). Retrying does not help."""


class RateLimitError(FalError):
    """429 Too Many Requests: Too many requests. Retrying can help."""


class InternalServerError(FalError):
    """500 Internal Server Error: An internal error or a runner server error (internal_error, runner_server_error). Retrying can help."""


class BadGatewayError(FalError):
    """502 Bad Gateway: The runner sent an incomplete response (runner_incomplete_response). Retrying can help."""


class ServiceUnavailableError(FalError):
    """503 Service Unavailable: No runner could be allocated or reached (runner_scheduling_failure, runner_connection_*, runner_disconnected). Retrying can help."""


class GatewayTimeoutError(FalError):
    """504 Gateway Timeout: The request or the runner's start timed out (request_timeout, startup_timeout). Retrying can help."""


ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    502: BadGatewayError,
    503: ServiceUnavailableError,
    504: GatewayTimeoutError,
}
DEFAULT_ERROR: type[APIStatusError] = FalError
