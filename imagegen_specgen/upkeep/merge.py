"""`import --merge`: a curated spec takes the provider's new facts from a fresh draft, and keeps the rest.

Taken from the draft: every fact the facts lock compares (parameters and their presence, type, required,
default, enum, ranges, lengths, item counts and item facts, rate limit, whether extra keys are accepted) and
the source document (its address, version and sha256). Kept from the spec: its text (title, descriptions,
notes, usage), examples, python names, sources, output, deviations and every other key, and any fact a
deviation records: the spec chose to differ there, so the provider's value does not replace it.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from .facts import ABSENT, differences, model_facts

_MODEL_FACTS = ("rate_limit", "additional_parameters")


def merge_spec(curated: dict[str, Any], draft: dict[str, Any]) -> tuple[dict[str, Any], list[str], list[str]]:
    """The curated spec with the draft's facts, one line per change, and one per fact kept for a deviation."""
    merged = copy.deepcopy(curated)
    deviated = {d["fact"] for d in curated.get("deviations") or []}
    lines: list[str] = []
    kept: list[str] = []
    theirs = model_facts(draft)
    for fact, (new, old) in differences(theirs, model_facts(merged)).items():
        if fact in deviated or _owner(fact) in deviated:
            kept.append(f"{fact}: kept {_show(old)} (a recorded deviation; the provider's document says {_show(new)})")
            continue
        _apply(merged, draft, fact, new)
        lines.append(_change(fact, old, new))
    source = draft.get("source_document")
    if source is not None and source != curated.get("source_document"):
        before = curated.get("source_document") or {}
        for key in ("url", "version", "sha256"):
            if before.get(key) != source.get(key):
                lines.append(
                    f"source_document.{key}: {_show(before.get(key, ABSENT))} -> {_show(source.get(key, ABSENT))}"
                )
        merged["source_document"] = dict(source)
    return merged, lines, kept


def _owner(fact: str) -> str:
    """`parameters.seed` for `parameters.seed.default`: a deviation on a parameter's presence covers its facts."""
    parts = fact.split(".")
    return ".".join(parts[:2]) if parts[0] == "parameters" else parts[0]


def _show(value: Any) -> str:
    return value if value == ABSENT else json.dumps(value, ensure_ascii=False)


def _change(fact: str, old: Any, new: Any) -> str:
    parts = fact.split(".")
    if parts[0] == "parameters" and len(parts) == 2:
        return f"parameter {'added' if old == ABSENT else 'removed'}: {parts[1]}"
    return f"{fact}: {_show(old)} -> {_show(new)}"


def _apply(spec: dict[str, Any], draft: dict[str, Any], fact: str, value: Any) -> None:
    parts = fact.split(".")
    if parts[0] in _MODEL_FACTS:
        _apply_model_fact(spec, draft, parts)
        return
    name = parts[1]
    params: list[dict[str, Any]] = spec.setdefault("parameters", [])
    if len(parts) == 2:
        if value == ABSENT:
            spec["parameters"] = [p for p in params if p["name"] != name]
        else:
            _insert(params, draft, name)
        return
    param = next(p for p in params if p["name"] == name)
    if parts[2] == "items":
        items = param.setdefault("items", {})
        if value == ABSENT:
            items.pop(parts[3], None)
        else:
            items[parts[3]] = copy.deepcopy(value)
    elif parts[2] == "required" and value is False:
        param.pop("required", None)  # written only when true, as the importers and the hand-written specs do
    elif value == ABSENT:
        param.pop(parts[2], None)
    else:
        param[parts[2]] = copy.deepcopy(value)


def _apply_model_fact(spec: dict[str, Any], draft: dict[str, Any], parts: list[str]) -> None:
    key = parts[0]
    if key not in draft:
        spec.pop(key, None)
    elif key == "rate_limit" and isinstance(spec.get(key), dict):
        spec[key].update({k: draft[key][k] for k in ("requests", "per_seconds")})  # the spec's scope stays
    else:
        spec[key] = copy.deepcopy(draft[key])


def _insert(params: list[dict[str, Any]], draft: dict[str, Any], name: str) -> None:
    """The draft's parameter, after the nearest parameter the draft lists before it (the document's order)."""
    order = [p["name"] for p in draft["parameters"]]
    new = copy.deepcopy(draft["parameters"][order.index(name)])
    before = {n for n in order[: order.index(name)]}
    at = max((i + 1 for i, p in enumerate(params) if p["name"] in before), default=0)
    params.insert(at, new)
