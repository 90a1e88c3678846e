"""`imagegen-specgen` (or `python -m imagegen_specgen`): generate | check | validate | import | sources | drift | mock.

Every path is taken as given, relative to the current directory, and shown as given in messages. Each command has
its own `--help` with an example.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sized
from pathlib import Path

from .emit.render import CONTRACT_TESTS, PACKAGE, RUNTIME_NAME_MODULE, package_problem
from .helptext import Formatter
from .output.manifest import OutputError
from .parser.diagnostics import SpecError
from .pipeline import check, generate, validate
from .speed.timings import Timings

MAINTAIN = ("import", "sources", "drift")
MOCK = "mock"
# The commands whose options live elsewhere (upkeep/commands.py, mock/cli.py): listed here for the help.
DELEGATED = {
    "import": "draft model specs from a provider's document (OpenAPI, a model's API page)",
    "sources": "rebuild a provider's facts lock from its documents (sources refresh PROVIDER DOC...)",
    "drift": "compare every spec with its provider's facts lock",
    MOCK: "serve the specs as a mock provider, for offline development and the contract tests",
}


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
        epilog=f"Each command has its own help: `{prog} generate --help`, `{prog} import openapi --help`, ...",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    specs = argparse.ArgumentParser(add_help=False)
    specs.add_argument("--specs", type=Path, default=Path("specs"), help="folder of YAML specs (default: ./specs)")
    output = argparse.ArgumentParser(add_help=False)
    output.add_argument("--out", type=Path, default=Path("generated"), help="output folder (default: ./generated)")
    output.add_argument(
        "--package",
        type=package_name,
        help=f"import name of the generated package (default: the one the output folder holds, else {PACKAGE})",
    )
    output.add_argument(
        "--no-cache",
        action="store_true",
        help="recompute every request model and formatted file instead of reusing .generator-cache/ (CI's full path)",
    )
    output.add_argument(
        "--timings", action="store_true", help="print to stderr when each step of generate or check ended"
    )
    about = {
        "generate": (
            "write the client package, its contract tests, OpenAPI documents and reference pages",
            "Regenerate the output folder from the specs: the typed package (with its command line and reference "
            "pages), contract tests, OpenAPI documents, readme and pyproject.toml. Only files the generator wrote "
            "(listed with their hashes in .imagegen-manifest.json) are replaced or removed, and only when everything "
            "was generated; a folder it did not write is refused unless --adopt.",
            f"{prog} generate --specs my-specs --out client --package picgen",
        ),
        "check": (
            "exit 1 and show a diff when the output folder differs from what the specs produce",
            "Generate into a scratch folder and compare it with the output folder; writes nothing. Exit 0 when they "
            "match, 1 with the changed files and a diff when they differ, 2 when a spec is broken.",
            f"{prog} check --specs my-specs --out client",
        ),
        "validate": (
            "check the specs only (format, semantics, names); write nothing",
            "Read and check every spec: a broken one is named by file, key path and line. Exit 0 when all are valid, "
            "2 otherwise.",
            f"{prog} validate --specs my-specs",
        ),
    }
    for name, (summary, description, example) in about.items():
        command = commands.add_parser(
            name,
            parents=[specs] if name == "validate" else [specs, output],
            help=summary,
            description=description,
            epilog=f"example:\n  {example}",
            formatter_class=Formatter,
        )
        if name == "validate":
            command.set_defaults(out=None, package=PACKAGE, no_cache=False, timings=False)
        if name == "generate":
            command.add_argument(
                "--adopt",
                action="store_true",
                help="take over an output folder that holds no manifest (files the generator did not write are kept)",
            )
            command.add_argument(
                "--overwrite",
                action="store_true",
                help="replace files the generator did not write, or that were edited since, at the paths it writes",
            )
        if name == "check":
            command.add_argument(
                "--verbose", action="store_true", help="also list the files in generated folders it did not write"
            )
    for name, summary in DELEGATED.items():
        commands.add_parser(name, help=f"{summary} (`{prog} {name} --help`)", add_help=False)
    return parser


# Options that take a value, of every command: what follows one of them is its value, not the command.
_VALUED = frozenset(
    ("--specs", "--out", "--package", "--sources", "--provider", "--model", "--id", "--source-url", "--output-media")
) | {"--layout", "--timeout", "--port", "--host"}


def command_index(argv: list[str]) -> int | None:
    """Where the command stands in `argv`, whatever options come before it (None when there is none)."""
    i = 0
    while i < len(argv):
        token = argv[i]
        if token == "--":
            return i + 1 if i + 1 < len(argv) else None
        if not token.startswith("-") or token == "-":
            return i
        i += 2 if token in _VALUED else 1
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


def _count(items: Sized, word: str) -> str:
    return f"{len(items)} {word}{'' if len(items) == 1 else 's'}"


def _report(timings: Timings | None) -> None:
    if timings is not None:
        print(timings.report(), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    prog = program()
    at = command_index(argv)
    if at is not None and argv[at] not in ("-h", "--help"):
        # Options given before the command are its own (`--specs DIR drift` is `drift --specs DIR`); one it
        # does not take is refused by its parser.
        argv = [*argv[at:], *argv[:at]]
    if argv and argv[0] in MAINTAIN:
        from .upkeep.commands import main as maintain_main  # the importers load only when asked for

        return maintain_main(argv, prog)
    if argv and argv[0] == MOCK:
        from .mock.cli import main as mock_main  # the mock's server loads only when asked for

        return mock_main(argv[1:], prog=f"{prog} {MOCK}")
    args = _parser(prog).parse_args(argv)
    use_cache = not args.no_cache
    timings = Timings() if args.timings else None
    if args.package is None:
        args.package = output_package(args.out)
    try:
        if args.command == "validate":
            project = validate(args.specs)
            found = f"{_count(project.providers, 'provider')}, {_count(project.models, 'model')}"
            print(f"specs OK in {args.specs}: {found}")
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
                f"generated the client from {args.specs} into {args.out}: {_count(project.providers, 'provider')}, "
                f"{_count(project.models, 'model')}; package {args.package!r} in {args.out / args.package}, "
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
