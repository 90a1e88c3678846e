"""Run every figure, print one table and the machine; in full mode also write benchmarks/results.md.

Exit status: 0 when every figure ran and (in full mode) met its goal; 1 when a goal is missed (full mode
only: --quick proves the benchmarks work, it does not judge speed); 2 when a figure failed to run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from . import bulk, call_overhead, concurrency, import_time, regeneration, scale, streaming, waiting
from .common import Context, Row, machine_line, use_pycache

RESULTS = Path(__file__).resolve().parent / "results.md"
HEADERS = ("figure", "reference", "ours", "ratio", "goal", "met?")

# In the order of the table; regeneration at scale (1, continued) leaves the synthetic packages that import_time (3)
# measures.
FIGURES: tuple[tuple[str, Callable[[Context], list[Row]]], ...] = (
    ("regeneration", regeneration.run),
    ("scale", scale.run),
    ("call_overhead", call_overhead.run),
    ("import_time", import_time.run),
    ("waiting", waiting.run),
    ("bulk", bulk.run),
    ("concurrency", concurrency.run),
    ("streaming", streaming.run),
)


def _cells(row: Row) -> tuple[str, ...]:
    return (row.figure, row.reference, row.ours, row.ratio, row.goal, row.verdict)


def text_table(rows: Sequence[Row]) -> str:
    lines = [HEADERS, *(_cells(r) for r in rows)]
    widths = [max(len(line[i]) for line in lines) for i in range(len(HEADERS))]
    out = []
    for i, line in enumerate(lines):
        out.append("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())
        if i == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def markdown_table(rows: Sequence[Row]) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(HEADERS), line(["---"] * len(HEADERS)), *(line(_cells(r)) for r in rows)])


def write_results(rows: Sequence[Row], machine: str, notes: Sequence[str], elapsed: float) -> None:
    text = [
        "# Benchmark results",
        "",
        f"`python -m benchmarks` (full mode, {elapsed:.0f} s) on {machine}.",
        "Every figure is a ratio against a reference measured in the same run; medians over repeats.",
        "",
        markdown_table(rows),
        "",
        "Notes:",
        "",
        *(f"- {note}" for note in notes),
        "",
    ]
    RESULTS.write_text("\n".join(text), encoding="utf-8")


def _load_average() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:  # not available on this platform
        return "?"


def _callers_pycache() -> Path | None:
    """The folder where the caller keeps bytecode (make test: the virtualenv's, filled by the suite's processes),
    if it keeps any there; --quick's processes use it rather than compile every module they import again."""
    prefix = os.environ.get("PYTHONPYCACHEPREFIX", "")
    if os.environ.get("PYTHONDONTWRITEBYTECODE") or not os.path.isabs(prefix):
        return None
    return Path(prefix)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats: proves the benchmarks work")
    parser.add_argument(
        "--only", action="append", choices=[name for name, _ in FIGURES], help="run only this figure (repeatable)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder and print where it is")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="imagegen-bench-"))
    ctx = Context(quick=args.quick, work=work)
    kept = _callers_pycache() if args.quick else None
    use_pycache(kept or work / "pycache")
    rows: list[Row] = []
    failed: list[str] = []
    loads: list[str] = []
    try:
        for number, (name, figure) in enumerate(FIGURES, start=1):
            if args.only and name not in args.only:
                continue
            figure_started = time.perf_counter()
            load_before = _load_average()
            print(f"[{name}] running ...", file=sys.stderr, flush=True)
            try:
                rows.extend(figure(ctx))
            except Exception:
                failed.append(name)
                traceback.print_exc()
                rows.append(Row(f"{number} {name}: FAILED", "-", "-", "-", "-", False))
            loads.append(f"{name} {load_before} -> {_load_average()}")
            print(f"[{name}] {time.perf_counter() - figure_started:.1f} s", file=sys.stderr, flush=True)
        ctx.note(
            "Load: the machine's 1-minute load average when each figure started and ended (2 cores; our own processes "
            "count too, other users' work on the shared machine shows as load above about 1 to 3): " + "; ".join(loads)
        )
    finally:
        if args.keep:
            print(f"scratch folder kept: {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
            if kept is not None:  # the bytecode of the scratch folder's modules (synthetic packages)
                shutil.rmtree(kept / work.relative_to(work.anchor), ignore_errors=True)
    elapsed = time.perf_counter() - started
    machine = machine_line()
    print(text_table(rows))
    print()
    print(f"machine: {machine}")
    print(f"mode: {'quick' if args.quick else 'full'}, {elapsed:.0f} s")
    print()
    for note in ctx.notes:
        print(f"- {note}")
    if not args.quick and not args.only:
        write_results(rows, machine, ctx.notes, elapsed)
        print(f"\nwritten: {RESULTS}")
    if failed:
        print(f"\nfailed to run: {', '.join(failed)}", file=sys.stderr)
        return 2
    missed = [row.figure for row in rows if row.met is False]
    if missed and not args.quick:
        print(f"\ngoals missed: {len(missed)}", file=sys.stderr)
        return 1
    return 0
