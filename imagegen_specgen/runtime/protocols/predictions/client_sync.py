# Generated from client_async.py by scripts/unasync.py: edit that file and run the script, not this one.
"""The `predictions` protocol as synchronous client surfaces: typed model methods call `_generate` (submit and
wait) or `_submit` (submit with a webhook); `.predictions` and `.files` are the untyped operations. The async
module is written by hand; scripts/unasync.py writes its sync twin from it.

A surface is either a client itself (its default API) or bound to a client as `client.<api name>`, sharing
its session and connection pool.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from ...endpoints import EndpointInfo, PredictionsInfo
from ...options import (
    CallOptions,
    FileInput,
    PredictionOptions,
    SubmitOptions,
    Unpack,
    WaitOptions,
    Webhook,
)
from ...results import Prediction, PredictionResult, PredictionStatus, UploadedFile
from . import flows
from .flows import Finished, PredictionRef, delivery_limit

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ...client_sync import SyncClient


class SyncPredictionsSurface:
    """Typed methods and `.predictions` / `.files` of a predictions API, run by a synchronous client."""

    _api: ClassVar[PredictionsInfo]

    @property
    def _client(self) -> SyncClient:
        raise NotImplementedError  # a client class or BoundAPI provides it

    @cached_property
    def predictions(self) -> Predictions:
        return Predictions(self._client, self._api, self._result)

    @cached_property
    def files(self) -> Files:
        return Files(self._client)

    def _generate(
        self,
        endpoint: EndpointInfo,
        model: type[BaseModel],
        values: Mapping[str, object],
        **options: Unpack[PredictionOptions],
    ) -> PredictionResult:
        client = self._client
        call = client._call(options, PredictionOptions, endpoint.method)
        flow = flows.generate(client._session, self._api, endpoint, model, values, call)
        return self._result(client._run(flow))

    def _submit(
        self,
        endpoint: EndpointInfo,
        model: type[BaseModel],
        values: Mapping[str, object],
        webhook: Webhook,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        client = self._client
        call = client._call(options, SubmitOptions, f"submit_{endpoint.method}")
        flow = flows.submit_model(client._session, self._api, endpoint, model, values, call, webhook)
        return client._run(flow)

    def _result(self, done: Finished) -> PredictionResult:
        client, api = self._client, self._api

        def download(url: str) -> bytes:
            return client._download(url, limit=delivery_limit(api, url))

        def save(url: str, target: Path) -> Path:
            return client._save(url, target, limit=delivery_limit(api, url))

        return PredictionResult(
            id=done.status.id,
            status=done.status.status,
            output_url=done.outputs[0],
            outputs=done.outputs,
            raw=done.status.raw,
            http_response=done.response,
            submit_response=done.submit_response,
            _download=download,
            _save=save,
        )


class Predictions:
    """`.predictions`: the untyped predictions API, for any model id. Each method's `**options` are those of its
    options type (options.py); left out, the client's settings apply."""

    def __init__(self, client: SyncClient, api: PredictionsInfo, result: Any) -> None:
        self._client, self._api, self._result = client, api, result

    def create(
        self,
        *,
        model: str,
        input: Mapping[str, Any],
        hold: bool = False,
        webhook: Webhook | None = None,
        **options: Unpack[SubmitOptions],
    ) -> Prediction:
        """Submit a prediction (no validation); with `hold` the answer may already be `finished`. With a
        `webhook` (where the provider takes one) the provider sends the result there; never held."""
        client = self._client
        call = client._call(options, SubmitOptions, "create")
        flow = flows.submit(
            client._session, self._api, model, input, call, hold=hold and webhook is None, limit=None, webhook=webhook
        )
        return client._run(flow)

    def status(
        self, prediction: PredictionRef, *, model: str | None = None, **options: Unpack[CallOptions]
    ) -> PredictionStatus:
        """One status check. `model`: the model id, for an id whose API needs it to follow the prediction."""
        client = self._client
        call = client._call(options, CallOptions, "status")
        return client._run(flows.status(client._session, self._api, flows.as_prediction(prediction, model), call))

    def wait(
        self, prediction: PredictionRef, *, model: str | None = None, **options: Unpack[WaitOptions]
    ) -> PredictionResult:
        """Poll until done; `deadline` in seconds from now (None: no limit; default: the client's `deadline`).
        `model`: the model id, for an id whose API needs it to follow the prediction (the error of an
        interrupted wait carries it as `prediction_model`)."""
        client = self._client
        session = client._session
        call = client._call(options, WaitOptions, "wait")
        flow = flows.finish(session, self._api, flows.as_prediction(prediction, model), call, started=session.clock())
        result: PredictionResult = self._result(client._run(flow))
        return result

    def run(
        self, *, model: str, input: Mapping[str, Any], hold: bool = True, **options: Unpack[PredictionOptions]
    ) -> PredictionResult:
        """Submit (holding when there is time) and wait: the escape hatch for model ids no spec describes."""
        client = self._client
        call = client._call(options, PredictionOptions, "run")
        flow = flows.run(client._session, self._api, model, input, call, hold=hold)
        result: PredictionResult = self._result(client._run(flow))
        return result

    def cancel(
        self, prediction: PredictionRef, *, model: str | None = None, **options: Unpack[CallOptions]
    ) -> PredictionStatus | None:
        """Cancel a prediction: a handle, its id, or the error that ended a wait for it (WaitTimeoutError).

        Returns the status the provider answered with, if any; UnsupportedOperationError when the API has
        no cancel. `model`: the model id, for an id whose API needs it to follow the prediction.
        """
        client = self._client
        call = client._call(options, CallOptions, "cancel")
        return client._run(flows.cancel(client._session, self._api, flows.as_prediction(prediction, model), call))


class Files:
    """`.files`: upload local files to get URLs for image parameters."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def upload(self, file: FileInput, **options: Unpack[CallOptions]) -> UploadedFile:
        client = self._client
        return client._run(flows.upload(client._session, file, client._call(options, CallOptions, "upload")))
