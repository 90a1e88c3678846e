"""What every importer shares: reading a provider's document, parsing it, and writing draft specs.

A document is read whole (file or URL, bounded in size and time) and hashed, so a spec and the facts
lock can name exactly which version of the provider's words they follow.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

MAX_BYTES = 20 * 1024 * 1024  # a provider document is a few hundred kB; refuse anything absurd
DEFAULT_TIMEOUT = 20.0

# libyaml is much faster on large documents; both build plain Python values.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        path = Path(location)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise DocumentError(f"{location}: larger than {MAX_BYTES} bytes; not a provider document")
            data = path.read_bytes()
        except OSError as exc:
            raise DocumentError(f"{location}: cannot read the file ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{location}: not UTF-8 text (byte {exc.start})") from None
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
    """A YAML or JSON document (JSON is YAML) as plain data; the error names the line."""
    try:
        data = yaml.load(doc.text, Loader=_LOADER)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" line {mark.line + 1}" if mark is not None else ""
        reason = " ".join(str(exc.problem or exc).split())
        raise DocumentError(f"{doc.location}:{where}: not YAML or JSON ({reason})") from None
    except yaml.YAMLError as exc:
        raise DocumentError(f"{doc.location}: not YAML or JSON ({exc})") from None
    if not isinstance(data, dict):
        raise DocumentError(f"{doc.location}: the document is {type(data).__name__}, not a mapping")
    return data


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
    "enum",
    "minimum",
    "maximum",
    "multiple_of",
    "min_length",
    "max_length",
    "min_items",
    "max_items",
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
    return f"{provider}-{model_id}.yaml"


def write_drafts(drafts: list[dict[str, Any]], out_dir: Path, *, force: bool) -> list[Path]:
    """Write every draft, or none: existing files are refused without `force` before anything is written."""
    planned = [(out_dir / spec_file_name(d["provider"], d["id"]), spec_text(d)) for d in drafts]
    existing = [path for path, _ in planned if path.exists()]
    if existing and not force:
        names = ", ".join(str(p) for p in existing)
        raise DocumentError(f"{names}: already exists; not overwritten (use --force to replace)")
    out_dir.mkdir(parents=True, exist_ok=True)
    for path, text in planned:
        temp = path.with_name(path.name + ".tmp")
        temp.write_text(text, encoding="utf-8")
        temp.replace(path)
    return [path for path, _ in planned]


def canonical_json(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
