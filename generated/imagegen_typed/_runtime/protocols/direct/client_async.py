"""The `direct` protocol as an asynchronous client surface: one request per call, the answer is media bytes or
JSON. The async module is written by hand; scripts/unasync.py writes its sync twin from it.

A surface is either a client itself (its default API) or bound to a client as `client.<api name>`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from ...config import TimeoutArg
from ...endpoints import DirectInfo, EndpointInfo
from ...options import NOT_GIVEN, NotGiven
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
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        accept: str | NotGiven = NOT_GIVEN,
    ) -> GenerationResult:
        client = self._client
        flow = flows.generate(
            client._session,
            self._api,
            endpoint,
            model,
            values,
            timeout=timeout,
            max_retries=client._retries(max_retries),
            extra_headers=extra_headers,
            accept=accept,
        )
        return await client._run(flow)

    async def run(
        self,
        model: str,
        params: Mapping[str, Any],
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Call a model no spec describes: POST `params` as JSON, as is (not validated), to the model's path (and
        the model in the API's model field when it has one)."""
        client = self._client
        flow = flows.post(
            client._session,
            self._api,
            flows.run_path(self._api, model),
            flows.run_body(self._api, model, params),
            limit_key=None,
            limit=None,
            timeout=timeout,
            max_retries=client._retries(max_retries),
            extra_headers=extra_headers,
        )
        return await client._run(flow)
