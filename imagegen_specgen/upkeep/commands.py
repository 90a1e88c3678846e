"""The maintainer's commands: `import KIND DOC`, `sources refresh PROVIDER [DOC...]`, `drift`.

Exit codes: 0 done, 1 drift found, 2 bad input (unreadable document or facts lock, broken spec, a draft the
spec format refuses); nothing is written on 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..helptext import Formatter
from ..output.atomic import replace_file
from ..parser.diagnostics import SpecError, SpecProblem, printable
from ..parser.files import read_spec_text
from ..parser.load import parse_document
from ..parser.project import load_project
from .drift import check_drift, lock_path
from .facts import lock_changes, lock_text, text_changes
from .importers import IMPORTERS, DocumentError, ImportOptions, SourceDocument, openapi, read_document
from .importers.common import DEFAULT_TIMEOUT, draft_paths, require_folder, spec_file_name, write_drafts
from .importers.draft_check import check_drafts, declared_url
from .lock_file import LockError, read_lock
from .merge import merge_spec
from .refresh import refresh_lock


class DraftError(Exception):
    """Drafts the spec format refuses: an importer bug. `problems` name each draft's file, key path and line."""

    def __init__(self, problems: list[SpecProblem]) -> None:
        self.problems = problems
        lines = [f"  {p}" for p in problems]
        super().__init__(
            "the drafts do not validate against the spec format (an importer bug; nothing written):\n"
            + "\n".join(lines)
        )


# Per kind of document: what `import KIND` reads, its example, and the options it takes besides --out, --force and
# --timeout (a kind not listed here takes them all).
IMPORT_KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "openapi": (
        "Draft model specs from a provider's OpenAPI document (a file or URL): one spec per model the document "
        "describes, or only the --model ids given. --provider names our provider id; what the document says that "
        "the spec format cannot hold is printed under 'not mapped', each with its place in the document.",
        "import openapi pruna-openapi.yml --provider pruna --model p-video "
        "--source-url https://docs.api.pruna.ai/openapi.yaml",
        ("--provider", "--model", "--source-url", "--output-media", "--layout"),
    ),
    "openapi-endpoint": (
        "Draft one model spec from the OpenAPI document of one endpoint (fal publishes one per model): the same "
        "as `import openapi --layout endpoint`.",
        "import openapi-endpoint fal-ai-flux-schnell.openapi.json --provider fal --output-media image",
        ("--provider", "--source-url", "--output-media"),
    ),
    "replicate-version": (
        "Draft one model spec from a Replicate model version document: the JSON of a version (id, "
        "openapi_schema) or of a model (owner, name, latest_version), its inputs at "
        "openapi_schema.components.schemas.Input. A version names no model: give --id OWNER/NAME. The output "
        "schema states no media: give --output-media.",
        "import replicate-version p-image.version.json --id prunaai/p-image --output-media image "
        "--source-url https://api.replicate.com/v1/models/prunaai/p-image/versions/<id>",
        ("--provider", "--id", "--source-url", "--output-media"),
    ),
    "segmind-page": (
        "Draft one model spec from the text of a Segmind model's API page (saved from "
        "https://www.segmind.com/models/<slug>/api, or that URL). A page that names no output media is refused "
        "until --output-media says which.",
        "import segmind-page tidal-paint-api.txt --output-media image",
        ("--id", "--source-url", "--output-media"),
    ),
}
_IMPORT_OPTIONS: dict[str, tuple[dict[str, object], str]] = {
    "--provider": ({}, "our provider id (e.g. pruna)"),
    "--model": ({"action": "append", "default": []}, "import only this model id (repeatable)"),
    "--id": ({"dest": "slug"}, "the model id, when the document does not state it"),
    "--source-url": (
        {},
        "the document's public address, when reading a local copy (default: the address the provider spec's "
        "`documents` give for it)",
    ),
    "--output-media": ({"choices": ("image", "video")}, "for models whose document does not state the output"),
    "--layout": (
        {"choices": openapi.LAYOUTS},
        "the document's layout, when it is not detected (endpoint: a document of one endpoint)",
    ),
}


