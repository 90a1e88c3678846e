"""Protocol `predictions`: submit a job, hold for it on request, poll its status, read the output (from the
status body or a result link), cancel it; every name, path and word comes from the API's spec."""

from __future__ import annotations

import asyncio
import base64
import re
import secrets
import string
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ...parser import ir
from ..config import MockConfig
from ..faults import RouteKind
from ..files import missing_files
from ..media import mp4_bytes, png_bytes, seed_of
from ..responses import set_path
from ..routing import Call, Endpoint, Handler, Limit, fixed
from ..state import FAILED_ERROR, FAILED_MESSAGE, UNKNOWN_STATUS, MockState, Outcome, Prediction, Webhook, now
from ..validation import Problem, RequestValidator, summary
from .common import credits_refusal, route_scope

DURATION_HEADER = "x-mock-prediction-seconds"  # per request: how long this prediction runs, before time_scale
OUTPUT_HEADER = "x-mock-output"  # per request: the output as a url (default), a list of one URL, or a data URI
# Outputs of an API without a delivery path of its own: served below this path, on the other host name.
OTHER_HOST_OUTPUTS = "/_delivery"
_ID_ALPHABET = string.ascii_lowercase + string.digits
_OUTCOME_FAULTS: tuple[tuple[str, Outcome], ...] = (
    ("fail", "failed"),
    ("cancel", "canceled"),
    ("abort", "aborted"),
    ("unknown-status", "unknown"),
)


def _prediction_id() -> str:
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(26))


def other_host(base_url: str) -> str:
    """The same server under another host name: localhost for 127.0.0.1 (or any other name), else 127.0.0.1.
    A client that sends its key only to the API host sends nothing there."""
    parts = urlsplit(base_url)
    host = "127.0.0.1" if parts.hostname == "localhost" else "localhost"
    return urlunsplit(parts._replace(netloc=host + (f":{parts.port}" if parts.port else "")))


def hold_pattern(hold: ir.Hold) -> re.Pattern[str]:
    """The hold header's value as a pattern; "{seconds}" becomes a number group."""
    text = re.escape(hold.value).replace(re.escape("{seconds}"), r"(?P<seconds>\d+(?:\.\d+)?)")
    return re.compile(text, re.IGNORECASE)


