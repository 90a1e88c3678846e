"""Typed clients for image-generation APIs, generated from YAML specs.

Providers: BlackForestLabs / AsyncBlackForestLabs (bfl), Fal / AsyncFal (fal), OpenAIImages / AsyncOpenAIImages (openai), Pruna / AsyncPruna (pruna), Replicate / AsyncReplicate (replicate), Segmind / AsyncSegmind (segmind), StabilityAI / AsyncStabilityAI (stability).
Names are imported on first use, so `import imagegen_typed` stays cheap however many models there are.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

_EXPORTS: dict[str, str] = {
    "APIConnectionError": "imagegen_typed._runtime",
    "APIError": "imagegen_typed._runtime",
    "APIStatusError": "imagegen_typed._runtime",
    "APITimeoutError": "imagegen_typed._runtime",
    "AcceptChoice": "imagegen_typed._runtime",
    "AsyncBlackForestLabs": "imagegen_typed.bfl",
    "AsyncClient": "imagegen_typed._runtime",
    "AsyncDirectSurface": "imagegen_typed._runtime",
    "AsyncFal": "imagegen_typed.fal",
    "AsyncOpenAIImages": "imagegen_typed.openai",
    "AsyncPredictionResult": "imagegen_typed._runtime",
    "AsyncPredictionsSurface": "imagegen_typed._runtime",
    "AsyncPruna": "imagegen_typed.pruna",
    "AsyncReplicate": "imagegen_typed.replicate",
    "AsyncSegmind": "imagegen_typed.segmind",
    "AsyncStabilityAI": "imagegen_typed.stability",
    "BlackForestLabs": "imagegen_typed.bfl",
    "BoundAPI": "imagegen_typed._runtime",
    "CallOptions": "imagegen_typed._runtime",
    "Condition": "imagegen_typed._runtime",
    "ContentFilteredError": "imagegen_typed._runtime",
    "DirectInfo": "imagegen_typed._runtime",
    "DirectOptions": "imagegen_typed._runtime",
    "EndpointInfo": "imagegen_typed._runtime",
    "Fal": "imagegen_typed.fal",
    "FileInput": "imagegen_typed._runtime",
    "FilesInfo": "imagegen_typed._runtime",
    "GenerationResult": "imagegen_typed._runtime",
    "ImagegenError": "imagegen_typed._runtime",
    "InvalidParameterError": "imagegen_typed._runtime",
    "MediaOutput": "imagegen_typed._runtime",
    "MissingAPIKeyError": "imagegen_typed._runtime",
    "NOT_GIVEN": "imagegen_typed._runtime",
    "NotGiven": "imagegen_typed._runtime",
    "OpenAIImages": "imagegen_typed.openai",
    "OutputField": "imagegen_typed._runtime",
    "ParamInfo": "imagegen_typed._runtime",
    "Prediction": "imagegen_typed._runtime",
    "PredictionAbortedError": "imagegen_typed._runtime",
    "PredictionCanceledError": "imagegen_typed._runtime",
    "PredictionError": "imagegen_typed._runtime",
    "PredictionFailedError": "imagegen_typed._runtime",
    "PredictionOptions": "imagegen_typed._runtime",
    "PredictionResult": "imagegen_typed._runtime",
    "PredictionStatus": "imagegen_typed._runtime",
    "PredictionsInfo": "imagegen_typed._runtime",
    "ProviderInfo": "imagegen_typed._runtime",
    "Pruna": "imagegen_typed.pruna",
    "RateLimit": "imagegen_typed._runtime",
    "Replicate": "imagegen_typed.replicate",
    "RequestOptions": "imagegen_typed._runtime",
    "ResponseParseError": "imagegen_typed._runtime",
    "Segmind": "imagegen_typed.segmind",
    "StabilityAI": "imagegen_typed.stability",
    "SubmitOptions": "imagegen_typed._runtime",
    "SyncClient": "imagegen_typed._runtime",
    "SyncDirectSurface": "imagegen_typed._runtime",
    "SyncPredictionsSurface": "imagegen_typed._runtime",
    "UnknownPredictionStatusError": "imagegen_typed._runtime",
    "UnsupportedOperationError": "imagegen_typed._runtime",
    "UploadedFile": "imagegen_typed._runtime",
    "WaitOptions": "imagegen_typed._runtime",
    "WaitTimeoutError": "imagegen_typed._runtime",
    "Webhook": "imagegen_typed._runtime",
    "WebhookVerificationError": "imagegen_typed._runtime",
}

__all__ = [
    "__version__",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AcceptChoice",
    "AsyncBlackForestLabs",
    "AsyncClient",
    "AsyncDirectSurface",
    "AsyncFal",
    "AsyncOpenAIImages",
    "AsyncPredictionResult",
    "AsyncPredictionsSurface",
    "AsyncPruna",
    "AsyncReplicate",
    "AsyncSegmind",
    "AsyncStabilityAI",
    "BlackForestLabs",
    "BoundAPI",
    "CallOptions",
    "Condition",
    "ContentFilteredError",
    "DirectInfo",
    "DirectOptions",
    "EndpointInfo",
    "Fal",
    "FileInput",
    "FilesInfo",
    "GenerationResult",
    "ImagegenError",
    "InvalidParameterError",
    "MediaOutput",
    "MissingAPIKeyError",
    "NOT_GIVEN",
    "NotGiven",
    "OpenAIImages",
    "OutputField",
    "ParamInfo",
    "Prediction",
    "PredictionAbortedError",
    "PredictionCanceledError",
    "PredictionError",
    "PredictionFailedError",
    "PredictionOptions",
    "PredictionResult",
    "PredictionStatus",
    "PredictionsInfo",
    "ProviderInfo",
    "Pruna",
    "RateLimit",
    "Replicate",
    "RequestOptions",
    "ResponseParseError",
    "Segmind",
    "StabilityAI",
    "SubmitOptions",
    "SyncClient",
    "SyncDirectSurface",
    "SyncPredictionsSurface",
    "UnknownPredictionStatusError",
    "UnsupportedOperationError",
    "UploadedFile",
    "WaitOptions",
    "WaitTimeoutError",
    "Webhook",
    "WebhookVerificationError",
]

if TYPE_CHECKING:
    from imagegen_typed._runtime import NOT_GIVEN as NOT_GIVEN
    from imagegen_typed._runtime import AcceptChoice as AcceptChoice
    from imagegen_typed._runtime import APIConnectionError as APIConnectionError
    from imagegen_typed._runtime import APIError as APIError
    from imagegen_typed._runtime import APIStatusError as APIStatusError
    from imagegen_typed._runtime import APITimeoutError as APITimeoutError
    from imagegen_typed._runtime import AsyncClient as AsyncClient
    from imagegen_typed._runtime import AsyncDirectSurface as AsyncDirectSurface
    from imagegen_typed._runtime import AsyncPredictionResult as AsyncPredictionResult
    from imagegen_typed._runtime import AsyncPredictionsSurface as AsyncPredictionsSurface
    from imagegen_typed._runtime import BoundAPI as BoundAPI
    from imagegen_typed._runtime import CallOptions as CallOptions
    from imagegen_typed._runtime import Condition as Condition
    from imagegen_typed._runtime import ContentFilteredError as ContentFilteredError
    from imagegen_typed._runtime import DirectInfo as DirectInfo
    from imagegen_typed._runtime import DirectOptions as DirectOptions
    from imagegen_typed._runtime import EndpointInfo as EndpointInfo
    from imagegen_typed._runtime import FileInput as FileInput
    from imagegen_typed._runtime import FilesInfo as FilesInfo
    from imagegen_typed._runtime import GenerationResult as GenerationResult
    from imagegen_typed._runtime import ImagegenError as ImagegenError
    from imagegen_typed._runtime import InvalidParameterError as InvalidParameterError
    from imagegen_typed._runtime import MediaOutput as MediaOutput
    from imagegen_typed._runtime import MissingAPIKeyError as MissingAPIKeyError
    from imagegen_typed._runtime import NotGiven as NotGiven
    from imagegen_typed._runtime import OutputField as OutputField
    from imagegen_typed._runtime import ParamInfo as ParamInfo
    from imagegen_typed._runtime import Prediction as Prediction
    from imagegen_typed._runtime import PredictionAbortedError as PredictionAbortedError
    from imagegen_typed._runtime import PredictionCanceledError as PredictionCanceledError
    from imagegen_typed._runtime import PredictionError as PredictionError
    from imagegen_typed._runtime import PredictionFailedError as PredictionFailedError
    from imagegen_typed._runtime import PredictionOptions as PredictionOptions
    from imagegen_typed._runtime import PredictionResult as PredictionResult
    from imagegen_typed._runtime import PredictionsInfo as PredictionsInfo
    from imagegen_typed._runtime import PredictionStatus as PredictionStatus
    from imagegen_typed._runtime import ProviderInfo as ProviderInfo
    from imagegen_typed._runtime import RateLimit as RateLimit
    from imagegen_typed._runtime import RequestOptions as RequestOptions
    from imagegen_typed._runtime import ResponseParseError as ResponseParseError
    from imagegen_typed._runtime import SubmitOptions as SubmitOptions
    from imagegen_typed._runtime import SyncClient as SyncClient
    from imagegen_typed._runtime import SyncDirectSurface as SyncDirectSurface
    from imagegen_typed._runtime import SyncPredictionsSurface as SyncPredictionsSurface
    from imagegen_typed._runtime import UnknownPredictionStatusError as UnknownPredictionStatusError
    from imagegen_typed._runtime import UnsupportedOperationError as UnsupportedOperationError
    from imagegen_typed._runtime import UploadedFile as UploadedFile
    from imagegen_typed._runtime import WaitOptions as WaitOptions
    from imagegen_typed._runtime import WaitTimeoutError as WaitTimeoutError
    from imagegen_typed._runtime import Webhook as Webhook
    from imagegen_typed._runtime import WebhookVerificationError as WebhookVerificationError
    from imagegen_typed.bfl import AsyncBlackForestLabs as AsyncBlackForestLabs
    from imagegen_typed.bfl import BlackForestLabs as BlackForestLabs
    from imagegen_typed.fal import AsyncFal as AsyncFal
    from imagegen_typed.fal import Fal as Fal
    from imagegen_typed.openai import AsyncOpenAIImages as AsyncOpenAIImages
    from imagegen_typed.openai import OpenAIImages as OpenAIImages
    from imagegen_typed.pruna import AsyncPruna as AsyncPruna
    from imagegen_typed.pruna import Pruna as Pruna
    from imagegen_typed.replicate import AsyncReplicate as AsyncReplicate
    from imagegen_typed.replicate import Replicate as Replicate
    from imagegen_typed.segmind import AsyncSegmind as AsyncSegmind
    from imagegen_typed.segmind import Segmind as Segmind
    from imagegen_typed.stability import AsyncStabilityAI as AsyncStabilityAI
    from imagegen_typed.stability import StabilityAI as StabilityAI


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'imagegen_typed' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
