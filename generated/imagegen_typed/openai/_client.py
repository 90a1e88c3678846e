"""OpenAI Images clients: OpenAIImages (sync) and AsyncOpenAIImages (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Each model's methods are in the model's own module (_calls/<module>.py), loaded the first time one is used, so
importing a client stays cheap however many models it has; type checkers see them through the bases below.
Generated from the OpenAI Images specs; do not edit.
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
    from ._calls import dall_e_2 as _calls_dall_e_2
    from ._calls import dall_e_3 as _calls_dall_e_3
    from ._calls import gpt_image_1 as _calls_gpt_image_1
    from ._calls import gpt_image_1_edit as _calls_gpt_image_1_edit

    class _OpenAIImagesMethods(
        _calls_dall_e_2.OpenAIImages,
        _calls_dall_e_3.OpenAIImages,
        _calls_gpt_image_1.OpenAIImages,
        _calls_gpt_image_1_edit.OpenAIImages,
    ):
        pass

    class _AsyncOpenAIImagesMethods(
        _calls_dall_e_2.AsyncOpenAIImages,
        _calls_dall_e_3.AsyncOpenAIImages,
        _calls_gpt_image_1.AsyncOpenAIImages,
        _calls_gpt_image_1_edit.AsyncOpenAIImages,
    ):
        pass
else:
    _OpenAIImagesMethods = ModelMethods
    _AsyncOpenAIImagesMethods = ModelMethods

# images API: method -> the module of _calls/ that defines it
_API_IMAGES_METHODS = {
    "dall_e_2": "dall_e_2",
    "dall_e_3": "dall_e_3",
    "gpt_image_1": "gpt_image_1",
    "gpt_image_1_edit": "gpt_image_1_edit",
}


class OpenAIImages(_OpenAIImagesMethods, SyncClient, SyncDirectSurface):
    """Synchronous OpenAI Images client.

    The API key comes from the `api_key` argument or the OPENAI_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_IMAGES
    _model_methods = _API_IMAGES_METHODS


class AsyncOpenAIImages(_AsyncOpenAIImagesMethods, AsyncClient, AsyncDirectSurface):
    """Asynchronous OpenAI Images client.

    The API key comes from the `api_key` argument or the OPENAI_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_IMAGES
    _model_methods = _API_IMAGES_METHODS
