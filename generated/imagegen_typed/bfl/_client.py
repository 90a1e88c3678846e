"""Black Forest Labs clients: BlackForestLabs (sync) and AsyncBlackForestLabs (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Each model's methods are in the model's own module (_calls/<module>.py), loaded the first time one is used, so
importing a client stays cheap however many models it has; type checkers see them through the bases below.
Generated from the Black Forest Labs specs; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.client_async import AsyncClient
from .._runtime.client_base import ModelMethods
from .._runtime.client_sync import SyncClient
from .._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from . import _endpoints as _ep
from .errors import DEFAULT_ERROR, ERRORS

if TYPE_CHECKING:  # every model's methods, as the classes of its module (64 to a class: type checkers stay quick)
    from ._calls import flux_kontext_pro as _calls_flux_kontext_pro
    from ._calls import flux_pro_1_1 as _calls_flux_pro_1_1
    from ._calls import flux_pro_1_1_ultra as _calls_flux_pro_1_1_ultra

    class _BlackForestLabsMethods(
        _calls_flux_kontext_pro.BlackForestLabs,
        _calls_flux_pro_1_1.BlackForestLabs,
        _calls_flux_pro_1_1_ultra.BlackForestLabs,
    ):
        pass

    class _AsyncBlackForestLabsMethods(
        _calls_flux_kontext_pro.AsyncBlackForestLabs,
        _calls_flux_pro_1_1.AsyncBlackForestLabs,
        _calls_flux_pro_1_1_ultra.AsyncBlackForestLabs,
    ):
        pass
else:
    _BlackForestLabsMethods = ModelMethods
    _AsyncBlackForestLabsMethods = ModelMethods

# flux API: method -> the module of _calls/ that defines it
_API_FLUX_METHODS = {
    "flux_kontext_pro": "flux_kontext_pro",
    "submit_flux_kontext_pro": "flux_kontext_pro",
    "flux_pro_1_1": "flux_pro_1_1",
    "submit_flux_pro_1_1": "flux_pro_1_1",
    "flux_pro_1_1_ultra": "flux_pro_1_1_ultra",
    "submit_flux_pro_1_1_ultra": "flux_pro_1_1_ultra",
}


class BlackForestLabs(_BlackForestLabsMethods, SyncClient, SyncPredictionsSurface):
    """Synchronous Black Forest Labs client.

    The API key comes from the `api_key` argument or the BFL_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_FLUX
    _model_methods = _API_FLUX_METHODS


class AsyncBlackForestLabs(_AsyncBlackForestLabsMethods, AsyncClient, AsyncPredictionsSurface):
    """Asynchronous Black Forest Labs client.

    The API key comes from the `api_key` argument or the BFL_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_FLUX
    _model_methods = _API_FLUX_METHODS
