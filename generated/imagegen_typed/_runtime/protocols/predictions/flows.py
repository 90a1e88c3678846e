"""Protocol `predictions` as flows: submit (holding when there is time), poll to the end, read the output,
cancel, upload files. Every name a provider uses (paths, headers, fields, status words) comes from its record.
"""

from __future__ import annotations

import difflib
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

import httpx

from ...bodies import json_content
from ...config import Session
from ...endpoints import EndpointInfo, PredictionsInfo, RateLimit, WebhookInfo
from ...errors import (
    APIError,
    APIStatusError,
    APITimeoutError,
    InvalidParameterError,
    PredictionCanceledError,
    PredictionFailedError,
    ResponseParseError,
    UnsupportedOperationError,
    WaitTimeoutError,
)
from ...exchange import fetch, request
from ...flow import Flow, RequestSpec, blocking, sleep
from ...options import Call, FileInput, Webhook
from ...package import NAME
from ...redaction import sealed
from ...responses import dig, json_object
from ...results import Prediction, PredictionStatus, UploadedFile
from ...uploads import LocalFile, is_local_file, read_local_file
from .state import outputs, parse_created, parse_status, phase, poll_interval, settle

if TYPE_CHECKING:
    from pydantic import BaseModel

    from ...validation import PendingUpload

ProgressCallback = Callable[[PredictionStatus], None]
# A prediction as a caller may name it: a handle, its id, or the error that ended a wait for it.
PredictionRef = str | Prediction | APIError | WaitTimeoutError
logger = logging.getLogger(NAME)

HOLD_MARGIN = 5.0  # seconds beyond the server's hold that a call needs left to ask for it
MIN_HOLD = 1.0  # a hold shorter than this is not worth asking for
LAST_POLL = 0.25  # seconds the poll at the deadline may take (the deadline is otherwise strict)


@dataclass(frozen=True, slots=True)
class Finished:
    """The end of a wait: the final status, the absolute output URLs (or data: URIs), the answer they were read
    from and the submit's answer (None for a prediction submitted earlier)."""

    status: PredictionStatus
    outputs: tuple[str, ...]
    response: httpx.Response
    submit_response: httpx.Response | None = None


def submit(
    session: Session,
    api: PredictionsInfo,
    model_id: str,
    input: Mapping[str, Any],
    call: Call,
    *,
    hold: bool,
    limit: RateLimit | None,
    until: float | None = None,
    webhook: Webhook | None = None,
) -> Flow[Prediction]:
    """POST the prediction (billed: see retry.py); the answer is a finished status or a handle to poll.

    A hold is asked for only when the call has time for it: otherwise the POST could time out while the
    server holds it, leaving a billed job without an id to resume it by. A hold whose length is a
    parameter ("{seconds}") is shortened to the time left. The call's `extra_input` joins the inputs, its
    `extra_body` the body's top level; a `webhook` goes where the provider's spec says (never with a hold).
    """
    budget = session.budget_for("generate", call.timeout)
    headers = {"content-type": "application/json"}
    if api.model_header:
        headers[api.model_header] = model_id
    if hold and api.hold_header:
        seconds = _hold_seconds(session, api, budget, until)
        if seconds is not None:
            headers[api.hold_header] = api.hold_value.replace("{seconds}", str(int(seconds)))
        else:
            logger.debug("%s: too little time left for the server's hold: submitting without it", model_id)
    inputs = {**input, **call.extra_input}
    body = {api.input_field: inputs, **call.extra_body} if api.input_field else {**inputs, **call.extra_body}
    url = call.url(session.url(api.fill(api.submit_path, model_id)))
    if webhook is not None:
        fields, query = webhook_fields(session.provider.title, session.provider.webhook, webhook)
        body.update(fields)
        url = url.copy_merge_params(query) if query else url
    content, secrets = json_content(body)
    spec = RequestSpec(
        method="POST",
        url=url,
        timeout=session.timeout_for("generate", call.timeout),
        headers={**headers, **call.extra_headers},
        content=content,
        secrets=secrets,
    )
    response = yield from request(
        session,
        spec,
        billed=True,
        max_retries=call.max_retries,
        budget=budget,
        until=until,
        limit_key=f"model:{model_id}",
        limit=limit,
    )
    created = parse_created(api, json_object(response), model_id)
    kept = sealed(response, session.api_key)
    finished = None if created.finished is None else replace(created.finished, http_response=kept)
    return replace(created, finished=finished, http_response=kept)


