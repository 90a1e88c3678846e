"""OpenAI Images HTTP errors: one class per documented status.

Generated from the `errors:` list of specs/providers/openai.yaml; do not edit.
A status that the spec does not document raises OpenAIImagesError itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from .._runtime.errors import APIStatusError


class OpenAIImagesError(APIStatusError):
    """An HTTP error status answered by OpenAI Images."""


class BadRequestError(OpenAIImagesError):
    """400 Bad Request: The request is invalid (a parameter a model does not take, a value it does not allow) or the prompt was refused by the safety system (code content_policy_violation). Retrying does not help."""


class AuthenticationError(OpenAIImagesError):
    """401 Unauthorized: Missing, invalid or revoked API key, or the key belongs to no organization. Retrying does not help."""


class PermissionDeniedError(OpenAIImagesError):
    """403 Forbidden: The API is not available in the caller's country, region or territory, or the organization may not use the model. Retrying does not help."""


class NotFoundError(OpenAIImagesError):
    """404 Not Found: No such endpoint or model. Retrying does not help."""


class ConflictError(OpenAIImagesError):
    """409 Conflict: The resource was changed by another request. Retrying can help."""


class UnprocessableEntityError(OpenAIImagesError):
    """422 Unprocessable Entity: The request could not be processed. Retrying does not help."""


class RateLimitError(OpenAIImagesError):
    """429 Too Many Requests: Rate limit reached, or the quota is used up (code insufficient_quota; retrying does not help then). Retrying can help."""


class InternalServerError(OpenAIImagesError):
    """500 Internal Server Error: An error on OpenAI's servers while processing the request. Retrying can help."""


class ServiceUnavailableError(OpenAIImagesError):
    """503 Service Unavailable: The servers are overloaded (slow down and retry). Retrying can help."""


ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    500: InternalServerError,
    503: ServiceUnavailableError,
}
DEFAULT_ERROR: type[APIStatusError] = OpenAIImagesError
