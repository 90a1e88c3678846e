"""Spec text made safe for the places it lands: Python literals, docstrings, Markdown.

Spec text is data: it reaches generated code only through these functions.
"""

from __future__ import annotations

import json
import keyword
import math
import unicodedata
from typing import Any

from ..parser import ir
from ..runtime.constraints import CONSTRAINTS, ON_ITEMS


def toml(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, and every control character is escaped."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")  # DEL, which JSON leaves as is


_REPR_AS_IS = frozenset({str, int, bool, bytes, type(None)})


def py(value: Any) -> str:
    """A Python literal for a spec value (text, bytes, number, bool, None, and lists, tuples, dicts of them)."""
    if type(value) in _REPR_AS_IS:  # the common case, first (exact types: a subclass takes the long way)
        return repr(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"non-finite number {value!r} has no Python literal")
    if isinstance(value, list):
        return "[" + ", ".join(py(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py(k)}: {py(v)}" for k, v in value.items()) + "}"
    if isinstance(value, tuple):
        return "(" + "".join(py(v) + ", " for v in value) + ")"
    if value is None or isinstance(value, (str, int, float, bool)):
        return repr(value)
    raise TypeError(f"no literal for {type(value).__name__}")


def ident(name: str) -> str:
    """An identifier or dotted module path, refused unless it is one: defence in depth behind the spec checks."""
    if not all(part.isidentifier() and not keyword.iskeyword(part) for part in name.split(".")):
        raise ValueError(f"{name!r} is not a safe Python identifier")
    return name


def fold(text: str) -> str:
    """One line: runs of any whitespace become one space."""
    return " ".join(text.split())


# Control characters (NUL, ESC, ...), format characters (bidi overrides, zero-width) and lone surrogates: a
# terminal, an editor or a Markdown viewer would act on them or hide them, so they are written as escapes.
_INVISIBLE = ("Cc", "Cf", "Cs")


def _visible(ch: str) -> str:
    if unicodedata.category(ch) in _INVISIBLE:
        return ch.encode("unicode_escape", "backslashreplace").decode("ascii")
    return ch


def doc(text: str) -> str:
    """Text for inside a triple-double-quoted docstring: folded, escaped, never able to close it."""
    folded = fold(text)
    if folded.isprintable():  # no control or surrogate characters: the common case, without a loop per character
        return folded.replace("\\", "\\\\").replace('"', '\\"')
    out = []
    for ch in folded:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        else:
            out.append(_visible(ch))
    return "".join(out)


def md(text: str) -> str:
    """Text for a Markdown table cell or line: folded, with no raw control or format character."""
    text = fold(text).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    return text if text.isprintable() else "".join(_visible(ch) for ch in text)


def value_list(values: tuple[Any, ...]) -> str:
    return ", ".join(repr(v) for v in values)


def parameter_summary(param: ir.Parameter) -> str:
    """What a reader of a docstring or reference page needs to know about one parameter."""
    parts = [fold(param.description).rstrip(".") + "."] if param.description.strip() else []
    values = param.constraint_values
    items = {c.key: getattr(param.items, c.key) for c in ON_ITEMS} if param.items is not None else {}
    for constraint in CONSTRAINTS:
        parts += filter(None, (constraint.summary(values), constraint.item_summary(items) if items else None))
    if param.required and param.has_default:
        parts.append(f"Required (the provider documents a default, {param.default!r}; it is not sent for you).")
    elif param.required:
        parts.append("Required.")
    elif param.sent_unset:
        parts.append(f"Default: {param.default!r} (sent when not set: the provider requires it).")
    elif param.has_default:
        parts.append(f"Default (applied by the provider when not set): {param.default!r}.")
    else:
        parts.append("Not sent when not set.")
    if param.relevant_when is not None:
        parts.append(f"Only used when {param.relevant_when.parameter} is {value_list(param.relevant_when.values)}.")
    if param.uploadable:
        parts.append("A local path, bytes or an open binary file is uploaded first.")
    if param.is_file:
        parts.append("A local path, bytes or an open binary file" + (" each" if param.type == "array" else "") + ".")
    if param.usage.strip():
        parts.append(fold(param.usage).rstrip(".") + ".")
    return " ".join(parts)


def model_facts(model: ir.Model) -> str:
    facts = []
    if model.latency_seconds is not None:
        facts.append(f"~{model.latency_seconds:g} s")
    if model.cost is not None:
        facts.append(f"${model.cost.usd:g} per {model.cost.per}")
    if model.rate_limit is not None:
        facts.append(f"{model.rate_limit.per_minute:g} requests/min")
    return ", ".join(facts)
