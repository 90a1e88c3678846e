"""The maintainer's commands: `import KIND DOC`, `sources refresh PROVIDER DOC...`, `drift`.

Exit codes: 0 done, 1 drift found, 2 bad input (unreadable document, broken spec); nothing is written
on 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..helptext import Formatter
from ..parser.diagnostics import SpecError
from .drift import check_drift, lock_path
from .facts import build_lock, lock_changes, lock_text, read_lock
from .importers import IMPORTERS, PROVIDER_DOCUMENTS, DocumentError, ImportOptions, read_document
from .importers.common import DEFAULT_TIMEOUT, write_drafts

# Per kind of document: what `import KIND` reads, its example, and the options it takes besides --out, --force and
# --timeout (a kind not listed here takes them all).
IMPORT_KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "openapi": (
        "Draft model specs from a provider's OpenAPI document (a file or URL): one spec per model the document "
        "describes, or only the --model ids given. --provider names our provider id; what the document says that "
        "the spec format cannot hold is printed under 'not mapped', each with its place in the document.",
        "import openapi pruna-openapi.yml --provider pruna --model p-video "
        "--source-url https://docs.api.pruna.ai/openapi.yaml",
        ("--provider", "--model", "--source-url", "--output-media"),
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
    "--source-url": ({}, "the document's public address, when reading a local copy"),
    "--output-media": ({"choices": ("image", "video")}, "for models whose document does not state the output"),
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
        one.add_argument("--force", action="store_true", help="replace existing spec files")
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
        help="rebuild sources/<provider>.facts.json from the documents",
        description="Rebuild a provider's facts lock from its documents and print what changed since the last one.",
        epilog=f"example:\n  {prog} sources refresh pruna https://docs.api.pruna.ai/openapi.yaml",
        formatter_class=formatter,
    )
    refresh.add_argument("provider", choices=sorted(PROVIDER_DOCUMENTS))
    refresh.add_argument("documents", nargs="+", help="files or http(s) URLs")
    refresh.add_argument("--source-url", action="append", default=[], help="public address per document, in order")
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
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 2


def _import(args: argparse.Namespace) -> int:
    document = read_document(args.document, timeout=args.timeout)
    options = ImportOptions(args.provider, tuple(args.model), args.slug, args.source_url, args.output_media)
    result = IMPORTERS[args.kind](document, options)
    # A spec needs its output media; a document that does not state it gets no draft (see --output-media).
    complete = [d for d in result.drafts if "media" in d.get("output", {})]
    for draft in result.drafts:
        if draft not in complete:
            print(f"not written: {draft['id']}: the document does not state its output (see below)", file=sys.stderr)
    if not complete:
        raise DocumentError(f"{args.document}: no model could be drafted completely; nothing written")
    written = write_drafts(complete, args.out, force=args.force)
    for path in written:
        print(f"wrote {path}")
    if result.unmapped:
        print(f"not mapped ({len(result.unmapped)}): review these by hand", file=sys.stderr)
        for line in result.unmapped:
            print(f"  {line}", file=sys.stderr)
    return 0


def _refresh(args: argparse.Namespace) -> int:
    if args.source_url and len(args.source_url) != len(args.documents):
        raise DocumentError("--source-url: give one per document, in the same order, or none")
    kind = PROVIDER_DOCUMENTS[args.provider]
    drafts, documents = [], []
    for i, location in enumerate(args.documents):
        document = read_document(location, timeout=args.timeout)
        url = args.source_url[i] if args.source_url else location
        result = IMPORTERS[kind](document, ImportOptions(args.provider, (), None, url))
        drafts.extend(result.drafts)
        entry = {"url": url, "sha256": document.sha256}
        if result.version:
            entry["version"] = result.version
        documents.append(entry)
    seen: set[str] = set()
    for draft in drafts:
        if draft["id"] in seen:
            raise DocumentError(f"model {draft['id']!r} appears in more than one document")
        seen.add(draft["id"])
    lock = build_lock(args.provider, documents, drafts)
    path = lock_path(args.sources, args.provider)
    changes = lock_changes(read_lock(path), lock) if path.is_file() else None
    args.sources.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(lock_text(lock), encoding="utf-8")
    temp.replace(path)
    print(f"wrote {path}: {len(lock['models'])} models from {len(documents)} document(s)")
    if changes is None:
        print("no previous lock: nothing to compare")
    elif not changes:
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
        print(f"{count} difference{'s' if count != 1 else ''} from the providers' documents:", file=sys.stderr)
        for problem in sorted(report.problems, key=lambda p: (p.file, p.line or 0)):
            print(f"  {problem}", file=sys.stderr)
        return 1
    print("no drift")
    return 0
