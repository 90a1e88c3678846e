"""The per-call options are typed: mypy --strict on a caller of the generated package refuses a misspelled option,
an option of the wrong type, an option the kind of call does not take, and an `accept` or webhook event the API
does not offer; the correct spellings pass."""

from __future__ import annotations

from pathlib import Path

from .conftest import MypyStrict

CALLER = """\
import imagegen_typed
from imagegen_typed import PredictionOptions, Webhook
from imagegen_typed.replicate.types import WebhookEvent


def calls(
    segmind: imagegen_typed.Segmind, replicate: imagegen_typed.Replicate, stability: imagegen_typed.StabilityAI
) -> None:
    segmind.p_image(prompt="x", timout=5)  # refused: misspelled
    segmind.p_image(prompt="x", max_retries="2")  # refused: not an int
    segmind.p_image(prompt="x", deadline=30)  # refused: a direct call does not wait
    replicate.p_image(prompt="x", on_progress=print, extra_input={"go_fast": True}, deadline=None, timeout=5.0)
    replicate.p_image(prompt="x", extra_headers={"x-trace": 1})  # refused: a header value is text
    stability.core(prompt="x", accept="json", extra_query={"trace": "t"}, extra_body={"new": [1]})
    replicate.predictions.wait("job", deadline=30, on_progress=print)
    replicate.predictions.wait("job", extra_body={})  # refused: a wait sends no body
    options: PredictionOptions = {"timeout": 30, "deadline": 600}
    replicate.p_image(prompt="x", **options)
    events: list[WebhookEvent] = ["completed"]
    prediction = replicate.submit_p_image(prompt="x", webhook=Webhook("https://example.com/h", events=events))
    print(prediction.id)
    replicate.submit_p_image(prompt="x", webhook=Webhook("https://example.com/h"), deadline=30)  # refused: no wait
    replicate.submit_p_image(prompt="x")  # refused: no webhook
    stability.core(prompt="x", accept="xml")  # refused: not one of the API's answers
"""


def test_mypy_strict_refuses_a_wrong_option_and_passes_the_right_ones(tmp_path: Path, mypy_strict: MypyStrict) -> None:
    errors, report = mypy_strict(tmp_path, CALLER)
    flagged = sorted({int(line.split(":")[1]) for line in errors})
    refused = [n for n, line in enumerate(CALLER.splitlines(), 1) if "# refused" in line]
    assert len(refused) == 8 and flagged == refused, report
