"""Figure 6, concurrency: 200 concurrent Segmind p-image calls (asyncio.gather) through our async client and
through raw httpx.AsyncClient posting the same JSON, against the same loopback server (benchmarks/fastserver.py,
its own process), each on one warm client with httpx's default pool limits.

Rounds alternate the two variants (order swapped every round); the ratio is the median over rounds of
ours/raw within the round, so load that drifts between rounds cancels out.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import imagegen_typed

from .call_overhead import API_KEY, PATH, PROMPT, FastServer, _sent_body
from .common import Context, Row, median, secs

GOAL_RATIO = 1.10
CONCURRENT = 200
QUICK_CONCURRENT = 20  # past httpx's pool limit (100) the pool's bookkeeping costs several times the CPU per call
FULL_ROUNDS, QUICK_ROUNDS = 15, 1


async def _burst(call: Callable[[], Awaitable[object]], concurrent: int) -> float:
    gc.collect()
    started = time.perf_counter()
    await asyncio.gather(*(call() for _ in range(concurrent)))
    return time.perf_counter() - started


async def _measure(
    rounds: int, concurrent: int, base_url: str, body: dict[str, Any]
) -> tuple[list[float], list[float]]:
    url = base_url + PATH
    headers = {"x-api-key": API_KEY}
    async with imagegen_typed.AsyncSegmind(api_key=API_KEY, base_url=base_url) as ours, httpx.AsyncClient() as raw:

        async def ours_call() -> object:
            return (await ours.p_image(prompt=PROMPT, aspect_ratio="1:1", seed=7)).content

        async def raw_call() -> object:
            response = await raw.post(url, json=body, headers=headers)
            response.raise_for_status()
            return response.content

        await _burst(ours_call, concurrent)  # warm-up: both pools open their connections
        await _burst(raw_call, concurrent)
        ours_times: list[float] = []
        raw_times: list[float] = []
        for round_number in range(rounds):
            pair = [(ours_times, ours_call), (raw_times, raw_call)]
            for target, call in pair if round_number % 2 == 0 else pair[::-1]:
                target.append(await _burst(call, concurrent))
    return ours_times, raw_times


def run(ctx: Context) -> list[Row]:
    rounds = QUICK_ROUNDS if ctx.quick else FULL_ROUNDS
    concurrent = QUICK_CONCURRENT if ctx.quick else CONCURRENT
    body = _sent_body()
    server = FastServer()
    try:
        ours, raw = asyncio.run(_measure(rounds, concurrent, server.base_url, body))
    finally:
        server.stop()
    ratio = median([o / r for o, r in zip(ours, raw, strict=True)])
    ctx.note(
        f"Concurrency: {rounds} alternating rounds of {concurrent} concurrent calls (asyncio.gather) per variant "
        "after one warm-up burst each; per-burst wall time, ratio = median of per-round ours/raw. Same server "
        "and call as figure 2."
    )
    return [
        Row(
            f"6 concurrency: {concurrent} concurrent async calls",
            f"raw httpx.AsyncClient {secs(median(raw))}",
            secs(median(ours)),
            f"{ratio:.2f}x",
            f"<= {GOAL_RATIO:.2f}",
            ratio <= GOAL_RATIO,
        )
    ]
