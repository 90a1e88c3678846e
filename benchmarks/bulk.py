"""Figure 5, bulk: many generations through one Pruna client shared by worker threads, against the mock
enforcing the spec's per-model limit (429 with Retry-After past it), on scaled time.

With the client's limiter on (`rate_limit=True`) the client runs on the mock's scaled clock: it is given
`clock = monotonic() / time_scale` and `sleep(s) = time.sleep(s * time_scale)`, so its per-minute windows (from
the same spec) last as long as the mock's. With the limiter off it keeps the real clock: the mock's Retry-After
is already in real (scaled) seconds, and the client's retries must absorb the 429s.

"Share of the limit" is window / mean(t[i] - t[i - limit]) over the accepted generations' arrival times t: the
i-th could have been accepted one window after the (i - limit)-th and no sooner, so 1.0 means every window full.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import imagegen_typed

from imagegen_specgen.mock import MockConfig, MockServer

from .common import Context, Row

API_KEY = "test-key"
PROMPT = "a lighthouse at dusk"
GOAL_SHARE = 0.95
WORKERS = 8


@dataclass(frozen=True)
class Load:
    model: str  # a Pruna model id whose spec has a rate_limit
    method: str
    generations: int
    time_scale: float


FULL = Load(model="p-image", method="p_image", generations=1000, time_scale=0.0625)  # 60 s window -> 3.75 s
QUICK = Load(model="wan-t2v", method="wan_t2v", generations=50, time_scale=0.01)  # 30/min; window 0.6 s


@dataclass(frozen=True)
class Result:
    limiter: bool
    accepted: int
    rejected: int
    failures: Counter[str]
    share: float | None
    peak_share: float | None
    limit: int
    elapsed: float


def _client(server: MockServer, load: Load, limiter: bool) -> imagegen_typed.Pruna:
    base_url = server.base_url("pruna")
    if not limiter:
        return imagegen_typed.Pruna(api_key=API_KEY, base_url=base_url)
    scale = load.time_scale

    def clock() -> float:
        return time.monotonic() / scale

    def sleep(seconds: float) -> None:
        time.sleep(seconds * scale)

    return imagegen_typed.Pruna(api_key=API_KEY, base_url=base_url, rate_limit=True, clock=clock, sleep=sleep)


def _drive(call: Callable[[], object], generations: int) -> Counter[str]:
    """`generations` calls from WORKERS threads; the exception class names of the failed ones."""
    remaining = iter(range(generations))
    lock = threading.Lock()
    failures: Counter[str] = Counter()

    def worker() -> None:
        while True:
            with lock:
                if next(remaining, None) is None:
                    return
            try:
                call()
            except imagegen_typed.ImagegenError as error:
                with lock:
                    failures[type(error).__name__] += 1

    threads = [threading.Thread(target=worker, name=f"bulk-{i}") for i in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


def measure(load: Load, limiter: bool) -> Result:
    config = MockConfig(
        enforce_rate_limits=True, time_scale=load.time_scale, prediction_seconds_by_model={load.model: 0.0}
    )
    route = f"pruna:predictions:{load.model}"
    with MockServer(config=config) as server, _client(server, load, limiter) as client:
        method = getattr(client, load.method)
        method(prompt=PROMPT)  # warm-up: imports, connection
        server.reset()
        started = time.perf_counter()
        failures = _drive(lambda: method(prompt=PROMPT), load.generations)
        elapsed = time.perf_counter() - started
        stats = server.stats()[route]
        accepted_at = sorted(
            e.at for e in server.requests.entries if e.route == route and e.status is not None and 200 <= e.status < 300
        )
    assert stats.limit is not None and stats.window_seconds is not None
    limit = stats.limit.requests
    # The i-th accepted generation could have come one window after the (i - limit)-th, not sooner.
    spans = [accepted_at[i] - accepted_at[i - limit] for i in range(limit, len(accepted_at))]
    share = stats.window_seconds / (sum(spans) / len(spans)) if spans else None
    return Result(limiter, stats.accepted, stats.rejected, failures, share, stats.share_of_limit, limit, elapsed)


def run(ctx: Context) -> list[Row]:
    load = QUICK if ctx.quick else FULL
    rows = []
    for limiter in (True, False):
        result = measure(load, limiter)
        failed = sum(result.failures.values())
        failed_text = f"{failed} failed" + (f" ({dict(result.failures)})" if failed else "")
        share = "-" if result.share is None else f"{result.share:.3f}"
        peak = "-" if result.peak_share is None else f"{result.peak_share:.2f}"
        if limiter:
            met = failed == 0 and result.share is not None and result.share >= GOAL_SHARE
            rows.append(
                Row(
                    f"5 bulk: {load.generations} x {load.model}, limiter on",
                    f"limit {result.limit}/min ({load.time_scale:g} time scale)",
                    f"share {share} (peak {peak}), {result.rejected} x 429, {failed_text}, {result.elapsed:.1f} s",
                    share,
                    f">= {GOAL_SHARE:.2f}, 0 failed",
                    met,
                )
            )
        else:
            rows.append(
                Row(
                    f"5 bulk: {load.generations} x {load.model}, limiter off",
                    f"limit {result.limit}/min ({load.time_scale:g} time scale)",
                    f"{result.rejected} x 429 retried, {failed_text}, share {share}, {result.elapsed:.1f} s",
                    share,
                    "0 failed",
                    failed == 0,
                )
            )
    ctx.note(
        f"Bulk: {load.generations} generations of {load.model} from {WORKERS} threads sharing one sync client "
        f"(default max_retries=2), mock with enforce_rate_limits and time_scale {load.time_scale:g}, predictions "
        "finishing at once; share = window / mean(t[i] - t[i - limit]) over accepted arrival times t; peak = the "
        "mock's most accepted in one window / limit. Limiter on: the client's clock and sleep are scaled like the "
        "mock's (the mock's Retry-After, in real seconds, is then slept 'time_scale' times too short; it only "
        "matters if a 429 happens with the limiter on). Limiter off: real clock, 429s left to retries."
        + (" --quick uses wan-t2v (30/min) so that 50 generations span two windows." if ctx.quick else "")
    )
    return rows
