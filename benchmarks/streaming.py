"""Figure 7, streaming: how much saving a large output grows the process's peak memory, sync and async.

One loopback server (benchmarks/bigserver.py, its own process) answers a prediction's submit with a finished
prediction whose output is a body of SIZE bytes, made as it is sent. Each variant runs in a fresh child process
(`python -m benchmarks.streaming child ...`) that builds the generated client, does the same call once on a
64 KiB body (imports, connection, worker threads), then measures the call on SIZE bytes:

- ours: `PredictionResult.save(path)` / `AsyncPredictionResult.save(path)` (the result of
  `client.predictions.run(...)`) and `client.download_to(url, path)`, sync and async;
- reference: the same body through the in-memory `client.download(url)`, sync and async, which must grow by
  at least SIZE (else the measurement does not see the body and the figure fails).

Growth = the peak resident set over the call (VmHWM, reset to the current RSS just before the call through
/proc/self/clear_refs) - the resident set just before it. Not ru_maxrss: a spawned process inherits its
parent's peak across exec, which would hide up to the parent's size of growth (ru_maxrss is only the fallback
where /proc is missing, and the note says so). The child also reports tracemalloc's peak over the call (Python
allocations only) and checks the file's size. Files go to the scratch folder and are deleted.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import resource
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .common import PYTHON, ROOT, Context, Row, bench_env

API_KEY = "test-key"
MIB = 1 << 20
FULL_SIZE = 512 * MIB
QUICK_SIZE = 16 * MIB  # the in-memory reference still grows by about twice it, the goal's size
WARMUP_SIZE = 64 * 1024
GOAL_BYTES = 32 * MIB
FULL_REPEATS, QUICK_REPEATS = 2, 1


@dataclass(frozen=True)
class Variant:
    call: str  # "save" (PredictionResult.save), "download_to" or "download" (the in-memory reference)
    mode: str  # "sync" or "async"

    @property
    def label(self) -> str:
        if self.call == "save":
            return "PredictionResult.save" if self.mode == "sync" else "AsyncPredictionResult.save"
        return f"client.{self.call}"


OURS = (
    Variant("save", "sync"),
    Variant("save", "async"),
    Variant("download_to", "sync"),
    Variant("download_to", "async"),
)
REFERENCES = {mode: Variant("download", mode) for mode in ("sync", "async")}


@dataclass(frozen=True)
class Target:
    """The generated client the children build, and a model of one of its predictions APIs."""

    module: str  # "imagegen_typed.<provider id>"
    client: str  # sync class name; the async one is "Async" + it
    api: str | None  # None: the client's default API, else the attribute client.<api>
    model: str
    body: str  # the finished prediction the server answers, with {base} and {size}


@dataclass(frozen=True)
class Measured:
    growth: int  # bytes: peak RSS over the call - RSS before it
    heap_peak: int  # bytes: tracemalloc peak over the call
    seconds: float
    size: int
    exact: bool  # the peak was reset before the call (VmHWM); False: ru_maxrss, which can hide growth


# --- the parent ------------------------------------------------------------------------------------------


def _set(body: dict[str, Any], dotted: str, value: object) -> None:
    *parents, last = dotted.split(".")
    for key in parents:
        body = body.setdefault(key, {})
    body[last] = value


def choose_target() -> Target:
    """The first provider (by id) with a predictions API whose output is in the status body itself."""
    from imagegen_specgen.parser import ir
    from imagegen_specgen.parser.project import load_project

    for provider in sorted(load_project(ROOT / "specs").providers, key=lambda p: p.id):
        for api in provider.apis:
            if not isinstance(api, ir.PredictionsAPI) or api.result is not None:
                continue
            model = next((m for m in provider.models if not m.apis or api.name in m.apis), None)
            if model is None:
                continue
            body: dict[str, Any] = {}
            _set(body, api.id_field, "bench-prediction")
            _set(body, api.status_field, api.statuses.succeeded[0])
            _set(body, api.output_field, "{base}/bytes/{size}")
            return Target(
                module=f"imagegen_typed.{provider.id}",
                client=provider.client_name,
                api=None if api is provider.default_api else api.name,
                model=model.model_id,
                body=json.dumps(body),
            )
    raise RuntimeError("no provider has a predictions API with the output in its status body")


def _child(ctx: Context, target: Target, variant: Variant, base_url: str, size: int, number: int) -> Measured:
    path = ctx.work / f"streaming-{variant.call}-{variant.mode}-{number}.bin"
    cmd = [
        PYTHON, "-m", "benchmarks.streaming", "child",
        "--module", target.module, "--client", target.client, "--api", target.api or "",
        "--model", target.model, "--base-url", base_url,
        "--call", variant.call, "--mode", variant.mode, "--size", str(size), "--path", str(path),
    ]  # fmt: skip
    try:
        done = subprocess.run(
            cmd,
            cwd=ctx.work,
            env=bench_env(pythonpath=[ROOT / "generated", ROOT]),
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        for leftover in ctx.work.glob(f".{path.name}.part"):
            leftover.unlink()
        path.unlink(missing_ok=True)
    if done.returncode != 0:
        raise RuntimeError(f"{variant.label} ({variant.mode}) child exited {done.returncode}:\n{done.stderr[-4000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    return Measured(report["growth"], report["heap_peak"], report["seconds"], size, report["hwm"])


def _mb(count: int) -> str:
    return f"{count / MIB:.1f} MB"


def _describe(m: Measured) -> str:
    rate = m.size / MIB / m.seconds if m.seconds > 0 else float("inf")
    return f"+{_mb(m.growth)} (heap peak {_mb(m.heap_peak)}; {m.size // MIB} MB in {m.seconds:.1f} s, {rate:.0f} MB/s)"


def run(ctx: Context) -> list[Row]:
    from .call_overhead import FastServer  # the same child-process server wrapper

    size = QUICK_SIZE if ctx.quick else FULL_SIZE
    repeats = QUICK_REPEATS if ctx.quick else FULL_REPEATS
    target = choose_target()
    server = FastServer("benchmarks.bigserver", target.body)
    try:
        measured: dict[Variant, Measured] = {}
        for variant in (*REFERENCES.values(), *OURS):
            runs = [_child(ctx, target, variant, server.base_url, size, n) for n in range(repeats)]
            measured[variant] = max(runs, key=lambda m: m.growth)  # the worst run counts
    finally:
        server.stop()
    rows = []
    for mode, reference_variant in REFERENCES.items():
        reference = measured[reference_variant]
        if reference.growth < 0.9 * size:
            raise RuntimeError(
                f"the in-memory reference ({mode}) grew by only {_mb(reference.growth)} for a {_mb(size)} body: "
                "the measurement does not see the body"
            )
        for variant in (v for v in OURS if v.mode == mode):
            ours = measured[variant]
            rows.append(
                Row(
                    f"7 streaming: {variant.label}, {mode}, {size // MIB} MB",
                    f"{mode} download() {_describe(reference)}",
                    _describe(ours),
                    f"{ours.growth / reference.growth:.2g}x",
                    f"< {_mb(GOAL_BYTES)} growth",
                    ours.growth < GOAL_BYTES,
                )
            )
    if not all(m.exact for m in measured.values()):
        ctx.note("Streaming: /proc/self/clear_refs was not usable, so growth is from ru_maxrss, which can hide growth.")
    api = f"client.{target.api}" if target.api else "client"
    ctx.note(
        f"Streaming: a {size // MIB} MB output from a loopback server in its own process (benchmarks/bigserver.py, "
        "the body made as it is sent); each variant in a fresh process after one 64 KiB warm-up of the same call; "
        "growth = peak RSS over the call (VmHWM, reset through /proc/self/clear_refs just before it) - RSS just "
        "before it; heap peak = tracemalloc over the call; "
        f"worst of {repeats} run{'s' if repeats > 1 else ''}. Result: {target.client}: "
        f"{api}.predictions.run(model={target.model!r}, ...) answered finished, then .save(path); download_to and "
        "download on the same output URL. The reference holds the body in memory (and joins its chunks)."
    )
    return rows


# --- the child -------------------------------------------------------------------------------------------


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _start_peak() -> tuple[int, bool]:
    """The resident set now, in bytes, with the peak reset to it where the kernel allows; (rss, reset?)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")  # VmHWM := VmRSS (Linux >= 4.0)
        rss = _status_kib("VmRSS")
        if rss is not None:
            return rss * 1024, True
    except OSError:
        pass
    return _ru_maxrss(), False


