"""What every importer shares: reading a provider's document, parsing it, and writing draft specs.

A document is read whole (file or URL, bounded in size and time) and hashed, so a spec and the facts
lock can name exactly which version of the provider's words they follow.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ...output.atomic import replace_file
from ...parser.bounded import Unreadable, read_regular_file
from ...parser.diagnostics import show
from ...parser.load import Limits, non_finite_problems, parse_document
from ...runtime.constraints import CONSTRAINTS

MAX_BYTES = 20 * 1024 * 1024  # a provider document is a few hundred kB; refuse anything absurd
_A_DOCUMENT = f"a regular file of at most {MAX_BYTES} bytes (a provider's document)"
DEFAULT_TIMEOUT = 20.0
# A document is read as strictly as a spec (no aliases, no tags, bounded numbers), with room for a large API:
# OpenAI's OpenAPI document (3 MB) has 110,000 values nested 21 levels deep.
DOCUMENT_LIMITS = Limits(depth=64, nodes=1_000_000, seconds=30.0, what="a provider's document")


class DocumentError(Exception):
    """A document that cannot be read or imported: the message names what and where. Nothing is written."""


@dataclass(frozen=True)
class SourceDocument:
    location: str  # the URL, or the file path as given
    text: str
    sha256: str

    @property
    def url(self) -> str:
        return self.location


def read_document(location: str, *, timeout: float = DEFAULT_TIMEOUT) -> SourceDocument:
    """The text of a file or an http(s) URL, with its sha256; DocumentError naming the location on failure."""
    if location.startswith(("http://", "https://")):
        data = _fetch(location, timeout)
    else:
        try:  # a regular file only, size-capped while reading: not a FIFO, not /dev/zero (whose size says 0)
            data = read_regular_file(Path(location), MAX_BYTES)
        except Unreadable as exc:
            raise DocumentError(f"{location}: found {exc.found}; expected {_A_DOCUMENT}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - data.rfind(b"\n", 0, exc.start)
        bad = data[exc.start : exc.end].hex(" ")
        found = f"found bytes that are not UTF-8 ({bad})"
        raise DocumentError(f"{location}:{line}:{column}: {found}; expected UTF-8 text") from None
    if not text.strip():
        raise DocumentError(f"{location}: the document is empty")
    return SourceDocument(location, text, hashlib.sha256(data).hexdigest())


def _fetch(url: str, timeout: float) -> bytes:
    import httpx  # the project's HTTP stack; imported here so file imports do not pay for it

    # httpx's timeout bounds each read; the deadline bounds the whole transfer (a server dripping bytes).
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True) as client:
            with client.stream("GET", url) as response:
                if response.status_code != 200:
                    raise DocumentError(f"{url}: the server answered HTTP {response.status_code}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise DocumentError(f"{url}: larger than {MAX_BYTES} bytes; not a provider document")
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("deadline")
                    chunks.append(chunk)
                return b"".join(chunks)
    except httpx.TimeoutException:
        raise DocumentError(f"{url}: no answer within {timeout:g} s (timed out)") from None
    except httpx.HTTPError as exc:
        raise DocumentError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from None


def parse_structured(doc: SourceDocument) -> dict[str, Any]:
    """A YAML or JSON document (JSON is YAML) as plain JSON-typed data, bounded as a spec is (see load.py):
    aliases, tags, overlong numbers, NaN and infinities refused. The error names the line and key path."""
    parsed, problems = parse_document(doc.text, doc.location, DOCUMENT_LIMITS)
    if parsed is not None:
        problems = non_finite_problems(parsed)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise DocumentError(f"{problems[0]}{more}")
    assert parsed is not None
    if not isinstance(parsed.data, dict):
        raise DocumentError(f"{doc.location}: found {json_kind(parsed.data)} at the top; expected a mapping")
    return parsed.data


def json_kind(value: Any) -> str:
    """What a value is, in the words of a JSON or YAML document."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return f"the text {show(value)}"
    return {dict: "a mapping", list: "a list", type(None): "null"}.get(type(value), type(value).__name__)


