"""Request models: one JSON Schema holding every model, one in-process datamodel-code-generator call.

Every output-affecting option is set here explicitly so the output does not depend on the machine,
the working directory or a pyproject.toml found on the way (see FIELD-NOTES.md).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import ir
from .cache import Cache

HEADER = "# Generated from specs/ by `python -m generator generate`; do not edit."


# The options below are part of every cache key: this module's own text.
_OPTIONS = Path(__file__).read_text(encoding="utf-8")


def combined_schema(models: tuple[ir.Model, ...]) -> dict[str, Any]:
    # Dotted definition names make datamodel-code-generator emit one module per model. No defaults: a request
    # model only validates what the caller set; each documented default lives in the endpoint record.
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Root",
        "type": "object",
        "$defs": {model.schema_name: model.request_schema(defaults=False) for model in models},
    }


def field_names(models: tuple[ir.Model, ...]) -> dict[str, str]:
    """Field names that differ from the wire name: the IR's Python names, which pydantic's protected names are
    kept out of (datamodel-code-generator's own choice, `model_dump_`, would still warn); the wire name is the
    alias."""
    return {
        f"{m.schema_name}.{p.wire_name}": p.python_name
        for m in models
        for p in m.parameters
        if p.python_name != p.wire_name
    }


def start_request_models(project: ir.Project, cache: Cache | None = None) -> Callable[[], dict[tuple[str, str], str]]:
    """Start generating the request models; the returned function waits for them.

    Each model's module depends only on its own schema (checked: a model generated alone or among all
    others gives the same text), so cached modules are reused and only the rest are generated: in forked
    workers when there are many (the caller renders its templates meanwhile), else in this process.
    """
    cache = cache or Cache(None)
    modules: dict[tuple[str, str], str] = {}
    keys: dict[tuple[str, str], str] = {}
    missing: list[ir.Model] = []
    for model in project.models:
        unit = "\n".join(
            (
                model.schema_name,
                json.dumps(model.request_schema(defaults=False), sort_keys=True),
                json.dumps(field_names((model,)), sort_keys=True),
            )
        )
        key = keys[(model.provider_id, model.module_name)] = cache.key("request-model", _OPTIONS, unit)
        cached = cache.get(key)
        if cached is None:
            missing.append(model)
        else:
            modules[(model.provider_id, model.module_name)] = cached
    pending = _start(tuple(missing))

    def collect() -> dict[tuple[str, str], str]:
        fresh = pending()
        for where, source in fresh.items():
            cache.put(keys[where], source)
        return {**modules, **fresh}

    return collect


# Below this many models one call in this process is quicker than starting workers.
PARALLEL_FROM = 48


def _start(models: tuple[ir.Model, ...]) -> Callable[[], dict[tuple[str, str], str]]:
    """Generate `models` in forked workers when there are many models and cores, else on collection.

    Workers are forked after the library is imported here, so none pays its import again; fork is used
    only where it is the platform's safe default (Linux). Chunks are contiguous and results merged by key,
    so the output does not depend on the number of workers.
    """
    workers = min(os.cpu_count() or 1, 4, len(models) // (PARALLEL_FROM // 2) or 1)
    if workers < 2 or len(models) < PARALLEL_FROM or not sys.platform.startswith("linux"):
        return lambda: _generate(models) if models else {}
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import datamodel_code_generator  # noqa: F401  (imported before forking, so workers inherit it)

    size = -(-len(models) // workers)
    chunks = [models[i : i + size] for i in range(0, len(models), size)]
    pool = ProcessPoolExecutor(len(chunks), mp_context=multiprocessing.get_context("fork"))
    futures = [pool.submit(_generate, chunk) for chunk in chunks]

    def collect() -> dict[tuple[str, str], str]:
        try:
            return {where: source for future in futures for where, source in future.result().items()}
        finally:
            pool.shutdown(cancel_futures=True)

    return collect


def _generate(models: tuple[ir.Model, ...]) -> dict[tuple[str, str], str]:
    # Imported here: the package is heavy, and only generation needs it.
    import datamodel_code_generator as dcg
    from datamodel_code_generator.enums import DataModelType, InputFileType, StrictTypes
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.parser import LiteralType

    output = dcg.generate(
        combined_schema(models),
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_310,
        disable_timestamp=True,
        custom_file_header=HEADER,
        use_annotated=True,
        field_constraints=True,
        enum_field_as_literal=LiteralType.All,
        strict_nullable=True,
        use_double_quotes=True,
        keep_model_order=True,
        use_schema_description=False,
        use_field_description=False,
        # Values must be what they claim: no "1" for 1, no 0 for false, no True for 1.0 (JSON Schema agrees).
        strict_types=[StrictTypes.str, StrictTypes.int, StrictTypes.float, StrictTypes.bool],
        extra_fields="forbid",
        aliases=field_names(models),
        formatters=[],
    )
    if isinstance(output, str):  # a single model still comes back as a package here; keep the guard honest
        raise RuntimeError("datamodel-code-generator returned one module; expected one module per model")
    assert output is not None
    modules: dict[tuple[str, str], str] = {}
    wanted = {(m.provider_id, f"{m.module_name}.py") for m in models}
    for path, source in output.items():
        if len(path) == 2 and (path[0], path[1]) in wanted:
            modules[(path[0], path[1].removesuffix(".py"))] = source
    missing = wanted - {(p, f"{m}.py") for p, m in modules}
    if missing:
        raise RuntimeError(f"datamodel-code-generator did not emit {sorted(missing)}")
    return modules
