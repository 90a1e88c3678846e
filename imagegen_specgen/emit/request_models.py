"""Request models: one JSON Schema holding every model, one in-process datamodel-code-generator call.

Every output-affecting option is set here explicitly so the output does not depend on the machine,
the working directory or a pyproject.toml found on the way (see FIELD-NOTES.md).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..parser import ir
from ..speed.cache import Cache

HEADER = "# Generated from specs/ by `python -m imagegen_specgen generate`; do not edit."
BATCH = 64  # models per datamodel-code-generator call


# The options below are part of every cache key: this module's own text.
_OPTIONS = Path(__file__).read_text(encoding="utf-8")


Where = tuple[str, str]  # (provider id, module name)


@dataclass(frozen=True)
class Unit:
    """What one request model is generated from, and all of it: its place, its JSON Schema (no defaults: a
    request model only validates what the caller set; each documented default lives in the endpoint record)
    and the field names that differ from the wire names. The workers get these, not the IR."""

    where: Where
    schema_name: str
    schema: dict[str, Any]
    names: dict[str, str]  # wire name -> field name, where they differ

    @property
    def class_name(self) -> str:
        return self.schema_name.rpartition(".")[2]


def unit(model: ir.Model) -> Unit:
    # Field names are the IR's Python names, which pydantic's protected names are kept out of
    # (datamodel-code-generator's own choice, `model_dump_`, would still warn); the wire name is the alias.
    names = {p.wire_name: p.python_name for p in model.parameters if p.python_name != p.wire_name}
    return Unit((model.provider_id, model.module_name), model.schema_name, model.request_schema(defaults=False), names)


def combined_schema(units: Sequence[Unit]) -> dict[str, Any]:
    # Dotted definition names make datamodel-code-generator emit one module per model.
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Root",
        "type": "object",
        "$defs": {u.schema_name: u.schema for u in units},
    }


def field_names(units: Sequence[Unit]) -> dict[str, str]:
    return {f"{u.schema_name}.{wire}": name for u in units for wire, name in u.names.items()}


@dataclass(frozen=True)
class Generated:
    """Request-model modules as datamodel-code-generator wrote them, and those a worker also formatted (with
    ruff, as write.format_files would: the caller need not format them again)."""

    modules: dict[Where, str]
    formatted: dict[Where, str]


def start_request_models(
    project: ir.Project, cache: Cache | None = None, workers: Workers | None = None, package: str | None = None
) -> Callable[[], Generated]:
    """Start generating the request models; the returned function waits for them.

    Each model's module depends only on its own schema (checked: a model generated alone or among all
    others gives the same text), so cached modules are reused and only the rest are generated: in worker
    processes while the caller renders its templates (on one core, or without fork, in this process).
    `workers` started early (Workers.start) are used when given; else they are started here when worth it.
    With `package`, workers also format what they generate, as modules of that package.
    """
    cache = cache or Cache(None)
    modules: dict[Where, str] = {}
    keys: dict[Where, str] = {}
    missing: list[Unit] = []
    for model in project.models:
        one = unit(model)
        if cache.root is None:  # the full path: no key is needed
            missing.append(one)
            continue
        text = "\n".join(
            (one.schema_name, json.dumps(one.schema, sort_keys=True), json.dumps(one.names, sort_keys=True))
        )
        key = keys[one.where] = cache.key("request-model", _OPTIONS, text)
        cached = cache.get(key)
        if cached is None:
            missing.append(one)
        else:
            modules[one.where] = cached
    if workers is None and missing:  # the library's import then overlaps the caller's rendering
        workers = Workers.start()
    pending = workers.submit(tuple(missing), package) if workers is not None and missing else None

    def collect() -> Generated:
        fresh, formatted = pending() if pending is not None else (_generate(tuple(missing)) if missing else {}, {})
        for where, source in fresh.items():
            if where in keys:
                cache.put(keys[where], source)
        return Generated({**modules, **fresh}, formatted)

    return collect


class Workers:
    """A forked process that generates request models while this process does the rest.

    It imports datamodel-code-generator and warms it up (its first call imports most of the library) as soon
    as it starts, so starting it before the specs are loaded hides that cost; given models, it forks helpers
    that inherit the warm library and shares the models with them, one contiguous chunk per process. Results
    are merged by key, so the output does not depend on the number of processes. Fork is used only where it
    is the platform's safe default (Linux).
    """

    def __init__(self, pool: Any, processes: int) -> None:
        self._pool = pool
        self.processes = processes

    @classmethod
    def start(cls) -> Workers | None:
        """Workers for this machine (a process per core, at most 4), or None on one core or without fork."""
        processes = min(os.cpu_count() or 1, 4)
        if processes < 2 or not sys.platform.startswith("linux"):
            return None
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"), initializer=_warm_up)
        pool.submit(int)  # with fork, the first task starts the worker: the warm-up begins now
        return cls(pool, processes)

    def submit(
        self, models: tuple[Unit, ...], package: str | None = None
    ) -> Callable[[], tuple[dict[Where, str], dict[Where, str]]]:
        """Generate `models` (and format them as modules of `package`, when given)."""
        future = self._pool.submit(_generate_shared, models, self.processes, package)

        def collect() -> tuple[dict[Where, str], dict[Where, str]]:
            try:
                result: tuple[dict[Where, str], dict[Where, str]] = future.result()
                return result
            finally:
                self.close()

        return collect

    def close(self) -> None:
        self._pool.shutdown(cancel_futures=True)


def _generate_shared(
    models: tuple[Unit, ...], processes: int, package: str | None
) -> tuple[dict[Where, str], dict[Where, str]]:
    """In the warm worker: `models` split between it and `processes - 1` helpers forked from it."""
    size = -(-len(models) // processes)
    chunks = [models[i : i + size] for i in range(0, len(models), size)]
    if len(chunks) < 2:
        return _generate_formatted(models, package)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(len(chunks) - 1, mp_context=multiprocessing.get_context("fork")) as helpers:
        futures = [helpers.submit(_generate_formatted, chunk, package) for chunk in chunks[1:]]
        modules, formatted = _generate_formatted(chunks[0], package)
        for future in futures:
            more, more_formatted = future.result()
            modules.update(more)
            formatted.update(more_formatted)
    return modules, formatted


def _generate_formatted(models: tuple[Unit, ...], package: str | None) -> tuple[dict[Where, str], dict[Where, str]]:
    """_generate, and the modules formatted by write.format_files as modules of `package` (when given), beside
    that package's `__init__.py` files, so ruff sees the packages it sees in the pipeline."""
    modules = _generate(models)
    if package is None:
        return modules, {}
    from ..output.write import format_files

    paths = {where: f"{package}/{where[0]}/models/{where[1]}.py" for where in modules}
    files = {paths[where]: source for where, source in modules.items()}
    for provider_id in {where[0] for where in modules}:
        for folder in (package, f"{package}/{provider_id}", f"{package}/{provider_id}/models"):
            files[f"{folder}/__init__.py"] = ""
    done = format_files(files, Path(tempfile.gettempdir()), Cache(None), (f"{package}/",))
    return modules, {where: done[path] for where, path in paths.items()}


