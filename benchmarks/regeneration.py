"""Figure 1, regeneration: `python -m generator generate` from scratch (and `check`) on synthetic spec sets,
against openapi-python-client generating clients for the same API from our own OpenAPI export.

Each repeat runs ours, then the reference, in fresh processes (wall time), so load on the shared machine hits
both alike. The reference gets the same documents we export (generated/openapi/<provider>.json), one run per
provider, summed; its ruff post-hooks run with this venv's pinned ruff, as ours do.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from .common import PYTHON, ROOT, VENV_BIN, Context, Row, bench_env, median, run_timed, secs
from .synthetic import write_spec_set

FULL_SIZES = (16, 100, 500)
QUICK_SIZES = (16,)
GOAL_SIZE = 500
GOAL_RATIO = 0.5
OPC = VENV_BIN / "openapi-python-client"


@dataclass(frozen=True)
class Timings:
    generate: float
    check: float
    reference: float | None


def _repeats(quick: bool, size: int) -> int:
    if quick:
        return 1
    return 3 if size >= 500 else 5


def _generator(command: str, specs: Path, out: Path) -> float:
    return run_timed([PYTHON, "-m", "generator", command, "--specs", str(specs), "--out", str(out)], env=bench_env())


def _reference(openapi: Path, target: Path) -> float:
    """openapi-python-client over every exported provider document, into a fresh folder; total seconds."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    total = 0.0
    for document in sorted(openapi.glob("*.json")):
        cmd = [
            str(OPC),
            "generate",
            "--path",
            str(document),
            "--output-path",
            str(target / document.stem),
            "--overwrite",
            "--meta",
            "none",
        ]
        total += run_timed(cmd, cwd=target, env=bench_env())
    return total


def measure(ctx: Context, size: int) -> Timings:
    base = ctx.work / f"synthetic-{size}"
    specs = write_spec_set(size, base / "specs")
    run_timed([PYTHON, "-m", "generator", "validate", "--specs", str(specs)], env=bench_env())
    out = base / "out" / "generated"
    have_reference = OPC.exists()
    generate_times: list[float] = []
    check_times: list[float] = []
    reference_times: list[float] = []
    # Full mode: one untimed round first, so both tools run with their bytecode cached, as installed tools do.
    for round_number in range(_repeats(ctx.quick, size) + (0 if ctx.quick else 1)):
        if out.parent.exists():
            shutil.rmtree(out.parent)
        out.parent.mkdir(parents=True)
        timed = (generate_times, check_times, reference_times) if round_number > 0 or ctx.quick else ([], [], [])
        timed[0].append(_generator("generate", specs, out))
        timed[1].append(_generator("check", specs, out))
        if have_reference:
            timed[2].append(_reference(out / "openapi", base / "reference"))
    ctx.generated[size] = out
    return Timings(
        generate=median(generate_times),
        check=median(check_times),
        reference=median(reference_times) if reference_times else None,
    )


def run(ctx: Context) -> list[Row]:
    rows: list[Row] = []
    if not OPC.exists():
        ctx.note(
            "Regeneration: openapi-python-client is not installed, so there is no reference; "
            "`pip install -r requirements/bench.txt` (make bench does it)."
        )
    for size in QUICK_SIZES if ctx.quick else FULL_SIZES:
        timings = measure(ctx, size)
        goal_applies = size == GOAL_SIZE
        for label, ours in (("generate", timings.generate), ("check", timings.check)):
            figure = f"1 regeneration: {label}, {size} models"
            goal = f"<= {GOAL_RATIO:.2f}" if goal_applies and label == "generate" else "-"
            if timings.reference is None:
                rows.append(Row(figure, "not installed", secs(ours), "-", goal, None if goal == "-" else False))
                continue
            ratio = ours / timings.reference
            met = ratio <= GOAL_RATIO if goal != "-" else None
            reference = f"openapi-python-client {secs(timings.reference)}"
            rows.append(Row(figure, reference, secs(ours), f"{ratio:.2f}x", goal, met))
    ctx.note(
        "Regeneration: wall time of `python -m generator generate|check --specs DIR --out OUT` in a fresh process "
        "(generate into an empty folder) vs `openapi-python-client generate --path OUT/openapi/<provider>.json "
        "--meta none --overwrite` for both providers (summed), interleaved, median of "
        + ("1 run (--quick)." if ctx.quick else "5 runs (3 at 500 models).")
        + f" Synthetic sets: real providers + N clones of the {len(list((ROOT / 'specs' / 'models').glob('*.yaml')))}"
        " real model specs (benchmarks/synthetic.py). Our exported OpenAPI documents needed no change for the "
        "reference."
    )
    return rows
