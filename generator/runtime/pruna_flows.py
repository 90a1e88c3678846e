"""Pruna style as flows: create a prediction (Try-Sync or async), poll it to the end, upload files."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .bodies import json_bytes
from .config import Session, TimeoutArg
from .endpoints import EndpointInfo, PredictionsInfo, RateLimit
from .errors import APIError, APITimeoutError, InvalidParameterError, ResponseParseError, WaitTimeoutError
from .exchange import fetch, request
from .flow import Flow, RequestSpec, sleep
from .options import FileInput
from .package import NAME
from .predictions import parse_created, parse_status, poll_interval, settle
from .responses import dig, json_object
from .results import Prediction, PredictionStatus, UploadedFile
from .uploads import LocalFile, is_local_file, read_local_file

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .validation import PendingUpload

ProgressCallback = Callable[[PredictionStatus], None]
logger = logging.getLogger(NAME)

SYNC_MARGIN = 5.0  # seconds beyond the server's Try-Sync hold that a call needs left to ask for it
LAST_POLL = 0.25  # seconds the poll at the deadline may take (the deadline is otherwise strict)


def predictions_info(session: Session) -> PredictionsInfo:
    info = session.provider.predictions
    if info is None:
        raise TypeError(f"{session.provider.title} has no predictions API")
    return info


def create(
    session: Session,
    model_id: str,
    input: Mapping[str, Any],
    *,
    try_sync: bool,
    limit: RateLimit | None,
    timeout: TimeoutArg,
    max_retries: int,
    extra_headers: Mapping[str, str] | None,
    until: float | None = None,
) -> Flow[Prediction]:
    """POST the prediction (billed: see retry.py); the answer is a finished status or a handle to poll.

    Try-Sync is asked for only when the call has time for the server's whole hold: otherwise the POST could
    time out while the server holds it, leaving a billed job without an id to resume it by.
    """
    info = predictions_info(session)
    budget = session.budget_for("generate", timeout)
    headers = {"content-type": "application/json", info.model_header: model_id}
    if try_sync and _room_for_hold(session, info, budget, until):
        headers[info.sync_header] = "true"
    elif try_sync:
        logger.debug(
            "%s: less time left than the %g s Try-Sync hold: creating without it", model_id, info.sync_wait_seconds
        )
    spec = RequestSpec(
        method="POST",
        url=session.url(info.path),
        timeout=session.timeout_for("generate", timeout),
        headers={**headers, **(extra_headers or {})},
        content=json_bytes({"input": dict(input)}),
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
    return parse_created(info, json_object(response))


def _room_for_hold(session: Session, info: PredictionsInfo, budget: float | None, until: float | None) -> bool:
    left = [budget] if budget is not None else []
    if until is not None:
        left.append(until - session.clock())
    return not left or min(left) >= info.sync_wait_seconds + SYNC_MARGIN


def status(
    session: Session, prediction_id: str, *, timeout: TimeoutArg, max_retries: int, until: float | None = None
) -> Flow[PredictionStatus]:
    """One status check; a malformed body is retried like a failed request (the GET is safe)."""
    info = predictions_info(session)
    spec = RequestSpec(
        method="GET",
        url=session.url(info.status_path.replace("{id}", quote(prediction_id, safe=""))),
        timeout=session.timeout_for("other", timeout),
    )
    return (
        yield from fetch(
            session,
            spec,
            lambda response: parse_status(json_object(response), prediction_id),
            max_retries=max_retries,
            budget=session.budget_for("other", timeout),
            until=until,
            limit_key="status",
            limit=info.status_rate_limit,
        )
    )


def wait(
    session: Session,
    prediction_id: str,
    *,
    started: float,
    deadline: float | None,
    on_progress: ProgressCallback | None,
    timeout: TimeoutArg,
    max_retries: int,
) -> Flow[PredictionStatus]:
    """Poll until the prediction is done: succeeded -> its status; failed/canceled/unknown -> raise.

    `deadline` is in seconds from `started` (None: no limit) and bounds every status request too; the last
    poll happens at the deadline and may take `LAST_POLL` seconds. Any error carries the prediction id.
    """
    info = predictions_info(session)
    end = None if deadline is None else started + deadline
    last: str | None = None
    while True:
        until = None if end is None else max(end, session.clock() + LAST_POLL)
        try:
            current = yield from status(session, prediction_id, timeout=timeout, max_retries=max_retries, until=until)
        except APITimeoutError as error:
            if until is not None and session.clock() >= until - 0.01:
                assert deadline is not None
                raise WaitTimeoutError(prediction_id=prediction_id, deadline=deadline, last_status=last) from error
            error.resumable(prediction_id)
            raise
        except APIError as error:
            error.resumable(prediction_id)
            raise
        last = current.status
        if on_progress is not None:
            on_progress(current)
        if settle(info, current):
            return current
        elapsed = session.clock() - started
        delay = poll_interval(elapsed)
        if deadline is not None:
            remaining = deadline - elapsed
            if remaining <= 0:
                raise WaitTimeoutError(prediction_id=prediction_id, deadline=deadline, last_status=current.status)
            delay = min(delay, remaining)
        yield from sleep(delay)


def finish(
    session: Session,
    created: Prediction,
    *,
    started: float,
    deadline: float | None,
    on_progress: ProgressCallback | None,
    timeout: TimeoutArg,
    max_retries: int,
) -> Flow[PredictionStatus]:
    """The final status of a created prediction, waiting for it unless Try-Sync already finished it."""
    if created.finished is not None:
        if on_progress is not None:
            on_progress(created.finished)
        settle(predictions_info(session), created.finished)
        return created.finished
    assert created.id is not None  # parse_created guarantees an id or a final status
    return (
        yield from wait(
            session,
            created.id,
            started=started,
            deadline=deadline,
            on_progress=on_progress,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def generate(
    session: Session,
    endpoint: EndpointInfo,
    model: type[BaseModel],
    values: Mapping[str, object],
    *,
    deadline: float | None,
    on_progress: ProgressCallback | None,
    timeout: TimeoutArg,
    max_retries: int,
    extra_headers: Mapping[str, str] | None,
) -> Flow[PredictionStatus]:
    """Validate, upload local files, create the prediction (Try-Sync if the endpoint says so), wait for it."""
    from .validation import validate, with_uploaded  # pydantic is imported only once a typed call is made

    started = session.clock()
    until = None if deadline is None else started + deadline
    files = session.provider.files
    validated = validate(endpoint, model, values, upload_host=session.provider.title if files else None)
    local = _read_all(endpoint, validated.uploads)
    urls = []
    for item in local:
        uploaded = yield from upload_bytes(session, item, timeout=timeout, max_retries=max_retries, until=until)
        urls.append(uploaded.url)
    body = with_uploaded(validated.body, validated.uploads, urls)
    created = yield from create(
        session,
        endpoint.model_id,
        body,
        try_sync=endpoint.sync,
        limit=endpoint.rate_limit,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        until=until,
    )
    return (
        yield from finish(
            session,
            created,
            started=started,
            deadline=deadline,
            on_progress=on_progress,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def upload(session: Session, file: FileInput, *, timeout: TimeoutArg, max_retries: int) -> Flow[UploadedFile]:
    if not is_local_file(file):
        raise InvalidParameterError([f"file={file!r} is not a local path, bytes or binary file object"])
    return (yield from upload_bytes(session, read_local_file(file), timeout=timeout, max_retries=max_retries))


def upload_bytes(
    session: Session, file: LocalFile, *, timeout: TimeoutArg, max_retries: int, until: float | None = None
) -> Flow[UploadedFile]:
    """POST one file as multipart; not billed, so retried like any idempotent request."""
    files = session.provider.files
    if files is None:
        raise TypeError(f"{session.provider.title} has no file upload endpoint")
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
    url = dig(body, "urls.get")
    if not isinstance(url, str) or not url:
        raise ResponseParseError(f"file upload answer has no urls.get: keys {sorted(body)}")
    file_id = body.get("id")
    return UploadedFile(id=file_id if isinstance(file_id, str) else None, url=str(session.url(url)), raw=body)


def _read_all(endpoint: EndpointInfo, uploads: Sequence[PendingUpload]) -> list[LocalFile]:
    """Read every local file before anything is sent, reporting all unreadable ones together."""
    names = {p.wire: p.python for p in endpoint.params}
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


def run(
    session: Session,
    model_id: str,
    input: Mapping[str, Any],
    *,
    try_sync: bool,
    deadline: float | None,
    on_progress: ProgressCallback | None,
    timeout: TimeoutArg,
    max_retries: int,
    extra_headers: Mapping[str, str] | None,
) -> Flow[PredictionStatus]:
    """Untyped create-and-wait for any model id (no validation, no uploads)."""
    started = session.clock()
    created = yield from create(
        session,
        model_id,
        input,
        try_sync=try_sync,
        limit=None,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        until=None if deadline is None else started + deadline,
    )
    return (
        yield from finish(
            session,
            created,
            started=started,
            deadline=deadline,
            on_progress=on_progress,
            timeout=timeout,
            max_retries=max_retries,
        )
    )


def as_prediction(prediction: str | Prediction) -> Prediction:
    if isinstance(prediction, Prediction):
        return prediction
    return Prediction(id=prediction, model=None, get_url=None, input=None, finished=None, raw=None)