def _warm_up() -> None:
    warm = {"type": "object", "properties": {"a": {"type": "string", "enum": ["x"]}, "b": {"type": "integer"}}}
    _run({"$defs": {"warm.Up": warm}}, {})


def _generate(models: Sequence[ir.Model | Unit]) -> dict[Where, str]:
    """Each model's module. Models whose schemas are the same but for the class name are generated once and the
    module renamed (the class name appears once in it, else each is generated on its own)."""
    units = [m if isinstance(m, Unit) else unit(m) for m in models]
    groups: dict[str, list[Unit]] = {}
    for one in units:
        shape = json.dumps([{**one.schema, "title": ""}, one.names], sort_keys=True)
        groups.setdefault(shape, []).append(one)
    first = [group[0] for group in groups.values()]
    modules = _generate_each(first)
    for group in groups.values():
        source = modules[group[0].where]
        renamable = source.count(group[0].class_name) == 1 and f"class {group[0].class_name}(" in source
        if not renamable:
            modules.update(_generate_each(group[1:]))
            continue
        for other in group[1:]:
            modules[other.where] = source.replace(group[0].class_name, other.class_name)
    return modules


def _generate_each(units: Sequence[Unit]) -> dict[Where, str]:
    modules: dict[Where, str] = {}
    wanted = {(u.where[0], f"{u.where[1]}.py") for u in units}
    # One call per batch: the library's passes over a call's models cost more per model the more it holds,
    # and so does its memory; each module depends only on its own model's schema.
    for start in range(0, len(units), BATCH):
        batch = units[start : start + BATCH]
        for path, source in _run(combined_schema(batch), field_names(batch)).items():
            if len(path) == 2 and (path[0], path[1]) in wanted:
                modules[(path[0], path[1].removesuffix(".py"))] = source
    missing = wanted - {(p, f"{m}.py") for p, m in modules}
    if missing:
        raise RuntimeError(f"datamodel-code-generator did not emit {sorted(missing)}")
    return modules


def _run(schema: dict[str, Any], aliases: dict[str, str]) -> dict[tuple[str, ...], str]:
    # Imported here: the package is heavy, and only generation needs it.
    import datamodel_code_generator as dcg
    from datamodel_code_generator.enums import DataModelType, InputFileType, StrictTypes
    from datamodel_code_generator.format import PythonVersion
    from datamodel_code_generator.parser import LiteralType

    output = dcg.generate(
        schema,
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
        aliases=aliases,
        formatters=[],
    )
    if isinstance(output, str):  # a single model still comes back as a package here; keep the guard honest
        raise RuntimeError("datamodel-code-generator returned one module; expected one module per model")
    assert output is not None
    return dict(output)