def webhook_fields(title: str, info: WebhookInfo | None, webhook: Webhook) -> tuple[dict[str, object], dict[str, str]]:
    """The body fields and query parameters that pass `webhook`, as the provider's spec says; refused (nothing
    sent) when the provider takes none, or takes no events filter or secret and one is given, or an event is not
    one of its words."""
    if not isinstance(webhook, Webhook):
        raise TypeError(f"webhook must be a Webhook(url, ...), got {type(webhook).__name__}")
    if info is None:
        raise UnsupportedOperationError(f"{title} takes no webhook with a call; nothing was sent")
    problems = []
    if not isinstance(webhook.url, str) or not webhook.url.startswith(("https://", "http://")):
        problems.append(f"webhook.url={webhook.url!r} is not an http(s) URL")
    if webhook.events and info.events_name is None:
        problems.append(f"webhook.events={list(webhook.events)!r}: {title} takes no choice of events")
    elif webhook.events:
        allowed = ", ".join(repr(event) for event in info.events)
        for event in webhook.events:
            if event not in info.events:
                close = difflib.get_close_matches(str(event), info.events, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                problems.append(f"webhook.events: {event!r} is not allowed; allowed values: {allowed}{hint}")
    if webhook.secret is not None and info.secret_name is None:
        problems.append(f"webhook.secret: {title} takes no secret with a call (see its verify_webhook)")
    if problems:
        raise InvalidParameterError(
            [*problems, "nothing was sent"] if len(problems) > 1 else [f"{problems[0]}; nothing was sent"]
        )
    fields: dict[str, object] = {}
    query: dict[str, str] = {}
    (query if info.url_in == "query" else fields)[info.url_name] = webhook.url
    if webhook.events and info.events_name is not None:
        fields[info.events_name] = list(webhook.events)
    if webhook.secret is not None and info.secret_name is not None:
        fields[info.secret_name] = webhook.secret  # a Secret: sent in clear only to the provider's own host
    return fields, query


def _hold_seconds(session: Session, api: PredictionsInfo, budget: float | None, until: float | None) -> float | None:
    left = [budget] if budget is not None else []
    if until is not None:
        left.append(until - session.clock())
    if not left:
        return api.hold_max_seconds
    room = min(left) - HOLD_MARGIN
    if "{seconds}" in api.hold_value:
        seconds = min(api.hold_max_seconds, room)
        return seconds if seconds >= MIN_HOLD else None
    return api.hold_max_seconds if room >= api.hold_max_seconds else None


def _url(api: PredictionsInfo, template: str, given: str | None, prediction: Prediction) -> str:
    """The URL the submit answer gave, else the path template filled with the prediction (and its model)."""
    if given:
        return given
    if prediction.id is None:
        raise ResponseParseError("the provider gave no prediction id to follow")
    if prediction.model is None and api.needs_model(template):
        raise InvalidParameterError(
            [
                f"model: API {api.name!r} follows a prediction at {template!r}, which needs the model id: "
                f"pass model=... (the model prediction {prediction.id} was submitted for); nothing was sent"
            ]
        )
    return api.fill(template, prediction.model, prediction.id)


def _resume_model(api: PredictionsInfo, prediction: Prediction) -> str | None:
    """The model id a resume needs: only when the API's follow-up paths use it."""
    templates = (api.status_path, api.result_path or "", api.cancel_path or "")
    return prediction.model if any(api.needs_model(t) for t in templates) else None


def status(
    session: Session,
    api: PredictionsInfo,
    prediction: Prediction,
    call: Call,
    *,
    until: float | None = None,
) -> Flow[PredictionStatus]:
    """One status check; a malformed body is retried like a failed request (the GET is safe)."""
    spec = RequestSpec(
        method=api.status_method,
        url=session.url(_url(api, api.status_path, prediction.status_url, prediction)),
        timeout=session.timeout_for("other", call.timeout),
    )

    def parse(response: httpx.Response) -> PredictionStatus:
        found = parse_status(api, json_object(response), prediction.id)
        return replace(found, http_response=sealed(response, session.api_key))

    return (
        yield from fetch(
            session,
            spec,
            parse,
            max_retries=call.max_retries,
            budget=session.budget_for("other", call.timeout),
            until=until,
            limit_key=f"{api.name}:status",
            limit=api.status_rate_limit,
        )
    )


def wait(
    session: Session,
    api: PredictionsInfo,
    prediction: Prediction,
    call: Call,
    *,
    started: float,
) -> Flow[Finished]:
    """Poll until the prediction is done: succeeded -> its outputs; failed/canceled/aborted/unknown -> raise.

    The call's `deadline` is in seconds from `started` (None: no limit) and bounds every request too; the last
    poll happens at the deadline and may take `LAST_POLL` seconds. Its `on_progress` hears of each change of
    status, not of every poll.
    """
    deadline, on_progress = call.deadline, call.on_progress
    end = None if deadline is None else started + deadline
    last: str | None = None
    model = _resume_model(api, prediction)
    while True:
        until = None if end is None else max(end, session.clock() + LAST_POLL)
        try:
            current = yield from status(session, api, prediction, call, until=until)
        except APITimeoutError as error:
            if until is not None and session.clock() >= until - 0.01:
                assert deadline is not None
                raise WaitTimeoutError(
                    prediction_id=prediction.id, deadline=deadline, last_status=last, prediction_model=model
                ) from error
            raise
        if on_progress is not None and current.status != last:
            on_progress(replace(current, elapsed=session.clock() - started))
        last = current.status
        if settle(api, current):
            return (yield from _outputs(session, api, prediction, current, call, until))
        elapsed = session.clock() - started
        delay = poll_interval(elapsed)
        if deadline is not None:
            remaining = deadline - elapsed
            if remaining <= 0:
                raise WaitTimeoutError(
                    prediction_id=prediction.id, deadline=deadline, last_status=current.status, prediction_model=model
                )
            delay = min(delay, remaining)
        yield from sleep(delay)


def _outputs(
    session: Session,
    api: PredictionsInfo,
    prediction: Prediction,
    final: PredictionStatus,
    call: Call,
    until: float | None,
) -> Flow[Finished]:
    """The outputs of a succeeded prediction: in its final status, or in the API's result answer."""
    submitted = prediction.http_response
    if api.result_path is None:
        assert final.http_response is not None  # every status the flows parse keeps its answer
        found = _absolute(session, outputs(api, final.raw, final.id))
        return Finished(final, found, final.http_response, submitted)
    spec = RequestSpec(
        method=api.result_method,
        url=session.url(
            _url(api, api.result_path, prediction.result_url, replace(prediction, id=prediction.id or final.id))
        ),
        timeout=session.timeout_for("other", call.timeout),
    )
    try:
        body, response = yield from fetch(
            session,
            spec,
            lambda response: (json_object(response), response),
            max_retries=call.max_retries,
            budget=session.budget_for("other", call.timeout),
            until=until,
            final=(*api.result_failed_statuses, *api.result_canceled_statuses),
        )
    except APIStatusError as error:
        _raise_failed(api, error, final.id)
        raise
    found = _absolute(session, outputs(api, body, final.id))
    return Finished(final, found, sealed(response, session.api_key), submitted)


def _raise_failed(api: PredictionsInfo, error: APIStatusError, prediction_id: str | None) -> None:
    """A result answered with an error that reports the job's end: one of the API's failed (or canceled)
    statuses, for a provider that reports a failed job as finished; or a body whose status word is a failure."""
    body = error.body
    if error.status_code in api.result_canceled_statuses:
        raise PredictionCanceledError(
            f"prediction {prediction_id} was canceled: {error.message}", prediction_id=prediction_id, raw=body
        ) from error
    if error.status_code in api.result_failed_statuses:
        raise PredictionFailedError(error.message, prediction_id=prediction_id, raw=body) from error
    if not isinstance(body, dict):
        return
    word = dig(body, api.status_field)
    if isinstance(word, str) and phase(api, word) == "failed":
        failure = parse_status(api, body, prediction_id)
        raise PredictionFailedError(
            failure.error or failure.message or error.message,
            error=failure.error,
            prediction_id=prediction_id,
            raw=body,
        ) from error


def _absolute(session: Session, found: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(item if item.startswith("data:") else str(session.url(item)) for item in found)


def finish(
    session: Session,
    api: PredictionsInfo,
    created: Prediction,
    call: Call,
    *,
    started: float,
) -> Flow[Finished]:
    """The outputs of a submitted prediction, waiting for it unless the hold already finished it.

    The job exists from here on (it is billed, and may still finish): any APIError raised carries its id and
    says how to resume (errors.APIError.resumable); a PredictionError carries it already.
    """
    done = created.finished
    try:
        if done is None:
            return (yield from wait(session, api, created, call, started=started))
        if call.on_progress is not None:
            call.on_progress(replace(done, elapsed=session.clock() - started))
        settle(api, done)
        until = None if call.deadline is None else started + call.deadline
        return (yield from _outputs(session, api, created, done, call, until))
    except APIError as error:
        error.resumable(created.id or (done.id if done is not None else None) or "?", _resume_model(api, created))
        raise


def cancel(session: Session, api: PredictionsInfo, prediction: Prediction, call: Call) -> Flow[PredictionStatus | None]:
    """Ask the provider to cancel; its answer's status when it gives one. Not billed, so retried freely."""
    if api.cancel_path is None:
        raise UnsupportedOperationError(f"API {api.name!r} has no way to cancel a prediction; nothing was sent")
    spec = RequestSpec(
        method=api.cancel_method,
        url=session.url(_url(api, api.cancel_path, prediction.cancel_url, prediction)),
        timeout=session.timeout_for("other", call.timeout),
    )
    response = yield from request(
        session, spec, billed=False, max_retries=call.max_retries, budget=session.budget_for("other", call.timeout)
    )
    if not response.content:
        return None
    body = json_object(response)
    if not isinstance(dig(body, api.status_field), str):
        return None
    return replace(parse_status(api, body, prediction.id), http_response=sealed(response, session.api_key))


def generate(
    session: Session,
    api: PredictionsInfo,
    endpoint: EndpointInfo,
    model: type[BaseModel],
    values: Mapping[str, object],
    call: Call,
) -> Flow[Finished]:
    """Validate, upload local files, submit (holding if the endpoint says so), wait for the outputs."""
    started = session.clock()
    until = None if call.deadline is None else started + call.deadline
    body = yield from _prepared(session, endpoint, model, values, call, until)
    created = yield from submit(
        session, api, endpoint.model_id, body, call, hold=endpoint.sync, limit=endpoint.rate_limit, until=until
    )
    return (yield from finish(session, api, created, call, started=started))


def submit_model(
    session: Session,
    api: PredictionsInfo,
    endpoint: EndpointInfo,
    model: type[BaseModel],
    values: Mapping[str, object],
    call: Call,
    webhook: Webhook,
) -> Flow[Prediction]:
    """Validate, upload local files and submit with a webhook, without a hold: the prediction comes back at once,
    with its id (the provider sends the result to the webhook; `predictions.wait` still works)."""
    webhook_fields(session.provider.title, session.provider.webhook, webhook)  # a bad one fails before any upload
    body = yield from _prepared(session, endpoint, model, values, call, None)
    return (
        yield from submit(
            session, api, endpoint.model_id, body, call, hold=False, limit=endpoint.rate_limit, webhook=webhook
        )
    )


def _prepared(
    session: Session,
    endpoint: EndpointInfo,
    model: type[BaseModel],
    values: Mapping[str, object],
    call: Call,
    until: float | None,
) -> Flow[dict[str, Any]]:
    """The validated inputs, each local file uploaded and replaced by its URL."""
    from ...validation import validate, with_uploaded  # pydantic is imported only once a typed call is made

    files = session.provider.files
    validated = validate(endpoint, model, values, upload_host=session.provider.title if files else None)
    local = yield from blocking(lambda: _read_all(endpoint, validated.uploads))
    urls = []
    for item in local:
        uploaded = yield from upload_bytes(session, item, call, until=until)
        urls.append(uploaded.url)
    return with_uploaded(validated.body, validated.uploads, urls)


def run(
    session: Session,
    api: PredictionsInfo,
    model_id: str,
    input: Mapping[str, Any],
    call: Call,
    *,
    hold: bool,
) -> Flow[Finished]:
    """Untyped submit-and-wait for any model id (no validation, no uploads)."""
    started = session.clock()
    until = None if call.deadline is None else started + call.deadline
    created = yield from submit(session, api, model_id, input, call, hold=hold, limit=None, until=until)
    return (yield from finish(session, api, created, call, started=started))


def delivery_limit(api: PredictionsInfo, url: str) -> tuple[str, RateLimit] | None:
    """The rate limit of the API's own delivery endpoint when `url` is on it (None for anything else)."""
    if api.delivery_path is None or api.delivery_rate_limit is None:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    return (f"{api.name}:delivery", api.delivery_rate_limit) if ("/" + path).startswith(api.delivery_path) else None


def upload(session: Session, file: FileInput, call: Call) -> Flow[UploadedFile]:
    if not is_local_file(file):
        raise InvalidParameterError([f"file={file!r} is not a local path, bytes or binary file object"])
    local = yield from blocking(lambda: read_local_file(file))
    return (yield from upload_bytes(session, local, call))


def upload_bytes(session: Session, file: LocalFile, call: Call, *, until: float | None = None) -> Flow[UploadedFile]:
    """POST one file as multipart; not billed, so retried like any idempotent request."""
    files = session.provider.files
    if files is None:
        raise UnsupportedOperationError(f"{session.provider.title} has no file upload endpoint; pass URLs")
    spec = RequestSpec(
        method="POST",
        url=session.url(files.path),
        timeout=session.timeout_for("other", call.timeout),
        files={files.field: (file.name, file.content, file.content_type)},
    )
    response = yield from request(
        session,
        spec,
        billed=False,
        max_retries=call.max_retries,
        budget=session.budget_for("transfer", call.timeout),
        until=until,
    )
    body = json_object(response)
    url = dig(body, files.url_field)
    if not isinstance(url, str) or not url:
        raise ResponseParseError(f"file upload answer has no {files.url_field}: keys {sorted(body)}")
    file_id = dig(body, files.id_field)
    return UploadedFile(id=file_id if isinstance(file_id, str) else None, url=str(session.url(url)), raw=body)


def _read_all(endpoint: EndpointInfo, uploads: Sequence[PendingUpload]) -> list[LocalFile]:
    """Read every local file before anything is sent, reporting all unreadable ones together."""
    names = {p.wire: p.name for p in endpoint.params}
    problems, files = [], []
    for pending in uploads:
        label = names.get(pending.wire, pending.wire) + (f"[{pending.index}]" if pending.index is not None else "")
        file = pending.file
        shown = repr(os.fspath(file)) if isinstance(file, (str, os.PathLike)) else f"<{type(file).__name__}>"
        try:
            files.append(read_local_file(file))
        except OSError as error:
            problems.append(f"{label}={shown} cannot be read: {error.strerror or error}")
        except TypeError as error:
            problems.append(f"{label}={shown}: {error}")
    if problems:
        raise InvalidParameterError(problems)
    return files


def as_prediction(prediction: PredictionRef, model: str | None = None) -> Prediction:
    """A handle from a prediction, its id, or an error that carries one (a wait that ran out of time).
    `model`: the model id it was submitted for, when the handle does not say (needed by some APIs)."""
    if isinstance(prediction, Prediction):
        return prediction if model is None or prediction.model is not None else replace(prediction, model=model)
    if isinstance(prediction, (APIError, WaitTimeoutError)):
        if prediction.prediction_id is None:
            raise InvalidParameterError([f"prediction: {type(prediction).__name__} carries no prediction id"])
        model = model or prediction.prediction_model
        prediction = prediction.prediction_id
    return Prediction(
        id=prediction, status_url=None, result_url=None, cancel_url=None, finished=None, raw=None, model=model
    )
