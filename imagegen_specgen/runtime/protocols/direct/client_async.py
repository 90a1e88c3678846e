"""The `direct` protocol as an asynchronous client surface: one request per call, the answer is media bytes or
JSON. The async module is written by hand; scripts/unasync.py writes its sync twin from it.

A surface is either a client itself (its default API) or bound to a client as `client.<api name>`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ...endpoints import DirectInfo, EndpointInfo
from ...options import DirectOptions, RequestOptions, Unpack
from ...results import GenerationResult
from . import flows

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ...client_async import AsyncClient


class AsyncDirectSurface:
    """Typed methods and `run` of a direct API, run by an asynchronous client."""

    _api: ClassVar[DirectInfo]

    @property
    def _client(self) -> AsyncClient:
        raise NotImplementedError  # a client class or BoundAPI provides it

    async def _generate(
        self,
        endpoint: EndpointInfo,
        model: type[BaseModel],
        values: Mapping[str, object],
        **options: Unpack[DirectOptions],
    ) -> GenerationResult:
        client = self._client
        call = client._call(options, DirectOptions, endpoint.method)
        return await client._run(flows.generate(client._session, self._api, endpoint, model, values, call))

    async def run(self, model: str, params: Mapping[str, Any], **options: Unpack[RequestOptions]) -> GenerationResult:
        """Call a model no spec describes: POST `params` as JSON, as is (not validated), to the model's path (and
        the model in the API's model field when it has one). `options`: RequestOptions."""
        client = self._client
        flow = flows.post(
            client._session,
            self._api,
            flows.run_path(self._api, model),
            flows.run_body(self._api, model, params),
            client._call(options, RequestOptions, "run"),
            limit_key=None,
            limit=None,
        )
        return await client._run(flow)
