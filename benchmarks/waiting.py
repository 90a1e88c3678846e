"""Figure 4, waiting: how long after the server finishes a prediction the client returns, and how many status
calls it made, for a held request (a typed Pruna model method: it asks the server to hold the submit, the API's
`hold`) and for polling (`predictions.create(hold=False)` then `predictions.wait`).

The mock records when each prediction finishes (`Prediction.done_at`, time.monotonic() of this process, as the
server runs in a thread here), so "extra" is measured, not estimated. The job length comes per request from the
mock's x-mock-prediction-seconds header.

Time: short jobs run in real time (time_scale 1). The 30 s job runs at time_scale 0.1 with the client given a
clock and sleep on the same scaled clock (the poll interval is computed from the client's clock), so the client
polls as it would in real time; fixed costs that do not scale (the HTTP round trip, the 1 ms the mock's hold
waits past the finish) then count 1/scale times over, which errs against us. --quick runs a short and a long job
at time_scale 0.05.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import imagegen_typed

from imagegen_specgen.mock import MockConfig, MockServer
from imagegen_specgen.mock.routes.predictions import DURATION_HEADER

from .common import Context, Row, median, ms

API_KEY = "test-key"
MODEL = "p-image"
PROMPT = "a red fox in the snow"
GOAL_FRACTION = 0.05
GOAL_FIXED = 0.05


@dataclass(frozen=True)
class Job:
    seconds: float  # provider seconds
    scale: float
    repeats: int


FULL_JOBS = (Job(0.5, 1.0, 5), Job(2.0, 1.0, 3), Job(8.0, 1.0, 2), Job(30.0, 0.1, 3))
QUICK_JOBS = (Job(0.5, 0.05, 1), Job(8.0, 0.05, 1))


@dataclass(frozen=True)
class Outcome:
    extra: float  # provider seconds between the server finishing and the client returning
    status_calls: int


def _client(server: MockServer, scale: float) -> imagegen_typed.Pruna:
    if scale == 1.0:
        return imagegen_typed.Pruna(api_key=API_KEY, base_url=server.base_url("pruna"))

    def clock() -> float:
        return time.monotonic() / scale

    def sleep(seconds: float) -> None:
        time.sleep(seconds * scale)

    return imagegen_typed.Pruna(api_key=API_KEY, base_url=server.base_url("pruna"), clock=clock, sleep=sleep)


def _one(server: MockServer, client: imagegen_typed.Pruna, mode: str, job: Job) -> Outcome:
    before = set(server.state.predictions)
    headers = {DURATION_HEADER: repr(job.seconds)}
    if mode == "hold":
        client.p_image(prompt=PROMPT, aspect_ratio="1:1", extra_headers=headers)
    else:
        handle = client.predictions.create(
            model=MODEL, input={"prompt": PROMPT, "aspect_ratio": "1:1"}, hold=False, extra_headers=headers
        )
        client.predictions.wait(handle)
    returned = time.monotonic()
    (prediction_id,) = set(server.state.predictions) - before
    prediction = server.prediction(prediction_id)
    assert prediction is not None
    polls = sum(1 for entry in server.requests.entries if entry.route == "pruna:status" and prediction_id in entry.path)
    return Outcome(extra=(returned - prediction.done_at) / job.scale, status_calls=polls)


def _measure(jobs: tuple[Job, ...], mode: str) -> dict[Job, list[Outcome]]:
    results: dict[Job, list[Outcome]] = {}
    for scale in sorted({job.scale for job in jobs}, reverse=True):
        with MockServer(config=MockConfig(time_scale=scale)) as server:
            with _client(server, scale) as client:
                _one(server, client, mode, Job(0.0, scale, 1))  # warm-up: imports, connection
                for job in (j for j in jobs if j.scale == scale):
                    results[job] = [_one(server, client, mode, job) for _ in range(job.repeats)]
    return results


def _allowance(seconds: float) -> float:
    return GOAL_FRACTION * seconds + GOAL_FIXED


def run(ctx: Context) -> list[Row]:
    jobs = QUICK_JOBS if ctx.quick else FULL_JOBS
    rows = []
    modes = (("hold", "Pruna.p_image (held request)"), ("polling", "predictions.create + wait"))
    for mode, label in modes:
        for job, outcomes in _measure(jobs, mode).items():
            extra = median([o.extra for o in outcomes])
            worst = max(o.extra for o in outcomes)
            polls = median([float(o.status_calls) for o in outcomes])
            allowance = _allowance(job.seconds)
            clock = "real time" if job.scale == 1.0 else f"time_scale {job.scale:g}"
            rows.append(
                Row(
                    f"4 waiting: {label}, {job.seconds:g} s job",
                    f"job {job.seconds:g} s ({clock})",
                    f"+{ms(extra)} (max +{ms(worst)}), {polls:.0f} status calls",
                    f"{(job.seconds + extra) / job.seconds:.3f}x",
                    f"<= {(job.seconds + allowance) / job.seconds:.3f}x",
                    extra <= allowance,
                )
            )
    ctx.note(
        "Waiting: extra = client return time - the mock's finish time of that prediction, in provider seconds "
        "(real seconds / time_scale); ratio = (job + extra) / job; goal: extra <= 5 % of the job + 50 ms; "
        "median over "
        + (
            "1 run (--quick, every job at time_scale 0.05 on a scaled client clock)."
            if ctx.quick
            else "runs (0.5 s: 5, 2 s: 3, 8 s: 2, in real time; 30 s: 3, at time_scale 0.1 on a scaled client clock)."
        )
        + " Scaled jobs count the unscaled HTTP round trip and the 1 ms the mock's hold waits past the finish 1/scale "
        "times over."
    )
    return rows
