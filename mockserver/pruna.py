"""Pruna style: one predictions endpoint for every model, a status endpoint to poll, delivery and files."""

from __future__ import annotations

import asyncio
import secrets
import string
from datetime import datetime, timedelta, timezone
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from generator import ir

from .config import MockConfig
from .media import mp4_bytes, png_bytes, seed_of
from .multipart import parse_form
from .responses import utc_iso
from .routing import Call, Endpoint, Limit, fixed
from .state import FAILED_ERROR, FAILED_MESSAGE, UNKNOWN_STATUS, MockState, Outcome, Prediction, StoredFile, now
from .validation import RequestValidator, summary

DURATION_HEADER = "x-mock-prediction-seconds"  # per request: how long this prediction runs, before time_scale
_ID_ALPHABET = string.ascii_lowercase + string.digits
_OUTCOME_FAULTS: tuple[tuple[str, Outcome], ...] = (
    ("fail", "failed"),
    ("cancel", "canceled"),
    ("unknown-status", "unknown"),
)


def _prediction_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(26))


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    return []


class Pruna:
    def __init__(self, config: MockConfig, state: MockState, provider: ir.Provider) -> None:
        assert provider.predictions_api is not None
        self.config = config
        self.state = state
        self.provider = provider
        self.predictions: ir.PredictionsAPI = provider.predictions_api
        self.models = {m.model_id: m for m in provider.models}
        self.validators = {m.model_id: RequestValidator(m) for m in provider.models}
        self.account = config.account_limit(provider)

    # --- URLs -------------------------------------------------------------------------------------------

    def status_url(self, call: Call, prediction: Prediction) -> str:
        return call.base_url + self.predictions.status.path.replace("{id}", prediction.id)

    def generation_url(self, call: Call, prediction: Prediction) -> str:
        path = f"{self.predictions.delivery_path}/{prediction.delivery_suffix}"
        return path if self.config.relative_generation_urls else call.base_url + path

    # --- predictions ------------------------------------------------------------------------------------

    def predict_limit(self, request: Request) -> tuple[str, Limit]:
        model_id = request.headers.get(self.predictions.model_header, "").strip()
        route = f"{self.provider.id}:predictions" + (f":{model_id}" if model_id else "")
        model = self.models.get(model_id)
        if model is not None and model.rate_limit is not None:
            return route, Limit(route, model.rate_limit)
        return route, Limit(f"{self.provider.id}:account", self.account)

    def _missing_files(self, call: Call, inputs: dict[str, Any]) -> list[str]:
        """URLs of this server's files endpoint, among the inputs, that name no stored file."""
        if self.provider.files is None:
            return []
        own = call.base_url + self.provider.files.path + "/"
        missing = []
        for url in _strings(inputs):
            if url.startswith(own):
                stored = self.state.file(url.removeprefix(own))
                if stored is None or stored.expired(now()):
                    missing.append(url)
        return missing

    def _duration(self, call: Call, model_id: str) -> float | None:
        asked = call.request.headers.get(DURATION_HEADER)
        if asked is None:
            return self.config.prediction_duration(model_id)
        try:
            seconds = float(asked)
        except ValueError:
            return None
        return self.config.scaled(seconds) if seconds >= 0 else None

    async def predict(self, call: Call) -> Response:
        model_id = call.request.headers.get(self.predictions.model_header, "").strip()
        if not model_id:
            return call.error(400, f"Missing the {self.predictions.model_header} header naming the model")
        try:
            body = call.json()
        except ValueError:
            return call.error(400, "The request body is not valid JSON")
        inputs = body.get("input") if isinstance(body, dict) else None
        if not isinstance(inputs, dict):
            return call.error(400, 'Expected a JSON object {"input": {...}} with the model\'s inputs')
        validator = self.validators.get(model_id)
        if validator is not None:  # unknown model ids are accepted: the provider has more models than specs
            problems = validator.problems(inputs)
            if problems:
                details = [{"field": p.parameter, "message": p.message} for p in problems]
                return call.error(422, summary(problems), details=details)
        missing = self._missing_files(call, inputs)
        if missing:
            return call.error(400, "No such uploaded file (unknown or expired): " + ", ".join(missing))
        duration = self._duration(call, model_id)
        if duration is None:
            return call.error(400, f"{DURATION_HEADER} must be a number of seconds >= 0")
        outcome: Outcome = "succeeded"
        for fault, result in _OUTCOME_FAULTS:
            if call.fault(fault):
                outcome = result
        model = self.models.get(model_id)
        prediction_id = _prediction_id()
        retention = self.predictions.delivery_retention_hours
        prediction = Prediction(
            id=prediction_id,
            provider=self.provider.id,
            model=model_id,
            input=inputs,
            media=model.output.media if model is not None else "image",
            seed=seed_of(inputs.get("seed"), prediction_id),
            created=now(),
            duration=duration,
            starting_for=duration * self.config.starting_fraction,
            outcome=outcome,
            retention=None if retention is None else self.config.scaled(retention * 3600),
        )
        self.state.add_prediction(prediction)
        if call.request.headers.get(self.predictions.hold.header, "").strip().lower() == "true":
            deadline = prediction.created + self.config.sync_wait(self.predictions)
            wait = min(prediction.done_at, deadline) - now()
            if wait > 0:
                await asyncio.sleep(wait + 0.001)
            if prediction.is_done(now()) and outcome == "succeeded":
                return JSONResponse(
                    {"status": self.predictions.statuses.succeeded[0], "generation_url": self.generation_url(call, prediction)},
                    status_code=201,
                )
        # Not finished in time (or not succeeded): the client polls the status URL. 201 either way, as documented.
        return JSONResponse(
            {"id": prediction.id, "model": model_id, "input": inputs, "get_url": self.status_url(call, prediction)},
            status_code=201,
        )

    async def status(self, call: Call) -> Response:
        prediction_id = str(next(iter(call.request.path_params.values()), ""))  # the status path's one placeholder
        prediction = self.state.prediction(prediction_id)
        if prediction is None:
            return call.error(404, f"No prediction with id {prediction_id!r}")
        status = UNKNOWN_STATUS if call.fault("unknown-status") else prediction.status(now(), self.predictions)
        body: dict[str, Any] = {"status": status}
        if status in self.predictions.statuses.pending:
            body["message"] = "Generation in progress"
        elif status in self.predictions.statuses.succeeded:
            body["message"] = "Generation completed"
            body["generation_url"] = self.generation_url(call, prediction)
        elif status in self.predictions.statuses.failed:
            body["message"] = FAILED_MESSAGE
            body["error"] = FAILED_ERROR
        elif status in self.predictions.statuses.canceled:
            body["message"] = "Prediction canceled"
        else:
            body["message"] = "Mock fault unknown-status: a status no client knows"
        return JSONResponse(body)

    async def deliver(self, call: Call) -> Response:
        suffix = call.request.path_params.get("rest", "")
        parts = suffix.split("/")
        prediction = self.state.prediction(parts[1]) if len(parts) == 3 else None
        moment = now()
        if (
            prediction is None
            or prediction.delivery_suffix != suffix
            or prediction.outcome != "succeeded"
            or not prediction.is_done(moment)
        ):
            return call.error(404, f"No delivered output at {call.request.url.path}")
        if prediction.expired(moment):
            return call.error(410, "The delivered output has expired")
        if prediction.media == "video":
            return Response(mp4_bytes(prediction.seed), media_type="video/mp4")
        width, height = self.config.image_size
        return Response(png_bytes(prediction.seed, width=width, height=height), media_type="image/png")

    # --- files ------------------------------------------------------------------------------------------

    async def upload(self, call: Call) -> Response:
        files = self.provider.files
        assert files is not None
        if len(call.body) > self.config.max_upload_bytes:
            return call.error(413, f"The upload is larger than {self.config.max_upload_bytes} bytes")
        try:
            parts = parse_form(call.request.headers.get("content-type", ""), call.body)
        except ValueError as exc:
            return call.error(400, str(exc))
        part = next((p for p in parts if p.name == files.field), None)
        if part is None:
            return call.error(400, f"Missing the multipart form field {files.field!r} holding the file")
        created_at = datetime.now(timezone.utc)
        retention = None if files.retention_hours is None else self.config.scaled(files.retention_hours * 3600)
        stored = StoredFile(
            id=f"file-{secrets.token_hex(12)}",
            provider=self.provider.id,
            name=part.filename or files.field,
            content_type=part.content_type or "application/octet-stream",
            data=part.data,
            created_at=created_at,
            expires_at=None if retention is None else created_at + timedelta(seconds=retention),
            created=now(),
            retention=retention,
        )
        self.state.add_file(stored)
        body = {
            "id": stored.id,
            "urls": {"get": f"{call.base_url}{files.path}/{stored.id}"},
            "name": stored.name,
            "content_type": stored.content_type,
            "size": len(stored.data),
            "created_at": utc_iso(stored.created_at),
        }
        if stored.expires_at is not None:
            body["expires_at"] = utc_iso(stored.expires_at)
        return JSONResponse(body, status_code=201)

    async def download(self, call: Call) -> Response:
        file_id = call.request.path_params.get("file_id", "")
        stored = self.state.file(file_id)
        if stored is None or stored.expired(now()):
            return call.error(404, f"No file with id {file_id!r} (unknown or expired)")
        return Response(stored.data, media_type=stored.content_type)

    # --- the endpoints ----------------------------------------------------------------------------------

    def endpoints(self) -> list[Endpoint]:
        p, pid, downloads_auth = self.predictions, self.provider.id, self.config.auth_on_downloads
        status_limit = Limit(f"{pid}:status", p.status_rate_limit)
        delivery_limit = Limit(f"{pid}:delivery", p.delivery_rate_limit)
        result = [
            Endpoint(self.provider, p.submit_path, frozenset({"POST"}), "predict", self.predict, self.predict_limit),
            Endpoint(
                self.provider,
                p.status.path,
                frozenset({"GET"}),
                "status",
                self.status,
                fixed(f"{pid}:status", status_limit),
            ),
            Endpoint(
                self.provider,
                p.delivery_path.rstrip("/") + "/{rest:path}",
                frozenset({"GET"}),
                "delivery",
                self.deliver,
                fixed(f"{pid}:delivery", delivery_limit),
                auth=downloads_auth,
            ),
        ]
        files = self.provider.files
        if files is not None:
            result += [
                Endpoint(
                    self.provider,
                    files.path,
                    frozenset({"POST"}),
                    "upload",
                    self.upload,
                    fixed(f"{pid}:files", Limit(f"{pid}:files", None)),
                ),
                Endpoint(
                    self.provider,
                    files.path.rstrip("/") + "/{file_id:str}",
                    frozenset({"GET"}),
                    "file",
                    self.download,
                    fixed(f"{pid}:files:get", Limit(f"{pid}:files:get", None)),
                    auth=downloads_auth,
                ),
            ]
        return result


def endpoints(config: MockConfig, state: MockState, provider: ir.Provider) -> list[Endpoint]:
    return Pruna(config, state, provider).endpoints()
