"""Stability AI clients: StabilityAI (sync) and AsyncStabilityAI (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Each model's methods are in the model's own module (_calls/<module>.py), loaded the first time one is used, so
importing a client stays cheap however many models it has; type checkers see them through the bases below.
Generated from the Stability AI specs; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.client_async import AsyncClient
from .._runtime.client_base import ModelMethods
from .._runtime.client_sync import SyncClient
from .._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from . import _endpoints as _ep
from .errors import DEFAULT_ERROR, ERRORS

if TYPE_CHECKING:  # every model's methods, as the classes of its module (64 to a class: type checkers stay quick)
    from ._calls import core as _calls_core
    from ._calls import ultra as _calls_ultra

    class _StabilityAIMethods(_calls_core.StabilityAI, _calls_ultra.StabilityAI):
        pass

    class _AsyncStabilityAIMethods(_calls_core.AsyncStabilityAI, _calls_ultra.AsyncStabilityAI):
        pass
else:
    _StabilityAIMethods = ModelMethods
    _AsyncStabilityAIMethods = ModelMethods

# v2beta API: method -> the module of _calls/ that defines it
_API_V2BETA_METHODS = {
    "core": "core",
    "ultra": "ultra",
}


class StabilityAI(_StabilityAIMethods, SyncClient, SyncDirectSurface):
    """Synchronous Stability AI client.

    The API key comes from the `api_key` argument or the STABILITY_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_V2BETA
    _model_methods = _API_V2BETA_METHODS


class AsyncStabilityAI(_AsyncStabilityAIMethods, AsyncClient, AsyncDirectSurface):
    """Asynchronous Stability AI client.

    The API key comes from the `api_key` argument or the STABILITY_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_V2BETA
    _model_methods = _API_V2BETA_METHODS
