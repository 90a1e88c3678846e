"""OpenAI Images: OpenAIImages and AsyncOpenAIImages, one typed method per model.

Reference (every model and parameter): `python -m imagegen_typed docs openai`, the page
imagegen_typed/docs/openai.md of the installed package. The allowed values of each enum parameter are
importable from `.types`. Generated from the specs; do not edit.
"""

from ._client import AsyncOpenAIImages, OpenAIImages
from .errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenAIImagesError,
    PermissionDeniedError,
    RateLimitError,
    ServiceUnavailableError,
    UnprocessableEntityError,
)

__all__ = [
    "AsyncOpenAIImages",
    "OpenAIImages",
    "OpenAIImagesError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "ServiceUnavailableError",
]
