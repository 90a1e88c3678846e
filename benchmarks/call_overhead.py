"""Figure 2, call overhead: one Segmind p-image generation through our sync and async clients (arguments
validated, as always) and through raw httpx posting the same JSON and reading the bytes, against the same
loopback server (benchmarks/fastserver.py, in its own process), keep-alive on everywhere.

Rounds interleave the four variants (order rotated per round); each timed batch makes sequential calls on one
warm client. The ratio is the median over rounds of ours/raw within the round, so machine load that drifts
between rounds cancels out. The same calls over httpx.MockTransport (no network) give the pure client-side
cost per call (validation, request building, response interpretation), with its own goal: at most 1.15x raw
httpx's (issue 13).
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx
import imagegen_typed

from .common import PYTHON, ROOT, Context, Row, bench_env, median, us
from .fastserver import response_bytes

GOAL_RATIO = 1.05
MOCK_GOAL_RATIO = 1.15  # issue 13: our client-side cost at most 1.15x raw httpx's
API_KEY = "test-key"
PROMPT = "a lighthouse at dusk, oil painting"
PATH = "/v1/p-image"


@dataclass(frozen=True)
class Settings:
    rounds: int
    batch: int
    warmup: int


FULL = Settings(rounds=30, batch=150, warmup=200)
QUICK = Settings(rounds=2, batch=10, warmup=5)  # two rounds: the order changes between them


class FastServer:
    """A loopback server module (default benchmarks.fastserver) in a child process; stopped by closing its stdin."""

    def __init__(self, module: str = "benchmarks.fastserver", *args: str) -> None:
        if module == "benchmarks.fastserver" and not args:
            args = (_ANSWER.hex(),)  # spares the child the import of the mock package it comes from
        self._process = subprocess.Popen(
            [PYTHON, "-m", module, *args],
            cwd=ROOT,
            env=bench_env(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        line = self._process.stdout.readline().split()
        if len(line) != 2 or line[0] != "port":
            self.stop()
            raise RuntimeError(f"{module} did not start (said {line!r})")
        self.base_url = f"http://127.0.0.1:{int(line[1])}"

    def stop(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=5)


def _sent_body() -> dict[str, Any]:
    """The JSON body our client sends for this call, so raw httpx posts exactly the same."""
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.read())
        return _mock_answer(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with imagegen_typed.Segmind(api_key=API_KEY, http_client=http) as client:
        client.p_image(prompt=PROMPT, aspect_ratio="1:1", seed=7)
    body: dict[str, Any] = json.loads(seen[0])
    return body


_ANSWER = response_bytes()
_ANSWER_BODY = _ANSWER.split(b"\r\n\r\n", 1)[1]
_ANSWER_HEADERS = {
    "content-type": "image/png",
    "x-remaining-credits": "9999.99",
    "x-seed-value": "42",
    "x-request-id": "req-0123456789abcdef",
}


def _mock_answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=_ANSWER_BODY, headers=_ANSWER_HEADERS)


def _timed(call: Callable[[], object], count: int) -> float:
    gc.collect()
    started = time.perf_counter()
    for _ in range(count):
        call()
    return (time.perf_counter() - started) / count


async def _timed_async(call: Callable[[], Awaitable[object]], count: int) -> float:
    gc.collect()
    started = time.perf_counter()
    for _ in range(count):
        await call()
    return (time.perf_counter() - started) / count


@dataclass
class Series:
    """Per-call seconds of each variant, one value per round."""

    ours_sync: list[float]
    raw_sync: list[float]
    ours_async: list[float]
    raw_async: list[float]


def _measure_loopback(settings: Settings, base_url: str, body: dict[str, Any]) -> Series:
    url = base_url + PATH
    headers = {"x-api-key": API_KEY}
    ours = imagegen_typed.Segmind(api_key=API_KEY, base_url=base_url)
    raw = httpx.Client()

    def ours_call() -> object:
        return ours.p_image(prompt=PROMPT, aspect_ratio="1:1", seed=7).content

    def raw_call() -> object:
        response = raw.post(url, json=body, headers=headers)
        response.raise_for_status()
        return response.content

    loop = asyncio.new_event_loop()

    async def make() -> tuple[imagegen_typed.AsyncSegmind, httpx.AsyncClient]:
        return imagegen_typed.AsyncSegmind(api_key=API_KEY, base_url=base_url), httpx.AsyncClient()

    ours_a, raw_a = loop.run_until_complete(make())

    async def ours_async_call() -> object:
        return (await ours_a.p_image(prompt=PROMPT, aspect_ratio="1:1", seed=7)).content

    async def raw_async_call() -> object:
        response = await raw_a.post(url, json=body, headers=headers)
        response.raise_for_status()
        return response.content

    variants: list[tuple[str, Callable[[int], float]]] = [
        ("ours_sync", lambda n: _timed(ours_call, n)),
        ("raw_sync", lambda n: _timed(raw_call, n)),
        ("ours_async", lambda n: loop.run_until_complete(_timed_async(ours_async_call, n))),
        ("raw_async", lambda n: loop.run_until_complete(_timed_async(raw_async_call, n))),
    ]
    series = Series([], [], [], [])
    try:
        for _, measure in variants:
            measure(settings.warmup)
        for round_number in range(settings.rounds):
            shift = round_number % len(variants)
            for name, measure in variants[shift:] + variants[:shift]:
                getattr(series, name).append(measure(settings.batch))
    finally:
        ours.close()
        raw.close()

        async def close() -> None:
            await ours_a.close()
            await raw_a.aclose()

        loop.run_until_complete(close())
        loop.close()
    return series


def _measure_mock_transport(settings: Settings, body: dict[str, Any]) -> tuple[list[float], list[float]]:
    base_url = "http://127.0.0.1:9"
    url = base_url + PATH
    headers = {"x-api-key": API_KEY}
    ours = imagegen_typed.Segmind(
        api_key=API_KEY, base_url=base_url, http_client=httpx.Client(transport=httpx.MockTransport(_mock_answer))
    )
    raw = httpx.Client(transport=httpx.MockTransport(_mock_answer))

    def ours_call() -> object:
        return ours.p_image(prompt=PROMPT, aspect_ratio="1:1", seed=7).content

    def raw_call() -> object:
        response = raw.post(url, json=body, headers=headers)
        response.raise_for_status()
        return response.content

    ours_times: list[float] = []
    raw_times: list[float] = []
    _timed(ours_call, settings.warmup)
    _timed(raw_call, settings.warmup)
    for round_number in range(settings.rounds):
        pair = [(ours_times, ours_call), (raw_times, raw_call)]
        for target, call in pair if round_number % 2 == 0 else pair[::-1]:
            target.append(_timed(call, settings.batch))
    return ours_times, raw_times


# What bounds the client-side cost, noted when its goal is missed. Measured 2026-11-22 on this machine (2 cores
# shared with other work): cProfile of 5,000 calls, each part timed alone, and each part replaced in place by
# its canned result (interleaved rounds, paired against raw httpx, CPU time).
MOCK_BOUNDS = (
    "MockTransport client-side cost over its goal. What bounds it (profile and in-place measurements, "
    "2026-11-22): argument validation, about 7 us alone and 15-30 us in place (pydantic's validator and "
    "serializer about half); response interpretation, about 8 us alone and 20-30 us in place (decoding the "
    "headers once, the frozen result object); building and sending the request costs about 30 us less than "
    "raw httpx's, which parses its URL string on every call (50-60 us in place) where ours reuses the parsed URL."
)


def _paired_ratio(ours: list[float], raw: list[float]) -> float:
    return median([o / r for o, r in zip(ours, raw, strict=True)])


def run(ctx: Context) -> list[Row]:
    settings = QUICK if ctx.quick else FULL
    body = _sent_body()
    server = FastServer()
    try:
        series = _measure_loopback(settings, server.base_url, body)
    finally:
        server.stop()
    rows = []
    for label, ours, raw in (
        ("sync", series.ours_sync, series.raw_sync),
        ("async", series.ours_async, series.raw_async),
    ):
        ratio = _paired_ratio(ours, raw)
        rows.append(
            Row(
                f"2 call overhead: {label} client vs raw httpx",
                f"raw httpx{'.AsyncClient' if label == 'async' else '.Client'} {us(median(raw))}/call",
                f"{us(median(ours))}/call",
                f"{ratio:.2f}x",
                f"<= {GOAL_RATIO:.2f}",
                ratio <= GOAL_RATIO,
            )
        )
    ours_mock, raw_mock = _measure_mock_transport(settings, body)
    extra = median([o - r for o, r in zip(ours_mock, raw_mock, strict=True)])
    mock_ratio = _paired_ratio(ours_mock, raw_mock)
    rows.append(
        Row(
            "2 call overhead: client-side cost (MockTransport)",
            f"raw httpx {us(median(raw_mock))}/call",
            f"{us(median(ours_mock))}/call (+{us(extra)})",
            f"{mock_ratio:.2f}x",
            f"<= {MOCK_GOAL_RATIO:.2f}",
            mock_ratio <= MOCK_GOAL_RATIO,
        )
    )
    if mock_ratio > MOCK_GOAL_RATIO:
        ctx.note(MOCK_BOUNDS)
    ctx.note(
        f"Call overhead: {settings.rounds} interleaved rounds of {settings.batch} sequential calls per variant "
        f"after {settings.warmup} warm-up calls; per-call medians; ratio = median of per-round ours/raw. "
        "Server: benchmarks/fastserver.py (raw sockets, own process, fixed 8x8 PNG with Segmind's headers). "
        f"Call: Segmind.p_image(prompt=..., aspect_ratio='1:1', seed=7) vs httpx post of the same JSON "
        f"({len(json.dumps(body))} bytes) + raise_for_status + .content."
    )
    return rows
