"""Prediction state, decided purely: parsing create/status bodies, classifying statuses, poll intervals."""

from __future__ import annotations

from typing import Any, Literal

from .endpoints import PredictionsInfo
from .errors import (
    PredictionCanceledError,
    PredictionFailedError,
    ResponseParseError,
    UnknownPredictionStatusError,
)
from .results import Prediction, PredictionStatus

Phase = Literal["pending", "succeeded", "failed", "canceled", "unknown"]

MIN_POLL_INTERVAL = 0.05
MAX_POLL_INTERVAL = 5.0
POLL_FRACTION = 0.04


def poll_interval(elapsed: float) -> float:
    """Seconds to wait before the next poll: 4 % of the time waited so far, between 50 ms and 5 s.

    A job that finishes at time T is then noticed by about T * 1.04 + 0.05 s: the overhead stays under
    ~5 % of the job time plus 50 ms, while a long video job is polled only every few seconds.
    """
    return min(max(POLL_FRACTION * elapsed, MIN_POLL_INTERVAL), MAX_POLL_INTERVAL)


def phase(info: PredictionsInfo, status: str) -> Phase:
    for name, members in (
        ("pending", info.pending),
        ("succeeded", info.succeeded),
        ("failed", info.failed),
        ("canceled", info.canceled),
    ):
        if status in members:
            return name  # type: ignore[return-value]
    return "unknown"


def parse_status(body: dict[str, Any], prediction_id: str | None) -> PredictionStatus:
    status = body.get("status")
    if not isinstance(status, str):
        raise UnknownPredictionStatusError(status, prediction_id=prediction_id, raw=body)
    return PredictionStatus(
        id=_text(body.get("id")) or prediction_id,
        status=status,
        message=_text(body.get("message")),
        error=_text(body.get("error")),
        generation_url=_text(body.get("generation_url")),
        raw=body,
    )


def parse_created(info: PredictionsInfo, body: dict[str, Any]) -> Prediction:
    """Either Try-Sync answer: a finished status, or the async body ({"id", "model", "input", "get_url"})."""
    status = body.get("status")
    prediction_id = _text(body.get("id"))
    finished = None
    if isinstance(status, str) and phase(info, status) != "pending":
        finished = parse_status(body, prediction_id)
    elif prediction_id is None:
        raise ResponseParseError(f"prediction answer has neither a final status nor an id: keys {sorted(body)}")
    return Prediction(
        id=prediction_id,
        model=_text(body.get("model")),
        get_url=_text(body.get("get_url")),
        input=body.get("input"),
        finished=finished,
        raw=body,
    )


def settle(info: PredictionsInfo, status: PredictionStatus) -> bool:
    """True when succeeded (with an output URL), False while pending; raises for failed, canceled or unknown."""
    current = phase(info, status.status)
    if current == "pending":
        return False
    if current == "succeeded":
        if not status.generation_url:
            raise ResponseParseError(f"prediction {status.id} succeeded without a generation_url")
        return True
    if current == "failed":
        raise PredictionFailedError(
            status.message or "prediction failed", error=status.error, prediction_id=status.id, raw=status.raw
        )
    if current == "canceled":
        raise PredictionCanceledError(f"prediction {status.id} was canceled", prediction_id=status.id, raw=status.raw)
    raise UnknownPredictionStatusError(status.status, prediction_id=status.id, raw=status.raw)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
