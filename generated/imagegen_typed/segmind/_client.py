"""Segmind clients: Segmind (sync) and AsyncSegmind (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Models of the v1 API are methods of the client; those of the v2 API are under `client.v2`.
Each model's methods are in the model's own module (_calls/<module>.py), loaded the first time one is used, so
importing a client stays cheap however many models it has; type checkers see them through the bases below.
Generated from the Segmind specs; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime.client_async import AsyncClient
from .._runtime.client_base import BoundAPI, ModelMethods
from .._runtime.client_sync import SyncClient
from .._runtime.protocols.direct.client import AsyncDirectSurface, SyncDirectSurface
from .._runtime.protocols.predictions.client import AsyncPredictionsSurface, SyncPredictionsSurface
from . import _endpoints as _ep
from .errors import DEFAULT_ERROR, ERRORS

if TYPE_CHECKING:  # every model's methods, as the classes of its module (64 to a class: type checkers stay quick)
    from ._calls import imagen as _calls_imagen
    from ._calls import imagen_4_fast as _calls_imagen_4_fast
    from ._calls import p_image as _calls_p_image
    from ._calls import p_image_edit as _calls_p_image_edit

    class _SegmindMethods(
        _calls_imagen.Segmind, _calls_imagen_4_fast.Segmind, _calls_p_image.Segmind, _calls_p_image_edit.Segmind
    ):
        pass

    class _SegmindV2Methods(
        _calls_imagen.SegmindV2, _calls_imagen_4_fast.SegmindV2, _calls_p_image.SegmindV2, _calls_p_image_edit.SegmindV2
    ):
        pass

    class _AsyncSegmindMethods(
        _calls_imagen.AsyncSegmind,
        _calls_imagen_4_fast.AsyncSegmind,
        _calls_p_image.AsyncSegmind,
        _calls_p_image_edit.AsyncSegmind,
    ):
        pass

    class _AsyncSegmindV2Methods(
        _calls_imagen.AsyncSegmindV2,
        _calls_imagen_4_fast.AsyncSegmindV2,
        _calls_p_image.AsyncSegmindV2,
        _calls_p_image_edit.AsyncSegmindV2,
    ):
        pass
else:
    _SegmindMethods = ModelMethods
    _SegmindV2Methods = ModelMethods
    _AsyncSegmindMethods = ModelMethods
    _AsyncSegmindV2Methods = ModelMethods

# v1 API: method -> the module of _calls/ that defines it
_API_V1_METHODS = {
    "imagen": "imagen",
    "imagen_4_fast": "imagen_4_fast",
    "p_image": "p_image",
    "p_image_edit": "p_image_edit",
}

# v2 API: method -> the module of _calls/ that defines it
_API_V2_METHODS = {
    "imagen": "imagen",
    "imagen_4_fast": "imagen_4_fast",
    "p_image": "p_image",
    "p_image_edit": "p_image_edit",
}


class Segmind(_SegmindMethods, SyncClient, SyncDirectSurface):
    """Synchronous Segmind client (v1 API).

    The API key comes from the `api_key` argument or the SEGMIND_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_V1
    _model_methods = _API_V1_METHODS

    @cached_property
    def v2(self) -> SegmindV2:
        """The v2 API: Asynchronous API v2 (submit, then poll)."""
        return SegmindV2(self)


class SegmindV2(_SegmindV2Methods, BoundAPI, SyncPredictionsSurface):
    """The v2 API of Segmind, as `client.v2`: Asynchronous API v2 (submit, then poll)."""

    _api = _ep.API_V2
    _model_methods = _API_V2_METHODS


class AsyncSegmind(_AsyncSegmindMethods, AsyncClient, AsyncDirectSurface):
    """Asynchronous Segmind client (v1 API).

    The API key comes from the `api_key` argument or the SEGMIND_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_V1
    _model_methods = _API_V1_METHODS

    @cached_property
    def v2(self) -> AsyncSegmindV2:
        """The v2 API: Asynchronous API v2 (submit, then poll)."""
        return AsyncSegmindV2(self)


class AsyncSegmindV2(_AsyncSegmindV2Methods, BoundAPI, AsyncPredictionsSurface):
    """The v2 API of Segmind, as `client.v2`: Asynchronous API v2 (submit, then poll)."""

    _api = _ep.API_V2
    _model_methods = _API_V2_METHODS
