"""The `predictions` protocol as asynchronous client surfaces: typed model methods call `_generate`;
`.predictions` and `.files` are the untyped operations. The async module is written by hand;
scripts/unasync.py writes its sync twin from it.

A surface is either a client itself (its default API) or bound to a client as `client.<api name>`, sharing
its session and connection pool.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ...config import TimeoutArg
from ...endpoints import EndpointInfo, PredictionsInfo
from ...options import NOT_GIVEN, FileInput, NotGiven
from ...results import AsyncPredictionResult, Prediction, PredictionStatus, UploadedFile
from . import flows
from .flows import Finished, PredictionRef, ProgressCallback, delivery_limit

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ...client_async import AsyncClient


class AsyncPredictionsSurface:
    """Typed methods and `.predictions` / `.files` of a predictions API, run by an asynchronous client."""

    _api: ClassVar[PredictionsInfo]

    @property
    def _client(self) -> AsyncClient:
        raise NotImplementedError  # a client class or BoundAPI provides it

    @cached_property
    def predictions(self) -> AsyncPredictions:
        return AsyncPredictions(self._client, self._api, self._result)

    @cached_property
    def files(self) -> AsyncFiles:
        return AsyncFiles(self._client)

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
        client = self._client
        flow = flows.generate(
            client._session,
            self._api,
            endpoint,
            model,
            values,
            deadline=client._deadline(deadline),
            on_progress=on_progress,
            timeout=timeout,
            max_retries=client._retries(max_retries),
            extra_headers=extra_headers,
        )
        return self._result(await client._run(flow))

    def _result(self, done: Finished) -> AsyncPredictionResult:
        client, api = self._client, self._api

        async def download(url: str) -> bytes:
            return await client._download(url, limit=delivery_limit(api, url))

        async def save(url: str, target: Path) -> Path:
            return await client._save(url, target, limit=delivery_limit(api, url))

        return AsyncPredictionResult(
            id=done.status.id,
            status=done.status.status,
            output_url=done.outputs[0],
            outputs=done.outputs,
            raw=done.status.raw,
            _download=download,
            _save=save,
        )


class AsyncPredictions:
    """`.predictions`: the untyped predictions API, for any model id."""

    def __init__(self, client: AsyncClient, api: PredictionsInfo, result: Any) -> None:
        self._client, self._api, self._result = client, api, result

    async def create(
        self,
        *,
        model: str,
        input: Mapping[str, Any],
        hold: bool = False,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Prediction:
        """Submit a prediction (no validation); with `hold` the answer may already be `finished`."""
        client = self._client
        flow = flows.submit(
            client._session,
            self._api,
            model,
            input,
            hold=hold,
            limit=None,
            timeout=timeout,
            max_retries=client._retries(max_retries),
            extra_headers=extra_headers,
        )
        return await client._run(flow)

    async def status(
        self,
        prediction: PredictionRef,
        *,
        model: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PredictionStatus:
        """One status check. `model`: the model id, for an id whose API needs it to follow the prediction."""
        client = self._client
        flow = flows.status(
            client._session,
            self._api,
            flows.as_prediction(prediction, model),
            timeout=timeout,
            max_retries=client._retries(max_retries),
        )
        return await client._run(flow)

    async def wait(
        self,
        prediction: PredictionRef,
        *,
        model: str | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPredictionResult:
        """Poll until done. `deadline`: seconds from now (None: no limit; default: the client's `deadline`).
        `model`: the model id, for an id whose API needs it to follow the prediction (the error of an
        interrupted wait carries it as `prediction_model`)."""
        client = self._client
        session = client._session
        flow = flows.finish(
            session,
            self._api,
            flows.as_prediction(prediction, model),
            started=session.clock(),
            deadline=client._deadline(deadline),
            on_progress=on_progress,
            timeout=timeout,
            max_retries=client._retries(max_retries),
        )
        result: AsyncPredictionResult = self._result(await client._run(flow))
        return result

    async def run(
        self,
        *,
        model: str,
        input: Mapping[str, Any],
        hold: bool = True,
        deadline: float | NotGiven | None = NOT_GIVEN,
        on_progress: ProgressCallback | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPredictionResult:
        """Submit (holding when there is time) and wait: the escape hatch for model ids no spec describes."""
        client = self._client
        flow = flows.run(
            client._session,
            self._api,
            model,
            input,
            hold=hold,
            deadline=client._deadline(deadline),
            on_progress=on_progress,
            timeout=timeout,
            max_retries=client._retries(max_retries),
            extra_headers=extra_headers,
        )
        result: AsyncPredictionResult = self._result(await client._run(flow))
        return result

    async def cancel(
        self,
        prediction: PredictionRef,
        *,
        model: str | None = None,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PredictionStatus | None:
        """Cancel a prediction: a handle, its id, or the error that ended a wait for it (WaitTimeoutError).

        Returns the status the provider answered with, if any; UnsupportedOperationError when the API has
        no cancel. `model`: the model id, for an id whose API needs it to follow the prediction.
        """
        client = self._client
        flow = flows.cancel(
            client._session,
            self._api,
            flows.as_prediction(prediction, model),
            timeout=timeout,
            max_retries=client._retries(max_retries),
        )
        return await client._run(flow)


class AsyncFiles:
    """`.files`: upload local files to get URLs for image parameters."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def upload(
        self,
        file: FileInput,
        *,
        timeout: TimeoutArg = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UploadedFile:
        client = self._client
        flow = flows.upload(client._session, file, timeout=timeout, max_retries=client._retries(max_retries))
        return await client._run(flow)
