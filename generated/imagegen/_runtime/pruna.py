"""Pruna-style clients: predictions (Try-Sync or polled), file uploads, downloads.

`client.predictions` and `client.files` are sub-resources; typed model methods call `_generate`.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

from . import pruna_flows
from .client_base import AsyncClient, SyncClient
from .config import TimeoutArg
from .endpoints import EndpointInfo
from .options import NOT_GIVEN, FileInput, NotGiven
from .pruna_flows import ProgressCallback
from .results import AsyncPredictionResult, Prediction, PredictionResult, PredictionStatus, UploadedFile

if TYPE_CHECKING:
    from pydantic import BaseModel


class PrunaClient(SyncClient):
    """Synchronous Pruna-style client; generated subclasses add one typed method per model."""

    @cached_property
    def predictions(self) -> Predictions:
        return Predictions(self)

    @cached_property
    def files(self) -> Files:
        return Files(self)

    def _generate(
        self,
        endpoint: EndpointInfo,
        model: type[BaseModel],
        values: Mapping[str, object],
        *,
        deadline: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PredictionResult:
        final = self._run(
            pruna_flows.generate(
                self._session,
                endpoint,
                model,
                values,
                deadline=self._deadline(deadline),
                on_progress=on_progress,
                timeout=timeout,
                max_retries=self._retries(max_retries),
                extra_headers=extra_headers,
            )
        )
        return self._result(final)

    def _result(self, final: PredictionStatus) -> PredictionResult:
        assert final.generation_url is not None  # settle() checked it
        return PredictionResult(
            id=final.id,
            status=final.status,
            raw=final.raw,
            _download=self.download,
            generation_url=str(self._session.url(final.generation_url)),
        )


class Predictions:
    """`client.predictions`: the untyped predictions API, for any model id."""

    def __init__(self, client: PrunaClient) -> None:
        self._client = client

    def create(
        self,
        *,
        model: str,
        input: Mapping[str, Any],
        try_sync: bool = False,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Prediction:
        """Submit a prediction (no validation); with try_sync the answer may already be `finished`."""
        client = self._client
        return client._run(
            pruna_flows.create(
                client._session,
                model,
                input,
                try_sync=try_sync,
                limit=None,
                timeout=timeout,
                max_retries=client._retries(max_retries),
                extra_headers=extra_headers,
            )
        )

    def status(
        self, prediction_id: str, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> PredictionStatus:
        client = self._client
        return client._run(
            pruna_flows.status(
                client._session, prediction_id, timeout=timeout, max_retries=client._retries(max_retries)
            )
        )

    def wait(
        self,
        prediction: str | Prediction,
        *,
        deadline: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PredictionResult:
        """Poll until done. `deadline`: seconds from now (None: no limit; default: the client's `deadline`)."""
        client = self._client
        session = client._session
        flow = pruna_flows.finish(
            session,
            pruna_flows.as_prediction(prediction),
            started=session.clock(),
            deadline=client._deadline(deadline),
            on_progress=on_progress,
            timeout=timeout,
            max_retries=client._retries(max_retries),
        )
        return client._result(client._run(flow))

    def run(
        self,
        *,
        model: str,
        input: Mapping[str, Any],
        try_sync: bool = True,
        deadline: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PredictionResult:
        """Create (Try-Sync by default) and wait: the escape hatch for model ids no spec describes."""
        client = self._client
        flow = pruna_flows.run(
            client._session,
            model,
            input,
            try_sync=try_sync,
            deadline=client._deadline(deadline),
            on_progress=on_progress,
            timeout=timeout,
            max_retries=client._retries(max_retries),
            extra_headers=extra_headers,
        )
        return client._result(client._run(flow))


class Files:
    """`client.files`: upload local files to get URLs for image parameters."""

    def __init__(self, client: PrunaClient) -> None:
        self._client = client

    def upload(
        self, file: FileInput, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> UploadedFile:
        client = self._client
        return client._run(
            pruna_flows.upload(client._session, file, timeout=timeout, max_retries=client._retries(max_retries))
        )


class AsyncPrunaClient(AsyncClient):
    """Asynchronous Pruna-style client; generated subclasses add one typed method per model."""

    @cached_property
    def predictions(self) -> AsyncPredictions:
        return AsyncPredictions(self)

    @cached_property
    def files(self) -> AsyncFiles:
        return AsyncFiles(self)

    async def _generate(
        self,
        endpoint: EndpointInfo,
        model: type[BaseModel],
        values: Mapping[str, object],
        *,
        deadline: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPredictionResult:
        final = await self._run(
            pruna_flows.generate(
                self._session,
                endpoint,
                model,
                values,
                deadline=self._deadline(deadline),
                on_progress=on_progress,
                timeout=timeout,
                max_retries=self._retries(max_retries),
                extra_headers=extra_headers,
            )
        )
        return self._result(final)

    def _result(self, final: PredictionStatus) -> AsyncPredictionResult:
        assert final.generation_url is not None  # settle() checked it
        return AsyncPredictionResult(
            id=final.id,
            status=final.status,
            raw=final.raw,
            _download=self.download,
            generation_url=str(self._session.url(final.generation_url)),
        )


class AsyncPredictions:
    """`client.predictions` of the async client; the same operations as Predictions, awaited."""

    def __init__(self, client: AsyncPrunaClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        model: str,
        input: Mapping[str, Any],
        try_sync: bool = False,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Prediction:
        client = self._client
        return await client._run(
            pruna_flows.create(
                client._session,
                model,
                input,
                try_sync=try_sync,
                limit=None,
                timeout=timeout,
                max_retries=client._retries(max_retries),
                extra_headers=extra_headers,
            )
        )

    async def status(
        self, prediction_id: str, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> PredictionStatus:
        client = self._client
        return await client._run(
            pruna_flows.status(
                client._session, prediction_id, timeout=timeout, max_retries=client._retries(max_retries)
            )
        )

    async def wait(
        self,
        prediction: str | Prediction,
        *,
        deadline: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPredictionResult:
        client = self._client
        session = client._session
        flow = pruna_flows.finish(
            session,
            pruna_flows.as_prediction(prediction),
            started=session.clock(),
            deadline=client._deadline(deadline),
            on_progress=on_progress,
            timeout=timeout,
            max_retries=client._retries(max_retries),
        )
        return client._result(await client._run(flow))

    async def run(
        self,
        *,
        model: str,
        input: Mapping[str, Any],
        try_sync: bool = True,
        deadline: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPredictionResult:
        client = self._client
        flow = pruna_flows.run(
            client._session,
            model,
            input,
            try_sync=try_sync,
            deadline=client._deadline(deadline),
            on_progress=on_progress,
            timeout=timeout,
            max_retries=client._retries(max_retries),
            extra_headers=extra_headers,
        )
        return client._result(await client._run(flow))


class AsyncFiles:
    """`client.files` of the async client."""

    def __init__(self, client: AsyncPrunaClient) -> None:
        self._client = client

    async def upload(
        self, file: FileInput, *, timeout: TimeoutArg = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> UploadedFile:
        client = self._client
        return await client._run(
            pruna_flows.upload(client._session, file, timeout=timeout, max_retries=client._retries(max_retries))
        )
