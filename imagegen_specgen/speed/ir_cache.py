"""The IR of a model spec as cache text, and back: after a one-spec edit a run builds that one model again and
takes every other from the cache (parser/project.py keys each on its spec's parse, its provider's parse, the
schema and the generator's code).

The text is JSON that names each value's type where JSON would lose it (tuples, IR records), so a model comes
back equal to the one built, down to tuple versus list. Only the IR's own frozen dataclasses are rebuilt; the
text is data, never code: anything else in it makes the entry unusable (recomputed).
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from ..parser import ir

_RECORDS: dict[str, type] = {
    name: cls for name, cls in vars(ir).items() if isinstance(cls, type) and dataclasses.is_dataclass(cls)
}
_FIELDS = {name: tuple(f.name for f in dataclasses.fields(cls)) for name, cls in _RECORDS.items()}


class Unusable(ValueError):
    """The text is not one encode() wrote for this IR."""


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, tuple):
        return {"t": [_encode(v) for v in value]}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        if not all(isinstance(k, str) for k in value):
            raise TypeError("a mapping with keys that are not text")
        return {"m": [[k, _encode(v)] for k, v in value.items()]}  # pairs: a JSON object is always a tag
    name = type(value).__name__
    if _RECORDS.get(name) is type(value):
        return {"r": name, "f": [_encode(getattr(value, f)) for f in _FIELDS[name]]}
    raise TypeError(f"no cache text for a value of type {name}")


def _pair(item: Any) -> bool:
    return isinstance(item, list) and len(item) == 2 and isinstance(item[0], str)


def _tagged(value: dict[str, Any]) -> Any:
    """One tagged JSON object, its contents already decoded (json calls this from the inside out)."""
    if len(value) == 1:
        if isinstance(value.get("t"), list):
            return tuple(value["t"])
        pairs = value.get("m")
        if isinstance(pairs, list) and all(_pair(p) for p in pairs):
            return dict(pairs)
    elif value.keys() == {"r", "f"} and value["r"] in _RECORDS:
        names, values = _FIELDS[value["r"]], value["f"]
        if isinstance(values, list) and len(values) == len(names):
            record: Any = object.__new__(_RECORDS[value["r"]])
            record.__dict__.update(zip(names, values, strict=True))  # frozen: set as its __init__ would
            return record
    raise Unusable("an unknown shape")


def dumps(value: Any) -> str:
    """The cache text of an IR value (TypeError for what it cannot hold)."""
    return json.dumps(_encode(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def loads(text: str) -> Any:
    """The IR value `text` holds (Unusable when it holds anything else)."""
    try:
        return json.loads(text, object_hook=_tagged)
    except (ValueError, RecursionError) as exc:  # JSONDecodeError is a ValueError; so is Unusable
        raise Unusable(str(exc)) from None
