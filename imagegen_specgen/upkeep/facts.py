"""Facts: the checkable part of a model spec (no prose), and the per-provider lock file built from them.

Facts are taken from a spec in our format (a plain dict), whether it was written by hand or drafted by an
importer from the provider's document, so the lock and the drift check compare like with like.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..runtime.constraints import CONSTRAINTS, ON_ITEMS
from .importers.common import canonical_json

LOCK_FORMAT = 1
# Parameter keys that are facts, in the order messages list them.
PARAMETER_FACTS = ("type", "required", "default", *(c.key for c in CONSTRAINTS))
ITEM_FACTS = ("type", *(c.key for c in ON_ITEMS))
ABSENT = "absent"
PRESENT = "present"


def model_facts(spec: dict[str, Any]) -> dict[str, Any]:
    """The facts of one model spec: parameters (name -> facts), rate limit, whether extra keys are allowed."""
    facts: dict[str, Any] = {}
    rate = spec.get("rate_limit")
    if isinstance(rate, dict):
        facts["rate_limit"] = {"per_seconds": rate["per_seconds"], "requests": rate["requests"]}
    if "additional_parameters" in spec:
        facts["additional_parameters"] = spec["additional_parameters"]
    params: dict[str, Any] = {}
    for param in spec.get("parameters") or []:
        entry = {key: param[key] for key in PARAMETER_FACTS if key in param}
        entry["required"] = bool(param.get("required", False))
        items = param.get("items")
        if isinstance(items, dict):
            entry["items"] = {key: items[key] for key in ITEM_FACTS if key in items}
        params[param["name"]] = entry
    facts["parameters"] = params
    return facts


def flatten(facts: dict[str, Any]) -> dict[str, Any]:
    """`parameters.seed.default` -> value; a parameter's presence is the fact `parameters.<name>`."""
    flat: dict[str, Any] = {}
    for key, value in facts.items():
        if key == "parameters":
            for name, entry in value.items():
                flat[f"parameters.{name}"] = PRESENT
                for fact, fact_value in entry.items():
                    if fact == "items":
                        for item_fact, item_value in fact_value.items():
                            flat[f"parameters.{name}.items.{item_fact}"] = item_value
                    else:
                        flat[f"parameters.{name}.{fact}"] = fact_value
        elif isinstance(value, dict):
            for fact, fact_value in value.items():
                flat[f"{key}.{fact}"] = fact_value
        else:
            flat[key] = value
    return flat


def differences(provider: dict[str, Any], spec: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """fact -> (provider's value, spec's value) for every fact where they differ; `absent` where one side
    does not state it. Facts of a parameter only one side has are reported once, as its presence."""
    theirs, ours = flatten(provider), flatten(spec)
    result: dict[str, tuple[Any, Any]] = {}
    only_one = {
        k for k in set(theirs) ^ set(ours) if k.startswith("parameters.") and k.count(".") == 1
    }  # parameters present on one side only
    for fact in sorted(set(theirs) | set(ours)):
        if fact.startswith("parameters.") and fact.count(".") > 1:
            owner = ".".join(fact.split(".")[:2])
            if owner in only_one:
                continue
        a, b = theirs.get(fact, ABSENT), ours.get(fact, ABSENT)
        if not _same(a, b):
            result[fact] = (a, b)
    return result


def _same(a: Any, b: Any) -> bool:
    # 60 and 60.0 are the same fact; True and 1 are not.
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def build_lock(provider: str, documents: Iterable[dict[str, Any]], drafts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": LOCK_FORMAT,
        "provider": provider,
        "documents": sorted((dict(sorted(d.items())) for d in documents), key=lambda d: d["url"]),
        "models": {d["id"]: model_facts(d) for d in sorted(drafts, key=lambda d: d["id"])},
    }


def lock_text(lock: dict[str, Any]) -> str:
    return canonical_json(lock)


def lock_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What the provider changed between two locks, one line each, for a person to read: its documents'
    versions first, then the facts of its models."""
    lines: list[str] = []
    old_docs = {d["url"]: d for d in old.get("documents", [])}
    new_docs = {d["url"]: d for d in new.get("documents", [])}
    for url in sorted(set(new_docs) - set(old_docs)):
        lines.append(f"document added: {url}" + _version(new_docs[url]))
    for url in sorted(set(old_docs) - set(new_docs)):
        lines.append(f"document removed: {url}" + _version(old_docs[url]))
    for url in sorted(set(old_docs) & set(new_docs)):
        was, now = old_docs[url].get("version", ABSENT), new_docs[url].get("version", ABSENT)
        if was != now:
            lines.append(f"document {url}: version changed: {was} -> {now}")
    old_models, new_models = old.get("models", {}), new.get("models", {})
    for model in sorted(set(new_models) - set(old_models)):
        lines.append(f"model added: {model}")
    for model in sorted(set(old_models) - set(new_models)):
        lines.append(f"model removed: {model}")
    for model in sorted(set(old_models) & set(new_models)):
        before, after = old_models[model], new_models[model]
        names_before, names_after = set(before["parameters"]), set(after["parameters"])
        for name in sorted(names_after - names_before):
            lines.append(f"{model}: parameter added: {name}")
        for name in sorted(names_before - names_after):
            lines.append(f"{model}: parameter removed: {name}")
        for fact, (was, now) in differences(before, after).items():
            if fact.count(".") == 1 and fact.startswith("parameters."):
                continue  # added or removed, listed above
            lines.append(f"{model}: {fact} changed: {_show(was)} -> {_show(now)}")
    return lines


def _show(value: Any) -> str:
    return value if value in (ABSENT, PRESENT) else json.dumps(value, ensure_ascii=False)


def _version(document: dict[str, Any]) -> str:
    return f" (version {document['version']})" if "version" in document else ""


def text_changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Documents whose text changed while their version (if any) did not: worth a look, though no fact moved."""
    old_docs = {d["url"]: d for d in old.get("documents", [])}
    return [
        f"document {d['url']}: its text changed (sha256 {old_docs[d['url']]['sha256'][:12]} -> {d['sha256'][:12]})"
        for d in new.get("documents", [])
        if d["url"] in old_docs
        and d["sha256"] != old_docs[d["url"]]["sha256"]
        and d.get("version") == old_docs[d["url"]].get("version")
    ]
