"""Read spec files into plain JSON-shaped data, remembering the line of every key.

The data is built here, without recursion, from libyaml's event stream rather than by PyYAML's composer and
constructor: those keep the last of two equal keys, lose line numbers, expand aliases without limit (a few
hundred bytes can stand for billions of nodes) and recurse once per nesting level (a deep enough file
crashes the interpreter). Every document is bounded instead: no anchors or aliases, no tags but YAML's own
(on scalars, lists and mappings alike), at most MAX_DEPTH levels and MAX_NODES nodes, numbers of at most
MAX_NUMBER_CHARS characters, duplicate keys refused. Only JSON's types come out: an unquoted date stays
text, as JSON Schema has no dates.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from ..speed.cache import Cache
from .diagnostics import KeyPath, SpecProblem
from .files import find_spec_files, read_spec_text

# libyaml's parser is about eight times faster than the pure-Python one and gives the same events and marks.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 32  # the deepest key of the format today is 5 levels down
MAX_NODES = 20_000  # the largest spec today has a few hundred
MAX_NUMBER_CHARS = 100  # keeps every integer exactly convertible to a float and quick to parse


@dataclass(frozen=True)
class Limits:
    """How much one document may hold; `seconds` bounds the reading of a large one (None: no clock)."""

    depth: int = MAX_DEPTH
    nodes: int = MAX_NODES
    number_chars: int = MAX_NUMBER_CHARS
    seconds: float | None = None
    what: str = "one spec"  # the document, as the messages name it


SPEC_LIMITS = Limits()

_TAG = "tag:yaml.org,2002:"
_CONSTRUCTED = {f"{_TAG}{name}" for name in ("int", "float", "bool", "null")}
# Tags a spec may write out (`!!str 16:9`); any other tag is refused wherever it stands.
_SCALAR_TAGS = {f"{_TAG}str", *_CONSTRUCTED}
_SEQ_TAG, _MAP_TAG = f"{_TAG}seq", f"{_TAG}map"
_NO_TAGS = "plain YAML values (tags other than !!str, !!int, !!float, !!bool, !!null, !!seq, !!map are refused)"
_NO_ALIASES = "no anchors (&) or aliases (*): write each value out"


@dataclass
class SpecDocument:
    file: str  # path relative to the specs folder, with forward slashes
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)
    finite: bool = True  # False when some number in `data` is NaN or infinite (reported by the pipeline)
    # What `data` was read from, when a cache knows it (its parse key): the same digest means the same data.
    digest: str | None = None
    text: str | None = None  # the spec file's text as read (load_document keeps it; the contract tests copy it)
    # Lines not recorded yet: read again from `text` when a problem first needs one (a run of thousands of specs
    # that reports no problem then holds half the memory and reads its specs faster).
    lines_from_text: bool = False

    def line_of(self, path: KeyPath) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        if self.lines_from_text and self.text is not None:
            again, _ = parse_document(self.text, self.file)
            self.lines = again.lines if again is not None else {}
            self.lines_from_text = False
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]

    def problem(self, path: KeyPath, found: str, expected: str) -> SpecProblem:
        return SpecProblem(self.file, path, self.line_of(path), found, expected)


class _Refused(Exception):
    """Ends the reading of one document: what follows cannot be trusted to be small."""

    def __init__(self, problem: SpecProblem) -> None:
        self.problem = problem


def _short(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


_DISCARD = object()  # the key of a mapping entry already reported (duplicate or not text)
_EXPECT_KEY = object()


class _Collection:
    """A list or mapping under construction."""

    __slots__ = ("key", "line", "path", "value")

    def __init__(self, path: KeyPath | None, value: list[Any] | dict[str, Any], line: int) -> None:
        self.path = path  # None for a key or a discarded value: no line is recorded for it
        self.value = value
        self.key: Any = _EXPECT_KEY
        self.line = line


class _Builder:
    def __init__(
        self, doc: SpecDocument, loader: yaml.SafeLoader, limits: Limits = SPEC_LIMITS, *, lines: bool = True
    ) -> None:
        self.doc = doc
        self.record = lines  # record the line of every key
        self.loader = loader
        self.limits = limits
        self.deadline = None if limits.seconds is None else time.monotonic() + limits.seconds
        # PyYAML is untyped: the events are typed Any here, and so are their marks.
        self.next_event: Callable[[], Any] = loader.get_event
        self.resolve: Callable[[type[yaml.Node], str, tuple[bool, bool]], str] = loader.resolve
        self.problems: list[SpecProblem] = []
        self.stack: list[_Collection] = []
        self.nodes = 0

    def refuse(self, mark: Any, found: str, expected: str) -> _Refused:
        """A problem at `mark`, under the key path of the value being read (or of its nearest keyed ancestor)."""
        path = self.child_path()
        frames = iter(reversed(self.stack))
        while path is None:
            path = next(frames).path
        return _Refused(SpecProblem(self.doc.file, path, mark.line + 1, found, expected, mark.column + 1))

    def child_path(self) -> KeyPath | None:
        if not self.stack:
            return ()
        parent = self.stack[-1]
        if parent.path is None:
            return None
        if isinstance(parent.value, list):
            return (*parent.path, len(parent.value))
        if parent.key is _EXPECT_KEY or parent.key is _DISCARD:
            return None
        return (*parent.path, parent.key)

    def build(self) -> tuple[bool, Any]:
        """(whether the stream held a document, its data). Events are told apart by their exact class, the
        most frequent first: this loop reads every value of every spec."""
        documents = 0
        result: Any = None
        next_event, stack, lines, limits = self.next_event, self.stack, self.doc.lines, self.limits
        while True:
            event = next_event()
            kind = type(event)
            if kind is yaml.ScalarEvent or kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None:
                    raise self.refuse(event.start_mark, f"the anchor &{event.anchor}", _NO_ALIASES)
                self.nodes += 1
                if self.nodes > limits.nodes:
                    raise self.refuse(
                        event.start_mark,
                        f"more than {limits.nodes} values",
                        f"at most {limits.nodes} values in {limits.what}",
                    )
                if self.deadline is not None and not self.nodes & 0xFFF and time.monotonic() > self.deadline:
                    raise self.refuse(
                        event.start_mark, "a document still unread", f"{limits.what} read within {limits.seconds:g} s"
                    )
                line = event.start_mark.line + 1
                if kind is yaml.ScalarEvent and not self.record:
                    path = None  # a scalar's path serves its line only
                else:
                    path = self.child_path()
                    if path is not None and self.record:
                        lines.setdefault(path, line)
                if kind is yaml.ScalarEvent:
                    value = self.scalar(event)
                    if not stack:
                        result = value
                    else:
                        self.add(value, line)
                    continue
                is_list = kind is yaml.SequenceStartEvent
                if event.tag not in (None, "!", _SEQ_TAG if is_list else _MAP_TAG):
                    raise self.refuse(event.start_mark, f"the tag {_short(event.tag)}", _NO_TAGS)
                if len(stack) >= limits.depth:
                    raise self.refuse(
                        event.start_mark,
                        f"values nested more than {limits.depth} levels deep",
                        f"at most {limits.depth} levels",
                    )
                stack.append(_Collection(path, [] if is_list else {}, line))
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                done = stack.pop()
                if not stack:
                    result = done.value
                else:
                    self.add(done.value, done.line)
            elif kind is yaml.StreamStartEvent or kind is yaml.DocumentEndEvent:
                continue
            elif kind is yaml.StreamEndEvent:
                return documents > 0, result
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.refuse(event.start_mark, "a second document (---)", "one YAML document per file")
            elif kind is yaml.AliasEvent:
                raise self.refuse(event.start_mark, f"the alias *{event.anchor}", _NO_ALIASES)
            else:
                raise AssertionError(f"unexpected YAML event {event!r}")

    def scalar(self, event: Any) -> Any:
        tag = event.tag
        if tag is None and not event.implicit[0]:
            return event.value  # quoted or block: text
        if tag is None or tag == "!":
            tag = self.resolve(yaml.ScalarNode, event.value, event.implicit)
            if tag not in _CONSTRUCTED:
                return event.value  # text, and also what YAML 1.1 would read as a date or a merge key
        elif tag not in _SCALAR_TAGS:
            raise self.refuse(event.start_mark, f"the tag {_short(tag)}", _NO_TAGS)
        if tag == f"{_TAG}str":
            return event.value
        kind = tag.removeprefix(_TAG)
        if kind in ("int", "float") and len(event.value) > self.limits.number_chars:
            raise self.refuse(
                event.start_mark,
                f"a number written with {len(event.value)} characters",
                f"a number of at most {self.limits.number_chars} characters",
            )
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = self.loader.yaml_constructors[tag](self.loader, node)
        except (ValueError, KeyError):
            raise self.refuse(event.start_mark, f"{event.value!r} tagged !!{kind}", f"a valid {kind}") from None
        if isinstance(value, float) and not math.isfinite(value):
            self.doc.finite = False
        return value

    def add(self, value: Any, line: int) -> None:
        """Put a finished value into the collection on top of the stack."""
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            parent.value.append(value)
            return
        if parent.key is _EXPECT_KEY:
            path = parent.path if parent.path is not None else ()
            if not isinstance(value, str):
                self.problems.append(SpecProblem(self.doc.file, path, line, f"key {value!r}", "a text key"))
                parent.key = _DISCARD
            elif value in parent.value:
                self.problems.append(
                    SpecProblem(
                        self.doc.file, (*path, value), line, f"key {value!r} a second time", "each key once per mapping"
                    )
                )
                parent.key = _DISCARD
            else:
                parent.key = value
                if parent.path is not None and self.record:
                    self.doc.lines[(*parent.path, value)] = line
            return
        if parent.key is not _DISCARD:
            parent.value[parent.key] = value
        parent.key = _EXPECT_KEY


def parse_document(
    text: str, relative_name: str, limits: Limits = SPEC_LIMITS, *, lines: bool = True
) -> tuple[SpecDocument | None, list[SpecProblem]]:
    """One spec's YAML text as a SpecDocument, or the problems that keep it from being one. Without `lines`, the
    line of each key is read again from the text when a problem first needs one (the document keeps the text)."""
    doc = SpecDocument(file=relative_name, data=None, text=None if lines else text, lines_from_text=not lines)
    loader = _LOADER(text)
    builder = _Builder(doc, loader, limits, lines=lines)
    try:
        found, doc.data = builder.build()
    except _Refused as refused:
        return None, [refused.problem]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = " ".join(str(exc.problem or exc).split())
        problem = SpecProblem(
            relative_name,
            (),
            mark.line + 1 if mark is not None else None,
            f"malformed YAML ({reason})",
            "well-formed YAML",
            mark.column + 1 if mark is not None else None,
        )
        return None, [problem]
    except yaml.YAMLError as exc:
        return None, [SpecProblem(relative_name, (), None, f"malformed YAML ({exc})", "well-formed YAML")]
    finally:
        loader.dispose()
    if not found:
        return None, [SpecProblem(relative_name, (), 1, "an empty document", "a mapping")]
    if builder.problems:
        return None, builder.problems
    return doc, []


def non_finite_problems(doc: SpecDocument) -> list[SpecProblem]:
    """Every NaN or infinite number of `doc` (JSON has none, nor has the spec format), by its key path."""
    problems: list[SpecProblem] = []

    def walk(value: Any, path: KeyPath) -> None:
        if isinstance(value, float) and not math.isfinite(value):
            problems.append(doc.problem(path, repr(value), "a finite number"))
        elif isinstance(value, dict):
            for key, child in value.items():
                walk(child, (*path, key))
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(child, (*path, i))

    walk(doc.data, ())
    return problems


@cache
def _parser_fingerprint() -> str:
    """What a parse depends on besides the text: this module's code and the YAML library under it."""
    source = Path(__file__).read_bytes()
    return f"{hashlib.sha256(source).hexdigest()} pyyaml=={yaml.__version__} {_LOADER.__name__}"