def _parser(prog: str) -> argparse.ArgumentParser:
    formatter = Formatter
    parser = argparse.ArgumentParser(prog=prog, description=__doc__, formatter_class=formatter)
    sub = parser.add_subparsers(dest="command", required=True)

    imp = sub.add_parser(
        "import",
        help="draft model specs from a provider's document",
        description="Draft model specs from a provider's own document, one kind of document per subcommand; "
        "review each draft before generating.",
        epilog="kinds:\n" + "\n".join(f"  {prog} import {kind} --help" for kind in sorted(IMPORTERS)),
        formatter_class=formatter,
    )
    kinds = imp.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind in sorted(IMPORTERS):
        description, example, options = IMPORT_KINDS.get(kind, ("", "", tuple(_IMPORT_OPTIONS)))
        one = kinds.add_parser(
            kind,
            help=description.split(". ")[0] or f"a {kind} document",
            description=description or None,
            epilog=f"example:\n  {prog} {example}" if example else None,
            formatter_class=formatter,
        )
        one.add_argument("document", help="a file or an http(s) URL")
        for name in _IMPORT_OPTIONS:
            extra, text = _IMPORT_OPTIONS[name]
            if name in options:
                one.add_argument(name, help=text, **extra)  # type: ignore[arg-type]
            else:
                one.set_defaults(**{str(extra.get("dest", name[2:].replace("-", "_"))): extra.get("default")})
        one.add_argument("--out", type=Path, default=Path("specs/models"), help="default: ./specs/models")
        one.add_argument(
            "--specs",
            type=Path,
            help="the specs folder whose provider spec the drafts are checked against (default: the parent of "
            "--out when it has providers/, else ./specs)",
        )
        replace = one.add_mutually_exclusive_group()
        replace.add_argument("--force", action="store_true", help="replace existing spec files")
        replace.add_argument(
            "--merge",
            action="store_true",
            help="update existing specs with the document's facts, keeping their text, examples, sources and "
            "deviations (a fact a deviation records is not touched); prints what changed",
        )
        one.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds for reading a URL")

    src = sub.add_parser(
        "sources",
        help="the providers' facts locks",
        description="The providers' facts locks (sources/<provider>.facts.json): the checkable facts of their "
        "documents, which `drift` compares the specs with.",
        formatter_class=formatter,
    )
    src_sub = src.add_subparsers(dest="action", required=True)
    refresh = src_sub.add_parser(
        "refresh",
        help="rebuild sources/<provider>.facts.json from the documents the provider spec declares",
        description="Rebuild a provider's facts lock from the documents its spec declares under `documents` "
        "(url, kind, models) and print what changed since the last one. Each DOC is a local copy of one of "
        "them; the others are read from their address.",
        epilog=f"example:\n  {prog} sources refresh pruna pruna-openapi.yml",
        formatter_class=formatter,
    )
    refresh.add_argument("provider", help="a provider id of the specs folder")
    refresh.add_argument("documents", nargs="*", help="local copies (files or http(s) URLs) of declared documents")
    refresh.add_argument(
        "--source-url",
        action="append",
        default=[],
        help="which declared document each DOC is, in order (default: told by the models it describes)",
    )
    refresh.add_argument("--specs", type=Path, default=Path("specs"), help="default: ./specs")
    refresh.add_argument("--sources", type=Path, default=Path("sources"), help="default: ./sources")
    refresh.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)

    drift = sub.add_parser(
        "drift",
        help="compare every spec with its provider's facts lock",
        description="Compare every spec with its provider's facts lock. Exit 0 when they agree (or the spec records "
        "the difference as a deviation), 1 listing each difference with its file and line.",
        epilog=f"example:\n  {prog} drift --specs my-specs --sources my-sources",
        formatter_class=formatter,
    )
    drift.add_argument("--specs", type=Path, default=Path("specs"), help="default: ./specs")
    drift.add_argument("--sources", type=Path, default=Path("sources"), help="default: ./sources")
    return parser


