"""The hand-written runtime of the generated clients: HTTP, retries, polling, validation, errors.

Copied verbatim into the generated package as `imagegen_typed/_runtime/`; depends only on the standard library,
httpx and (once a typed call validates its arguments) pydantic.

Names load on first use, so a client module pays only for the pieces its provider needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS: dict[str, str] = {
    "AcceptChoice": "endpoints",
    "APIConnectionError": "errors",
    "APIError": "errors",
    "APIStatusError": "errors",
    "APITimeoutError": "errors",
    "AsyncClient": "client_async",
    "AsyncPredictionResult": "results",
    "AsyncDirectSurface": "protocols.direct.client_async",
    "AsyncPredictionsSurface": "protocols.predictions.client_async",
    "BoundAPI": "client_base",
    "ContentFilteredError": "errors",
    "DirectInfo": "endpoints",
    "Condition": "endpoints",
    "EndpointInfo": "endpoints",
    "FileInput": "options",
    "FilesInfo": "endpoints",
    "GenerationResult": "results",
    "ImagegenError": "errors",
    "InvalidParameterError": "errors",
    "MediaOutput": "results",
    "MissingAPIKeyError": "errors",
    "CallOptions": "options",
    "DirectOptions": "options",
    "PredictionOptions": "options",
    "RequestOptions": "options",
    "SubmitOptions": "options",
    "WaitOptions": "options",
    "Webhook": "options",
    "NOT_GIVEN": "options",
    "NotGiven": "options",
    "OutputField": "endpoints",
    "ParamInfo": "endpoints",
    "Prediction": "results",
    "PredictionAbortedError": "errors",
    "PredictionCanceledError": "errors",
    "PredictionError": "errors",
    "PredictionFailedError": "errors",
    "PredictionResult": "results",
    "PredictionsInfo": "endpoints",
    "PredictionStatus": "results",
    "ProviderInfo": "endpoints",
    "RateLimit": "endpoints",
    "ResponseParseError": "errors",
    "SyncDirectSurface": "protocols.direct.client_sync",
    "SyncPredictionsSurface": "protocols.predictions.client_sync",
    "SyncClient": "client_sync",
    "UnknownPredictionStatusError": "errors",
    "UnsupportedOperationError": "errors",
    "UploadedFile": "results",
    "WaitTimeoutError": "errors",
    "WebhookVerificationError": "webhooks",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .client_async import AsyncClient as AsyncClient
    from .client_base import BoundAPI as BoundAPI
    from .client_sync import SyncClient as SyncClient
    from .endpoints import AcceptChoice as AcceptChoice
    from .endpoints import Condition as Condition
    from .endpoints import DirectInfo as DirectInfo
    from .endpoints import EndpointInfo as EndpointInfo
    from .endpoints import FilesInfo as FilesInfo
    from .endpoints import OutputField as OutputField
    from .endpoints import ParamInfo as ParamInfo
    from .endpoints import PredictionsInfo as PredictionsInfo
    from .endpoints import ProviderInfo as ProviderInfo
    from .endpoints import RateLimit as RateLimit
    from .errors import APIConnectionError as APIConnectionError
    from .errors import APIError as APIError
    from .errors import APIStatusError as APIStatusError
    from .errors import APITimeoutError as APITimeoutError
    from .errors import ContentFilteredError as ContentFilteredError
    from .errors import ImagegenError as ImagegenError
    from .errors import InvalidParameterError as InvalidParameterError
    from .errors import MissingAPIKeyError as MissingAPIKeyError
    from .errors import PredictionAbortedError as PredictionAbortedError
    from .errors import PredictionCanceledError as PredictionCanceledError
    from .errors import PredictionError as PredictionError
    from .errors import PredictionFailedError as PredictionFailedError
    from .errors import ResponseParseError as ResponseParseError
    from .errors import UnknownPredictionStatusError as UnknownPredictionStatusError
    from .errors import UnsupportedOperationError as UnsupportedOperationError
    from .errors import WaitTimeoutError as WaitTimeoutError
    from .options import NOT_GIVEN as NOT_GIVEN
    from .options import CallOptions as CallOptions
    from .options import DirectOptions as DirectOptions
    from .options import FileInput as FileInput
    from .options import NotGiven as NotGiven
    from .options import PredictionOptions as PredictionOptions
    from .options import RequestOptions as RequestOptions
    from .options import SubmitOptions as SubmitOptions
    from .options import WaitOptions as WaitOptions
    from .options import Webhook as Webhook
    from .protocols.direct.client_async import AsyncDirectSurface as AsyncDirectSurface
    from .protocols.direct.client_sync import SyncDirectSurface as SyncDirectSurface
    from .protocols.predictions.client_async import AsyncPredictionsSurface as AsyncPredictionsSurface
    from .protocols.predictions.client_sync import SyncPredictionsSurface as SyncPredictionsSurface
    from .results import AsyncPredictionResult as AsyncPredictionResult
    from .results import GenerationResult as GenerationResult
    from .results import MediaOutput as MediaOutput
    from .results import Prediction as Prediction
    from .results import PredictionResult as PredictionResult
    from .results import PredictionStatus as PredictionStatus
    from .results import UploadedFile as UploadedFile
    from .webhooks import WebhookVerificationError as WebhookVerificationError


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
