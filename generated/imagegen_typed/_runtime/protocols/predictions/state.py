"""Prediction state, decided purely from the API's record: parsing answers, phases, outputs, poll intervals."""

from __future__ import annotations

from typing import Any

from ...endpoints import PredictionsInfo
from ...errors import (
    PredictionAbortedError,
    PredictionCanceledError,
    PredictionFailedError,
    ResponseParseError,
    UnknownPredictionStatusError,
)
from ...responses import dig, dig_all
from ...results import Phase, Prediction, PredictionStatus

MIN_POLL_INTERVAL = 0.05
MAX_POLL_INTERVAL = 5.0
POLL_FRACTION = 0.04


def poll_interval(elapsed: float) -> float:
    """Seconds to wait before the next poll: 4 % of the time waited so far, between 50 ms and 5 s.

    A job that finishes at time T is then noticed by about T * 1.04 + 0.05 s: the overhead stays under
    ~5 % of the job time plus 50 ms, while a long video job is polled only every few seconds.
    """
    return min(max(POLL_FRACTION * elapsed, MIN_POLL_INTERVAL), MAX_POLL_INTERVAL)


def phase(api: PredictionsInfo, status: str) -> Phase:
    for name, members in (
        ("pending", api.pending),
        ("succeeded", api.succeeded),
        ("failed", api.failed),
        ("canceled", api.canceled),
        ("aborted", api.aborted),
    ):
        if status in members:
            return name  # type: ignore[return-value]
    return "unknown"


def parse_status(api: PredictionsInfo, body: dict[str, Any], prediction_id: str | None) -> PredictionStatus:
    status = dig(body, api.status_field)
    if not isinstance(status, str):
        raise UnknownPredictionStatusError(status, prediction_id=prediction_id, raw=body)
    output_field = api.output_field
    return PredictionStatus(
        id=_text(dig(body, api.id_field)) or prediction_id,
        status=status,
        phase=phase(api, status),
        message=_text(dig(body, api.message_field)) if api.message_field else None,
        error=_error_text(dig(body, api.error_field)) if api.error_field else None,
        output=dig_all(body, output_field) if "[]" in output_field else dig(body, output_field),
        raw=body,
    )


def parse_created(api: PredictionsInfo, body: dict[str, Any], model: str | None = None) -> Prediction:
    """A submit answer: a handle with the id and follow-up URLs, finished already if the hold was enough."""
    prediction_id = _text(dig(body, api.id_field))
    status = dig(body, api.status_field)
    finished = None
    if isinstance(status, str) and phase(api, status) != "pending":
        finished = parse_status(api, body, prediction_id)
    elif prediction_id is None:
        raise ResponseParseError(f"prediction answer has neither a final status nor an id: keys {sorted(body)}")
    return Prediction(
        id=prediction_id,
        status_url=_link(body, api.status_url_field),
        result_url=_link(body, api.result_url_field),
        cancel_url=_link(body, api.cancel_url_field),
        finished=finished,
        raw=body,
        model=model,
    )


def settle(api: PredictionsInfo, status: PredictionStatus) -> bool:
    """True when succeeded, False while pending; raises for failed, canceled, aborted or unknown statuses."""
    current = status.phase
    if current == "pending":
        return False
    if current == "succeeded":
        return True
    if current == "failed":
        raise PredictionFailedError(
            status.message or status.error or f"prediction {status.id} ended with status {status.status!r}",
            error=status.error,
            prediction_id=status.id,
            raw=status.raw,
        )
    if current == "canceled":
        raise PredictionCanceledError(f"prediction {status.id} was canceled", prediction_id=status.id, raw=status.raw)
    if current == "aborted":
        raise PredictionAbortedError(
            f"prediction {status.id} was aborted before it started", prediction_id=status.id, raw=status.raw
        )
    raise UnknownPredictionStatusError(status.status, prediction_id=status.id, raw=status.raw)


def outputs(api: PredictionsInfo, body: object, prediction_id: str | None) -> tuple[str, ...]:
    """The output URLs (or data: URIs) at the API's output field: one string or a list of them, or every value
    a path into lists reaches (images[].url). Bare base64 outputs become data: URIs."""
    reached = dig_all(body, api.output_field)
    found = tuple(item for item in reached if isinstance(item, str) and item)
    if not found or len(found) != len(reached):
        keys = sorted(body) if isinstance(body, dict) else type(body).__name__
        raise ResponseParseError(
            f"prediction {prediction_id} succeeded without an output at {api.output_field!r} (got {keys}); "
            "the provider may have removed it already"
        )
    if api.output_encoding == "base64":
        return tuple(f"data:application/octet-stream;base64,{item}" for item in found)
    return found


def _link(body: dict[str, Any], field: str | None) -> str | None:
    return _text(dig(body, field)) if field else None


def _error_text(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("message") or value.get("detail") or str(value)
    return _text(value) if isinstance(value, str) else None if value is None else str(value)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
