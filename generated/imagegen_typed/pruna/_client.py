"""Pruna P-API clients: Pruna (sync) and AsyncPruna (async).

One keyword-only method per model spec; arguments are checked against the spec before any request is sent.
Each model's methods are in the model's own module (_calls/<module>.py), loaded the first time one is used, so
importing a client stays cheap however many models it has; type checkers see them through the bases below.
Generated from the Pruna P-API specs; do not edit.
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
    from ._calls import flux_2_klein_4b as _calls_flux_2_klein_4b
    from ._calls import flux_dev as _calls_flux_dev
    from ._calls import flux_dev_lora as _calls_flux_dev_lora
    from ._calls import p_image as _calls_p_image
    from ._calls import p_image_edit as _calls_p_image_edit
    from ._calls import p_image_edit_lora as _calls_p_image_edit_lora
    from ._calls import p_image_lora as _calls_p_image_lora
    from ._calls import p_image_try_on as _calls_p_image_try_on
    from ._calls import p_image_upscale as _calls_p_image_upscale
    from ._calls import p_video as _calls_p_video
    from ._calls import p_video_animate as _calls_p_video_animate
    from ._calls import p_video_avatar as _calls_p_video_avatar
    from ._calls import p_video_replace as _calls_p_video_replace
    from ._calls import qwen_image as _calls_qwen_image
    from ._calls import qwen_image_edit_plus as _calls_qwen_image_edit_plus
    from ._calls import qwen_image_fast as _calls_qwen_image_fast
    from ._calls import vace as _calls_vace
    from ._calls import wan_i2v as _calls_wan_i2v
    from ._calls import wan_image_small as _calls_wan_image_small
    from ._calls import wan_t2v as _calls_wan_t2v
    from ._calls import z_image_turbo as _calls_z_image_turbo
    from ._calls import z_image_turbo_lora as _calls_z_image_turbo_lora

    class _PrunaMethods(
        _calls_flux_2_klein_4b.Pruna,
        _calls_flux_dev.Pruna,
        _calls_flux_dev_lora.Pruna,
        _calls_p_image.Pruna,
        _calls_p_image_edit.Pruna,
        _calls_p_image_edit_lora.Pruna,
        _calls_p_image_lora.Pruna,
        _calls_p_image_try_on.Pruna,
        _calls_p_image_upscale.Pruna,
        _calls_p_video.Pruna,
        _calls_p_video_animate.Pruna,
        _calls_p_video_avatar.Pruna,
        _calls_p_video_replace.Pruna,
        _calls_qwen_image.Pruna,
        _calls_qwen_image_edit_plus.Pruna,
        _calls_qwen_image_fast.Pruna,
        _calls_vace.Pruna,
        _calls_wan_i2v.Pruna,
        _calls_wan_image_small.Pruna,
        _calls_wan_t2v.Pruna,
        _calls_z_image_turbo.Pruna,
        _calls_z_image_turbo_lora.Pruna,
    ):
        pass

    class _AsyncPrunaMethods(
        _calls_flux_2_klein_4b.AsyncPruna,
        _calls_flux_dev.AsyncPruna,
        _calls_flux_dev_lora.AsyncPruna,
        _calls_p_image.AsyncPruna,
        _calls_p_image_edit.AsyncPruna,
        _calls_p_image_edit_lora.AsyncPruna,
        _calls_p_image_lora.AsyncPruna,
        _calls_p_image_try_on.AsyncPruna,
        _calls_p_image_upscale.AsyncPruna,
        _calls_p_video.AsyncPruna,
        _calls_p_video_animate.AsyncPruna,
        _calls_p_video_avatar.AsyncPruna,
        _calls_p_video_replace.AsyncPruna,
        _calls_qwen_image.AsyncPruna,
        _calls_qwen_image_edit_plus.AsyncPruna,
        _calls_qwen_image_fast.AsyncPruna,
        _calls_vace.AsyncPruna,
        _calls_wan_i2v.AsyncPruna,
        _calls_wan_image_small.AsyncPruna,
        _calls_wan_t2v.AsyncPruna,
        _calls_z_image_turbo.AsyncPruna,
        _calls_z_image_turbo_lora.AsyncPruna,
    ):
        pass
else:
    _PrunaMethods = ModelMethods
    _AsyncPrunaMethods = ModelMethods

# p_api API: method -> the module of _calls/ that defines it
_API_P_API_METHODS = {
    "flux_2_klein_4b": "flux_2_klein_4b",
    "flux_dev": "flux_dev",
    "flux_dev_lora": "flux_dev_lora",
    "p_image": "p_image",
    "p_image_edit": "p_image_edit",
    "p_image_edit_lora": "p_image_edit_lora",
    "p_image_lora": "p_image_lora",
    "p_image_try_on": "p_image_try_on",
    "p_image_upscale": "p_image_upscale",
    "p_video": "p_video",
    "p_video_animate": "p_video_animate",
    "p_video_avatar": "p_video_avatar",
    "p_video_replace": "p_video_replace",
    "qwen_image": "qwen_image",
    "qwen_image_edit_plus": "qwen_image_edit_plus",
    "qwen_image_fast": "qwen_image_fast",
    "vace": "vace",
    "wan_i2v": "wan_i2v",
    "wan_image_small": "wan_image_small",
    "wan_t2v": "wan_t2v",
    "z_image_turbo": "z_image_turbo",
    "z_image_turbo_lora": "z_image_turbo_lora",
}


class Pruna(_PrunaMethods, SyncClient, SyncPredictionsSurface):
    """Synchronous Pruna P-API client.

    The API key comes from the `api_key` argument or the PRUNA_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_P_API
    _model_methods = _API_P_API_METHODS


class AsyncPruna(_AsyncPrunaMethods, AsyncClient, AsyncPredictionsSurface):
    """Asynchronous Pruna P-API client.

    The API key comes from the `api_key` argument or the PRUNA_API_KEY environment variable.
    """

    _provider = _ep.PROVIDER
    _errors = ERRORS
    _default_error = DEFAULT_ERROR
    _api = _ep.API_P_API
    _model_methods = _API_P_API_METHODS
