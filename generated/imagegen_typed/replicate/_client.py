"""Replicate clients: Replicate (sync) and AsyncReplicate (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Each model's methods are in the model's own module (_calls/<module>.py), loaded the first time one is used, so
importing a client stays cheap however many models it has; type checkers see them through the bases below.
Generated from the Replicate specs; do not edit.
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
    from ._calls import prunaai_p_image as _calls_prunaai_p_image
    from ._calls import prunaai_p_image_edit as _calls_prunaai_p_image_edit

    class _ReplicateMethods(_calls_prunaai_p_image.Replicate, _calls_prunaai_p_image_edit.Replicate):
        pass

    class _AsyncReplicateMethods(_calls_prunaai_p_image.AsyncReplicate, _calls_prunaai_p_image_edit.AsyncReplicate):
        pass
else:
    _ReplicateMethods = ModelMethods
    _AsyncReplicateMethods = ModelMethods

# http API: method -> the module of _calls/ that defines it
_API_HTTP_METHODS = {
    "p_image": "prunaai_p_image",
    "submit_p_image": "prunaai_p_image",
    "p_image_edit": "prunaai_p_image_edit",
    "submit_p_image_edit": "prunaai_p_image_edit",
}


class Replicate(_ReplicateMethods, SyncClient, SyncPredictionsSurface):
    """Synchronous Replicate client.

    The API key comes from the `api_key` argument or the REPLICATE_API_TOKEN environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_HTTP
    _model_methods = _API_HTTP_METHODS


class AsyncReplicate(_AsyncReplicateMethods, AsyncClient, AsyncPredictionsSurface):
    """Asynchronous Replicate client.

    The API key comes from the `api_key` argument or the REPLICATE_API_TOKEN environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_HTTP
    _model_methods = _API_HTTP_METHODS