def _peak(reset: bool) -> int:
    hwm = _status_kib("VmHWM") if reset else None
    return hwm * 1024 if hwm is not None else _ru_maxrss()


def _ru_maxrss() -> int:
    """The fallback: ru_maxrss also counts the spawning process's peak (kept across exec), so it can hide growth."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib if sys.platform == "darwin" else kib * 1024  # bytes on macOS, KiB on Linux


def _report(started: tuple[int, bool], seconds: float) -> None:
    _, heap_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss, reset = started
    print(json.dumps({"growth": _peak(reset) - rss, "heap_peak": heap_peak, "seconds": seconds, "hwm": reset}))


def _check(args: argparse.Namespace, got: object, size: int, path: Path) -> None:
    if args.call == "download":
        if not isinstance(got, bytes) or len(got) != size:
            raise SystemExit(f"download gave {type(got).__name__} of {len(got) if isinstance(got, bytes) else '?'}")
    else:
        if path.stat().st_size != size:
            raise SystemExit(f"{path} holds {path.stat().st_size} bytes, not {size}")
        path.unlink()


def _sync_child(args: argparse.Namespace, client_class: Any) -> None:
    with client_class(api_key=API_KEY, base_url=args.base_url) as client:
        surface = getattr(client, args.api) if args.api else client

        def once(size: int, path: Path) -> object:
            url = f"{args.base_url}/bytes/{size}"
            if args.call == "save":
                headers = {"x-bench-size": str(size)}
                result = surface.predictions.run(model=args.model, input={"prompt": "x"}, extra_headers=headers)
                if result.output_url != url:
                    raise SystemExit(f"the prediction's output_url is {result.output_url!r}, not {url!r}")
                return result.save(path)
            if args.call == "download_to":
                return client.download_to(url, path)
            return client.download(url)

        warm = args.path.with_name("warmup-" + args.path.name)
        _check(args, once(WARMUP_SIZE, warm), WARMUP_SIZE, warm)
        gc.collect()
        before = _start_peak()
        tracemalloc.start()
        started = time.perf_counter()
        got = once(args.size, args.path)
        seconds = time.perf_counter() - started
        _report(before, seconds)
        _check(args, got, args.size, args.path)


async def _async_child(args: argparse.Namespace, client_class: Any) -> None:
    async with client_class(api_key=API_KEY, base_url=args.base_url) as client:
        surface = getattr(client, args.api) if args.api else client

        async def once(size: int, path: Path) -> object:
            url = f"{args.base_url}/bytes/{size}"
            if args.call == "save":
                headers = {"x-bench-size": str(size)}
                result = await surface.predictions.run(model=args.model, input={"prompt": "x"}, extra_headers=headers)
                if result.output_url != url:
                    raise SystemExit(f"the prediction's output_url is {result.output_url!r}, not {url!r}")
                return await result.save(path)
            if args.call == "download_to":
                return await client.download_to(url, path)
            return await client.download(url)

        warm = args.path.with_name("warmup-" + args.path.name)
        _check(args, await once(WARMUP_SIZE, warm), WARMUP_SIZE, warm)
        gc.collect()
        before = _start_peak()
        tracemalloc.start()
        started = time.perf_counter()
        got = await once(args.size, args.path)
        seconds = time.perf_counter() - started
        _report(before, seconds)
        _check(args, got, args.size, args.path)


def child(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.streaming child")
    for name in ("--module", "--client", "--api", "--model", "--base-url", "--call", "--mode"):
        parser.add_argument(name, required=True)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--path", type=Path, required=True)
    args = parser.parse_args(argv)
    module = importlib.import_module(args.module)
    if args.mode == "sync":
        _sync_child(args, getattr(module, args.client))
    else:
        asyncio.run(_async_child(args, getattr(module, "Async" + args.client)))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] != ["child"]:
        raise SystemExit("usage: python -m benchmarks.streaming child ... (run the figure with python -m benchmarks)")
    raise SystemExit(child(sys.argv[2:]))
