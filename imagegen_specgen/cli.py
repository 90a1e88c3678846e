"""`imagegen-specgen` (or `python -m imagegen_specgen`): generate | check | validate | import | sources | drift.

Every path is taken as given, relative to the current directory, and shown as given in messages.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .emit.render import CONTRACT_TESTS, PACKAGE, RUNTIME_NAME_MODULE, package_problem
from .output.manifest import OutputError
from .parser.diagnostics import SpecError
from .pipeline import check, generate, validate
from .speed.timings import Timings

MAINTAIN = ("import", "sources", "drift")


def program() -> str:
    """How the user started us: the console command, or `python -m imagegen_specgen`."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m imagegen_specgen" if name in ("", "__main__.py", "-c") else name


def package_name(value: str) -> str:
    """An import name for the generated package: refused here, before anything is generated, when unusable."""
    problem = package_problem(value)
    if problem is not None:
        raise argparse.ArgumentTypeError(problem)
    return value


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Typed Python clients from YAML specs: generate the package, its contract tests, OpenAPI "
        "documents and reference pages; check them; draft specs from providers' documents.",
        epilog=f"The maintainers' commands have their own options: `{prog} import --help`, `{prog} sources refresh "
        f"--help`, `{prog} drift --help`.",
    )
    parser.add_argument("command", choices=("generate", "check", "validate", *MAINTAIN))
    parser.add_argument("--specs", type=Path, default=Path("specs"), help="folder of YAML specs (default: ./specs)")
    parser.add_argument("--out", type=Path, default=Path("generated"), help="output folder (default: ./generated)")
    parser.add_argument(
        "--package",
        type=package_name,
        help=f"import name of the generated package (default: the one the output folder holds, else {PACKAGE})",
    )
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="recompute every request model and formatted file instead of reusing .generator-cache/ (CI's full path)",
    )
    parser.add_argument(
        "--timings", action="store_true", help="print to stderr when each step of generate or check ended"
    )
    parser.add_argument(
        "--adopt",
        action="store_true",
        help="generate: take over an output folder that holds no manifest (files it did not write are kept)",
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="generate: replace files the generator did not write, or that were edited since, at the paths it writes",
    )
    parser.add_argument(
        "--verbose", action="store_true", help="check: also list the files in generated folders it did not write"
    )
    return parser


# The options of this parser that take a value: what follows one of them is its value, not the command.
_VALUED = ("--specs", "--out", "--package")
# The maintainers' commands' options that take a value, for finding their command behind them.
_MAINTAIN_VALUED = ("--sources", "--provider", "--model", "--id", "--source-url", "--output-media", "--timeout")


def command_index(argv: list[str]) -> int | None:
    """Where the command stands in `argv`, whatever options come before it (None when there is none)."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            return i + 1 if i + 1 < len(argv) else None
        if not token.startswith("-") or token == "-":
            return i
        i += 2 if token in _VALUED + _MAINTAIN_VALUED else 1
    return None


def output_package(out: Path) -> str:
    """The import name the output folder already holds (one package with a copied runtime), else the default:
    regenerating or checking without --package keeps the name the folder was generated with."""
    found = sorted(path.parent.parent.name for path in out.glob(f"*/_runtime/{RUNTIME_NAME_MODULE}"))
    return found[0] if len(found) == 1 and package_problem(found[0]) is None else PACKAGE


def _spec_error(exc: SpecError, specs: Path) -> str:
    """The problems, under a heading naming the specs folder as the user gave it (file names are inside it)."""
    head, _, rest = str(exc).partition("\n")
    return f"{head.removesuffix(' in specs:')} in {specs}:" + (f"\n{rest}" if rest else "")


def _report(timings: Timings | None) -> None:
    if timings is not None:
        print(timings.report(), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    prog = program()
    at = command_index(argv)
    if at is not None and argv[at] in MAINTAIN:
        from .upkeep.commands import main as maintain_main  # the importers load only when asked for

        # Options given before the command are its own (`--specs DIR drift` is `drift --specs DIR`); one it
        # does not know is refused by its parser.
        return maintain_main([*argv[at:], *argv[:at]], prog)
    parser = _parser(prog)
    args = parser.parse_args(argv)
    for flag, command in (("adopt", "generate"), ("overwrite", "generate"), ("verbose", "check")):
        if getattr(args, flag) and args.command != command:
            parser.error(f"--{flag} applies to `{command}` only, not to `{args.command}`")
    use_cache = not args.no_cache
    timings = Timings() if args.timings else None
    if args.package is None:
        args.package = output_package(args.out)
    try:
        if args.command == "validate":
            project = validate(args.specs)
            print(f"specs OK in {args.specs}: {len(project.providers)} providers, {len(project.models)} models")
            return 0
        if args.command == "generate":
            notes: list[str] = []
            project = generate(
                args.specs,
                args.out,
                use_cache=use_cache,
                package=args.package,
                timings=timings,
                adopt=args.adopt,
                overwrite=args.overwrite,
                notes=notes,
            )
            _report(timings)
            for line in notes:
                print(line)
            print(
                f"generated {args.out} from {args.specs}: {len(project.providers)} providers, "
                f"{len(project.models)} models; package {args.package!r} in {args.out / args.package}, "
                f"contract tests in {args.out / CONTRACT_TESTS}"
            )
            return 0
        kept: list[str] = []
        differences = check(
            args.specs, args.out, use_cache=use_cache, package=args.package, timings=timings, notes=kept
        )
        _report(timings)
        if args.verbose:
            for line in kept:
                print(line)
    except SpecError as exc:
        print(_spec_error(exc, args.specs), file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if differences:
        again = f"{prog} generate --specs {args.specs} --out {args.out}"
        if args.package != PACKAGE or output_package(args.out) != PACKAGE:  # whenever leaving it out would differ
            again += f" --package {args.package}"
        print(f"{args.out} does not match the specs in {args.specs}; run `{again}`:", file=sys.stderr)
        print("\n".join(differences), file=sys.stderr)
        return 1
    print(f"{args.out} matches the specs in {args.specs}")
    return 0