def _stored(doc: SpecDocument) -> str:
    # JSON keeps every value a spec can hold exactly (ints of any size, floats by repr, NaN and infinities).
    lines = None if doc.lines_from_text else [[list(path), line] for path, line in doc.lines.items()]
    return json.dumps({"data": doc.data, "lines": lines}, ensure_ascii=False, separators=(",", ":"))


def _restored(stored: str, relative_name: str, digest: str, text: str) -> SpecDocument:
    constants: list[str] = []  # NaN, Infinity, -Infinity: JSON's only non-finite numbers

    def constant(name: str) -> float:
        constants.append(name)
        return float(name.replace("Infinity", "inf"))

    value = json.loads(stored, parse_constant=constant)
    if value["lines"] is None:  # read again from the text when asked for
        return SpecDocument(
            relative_name, value["data"], finite=not constants, digest=digest, text=text, lines_from_text=True
        )
    lines = {tuple(path): line for path, line in value["lines"]}
    return SpecDocument(relative_name, value["data"], lines, finite=not constants, digest=digest)


def parse_key(text: str, relative_name: str, store: Cache, *, lines: bool = True) -> str:
    """What a parse of `text` under this name is cached by; the same key, the same data."""
    return store.key(
        "parse" if lines else "parse, lines when asked for", _parser_fingerprint(), f"{relative_name}\n{text}"
    )


