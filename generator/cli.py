"""`python -m generator generate | check | validate | import | sources | drift`: wires the pipeline to a terminal."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .diagnostics import SpecError
from .pipeline import check, generate, load_project

ROOT = Path(__file__).resolve().parent.parent
MAINTAIN = ("import", "sources", "drift")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in MAINTAIN:
        from .maintain import main as maintain_main  # the importers load only when asked for

        return maintain_main(argv, ROOT)
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("command", choices=("generate", "check", "validate", *MAINTAIN))
    parser.add_argument("--specs", type=Path, default=ROOT / "specs", help="folder of YAML specs (default: specs/)")
    parser.add_argument("--out", type=Path, default=ROOT / "generated", help="output folder (default: generated/)")
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="recompute every request model and formatted file instead of reusing .generator-cache/ (CI's full path)",
    )
    args = parser.parse_args(argv)
    use_cache = not args.no_cache
    try:
        if args.command == "validate":
            project = load_project(args.specs)
            print(f"specs OK: {len(project.providers)} providers, {len(project.models)} models")
            return 0
        if args.command == "generate":
            project = generate(args.specs, args.out, use_cache=use_cache)
            print(f"generated {args.out}: {len(project.providers)} providers, {len(project.models)} models")
            return 0
        differences = check(args.specs, args.out, use_cache=use_cache)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 2
    if differences:
        print(f"{args.out} does not match the specs; run `make generate`:", file=sys.stderr)
        print("\n".join(differences), file=sys.stderr)
        return 1
    print(f"{args.out} matches the specs")
    return 0
