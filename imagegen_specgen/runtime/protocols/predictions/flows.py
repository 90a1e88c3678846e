"""Protocol `predictions` as flows: submit (holding when there is time), poll to the end, read the output,
cancel, upload files. Every name a provider uses (paths, headers, fields, status words) comes from its record.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ...bodies import json_content
from ...config import Session, TimeoutArg
from ...endpoints import EndpointInfo, PredictionsInfo, RateLimit
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
from ...options import FileInput
from ...package import NAME
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
    """The end of a wait: the final status and the absolute output URLs (or data: URIs)."""

    status: PredictionStatus
    outputs: tuple[str, ...]


def submit(
    session: Session,
    api: PredictionsInfo,
    model_id: str,
    input: Mapping[str, Any],
    *,
    hold: bool,
    limit: RateLimit | None,
    timeout: TimeoutArg,
    max_retries: int,
    extra_headers: Mapping[str, str] | None,
    until: float | None = None,
) -> Flow[Prediction]:
    """POST the prediction (billed: see retry.py); the answer is a finished status or a handle to poll.

    A hold is asked for only when the call has time for it: otherwise the POST could time out while the
    server holds it, leaving a billed job without an id to resume it by. A hold whose length is a
    parameter ("{seconds}") is shortened to the time left.
    """
    budget = session.budget_for("generate", timeout)
    headers = {"content-type": "application/json"}
    if api.model_header:
        headers[api.model_header] = model_id
    if hold and api.hold_header:
        seconds = _hold_seconds(session, api, budget, until)
        if seconds is not None:
            headers[api.hold_header] = api.hold_value.replace("{seconds}", str(int(seconds)))
        else:
            logger.debug("%s: too little time left for the server's hold: submitting without it", model_id)
    body = {api.input_field: dict(input)} if api.input_field else dict(input)
    content, secrets = json_content(body)
    spec = RequestSpec(
        method="POST",
        url=session.url(api.fill(api.submit_path, model_id)),
        timeout=session.timeout_for("generate", timeout),
        headers={**headers, **(extra_headers or {})},
        content=content,
        secrets=secrets,
    )
    response = yield from request(
        session,
        spec,
        billed=True,
        max_retries=max_retries,
        budget=budget,
        until=until,
        limit_key=f"model:{model_id}",
        limit=limit,
    )
    return parse_created(api, json_object(response), model_id)


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
    *,
    timeout: TimeoutArg,
    max_retries: int,
    until: float | None = None,
) -> Flow[PredictionStatus]:
    """One status check; a malformed body is retried like a failed request (the GET is safe)."""
    spec = RequestSpec(
        method=api.status_method,
        url=session.url(_url(api, api.status_path, prediction.status_url, prediction)),
        timeout=session.timeout_for("other", timeout),
    )
    return (
        yield from fetch(
            session,
            spec,
            lambda response: parse_status(api, json_object(response), prediction.id),
            max_retries=max_retries,
            budget=session.budget_for("other", timeout),
            until=until,
            limit_key=f"{api.name}:status",
            limit=api.status_rate_limit,
        )
    )


def wait(
    session: Session,
    api: PredictionsInfo,
    prediction: Prediction,
    *,
    started: float,
    deadline: float | None,
    on_progress: ProgressCallback | None,
    timeout: TimeoutArg,
    max_retries: int,
) -> Flow[Finished]:
    """Poll until the prediction is done: succeeded -> its outputs; failed/canceled/aborted/unknown -> raise.

    `deadline` is in seconds from `started` (None: no limit) and bounds every request too; the last poll
    happens at the deadline and may take `LAST_POLL` seconds. `on_progress` hears of each change of status,
    not of every poll.
    """
    end = None if deadline is None else started + deadline
    last: str | None = None
    model = _resume_model(api, prediction)
    while True:
        until = None if end is None else max(end, session.clock() + LAST_POLL)
        try:
            current = yield from status(session, api, prediction, timeout=timeout, max_retries=max_retries, until=until)
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
            return (yield from _outputs(session, api, prediction, current, timeout, max_retries, until))
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
    timeout: TimeoutArg,
    max_retries: int,
    until: float | None,
) -> Flow[Finished]:
    """The outputs of a succeeded prediction: in its final status, or in the API's result answer."""
    if api.result_path is None:
        return Finished(final, _absolute(session, outputs(api, final.raw, final.id)))
    spec = RequestSpec(
        method=api.result_method,
        url=session.url(
            _url(api, api.result_path, prediction.result_url, replace(prediction, id=prediction.id or final.id))
        ),
        timeout=session.timeout_for("other", timeout),
    )
    try:
        body = yield from fetch(
            session,
            spec,
            json_object,
            max_retries=max_retries,
            budget=session.budget_for("other", timeout),
            until=until,
            final=(*api.result_failed_statuses, *api.result_canceled_statuses),
        )
    except APIStatusError as error:
        _raise_failed(api, error, final.id)
        raise
    return Finished(final, _absolute(session, outputs(api, body, final.id)))


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
    *,
    started: float,
    deadline: float | None,
    on_progress: ProgressCallback | None,
    timeout: TimeoutArg,
    max_retries: int,
) -> Flow[Finished]:
    """The outputs of a submitted prediction, waiting for it unless the hold already finished it.

    The job exists from here on (it is billed, and may still finish): any APIError raised carries its id and
    says how to resume (errors.APIError.resumable); a PredictionError carries it already.
    """
    done = created.finished
    try:
        if done is None:
            return (
                yield from wait(
                    session,
                    api,
                    created,
                    started=started,
                    deadline=deadline,
                    on_progress=on_progress,
                    timeout=timeout,
                    max_retries=max_retries,
                )
            )
        if on_progress is not None:
            on_progress(replace(done, elapsed=session.clock() - started))
        settle(api, done)
        until = None if deadline is None else started + deadline
        return (yield from _outputs(session, api, created, done, timeout, max_retries, until))
    except APIError as error:
        error.resumable(created.id or (done.id if done is not None else None) or "?", _resume_model(api, created))
        raise


