"""Read spec files into plain data, remembering the line of every key.

PyYAML silently keeps the last of two equal keys and loses line numbers, so the
documents are composed into nodes and built here, with duplicates reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .diagnostics import KeyPath, SpecProblem

# libyaml's loader builds the same nodes (with the same marks) about eight times faster.
_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class SpecDocument:
    file: str  # path relative to the specs folder, with forward slashes
    data: Any
    lines: dict[KeyPath, int] = field(default_factory=dict)

    def line_of(self, path: KeyPath) -> int | None:
        """The line of `path`, or of its nearest ancestor that has one."""
        while True:
            if path in self.lines:
                return self.lines[path]
            if not path:
                return None
            path = path[:-1]

    def problem(self, path: KeyPath, found: str, expected: str) -> SpecProblem:
        return SpecProblem(self.file, path, self.line_of(path), found, expected)


class _Builder:
    def __init__(self, doc: SpecDocument, loader: yaml.SafeLoader) -> None:
        self.doc = doc
        self.loader = loader
        self.problems: list[SpecProblem] = []

    def build(self, node: yaml.Node, path: KeyPath) -> Any:
        self.doc.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.loader.construct_object(key_node)
                if not isinstance(key, str):
                    self.problems.append(
                        SpecProblem(self.doc.file, path, key_node.start_mark.line + 1, f"key {key!r}", "a text key")
                    )
                    continue
                child = (*path, key)
                if key in result:
                    self.problems.append(
                        SpecProblem(
                            self.doc.file,
                            child,
                            key_node.start_mark.line + 1,
                            f"key {key!r} a second time",
                            "each key once per mapping",
                        )
                    )
                    continue
                self.doc.lines[child] = key_node.start_mark.line + 1
                result[key] = self.build(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        return self.loader.construct_object(node)


def load_document(path: Path, relative_name: str) -> tuple[SpecDocument | None, list[SpecProblem]]:
    doc = SpecDocument(file=relative_name, data=None)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [SpecProblem(relative_name, (), None, f"an unreadable file ({exc})", "UTF-8 text")]
    loader = _LOADER(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, [SpecProblem(relative_name, (), 1, "an empty document", "a mapping")]
        builder = _Builder(doc, loader)
        doc.data = builder.build(root, ())
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = " ".join(str(exc.problem or exc).split())
        return None, [SpecProblem(relative_name, (), line, f"malformed YAML ({reason})", "well-formed YAML")]
    except yaml.YAMLError as exc:
        return None, [SpecProblem(relative_name, (), None, f"malformed YAML ({exc})", "well-formed YAML")]
    finally:
        loader.dispose()
    if builder.problems:
        return None, builder.problems
    return doc, []


def load_specs(specs_dir: Path) -> tuple[list[SpecDocument], list[SpecProblem]]:
    """Every *.yaml below specs_dir, in a stable order."""
    documents: list[SpecDocument] = []
    problems: list[SpecProblem] = []
    paths = [*specs_dir.rglob("*.yaml"), *specs_dir.rglob("*.yml")]
    for path in sorted(paths, key=lambda p: p.relative_to(specs_dir).as_posix()):
        relative = path.relative_to(specs_dir).as_posix()
        doc, found = load_document(path, relative)
        problems.extend(found)
        if doc is not None:
            documents.append(doc)
    return documents, problems
