"""fal clients: Fal (sync) and AsyncFal (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Each model's methods are in the model's own module (_calls/<module>.py), loaded the first time one is used, so
importing a client stays cheap however many models it has; type checkers see them through the bases below.
Generated from the fal specs; do not edit.
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
    from ._calls import fal_ai_flux_pro_kontext as _calls_fal_ai_flux_pro_kontext
    from ._calls import fal_ai_flux_schnell as _calls_fal_ai_flux_schnell

    class _FalMethods(_calls_fal_ai_flux_pro_kontext.Fal, _calls_fal_ai_flux_schnell.Fal):
        pass

    class _AsyncFalMethods(_calls_fal_ai_flux_pro_kontext.AsyncFal, _calls_fal_ai_flux_schnell.AsyncFal):
        pass
else:
    _FalMethods = ModelMethods
    _AsyncFalMethods = ModelMethods

# queue API: method -> the module of _calls/ that defines it
_API_QUEUE_METHODS = {
    "flux_pro_kontext": "fal_ai_flux_pro_kontext",
    "submit_flux_pro_kontext": "fal_ai_flux_pro_kontext",
    "flux_schnell": "fal_ai_flux_schnell",
    "submit_flux_schnell": "fal_ai_flux_schnell",
}


class Fal(_FalMethods, SyncClient, SyncPredictionsSurface):
    """Synchronous fal client.

    The API key comes from the `api_key` argument or the FAL_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_QUEUE
    _model_methods = _API_QUEUE_METHODS


class AsyncFal(_AsyncFalMethods, AsyncClient, AsyncPredictionsSurface):
    """Asynchronous fal client.

    The API key comes from the `api_key` argument or the FAL_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_QUEUE
    _model_methods = _API_QUEUE_METHODS