def parse_cached(
    text: str, relative_name: str, store: Cache, *, lines: bool = True
) -> tuple[SpecDocument | None, list[SpecProblem]]:
    """parse_document, answered from `store` when this exact text under this name was parsed by this exact
    parser before. Only successful parses are kept: a broken spec is always read afresh, so its report is."""
    key = parse_key(text, relative_name, store, lines=lines)
    hit = store.get(key)
    if hit is not None:
        return _restored(hit, relative_name, key, text), []
    doc, problems = parse_document(text, relative_name, lines=lines)
    if doc is not None:
        doc.digest = key
        store.put(key, _stored(doc))
    return doc, problems


def load_document(
    path: Path, relative_name: str, specs_dir: Path, store: Cache | None = None
) -> tuple[SpecDocument | None, list[SpecProblem]]:
    text, problem = read_spec_text(path, relative_name, specs_dir)
    if problem is not None:
        return None, [problem]
    assert text is not None
    if store is None or store.root is None:
        doc, problems = parse_document(text, relative_name)
    else:
        doc, problems = parse_cached(text, relative_name, store)
    if doc is not None:
        doc.text = text
    return doc, problems


def load_specs(specs_dir: Path, store: Cache | None = None) -> tuple[list[SpecDocument], list[SpecProblem]]:
    """Every *.yaml / *.yml below specs_dir, in a stable order (parses reused from `store` when given)."""
    documents: list[SpecDocument] = []
    files, problems = find_spec_files(specs_dir)
    for path, relative in files:
        doc, found = load_document(path, relative, specs_dir, store)
        problems.extend(found)
        if doc is not None:
            documents.append(doc)
    return documents, problems
