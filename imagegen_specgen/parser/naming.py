"""Python names derived from wire names and model ids: safe, stable, and checked for collisions."""

from __future__ import annotations

import json
import keyword
import re
from functools import cache

from ..speed.cache import Cache, source_fingerprint


@cache
def _runtime_classes() -> tuple[type, ...]:
    """The runtime classes a generated client or API surface derives from (imported on first use: they pull
    in httpx, which validating specs does not otherwise need)."""
    from .. import runtime

    return (
        runtime.SyncClient,
        runtime.AsyncClient,
        runtime.BoundAPI,
        runtime.SyncDirectSurface,
        runtime.AsyncDirectSurface,
        runtime.SyncPredictionsSurface,
        runtime.AsyncPredictionsSurface,
    )


@cache
def _runtime_reserved() -> dict[str, list[str]]:
    # Keyword arguments every generated method already takes: its per-call options (the keys of the runtime's
    # options TypedDicts, taken as `**options`) and the webhook of a submit method. Public attributes of the
    # client and surface classes: a model method (or an API name) must not shadow them.
    from .. import runtime

    parameters = {"self", "options", "webhook"}
    for kind in (runtime.PredictionOptions, runtime.DirectOptions):
        parameters.update(kind.__annotations__)
    methods = {name for cls in _runtime_classes() for name in dir(cls) if not name.startswith("_")}
    found = {"parameters": sorted(parameters), "methods": sorted(methods)}
    for name in OPTION_TYPES:  # the docstrings list each TypedDict's keys, in its own order
        found[f"options.{name}"] = list(getattr(runtime, name).__annotations__)
    return found


# The runtime's options TypedDicts a generated method may take as `**options` (a provider's own, for an API with
# a choice of answer, has the keys of DirectOptions).
OPTION_TYPES = ("RequestOptions", "PredictionOptions", "SubmitOptions", "DirectOptions")


def option_names(type_name: str) -> str:
    """The keys of the options TypedDict a method takes, as its docstring lists them."""
    known = f"options.{type_name}" if type_name in OPTION_TYPES else "options.DirectOptions"
    return ", ".join(_reserved(known))


# Filled from the cache by remember_reserved(): deriving the names imports the runtime, and with it httpx.
_REMEMBERED: dict[str, list[str]] = {}


def remember_reserved(store: Cache) -> None:
    """Take the runtime's reserved names from `store` (keyed by the generator's own code, which holds the
    runtime), or derive them once and store them."""
    if _REMEMBERED or store.root is None:
        return
    key = store.key("runtime-reserved-names", source_fingerprint(), "")
    stored = store.get(key)
    if stored is None:
        stored = json.dumps(_runtime_reserved(), sort_keys=True)
        store.put(key, stored)
    _REMEMBERED.update(json.loads(stored))


def _reserved(kind: str) -> list[str]:
    return _REMEMBERED.get(kind) or _runtime_reserved()[kind]


@cache
def reserved_parameters() -> frozenset[str]:
    """Keyword arguments every generated method already takes (see _runtime_reserved)."""
    return frozenset(_reserved("parameters"))


@cache
def reserved_methods() -> frozenset[str]:
    """Public attributes of the client and surface classes (see _runtime_reserved)."""
    return frozenset(_reserved("methods"))


# Names the generated client and error modules take from outside the runtime (the standard library, httpx)
# or define themselves besides the provider's classes.
_MODULE_NAMES = frozenset(
    {"Callable", "DEFAULT_ERROR", "ERRORS", "Literal", "Mapping", "Sequence", "cached_property", "httpx"}
)


@cache
def reserved_classes() -> frozenset[str]:
    """Names a spec's client or error class may not take: everything the runtime exports (the generated
    modules import from it), the other names those modules import, and Python's constants."""
    from ..runtime import __all__ as runtime_names

    return frozenset({*runtime_names, *_MODULE_NAMES, "None", "True", "False"})


# The client's command line (runtime/cli.py): `docs` is a top-level command and the package's folder of reference
# pages, so no provider may be called so; a provider's own commands take the place of a model id.
RESERVED_PROVIDER_IDS = frozenset({"docs"})
CLI_COMMANDS = ("cancel", "status", "wait")


def python_identifier(text: str) -> str:
    name = re.sub(r"[^0-9A-Za-z_]", "_", text, flags=re.ASCII).lower().lstrip("_")
    name = re.sub(r"_+", "_", name)
    if not name:
        name = "param"
    if name[0].isdigit():
        name = f"p_{name}"
    return name


# The request model's field of a parameter has the parameter's Python name. pydantic warns (an error under
# `-W error`) on a field in its protected namespace (every `model_` name before pydantic 2.10) or one that
# shadows a BaseModel attribute.
PYDANTIC_PROTECTED_PREFIX = "model_"
PYDANTIC_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    }
)


def pydantic_safe(name: str) -> bool:
    return not name.startswith(PYDANTIC_PROTECTED_PREFIX) and name not in PYDANTIC_ATTRIBUTES


def parameter_name(wire_name: str) -> str:
    name = python_identifier(wire_name)
    if name.startswith(PYDANTIC_PROTECTED_PREFIX):
        name = f"p_{name}"  # a suffix would not leave the namespace
    if keyword.iskeyword(name) or name in reserved_parameters() or name in PYDANTIC_ATTRIBUTES:
        name += "_"
    return name


def module_name(model_id: str) -> str:
    name = python_identifier(model_id)
    return f"{name}_model" if keyword.iskeyword(name) else name  # `models/import.py` could not be imported


def method_name(model_id: str) -> str:
    name = python_identifier(model_id)
    if name[0] == "p" and name.startswith("p_") and model_id[0].isdigit():
        name = "model_" + name[2:]
    if keyword.iskeyword(name) or name in reserved_methods():
        name += "_model"
    return name


def class_name(module_name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in module_name.split("_") if part) + "Request"


def constant_name(module_name: str) -> str:
    name = module_name.upper()
    return f"{name}_MODEL" if name == "PROVIDER" else name  # PROVIDER is the provider's own constant
