"""The hand-written runtime of the generated clients: HTTP, retries, polling, validation, errors.

Copied verbatim into the generated package as `imagegen/_runtime/`; depends only on the standard library,
httpx and (once a typed call validates its arguments) pydantic.
"""

from __future__ import annotations

from .client_base import AsyncClient, SyncClient
from .endpoints import Condition, EndpointInfo, FilesInfo, ParamInfo, PredictionsInfo, ProviderInfo, RateLimit
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ImagegenError,
    InvalidParameterError,
    MissingAPIKeyError,
    PredictionCanceledError,
    PredictionError,
    PredictionFailedError,
    ResponseParseError,
    UnknownPredictionStatusError,
    WaitTimeoutError,
)
from .options import NOT_GIVEN, FileInput, NotGiven
from .pruna import AsyncPrunaClient, PrunaClient
from .results import (
    AsyncPredictionResult,
    GenerationResult,
    Prediction,
    PredictionResult,
    PredictionStatus,
    UploadedFile,
)
from .segmind import AsyncSegmindClient, SegmindClient

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPredictionResult",
    "AsyncPrunaClient",
    "AsyncSegmindClient",
    "Condition",
    "EndpointInfo",
    "FileInput",
    "FilesInfo",
    "GenerationResult",
    "ImagegenError",
    "InvalidParameterError",
    "MissingAPIKeyError",
    "NotGiven",
    "ParamInfo",
    "Prediction",
    "PredictionCanceledError",
    "PredictionError",
    "PredictionFailedError",
    "PredictionResult",
    "PredictionStatus",
    "PredictionsInfo",
    "ProviderInfo",
    "PrunaClient",
    "RateLimit",
    "ResponseParseError",
    "SegmindClient",
    "SyncClient",
    "UnknownPredictionStatusError",
    "UploadedFile",
    "WaitTimeoutError",
]
