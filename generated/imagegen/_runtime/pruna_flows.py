"""Pruna style as flows: create a prediction (Try-Sync or async), poll it to the end, upload files."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .config import Session, TimeoutArg
from .endpoints import EndpointInfo, PredictionsInfo, RateLimit
from .errors import InvalidParameterError, ResponseParseError, WaitTimeoutError
from .exchange import request
from .flow import Flow, RequestSpec, sleep
from .options import FileInput
from .predictions import parse_created, parse_status, poll_interval, settle
from .responses import dig, json_object
from .results import Prediction, PredictionStatus, UploadedFile
from .uploads import LocalFile, is_local_file, read_local_file

if TYPE_CHECKING:
    from pydantic import BaseModel

    from .validation import PendingUpload

ProgressCallback = Callable[[PredictionStatus], None]


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
) -> Flow[Prediction]:
    """POST the prediction (billed: see retry.py); the answer is a finished status or a handle to poll."""
    info = predictions_info(session)
    headers = {"content-type": "application/json", info.model_header: model_id}
    if try_sync:
        headers[info.sync_header] = "true"
    spec = RequestSpec(
        method="POST",
        url=session.url(info.path),
        timeout=session.timeout_for("generate", timeout),
        headers={**headers, **(extra_headers or {})},
        content=json.dumps({"input": dict(input)}).encode(),
    )
    response = yield from request(
        session, spec, billed=True, max_retries=max_retries, limit_key=f"model:{model_id}", limit=limit
    )
    return parse_created(info, json_object(response))


def status(session: Session, prediction_id: str, *, timeout: TimeoutArg, max_retries: int) -> Flow[PredictionStatus]:
    info = predictions_info(session)
    spec = RequestSpec(
        method="GET",
        url=session.url(info.status_path.replace("{id}", quote(prediction_id, safe=""))),
        timeout=session.timeout_for("other", timeout),
    )
    response = yield from request(
        session, spec, billed=False, max_retries=max_retries, limit_key="status", limit=info.status_rate_limit
    )
    return parse_status(json_object(response), prediction_id)


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

    `deadline` is in seconds from `started` (None: no limit); the last poll happens at the deadline.
    """
    info = predictions_info(session)
    while True:
        current = yield from status(session, prediction_id, timeout=timeout, max_retries=max_retries)
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
    files = session.provider.files
    validated = validate(endpoint, model, values, upload_host=session.provider.title if files else None)
    local = _read_all(endpoint, validated.uploads)
    urls = []
    for item in local:
        uploaded = yield from upload_bytes(session, item, timeout=timeout, max_retries=max_retries)
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


def upload_bytes(session: Session, file: LocalFile, *, timeout: TimeoutArg, max_retries: int) -> Flow[UploadedFile]:
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
    response = yield from request(session, spec, billed=False, max_retries=max_retries)
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