def cancel(
    session: Session, api: PredictionsInfo, prediction: Prediction, *, timeout: TimeoutArg, max_retries: int
) -> Flow[PredictionStatus | None]:
    """Ask the provider to cancel; its answer's status when it gives one. Not billed, so retried freely."""
    if api.cancel_path is None:
        raise UnsupportedOperationError(f"API {api.name!r} has no way to cancel a prediction; nothing was sent")
    spec = RequestSpec(
        method=api.cancel_method,
        url=session.url(_url(api, api.cancel_path, prediction.cancel_url, prediction)),
        timeout=session.timeout_for("other", timeout),
    )
    response = yield from request(
        session, spec, billed=False, max_retries=max_retries, budget=session.budget_for("other", timeout)
    )
    if not response.content:
        return None
    body = json_object(response)
    return parse_status(api, body, prediction.id) if isinstance(dig(body, api.status_field), str) else None


def generate(
    session: Session,
    api: PredictionsInfo,
    endpoint: EndpointInfo,
    model: type[BaseModel],
    values: Mapping[str, object],
    *,
    deadline: float | None,
    on_progress: ProgressCallback | None,
    timeout: TimeoutArg,
    max_retries: int,
    extra_headers: Mapping[str, str] | None,
) -> Flow[Finished]:
    """Validate, upload local files, submit (holding if the endpoint says so), wait for the outputs."""
    from ...validation import validate, with_uploaded  # pydantic is imported only once a typed call is made

    started = session.clock()
    until = None if deadline is None else started + deadline
    files = session.provider.files
    validated = validate(endpoint, model, values, upload_host=session.provider.title if files else None)
    local = yield from blocking(lambda: _read_all(endpoint, validated.uploads))
    urls = []
    for item in local:
        uploaded = yield from upload_bytes(session, item, timeout=timeout, max_retries=max_retries, until=until)
        urls.append(uploaded.url)
    body = with_uploaded(validated.body, validated.uploads, urls)
    created = yield from submit(
        session,
        api,
        endpoint.model_id,
        body,
        hold=endpoint.sync,
        limit=endpoint.rate_limit,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        until=until,
    )
    return (
        yield from finish(
            session,
            api,
            created,
            started=started,
            deadline=deadline,
            on_progress=on_progress,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def run(
    session: Session,
    api: PredictionsInfo,
    model_id: str,
    input: Mapping[str, Any],
    *,
    hold: bool,
    deadline: float | None,
    on_progress: ProgressCallback | None,
    timeout: TimeoutArg,
    max_retries: int,
    extra_headers: Mapping[str, str] | None,
) -> Flow[Finished]:
    """Untyped submit-and-wait for any model id (no validation, no uploads)."""
    started = session.clock()
    created = yield from submit(
        session,
        api,
        model_id,
        input,
        hold=hold,
        limit=None,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        until=None if deadline is None else started + deadline,
    )
    return (
        yield from finish(
            session,
            api,
            created,
            started=started,
            deadline=deadline,
            on_progress=on_progress,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def delivery_limit(api: PredictionsInfo, url: str) -> tuple[str, RateLimit] | None:
    """The rate limit of the API's own delivery endpoint when `url` is on it (None for anything else)."""
    if api.delivery_path is None or api.delivery_rate_limit is None:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    return (f"{api.name}:delivery", api.delivery_rate_limit) if ("/" + path).startswith(api.delivery_path) else None


def upload(session: Session, file: FileInput, *, timeout: TimeoutArg, max_retries: int) -> Flow[UploadedFile]:
    if not is_local_file(file):
        raise InvalidParameterError([f"file={file!r} is not a local path, bytes or binary file object"])
    local = yield from blocking(lambda: read_local_file(file))
    return (yield from upload_bytes(session, local, timeout=timeout, max_retries=max_retries))


def upload_bytes(
    session: Session, file: LocalFile, *, timeout: TimeoutArg, max_retries: int, until: float | None = None
) -> Flow[UploadedFile]:
    """POST one file as multipart; not billed, so retried like any idempotent request."""
    files = session.provider.files
    if files is None:
        raise UnsupportedOperationError(f"{session.provider.title} has no file upload endpoint; pass URLs")
    spec = RequestSpec(
        method="POST",
        url=session.url(files.path),
        timeout=session.timeout_for("other", timeout),
        files={files.field: (file.name, file.content, file.content_type)},
    )
    response = yield from request(
        session,
        spec,
        billed=False,
        max_retries=max_retries,
        budget=session.budget_for("transfer", timeout),
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