# The order a person reads a spec in; keys not listed keep their order after these.
_MODEL_ORDER = (
    "kind",
    "provider",
    "id",
    "title",
    "description",
    "wire_id",
    "path",
    "request_body",
    "source_document",
    "output",
    "sync",
    "cost",
    "latency_seconds",
    "rate_limit",
    "additional_parameters",
    "parameters",
    "sources",
    "notes",
    "deviations",
)
_PARAMETER_ORDER = (
    "name",
    "type",
    "items",
    "required",
    "default",
    *(c.key for c in CONSTRAINTS),
    "description",
    "example",
    "notes",
)


def _ordered(data: dict[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    head = {k: data[k] for k in order if k in data}
    return {**head, **{k: v for k, v in data.items() if k not in head}}


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key, as the hand-written specs have them."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def spec_text(spec: dict[str, Any]) -> str:
    """The draft as YAML, byte-identical run to run, reading back to exactly `spec`."""
    ordered = _ordered(spec, _MODEL_ORDER)
    ordered["parameters"] = [_ordered(p, _PARAMETER_ORDER) for p in spec.get("parameters", [])]
    text = yaml.dump(ordered, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)
    if yaml.safe_load(text) != ordered:  # e.g. a value YAML would read back as another type
        raise DocumentError(f"spec {spec.get('id')!r}: does not survive a YAML round trip; not written")
    return text


def spec_file_name(provider: str, model_id: str) -> str:
    """The file of a draft (see file_names.py); ValueError when the spec format refuses an id."""
    from .file_names import spec_file_name as derived

    return derived(provider, model_id)


def require_folder(path: Path, option: str, what: str) -> None:
    """DocumentError when `path` exists and is not a folder: it is where files are written."""
    if path.exists() and not path.is_dir():
        raise DocumentError(f"{option} {path}: found a file, not a folder; give the folder of {what}")


def draft_paths(drafts: list[dict[str, Any]], out_dir: Path, *, source: str = "") -> list[Path]:
    """The file of each draft, in order; DocumentError for an id the spec format refuses or two drafts that
    would share one file (ids differing only in punctuation), before anything else looks at them."""
    where = f"{source}: " if source else ""
    paths: dict[Path, str] = {}
    for draft in drafts:
        try:
            path = out_dir / spec_file_name(draft.get("provider"), draft.get("id"))  # type: ignore[arg-type]
        except ValueError as exc:
            raise DocumentError(f"{where}{exc}; nothing written") from None
        if path in paths:
            raise DocumentError(
                f"{where}model ids {paths[path]!r} and {draft['id']!r} both make {path}; nothing written"
            )
        paths[path] = draft["id"]
    return list(paths)


def write_drafts(drafts: list[dict[str, Any]], out_dir: Path, *, force: bool, source: str = "") -> list[Path]:
    """Write every draft, or none: an id the spec format refuses, two drafts for one file, or (without
    `force`) an existing file is refused before anything is written. Each file is replaced whole (atomic.py)."""
    require_folder(out_dir, "--out", "the model specs")
    planned = {
        path: spec_text(draft) for path, draft in zip(draft_paths(drafts, out_dir, source=source), drafts, strict=True)
    }
    unusable = [p for p in planned if os.path.lexists(p) and not p.is_file()]
    if unusable:
        raise DocumentError(f"{', '.join(map(str, unusable))}: not a regular file; nothing written")
    existing = [path for path in planned if path.exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise DocumentError(f"{names}: already exists; not overwritten (use --force to replace)")
    out_dir.mkdir(parents=True, exist_ok=True)
    for path, text in planned.items():
        replace_file(path, text.encode("utf-8"))
    return list(planned)


def canonical_json(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