def main(argv: list[str], prog: str = "python -m imagegen_specgen") -> int:
    args = _parser(prog).parse_args(argv)
    try:
        if args.command == "import":
            return _import(args)
        if args.command == "sources":
            return _refresh(args)
        return _drift(args)
    except DocumentError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)  # one line: an id from a document may hold a newline
        return 2
    except (LockError, DraftError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SpecError as exc:
        head, _, rest = str(exc).partition("\n")  # the folder as the user named it, not "specs"
        folder = getattr(args, "specs", None) or Path("specs")
        print(f"{head.removesuffix(' in specs:')} in {folder}:" + (f"\n{rest}" if rest else ""), file=sys.stderr)
        return 2


def _specs_folder(args: argparse.Namespace) -> Path:
    if args.specs is not None:
        return args.specs  # type: ignore[no-any-return]
    parent: Path = args.out.parent
    return parent if (parent / "providers").is_dir() else Path("specs")


def _import(args: argparse.Namespace) -> int:
    require_folder(args.out, "--out", "the model specs")  # before the document is read
    document = read_document(args.document, timeout=args.timeout)
    args.specs = _specs_folder(args)
    options = ImportOptions(
        args.provider, tuple(args.model), args.slug, args.source_url, args.output_media, args.layout
    )
    result = IMPORTERS[args.kind](document, options)
    # A spec needs its output media; a document that does not state it gets no draft (see --output-media), unless
    # the draft is merged into a spec that has its own.
    complete = [
        d for d in result.drafts if "media" in d.get("output", {}) or (args.merge and _target(args, d).exists())
    ]
    for draft in result.drafts:
        if draft not in complete:
            print(
                f"not written: {printable(str(draft['id']))}: the document does not state its output media; say "
                "which with --output-media image or --output-media video (recorded in the spec's notes)",
                file=sys.stderr,
            )
    _print_unmapped(result.unmapped)
    if not complete:
        raise DocumentError(f"{args.document}: no model could be drafted completely; nothing written")
    if args.source_url is None:
        _use_declared_url(complete, document, args.kind, args.specs)
    planned = list(zip(draft_paths(complete, args.out, source=args.document), complete, strict=True))
    merged: dict[Path, tuple[list[str], list[str]]] = {}
    if args.merge:
        planned, merged = _merged(planned)
    problems, _ = check_drafts(planned, args.specs)
    if problems:
        raise DraftError(problems)
    unchanged = {path for path, (lines, _) in merged.items() if not lines}  # left as they are, byte for byte
    written = write_drafts(
        [d for path, d in planned if path not in unchanged],
        args.out,
        force=args.force or args.merge,
        source=args.document,
    )
    for path in written:
        if path not in merged:
            print(f"wrote {path}")
            continue
        lines, kept = merged[path]
        print(f"merged {path}: {len(lines)} change(s)")
        for line in [*lines, *kept]:
            print(f"  {line}")
    for path in sorted(unchanged):
        kept = merged[path][1]
        print(f"unchanged {path}" + (f" ({len(kept)} fact(s) kept for recorded deviations)" if kept else ""))
    return 0


def _target(args: argparse.Namespace, draft: dict[str, Any]) -> Path:
    return args.out / spec_file_name(draft["provider"], draft["id"])  # type: ignore[no-any-return]


def _print_unmapped(unmapped: list[str]) -> None:
    if unmapped:
        print(f"not mapped ({len(unmapped)}): review these by hand", file=sys.stderr)
        for line in unmapped:
            print(f"  {printable(line)}", file=sys.stderr)  # places hold the document's own keys and ids


def _use_declared_url(drafts: list[dict[str, Any]], document: SourceDocument, kind: str, specs: Path) -> None:
    """A local copy's drafts name the address the provider spec declares for the document, not the local path."""
    url = declared_url(drafts, document, kind, specs)
    if url is None:
        if not document.location.startswith(("http://", "https://")):
            print(
                f"note: the drafts name {document.location} as their source document; give --source-url (or "
                "declare the document under `documents` in the provider spec) to record its public address",
                file=sys.stderr,
            )
        return
    for draft in drafts:
        source = draft.get("source_document")
        if isinstance(source, dict) and source.get("url") == document.location:
            source["url"] = url
        draft["sources"] = [url if s == document.location else s for s in draft.get("sources", [])]


def _merged(
    planned: list[tuple[Path, dict[str, Any]]],
) -> tuple[list[tuple[Path, dict[str, Any]]], dict[Path, tuple[list[str], list[str]]]]:
    """Each draft whose spec exists, merged into it; per file, the changes and the facts kept for deviations."""
    result: list[tuple[Path, dict[str, Any]]] = []
    changes: dict[Path, tuple[list[str], list[str]]] = {}
    for path, draft in planned:
        if not path.exists():
            result.append((path, draft))
            continue
        spec, lines, kept = merge_spec(_read_spec(path), draft)
        result.append((path, spec))
        changes[path] = lines, kept
    return result, changes


def _read_spec(path: Path) -> dict[str, Any]:
    text, problem = read_spec_text(path, str(path), path.parent)
    if problem is not None:
        raise SpecError([problem])
    assert text is not None
    doc, problems = parse_document(text, str(path))
    if doc is None or not isinstance(doc.data, dict):
        raise SpecError(problems or [SpecProblem(str(path), (), None, "not a mapping", "a model spec")])
    return doc.data


def _refresh(args: argparse.Namespace) -> int:
    project = load_project(args.specs, models_required=False)
    provider = next((p for p in project.providers if p.id == args.provider), None)
    if provider is None:
        known = ", ".join(sorted(p.id for p in project.providers)) or "none"
        raise DocumentError(f"{args.specs}: no provider {args.provider!r} (the providers there: {known})")
    path = lock_path(args.sources, provider.id)
    previous = read_lock(path, provider.id)  # a broken lock is reported before anything is read or written
    require_folder(args.sources, "--sources", "the facts locks")  # before the documents are read
    refreshed = refresh_lock(provider, args.specs / provider.source_file, args.documents, args.source_url, args.timeout)
    lock = refreshed.lock
    args.sources.mkdir(parents=True, exist_ok=True)
    replace_file(path, lock_text(lock).encode("utf-8"))  # a unique temporary name: never a user's `<lock>.tmp`
    print(f"wrote {path}: {len(lock['models'])} models from {len(lock['documents'])} document(s)")
    for line in refreshed.read:
        print(f"  {line}")
    if previous is None:
        print("no previous lock: nothing to compare")
        return 0
    for line in text_changes(previous, lock):
        print(line)
    changes = lock_changes(previous, lock)
    if not changes:
        print("the provider's facts are unchanged")
    else:
        print(f"the provider changed {len(changes)} fact(s):")
        for line in changes:
            print(f"  {line}")
    return 0


def _drift(args: argparse.Namespace) -> int:
    report = check_drift(args.specs, args.sources)
    for message in report.messages:
        print(message)
    if report.problems:
        count = len(report.problems)
        print(
            f"{count} difference{'s' if count != 1 else ''} from the providers' documents in {args.specs}:",
            file=sys.stderr,
        )
        for problem in sorted(report.problems, key=lambda p: (p.file, p.line or 0)):
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"no drift in {args.specs}")
    return 0
