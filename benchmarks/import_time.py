"""Figure 3, import time: `python -c "import imagegen_typed; imagegen_typed.<Client>"` (which loads the client
module) for the provider with the most models, against `python -c "import httpx, pydantic"`, in fresh processes,
interleaved, for the real package and for one generated from a synthetic set of 5,000 models (--quick: only the
latter, the largest of the run). Both commands include interpreter start-up.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from .common import PYTHON, ROOT, Context, Row, bench_env, median, ms, run_timed
from .synthetic import write_spec_set

GOAL_RATIO = 1.10
GOAL_SIZE = 5000
REFERENCE = "import httpx, pydantic"
FULL_REPEATS = 40
QUICK_REPEATS = 1
_IMPORTTIME = re.compile(r"import time:\s*(\d+)\s*\|\s*(\d+)\s*\|(\s*)(\S+)")


def _package_for(ctx: Context, size: int) -> Path:
    """The generated/ folder of a synthetic set of `size` models (figure 1 usually made it already)."""
    if size not in ctx.generated:
        base = ctx.work / f"synthetic-{size}"
        specs = write_spec_set(size, base / "specs")
        out = base / "out" / "generated"
        run_timed(
            [PYTHON, "-m", "imagegen_specgen", "generate", "--specs", str(specs), "--out", str(out)], env=bench_env()
        )
        ctx.generated[size] = out
    return ctx.generated[size]


def command(package_root: Path) -> str:
    """The command that imports the package and the client of its provider with the most models."""
    package = package_root / "imagegen_typed"
    biggest = max(
        (p for p in package.iterdir() if (p / "_calls").is_dir()),
        key=lambda p: (len(list((p / "_calls").glob("*.py"))), p.name),
    )
    init = (biggest / "__init__.py").read_text(encoding="utf-8")
    client = init.split("from ._client import ", 1)[1].split("\n", 1)[0].split(", ")[-1].strip()
    return f"import imagegen_typed; imagegen_typed.{client}"


def _measure(ctx: Context, package_root: Path, repeats: int) -> tuple[float, float]:
    env = bench_env(pythonpath=[package_root])
    ours_cmd = [PYTHON, "-c", command(package_root)]
    reference_cmd = [PYTHON, "-c", REFERENCE]
    if not ctx.quick:  # compiles the package's .pyc files once (in quick mode breakdown()'s runs did, before)
        run_timed(ours_cmd, cwd=ctx.work, env=env)
        run_timed(reference_cmd, cwd=ctx.work, env=env)
    ours: list[float] = []
    reference: list[float] = []
    for i in range(repeats):
        pair = [(ours, ours_cmd), (reference, reference_cmd)]
        for target, cmd in pair if i % 2 == 0 else pair[::-1]:
            target.append(run_timed(cmd, cwd=ctx.work, env=env))
    return median(ours), median(reference)


def _importtime(ctx: Context, package_root: Path, code: str) -> dict[str, int]:
    """Module -> self microseconds, from one `python -X importtime -c code` run."""
    done = subprocess.run(
        [PYTHON, "-X", "importtime", "-c", code],
        cwd=ctx.work,
        env=bench_env(pythonpath=[package_root]),
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    found: dict[str, int] = {}
    for line in done.stderr.splitlines():
        match = _IMPORTTIME.match(line)
        if match:
            found[match.group(4)] = int(match.group(1))
    return found


def breakdown(ctx: Context, package_root: Path, top: int = 8) -> str:
    """What our command imports beyond the reference's modules, by self time (one -X importtime run each)."""
    mine = _importtime(ctx, package_root, command(package_root))
    reference = _importtime(ctx, package_root, REFERENCE)
    extra = {name: micros for name, micros in mine.items() if name not in reference}
    skipped = {name: micros for name, micros in reference.items() if name not in mine}
    slowest = sorted(extra.items(), key=lambda item: -item[1])[:top]
    listed = ", ".join(f"{name} {micros / 1000:.1f}" for name, micros in slowest)
    return (
        f"{len(extra)} modules beyond the reference's, {sum(extra.values()) / 1000:.0f} ms self time "
        f"(slowest, ms: {listed}); the reference's own {len(skipped)} modules not imported by ours: "
        f"{sum(skipped.values()) / 1000:.0f} ms"
    )


def run(ctx: Context) -> list[Row]:
    repeats = QUICK_REPEATS if ctx.quick else FULL_REPEATS
    if ctx.quick:
        size = max(ctx.generated) if ctx.generated else 16
    else:
        size = GOAL_SIZE
    targets = [("real package", ROOT / "generated"), (f"{size}-model package", _package_for(ctx, size))]
    if ctx.quick:  # one package is enough to prove the figure runs: the one an earlier figure handed over
        targets = targets[1:]
    rows = []
    for label, root in targets:
        # --quick: the -X importtime runs come first, in place of the warm-up runs (self times include compiling).
        early = breakdown(ctx, root) if ctx.quick else None
        mine, reference = _measure(ctx, root, repeats)
        ratio = mine / reference
        rows.append(
            Row(
                f"3 import time: {label}",
                f"import httpx, pydantic {ms(reference)}",
                f"{ms(mine)} ({command(root).split('; ')[1]})",
                f"{ratio:.2f}x",
                f"<= {GOAL_RATIO:.2f}",
                ratio <= GOAL_RATIO,
            )
        )
        ctx.note(f"Import time, {label}, -X importtime: {early or breakdown(ctx, root)}.")
    ctx.note(
        'Import time: wall time of `python -c "import imagegen_typed; imagegen_typed.<Client>"` (the client of the '
        f'provider with the most models) vs `python -c "{REFERENCE}"` in fresh processes (interpreter start-up '
        f"included in both), interleaved, median of {repeats}; the package's folder first on PYTHONPATH, .pyc files "
        "compiled by a warm-up run."
    )
    return rows