class PredictionsEndpoints:
    def __init__(self, config: MockConfig, state: MockState, provider: ir.Provider, api: ir.PredictionsAPI) -> None:
        self.config = config
        self.state = state
        self.provider = provider
        self.api = api
        self.scope = route_scope(provider, api)
        self.models = {m.model_id: m for m in provider.models_of(api)}
        self.validators = {m.model_id: RequestValidator(m) for m in self.models.values()}
        self.account = config.account_limit(provider, api)
        self.hold = None if api.hold is None else hold_pattern(api.hold)
        self.outputs_path = (api.delivery_path or f"{OTHER_HOST_OUTPUTS}/{api.name}").rstrip("/")

    # --- URLs and bodies ---------------------------------------------------------------------------------

    def link_url(self, call: Call, link: ir.Link, prediction: Prediction) -> str:
        return call.base_url + self.api.fill(link.path, prediction.model).replace("{id}", prediction.id)

    def routes(self, link: ir.Link) -> list[str]:
        """The paths a follow-up link is served at: one, or one per distinct part of the model ids it uses."""
        found = [self.api.fill(link.route, model_id) for model_id in self.models]
        return list(dict.fromkeys(found)) if found else [link.route]

    def output_url(self, call: Call, prediction: Prediction) -> str:
        path = f"{self.outputs_path}/{prediction.delivery_suffix}"
        if self.api.delivery_path is None:
            return other_host(call.base_url) + path
        return path if self.config.relative_output_urls else call.base_url + path

    def output(self, call: Call, prediction: Prediction) -> Any:
        form = prediction.output_form
        if form == "data":
            data, media_type = self.media(prediction)
            return f"data:{media_type};base64," + base64.b64encode(data).decode("ascii")
        url = self.output_url(call, prediction)
        # A path into a list (images[].url) makes the list itself: the list form is then the plain one.
        return [url] if form == "list" and "[]" not in self.api.output_field else url

    def media(self, prediction: Prediction) -> tuple[bytes, str]:
        if prediction.media == "video":
            return mp4_bytes(prediction.seed), "video/mp4"
        width, height = self.config.image_size
        return png_bytes(prediction.seed, width=width, height=height), "image/png"

    def body(self, call: Call, prediction: Prediction, status: str, *, output: bool) -> dict[str, Any]:
        """The prediction as the API reports it: id, status word, follow-up URLs, message, error, output."""
        api, words = self.api, self.api.statuses
        body: dict[str, Any] = {}
        set_path(body, api.id_field, prediction.id)
        set_path(body, api.status_field, status)
        if api.input_field:
            set_path(body, api.input_field, prediction.input)
        for link in (api.status, api.result, api.cancel):
            if link is not None and link.url_field:
                set_path(body, link.url_field, self.link_url(call, link, prediction))
        if status in words.pending:
            message = "Generation in progress"
        elif status in words.succeeded:
            message = "Generation completed"
            if prediction.outcome != "succeeded" and api.error_field:  # no word for how it ended (see state.py)
                set_path(body, api.error_field, FAILED_ERROR)
            elif output:
                set_path(body, api.output_field, self.output(call, prediction))
        elif status in words.failed:
            message = FAILED_MESSAGE
            if api.error_field:
                set_path(body, api.error_field, FAILED_ERROR)
        elif status in words.canceled:
            message = "Prediction canceled"
        elif status in words.aborted:
            message = "Prediction aborted before it started"
        else:
            message = "Mock fault unknown-status: a status no client knows"
        if api.message_field:
            set_path(body, api.message_field, message)
        return body

    def _id(self, call: Call, link: ir.Link) -> str:
        if "{id}" in link.route:
            return str(call.request.path_params.get("id", ""))
        name = next((name for name, value in link.query if value == "{id}"), "id")
        return call.request.query_params.get(name, "")

    def find(self, call: Call, link: ir.Link) -> Prediction | None:
        """The prediction the request names, when it is one of this API's and the path is its model's."""
        prediction_id = self._id(call, link)
        prediction = self.state.prediction(prediction_id)
        if prediction is None or prediction.provider != self.provider.id or prediction.api != self.api.name:
            return None
        own = self.api.fill(link.route, prediction.model).replace("{id}", prediction_id)
        return prediction if call.request.url.path.endswith(own) else None

    def not_found(self, call: Call, link: ir.Link) -> Response:
        return call.error(404, f"No prediction with id {self._id(call, link)!r}")

    # --- submit -----------------------------------------------------------------------------------------

    def _model_id(self, request: Request, from_path: str | None) -> str:
        if from_path is not None:
            return from_path
        return request.headers.get(self.api.model_header or "", "").strip()

    def submit_limit(self, from_path: str | None) -> Callable[[Request], tuple[str, Limit]]:
        def limit(request: Request) -> tuple[str, Limit]:
            model_id = self._model_id(request, from_path)
            route = f"{self.scope}:predictions" + (f":{model_id}" if model_id else "")
            model = self.models.get(model_id)
            if model is not None and model.rate_limit is not None:
                return route, Limit(route, model.rate_limit)
            return route, Limit(f"{self.provider.id}:account", self.account)

        return limit

    def _duration(self, call: Call, model_id: str) -> float | None:
        asked = call.request.headers.get(DURATION_HEADER)
        if asked is None:
            return self.config.prediction_duration(model_id)
        try:
            seconds = float(asked)
        except ValueError:
            return None
        return self.config.scaled(seconds) if seconds >= 0 else None

    def _hold_seconds(self, call: Call) -> float | None:
        """How long to hold this submit, from the hold header; None when not asked (or not understood)."""
        hold, pattern = self.api.hold, self.hold
        if hold is None or pattern is None:
            return None
        raw = call.request.headers.get(hold.header)
        for part in (raw or "").split(","):  # a header may carry several preferences
            match = pattern.fullmatch(part.strip())
            if match is not None:
                seconds = match.groupdict().get("seconds")
                return self.config.hold_seconds(hold, float(seconds) if seconds else hold.max_seconds)
        return None

    def _inputs(self, body: Any) -> dict[str, Any] | None:
        field = self.api.input_field
        inputs = body.get(field) if field and isinstance(body, dict) else body
        return inputs if isinstance(inputs, dict) else None

    def _webhook(self, call: Call, body: Any) -> tuple[Webhook | None, list[Problem]]:
        """The webhook a submit passes where the provider spec's webhooks.request says (its body fields taken out of
        the body, so the inputs are checked without them), and what is wrong with it."""
        hook = self.provider.webhook_request
        if hook is None or not isinstance(body, dict):
            return None, []
        url = call.request.query_params.get(hook.url_name) if hook.url_in == "query" else body.pop(hook.url_name, None)
        events = body.pop(hook.events_name, None) if hook.events_name else None
        secret = body.pop(hook.secret_name, None) if hook.secret_name else None
        if url is None:
            return None, []
        problems = []
        if not isinstance(url, str) or not url.startswith(("https://", "http://")):
            problems.append(Problem(hook.url_name, f"expected an http(s) URL, found {url!r}"))
        if events is not None and (
            not isinstance(events, list) or not all(isinstance(e, str) and e in hook.events for e in events)
        ):
            allowed = ", ".join(hook.events)
            problems.append(Problem(hook.events_name or "", f"{events!r} is not a list of {allowed}"))
        if secret is not None and not isinstance(secret, str):
            problems.append(Problem(hook.secret_name or "", "expected a string"))
        if problems:
            return None, problems
        assert isinstance(url, str)
        return Webhook(url, tuple(events or ()), secret is not None), []

    def submit(self, from_path: str | None) -> Handler:
        async def handler(call: Call) -> Response:
            return await self._submit(call, from_path)

        return handler

    async def _submit(self, call: Call, from_path: str | None) -> Response:
        api = self.api
        model_id = self._model_id(call.request, from_path)
        if not model_id:
            return call.error(400, f"Missing the {api.model_header} header naming the model")
        try:
            body = call.json()
        except ValueError:
            return call.error(400, "The request body is not valid JSON")
        webhook, problems = self._webhook(call, body)
        if problems:
            return call.error(
                422, summary(problems), details=[{"field": p.parameter, "message": p.message} for p in problems]
            )
        inputs = self._inputs(body)
        if inputs is None:
            shape = f'{{"{api.input_field}": {{...}}}}' if api.input_field else "{...}"
            return call.error(400, f"Expected a JSON object {shape} with the model's inputs")
        validator = self.validators.get(model_id)
        if validator is not None:  # a model named in a header may be one no spec describes: any input goes
            problems = validator.problems(inputs)
            if problems:
                prefix = f"{api.input_field}." if api.input_field else ""
                details = [{"field": prefix + p.parameter, "message": p.message} for p in problems]
                return call.error(422, summary(problems), details=details)
        missing = missing_files(self.state, self.provider, call.base_url, inputs)
        if missing:
            return call.error(400, "No such uploaded file (unknown or expired): " + ", ".join(missing))
        duration = self._duration(call, model_id)
        if duration is None:
            return call.error(400, f"{DURATION_HEADER} must be a number of seconds >= 0")
        form = call.request.headers.get(OUTPUT_HEADER, "url").strip().lower()
        if form not in ("url", "list", "data"):
            return call.error(400, f"{OUTPUT_HEADER} must be url, list or data")
        model = self.models.get(model_id)
        if self.state.spend(model.cost.usd if model and model.cost else self.config.credit_cost) is None:
            return call.error(credits_refusal(self.provider), "Insufficient credits")
        outcome: Outcome = "succeeded"
        for fault, result in _OUTCOME_FAULTS:
            if call.fault(fault):
                outcome = result
        prediction_id = _prediction_id()
        retention = api.delivery_retention_hours
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
            api=api.name,
            output_form="url" if form == "url" else "list" if form == "list" else "data",
            webhook=webhook,
        )
        self.state.add_prediction(prediction)
        hold = self._hold_seconds(call)
        if hold is not None:
            deadline = prediction.created + hold
            while (left := min(prediction.done_at, deadline) - now()) > 0:  # a cancel may end it early
                await asyncio.sleep(min(left + 0.001, 0.05))
        status = prediction.status(now(), api.statuses)
        # The documented status whether it finished within the hold or not; unfinished, the client polls.
        body = self.body(call, prediction, status, output=api.result is None)
        return JSONResponse(body, status_code=api.submit_status)

    # --- follow-ups -------------------------------------------------------------------------------------

    async def status(self, call: Call) -> Response:
        prediction = self.find(call, self.api.status)
        if prediction is None:
            return self.not_found(call, self.api.status)
        status = UNKNOWN_STATUS if call.fault("unknown-status") else prediction.status(now(), self.api.statuses)
        return JSONResponse(self.body(call, prediction, status, output=self.api.result is None))

    async def result(self, call: Call) -> Response:
        """The result link: the output once succeeded; an ended job that did not succeed is a 422, or the
        error status the spec gives for a failed (canceled) job of a provider without words for it."""
        api = self.api
        assert api.result is not None
        prediction = self.find(call, api.result)
        if prediction is None:
            return self.not_found(call, api.result)
        words = api.statuses
        status = UNKNOWN_STATUS if call.fault("unknown-status") else prediction.status(now(), words)
        if status in words.succeeded and prediction.outcome != "succeeded" and api.result_failed_statuses:
            canceled = prediction.outcome in ("canceled", "aborted") and api.result_canceled_statuses
            code = api.result_canceled_statuses[0] if canceled else api.result_failed_statuses[0]
            return call.error(code, "Prediction canceled" if canceled else FAILED_ERROR)
        ended = status not in words.pending and status not in words.succeeded
        return JSONResponse(self.body(call, prediction, status, output=True), status_code=422 if ended else 200)

    async def cancel(self, call: Call) -> Response:
        assert self.api.cancel is not None
        prediction = self.find(call, self.api.cancel)
        if prediction is None:
            return self.not_found(call, self.api.cancel)
        moment = now()
        prediction.cancel(moment)  # a job that already ended stays as it was
        status = prediction.status(moment, self.api.statuses)
        return JSONResponse(self.body(call, prediction, status, output=self.api.result is None))

    async def deliver(self, call: Call) -> Response:
        if self.api.delivery_path is None and self.provider.auth.header in call.request.headers:
            message = f"The {self.provider.auth.header} header was sent to the delivery host: the key is for the API"
            return call.error(403, message)
        suffix = call.request.path_params.get("rest", "")
        parts = suffix.split("/")
        prediction = self.state.prediction(parts[1]) if len(parts) == 3 else None
        moment = now()
        if (
            prediction is None
            or prediction.provider != self.provider.id
            or prediction.delivery_suffix != suffix
            or prediction.outcome != "succeeded"
            or not prediction.is_done(moment)
        ):
            return call.error(404, f"No delivered output at {call.request.url.path}")
        if prediction.expired(moment):
            return call.error(410, "The delivered output has expired")
        data, media_type = self.media(prediction)
        return Response(data, media_type=media_type)

    # --- the endpoints ----------------------------------------------------------------------------------

    def endpoints(self) -> list[Endpoint]:
        api, provider, scope = self.api, self.provider, self.scope
        status_limit = Limit(f"{scope}:status", api.status_rate_limit)
        follow_ups: list[tuple[ir.Link | None, Handler, RouteKind, str, Limit]] = [
            (api.status, self.status, "status", "status", status_limit),
            (api.result, self.result, "status", "result", status_limit),
            (api.cancel, self.cancel, "other", "cancel", Limit(f"{scope}:cancel", None)),
        ]
        result = [
            Endpoint(provider, path, frozenset({link.method}), kind, handler, fixed(f"{scope}:{name}", limit))
            for link, handler, kind, name, limit in follow_ups
            if link is not None
            for path in self.routes(link)
        ]
        result.append(
            Endpoint(
                provider,
                self.outputs_path + "/{rest:path}",
                frozenset({"GET"}),
                "delivery",
                self.deliver,
                fixed(f"{scope}:delivery", Limit(f"{scope}:delivery", api.delivery_rate_limit)),
                # Another host (no delivery path): no key expected; the handler refuses one.
                auth=api.delivery_path is not None and self.config.auth_on_downloads,
            )
        )
        if api.needs_model_path:  # one route per model the API serves, its id in the path
            for model_id in self.models:
                path = api.fill(api.submit_path, model_id)
                result.append(
                    Endpoint(
                        provider,
                        path,
                        frozenset({"POST"}),
                        "predict",
                        self.submit(model_id),
                        self.submit_limit(model_id),
                    )
                )
        else:
            result.append(
                Endpoint(
                    provider,
                    api.submit_path,
                    frozenset({"POST"}),
                    "predict",
                    self.submit(None),
                    self.submit_limit(None),
                )
            )
        return result


def endpoints(config: MockConfig, state: MockState, provider: ir.Provider, api: ir.PredictionsAPI) -> list[Endpoint]:
    return PredictionsEndpoints(config, state, provider, api).endpoints()
