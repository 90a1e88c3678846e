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


def parameter_name(wire_name: str) -> str:
    name = python_identifier(wire_name)
    if keyword.iskeyword(name) or name in RESERVED_PARAMETERS:
        name += "_"
    return name


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
