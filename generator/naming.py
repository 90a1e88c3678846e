"""Python names derived from wire names and model ids: safe, stable, and checked for collisions."""

from __future__ import annotations

import keyword
import re

# Keyword arguments every generated method already takes.
RESERVED_PARAMETERS = frozenset({"self", "timeout", "max_retries", "extra_headers", "deadline", "on_progress"})
# Attributes of the client base classes that a model method must not shadow.
RESERVED_METHODS = frozenset(
    {"close", "with_options", "run", "predictions", "files", "download", "download_to", "aclose", "api_key", "base_url"}
)


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
    if keyword.iskeyword(name) or name in RESERVED_PARAMETERS or name in PYDANTIC_ATTRIBUTES:
        name += "_"
    return name


def module_name(model_id: str) -> str:
    name = python_identifier(model_id)
    return f"{name}_model" if keyword.iskeyword(name) else name  # `models/import.py` could not be imported


def method_name(model_id: str) -> str:
    name = python_identifier(model_id)
    if name[0] == "p" and name.startswith("p_") and model_id[0].isdigit():
        name = "model_" + name[2:]
    if keyword.iskeyword(name) or name in RESERVED_METHODS:
        name += "_model"
    return name


def class_name(module_name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in module_name.split("_") if part) + "Request"


def constant_name(module_name: str) -> str:
    name = module_name.upper()
    return f"{name}_MODEL" if name == "PROVIDER" else name  # PROVIDER is the provider's own constant


# Names the generated client and error modules import or define: a spec may not shadow them.
RESERVED_CLASSES = frozenset(
    {
        "APIStatusError",
        "AsyncPredictionResult",
        "AsyncPrunaClient",
        "AsyncSegmindClient",
        "Callable",
        "FileInput",
        "GenerationResult",
        "Literal",
        "Mapping",
        "NotGiven",
        "PredictionResult",
        "PredictionStatus",
        "PrunaClient",
        "SegmindClient",
        "Sequence",
        "None",
        "True",
        "False",
    }
)
