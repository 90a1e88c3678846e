"""Segmind-style clients: one POST per model, flat JSON body, media bytes or JSON back."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import segmind_flows
from .client_base import AsyncClient, SyncClient
from .config import TimeoutArg
from .endpoints import EndpointInfo
from .options import NOT_GIVEN, NotGiven
from .results import GenerationResult

if TYPE_CHECKING:
    from pydantic import BaseModel


class SegmindClient(SyncClient):
    """Synchronous Segmind-style client; generated subclasses add one typed method per model."""

    def _generate(
        self,
        endpoint: EndpointInfo,
        model: type[BaseModel],
        values: Mapping[str, object],
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        return self._run(
            segmind_flows.generate(
                self._session,
                endpoint,
                model,
                values,
                timeout=timeout,
                max_retries=self._retries(max_retries),
                extra_headers=extra_headers,
            )
        )

    def run(
        self,
        slug: str,
        params: Mapping[str, Any],
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Call a model no spec describes: POST /v1/{slug} with `params` as is (not validated)."""
        return self._run(
            segmind_flows.post(
                self._session,
                segmind_flows.run_path(slug),
                params,
                limit_key=None,
                limit=None,
                timeout=timeout,
                max_retries=self._retries(max_retries),
                extra_headers=extra_headers,
            )
        )


class AsyncSegmindClient(AsyncClient):
    """Asynchronous Segmind-style client; generated subclasses add one typed method per model."""

    async def _generate(
        self,
        endpoint: EndpointInfo,
        model: type[BaseModel],
        values: Mapping[str, object],
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        return await self._run(
            segmind_flows.generate(
                self._session,
                endpoint,
                model,
                values,
                timeout=timeout,
                max_retries=self._retries(max_retries),
                extra_headers=extra_headers,
            )
        )

    async def run(
        self,
        slug: str,
        params: Mapping[str, Any],
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> GenerationResult:
        """Call a model no spec describes: POST /v1/{slug} with `params` as is (not validated)."""
        return await self._run(
            segmind_flows.post(
                self._session,
                segmind_flows.run_path(slug),
                params,
                limit_key=None,
                limit=None,
                timeout=timeout,
                max_retries=self._retries(max_retries),
                extra_headers=extra_headers,
            )
        )
