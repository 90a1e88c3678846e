"""Figure 1, continued at catalogue scale: `python -m imagegen_specgen generate --no-cache` of synthetic sets of
500, 2,000, 5,000 and 10,000 models and of a catalogue-shaped set (5,000 models over about 24 providers), each
once, in a fresh process, into an empty folder: wall time, CPU time (the process and the workers it waited for)
and peak memory, the PSS summed over its process tree (sampled every 50 ms: the generator, its workers, ruff).

Also measured in the same run: the size of the largest file of each kind the 5,000-model set produces, and
datamodel-code-generator's CPU cost per model (the full path's bound: see the notes).
"""

from __future__ import annotations

import statistics
import subprocess
from pathlib import Path

from .common import PYTHON, ROOT, Context, Measured, Row, bench_env, mb, run_measured, secs
from .synthetic import write_catalogue_set, write_spec_set

# (models, providers: None for the synthetic set shaped like the real specs)
FULL_SETS: tuple[tuple[int, int | None], ...] = ((500, None), (2000, None), (5000, None), (10000, None), (5000, 24))
# --quick: the catalogue-shaped set only (its one --no-cache run); a set shaped like the real specs takes the same
# path here, and figure 1 has just generated one.
QUICK_SETS: tuple[tuple[int, int | None], ...] = ((12, 6),)
TIME_GOAL = {5000: 30.0}  # seconds, the synthetic set shaped like the real specs
MEMORY_GOAL = 1 << 30  # at 5,000 and 10,000 models
MEMORY_GOAL_SIZES = (5000, 10000)
SAMPLE = 192  # models in the datamodel-code-generator sample

DCG_SAMPLE = """
import sys, time
from pathlib import Path
from imagegen_specgen.emit import request_models
from imagegen_specgen.parser.project import load_project
models = load_project(Path(sys.argv[1])).models[: int(sys.argv[2])]
request_models._warm_up()
started = time.process_time()
request_models._generate(models)
print((time.process_time() - started) / len(models))
"""


def _label(size: int, providers: int | None) -> str:
    return f"{size} models" + (f" over {providers} providers" if providers else "")


def _steps(stderr: str) -> str:
    """The generator's `--timings` report (each step's duration), as one note line."""
    steps = []
    for line in stderr.splitlines():
        parts = line.split(maxsplit=4)
        if len(parts) == 5 and parts[1] == "s" and parts[3] == "s":
            steps.append(f"{parts[4]} {float(parts[2]):.1f} s")
    return "; ".join(steps)


def _largest(out: Path) -> str:
    """The largest file of each kind in a generated folder, and the median of the documents, as a note part."""
    kinds = {
        "docs page": sorted(out.glob("docs/**/*.md")),
        "OpenAPI document": sorted(out.glob("openapi/*.json")),
        "contract-test module": sorted(out.glob("contract_tests/test_*.py")),
        "package module": sorted(p for p in out.glob("*/**/*.py") if "contract_tests" not in p.parts),
    }
    parts = []
    for kind, paths in kinds.items():
        if not paths:
            continue
        sizes = {p: p.stat().st_size for p in paths}
        biggest = max(sizes, key=lambda p: sizes[p])
        median = statistics.median(sizes.values())
        parts.append(
            f"{kind}: largest {biggest.relative_to(out).as_posix()} {_size(sizes[biggest])}, "
            f"median {_size(median)} of {len(paths)}"
        )
    return "; ".join(parts)


def _size(size: float) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def _dcg_per_model(specs: Path) -> float:
    done = subprocess.run(
        [PYTHON, "-c", DCG_SAMPLE, str(specs), str(SAMPLE)],
        cwd=ROOT,
        env=bench_env(),
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return float(done.stdout.strip())


def measure(ctx: Context, size: int, providers: int | None) -> tuple[Measured, Path, Path]:
    base = ctx.work / (f"catalogue-{size}-{providers}" if providers else f"scale-{size}")
    specs = base / "specs"
    if providers:
        write_catalogue_set(size, providers, specs)
    else:
        write_spec_set(size, specs)
    out = base / "out" / "generated"
    cmd = [PYTHON, "-m", "imagegen_specgen", "generate", "--no-cache", "--specs", str(specs), "--out", str(out)]
    return run_measured([*cmd, "--timings"], env=bench_env(), timeout=3600), specs, out


def run(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    for size, providers in QUICK_SETS if ctx.quick else FULL_SETS:
        measured, specs, out = measure(ctx, size, providers)
        label = _label(size, providers)
        ours = f"{secs(measured.seconds)} (CPU {secs(measured.cpu_seconds)})"
        goal_seconds = None if providers or ctx.quick else TIME_GOAL.get(size)
        if goal_seconds is not None:
            ratio = measured.seconds / goal_seconds
            met = measured.seconds <= goal_seconds
            rows.append(
                Row(
                    f"1 regeneration: generate (full path), {label}",
                    f"{goal_seconds:.0f} s budget",
                    ours,
                    f"{ratio:.2f}x",
                    f"<= {goal_seconds:.0f} s",
                    met,
                )
            )
        else:
            rows.append(Row(f"1 regeneration: generate (full path), {label}", "-", ours, "-", "-", None))
        memory_goal = not providers and not ctx.quick and size in MEMORY_GOAL_SIZES
        rows.append(
            Row(
                f"1 regeneration: peak memory of generate (full path), {label}",
                f"{mb(MEMORY_GOAL)} budget" if memory_goal else "-",
                f"{mb(measured.peak_pss)} (PSS, process tree)",
                f"{measured.peak_pss / MEMORY_GOAL:.2f}x" if memory_goal else "-",
                f"<= {mb(MEMORY_GOAL)}" if memory_goal else "-",
                measured.peak_pss <= MEMORY_GOAL if memory_goal else None,
            )
        )
        if not providers:
            ctx.generated[size] = out  # figure 3 imports one of these packages
        if size == 5000 or ctx.quick or (goal_seconds is not None and measured.seconds > goal_seconds):
            ctx.note(f"Scale, {label}, where the time goes (`--timings`): {_steps(measured.stderr)}")
            ctx.note(f"Scale, {label}, file sizes: {_largest(out)}")
        if size == 5000 and not providers:
            per_model = _dcg_per_model(specs)
            ctx.note(
                f"Scale, {label}, the bound: datamodel-code-generator costs {per_model * 1000:.1f} ms of CPU per model "
                f"(one process, batches of 64, {SAMPLE}-model sample of this set), {per_model * size:.0f} s of the "
                f"run's {measured.cpu_seconds:.0f} s of CPU; on 2 cores the run cannot take less than half its CPU "
                f"time, {measured.cpu_seconds / 2:.0f} s."
            )
    ctx.note(
        "Scale: one run per set of `python -m imagegen_specgen generate --no-cache --timings` into an empty folder, "
        "in a fresh process; time is wall time (CPU: the process and the workers it waited for, from wait4); memory "
        "is the peak of the PSS summed over the generator's process tree (its forked workers and ruff included; "
        "shared pages counted once), sampled every 50 ms from /proc. Synthetic sets as in figure 1; the "
        "catalogue-shaped set spreads its models over clones of the real providers (benchmarks/synthetic.py)."
    )
    return rows
