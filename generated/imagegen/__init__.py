"""Typed clients for image-generation APIs, generated from YAML specs.

Providers: Pruna / AsyncPruna (pruna), Replicate / AsyncReplicate (replicate), Segmind / AsyncSegmind (segmind).
Names are imported on first use, so `import imagegen` stays cheap however many models there are.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

_EXPORTS: dict[str, str] = {
    "APIConnectionError": "imagegen._runtime",
    "APIError": "imagegen._runtime",
    "APIStatusError": "imagegen._runtime",
    "APITimeoutError": "imagegen._runtime",
    "AsyncClient": "imagegen._runtime",
    "AsyncDirectSurface": "imagegen._runtime",
    "AsyncPredictionResult": "imagegen._runtime",
    "AsyncPredictionsSurface": "imagegen._runtime",
    "AsyncPruna": "imagegen.pruna",
    "AsyncReplicate": "imagegen.replicate",
    "AsyncSegmind": "imagegen.segmind",
    "BoundAPI": "imagegen._runtime",
    "Condition": "imagegen._runtime",
    "DirectInfo": "imagegen._runtime",
    "EndpointInfo": "imagegen._runtime",
    "FileInput": "imagegen._runtime",
    "FilesInfo": "imagegen._runtime",
    "GenerationResult": "imagegen._runtime",
    "ImagegenError": "imagegen._runtime",
    "InvalidParameterError": "imagegen._runtime",
    "MissingAPIKeyError": "imagegen._runtime",
    "NOT_GIVEN": "imagegen._runtime",
    "NotGiven": "imagegen._runtime",
    "ParamInfo": "imagegen._runtime",
    "Prediction": "imagegen._runtime",
    "PredictionAbortedError": "imagegen._runtime",
    "PredictionCanceledError": "imagegen._runtime",
    "PredictionError": "imagegen._runtime",
    "PredictionFailedError": "imagegen._runtime",
    "PredictionResult": "imagegen._runtime",
    "PredictionStatus": "imagegen._runtime",
    "PredictionsInfo": "imagegen._runtime",
    "ProviderInfo": "imagegen._runtime",
    "Pruna": "imagegen.pruna",
    "RateLimit": "imagegen._runtime",
    "Replicate": "imagegen.replicate",
    "ResponseParseError": "imagegen._runtime",
    "Segmind": "imagegen.segmind",
    "SyncClient": "imagegen._runtime",
    "SyncDirectSurface": "imagegen._runtime",
    "SyncPredictionsSurface": "imagegen._runtime",
    "UnknownPredictionStatusError": "imagegen._runtime",
    "UnsupportedOperationError": "imagegen._runtime",
    "UploadedFile": "imagegen._runtime",
    "WaitTimeoutError": "imagegen._runtime",
}

__all__ = [
    "__version__",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncDirectSurface",
    "AsyncPredictionResult",
    "AsyncPredictionsSurface",
    "AsyncPruna",
    "AsyncReplicate",
    "AsyncSegmind",
    "BoundAPI",
    "Condition",
    "DirectInfo",
    "EndpointInfo",
    "FileInput",
    "FilesInfo",
    "GenerationResult",
    "ImagegenError",
    "InvalidParameterError",
    "MissingAPIKeyError",
    "NOT_GIVEN",
    "NotGiven",
    "ParamInfo",
    "Prediction",
    "PredictionAbortedError",
    "PredictionCanceledError",
    "PredictionError",
    "PredictionFailedError",
    "PredictionResult",
    "PredictionStatus",
    "PredictionsInfo",
    "ProviderInfo",
    "Pruna",
    "RateLimit",
    "Replicate",
    "ResponseParseError",
    "Segmind",
    "SyncClient",
    "SyncDirectSurface",
    "SyncPredictionsSurface",
    "UnknownPredictionStatusError",
    "UnsupportedOperationError",
    "UploadedFile",
    "WaitTimeoutError",
]

if TYPE_CHECKING:
    from imagegen._runtime import NOT_GIVEN as NOT_GIVEN
    from imagegen._runtime import APIConnectionError as APIConnectionError
    from imagegen._runtime import APIError as APIError
    from imagegen._runtime import APIStatusError as APIStatusError
    from imagegen._runtime import APITimeoutError as APITimeoutError
    from imagegen._runtime import AsyncClient as AsyncClient
    from imagegen._runtime import AsyncDirectSurface as AsyncDirectSurface
    from imagegen._runtime import AsyncPredictionResult as AsyncPredictionResult
    from imagegen._runtime import AsyncPredictionsSurface as AsyncPredictionsSurface
    from imagegen._runtime import BoundAPI as BoundAPI
    from imagegen._runtime import Condition as Condition
    from imagegen._runtime import DirectInfo as DirectInfo
    from imagegen._runtime import EndpointInfo as EndpointInfo
    from imagegen._runtime import FileInput as FileInput
    from imagegen._runtime import FilesInfo as FilesInfo
    from imagegen._runtime import GenerationResult as GenerationResult
    from imagegen._runtime import ImagegenError as ImagegenError
    from imagegen._runtime import InvalidParameterError as InvalidParameterError
    from imagegen._runtime import MissingAPIKeyError as MissingAPIKeyError
    from imagegen._runtime import NotGiven as NotGiven
    from imagegen._runtime import ParamInfo as ParamInfo
    from imagegen._runtime import Prediction as Prediction
    from imagegen._runtime import PredictionAbortedError as PredictionAbortedError
    from imagegen._runtime import PredictionCanceledError as PredictionCanceledError
    from imagegen._runtime import PredictionError as PredictionError
    from imagegen._runtime import PredictionFailedError as PredictionFailedError
    from imagegen._runtime import PredictionResult as PredictionResult
    from imagegen._runtime import PredictionsInfo as PredictionsInfo
    from imagegen._runtime import PredictionStatus as PredictionStatus
    from imagegen._runtime import ProviderInfo as ProviderInfo
    from imagegen._runtime import RateLimit as RateLimit
    from imagegen._runtime import ResponseParseError as ResponseParseError
    from imagegen._runtime import SyncClient as SyncClient
    from imagegen._runtime import SyncDirectSurface as SyncDirectSurface
    from imagegen._runtime import SyncPredictionsSurface as SyncPredictionsSurface
    from imagegen._runtime import UnknownPredictionStatusError as UnknownPredictionStatusError
    from imagegen._runtime import UnsupportedOperationError as UnsupportedOperationError
    from imagegen._runtime import UploadedFile as UploadedFile
    from imagegen._runtime import WaitTimeoutError as WaitTimeoutError
    from imagegen.pruna import AsyncPruna as AsyncPruna
    from imagegen.pruna import Pruna as Pruna
    from imagegen.replicate import AsyncReplicate as AsyncReplicate
    from imagegen.replicate import Replicate as Replicate
    from imagegen.segmind import AsyncSegmind as AsyncSegmind
    from imagegen.segmind import Segmind as Segmind


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'imagegen' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
