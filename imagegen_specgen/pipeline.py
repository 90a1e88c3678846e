"""The whole flow, one way: specs -> load -> check -> IR -> rendered files -> generated/. The commands `generate`,
`check` and `validate` run it, and nothing else does."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from .emit.render import (
    CONTRACT_TESTS,
    PACKAGE,
    environment,
    package_problem,
    render_code,
    render_documents,
    request_model_files,
)
from .emit.request_models import Workers, start_request_models
from .output.manifest import OutputError, read_manifest
from .output.ownership import prepare_output, user_files
from .output.stream import Comparer, Sink, Staging, Writer
from .output.write import Formatter, remember_formatting
from .parser import ir
from .parser.project import has_specs, load, load_project
from .speed.aside import start_aside
from .speed.cache import Cache
from .speed.timings import Timings


def spec_copies(texts: dict[str, str]) -> dict[str, str]:
    """The specs as read, for the contract tests' mock provider: the tests then run wherever the output goes."""
    return {f"{CONTRACT_TESTS}/specs/{name}": text for name, text in texts.items()}


def produce(
    specs_dir: Path,
    sink: Sink,
    *,
    use_cache: bool = True,
    package: str = PACKAGE,
    timings: Timings | None = None,
) -> ir.Project:
    """Load and check the specs, then hand every output file's final text to `sink` as soon as it is known
    (relative path -> bytes), so no run holds more than a few files at once; `timings` learns when each step
    ended. Returns the validated project."""
    mark = timings.mark if timings is not None else lambda step: None
    problem = package_problem(package)
    if problem is not None:  # before anything, the cache included, is read or written
        raise ValueError(problem)
    cache = Cache.for_output(sink.out, enabled=use_cache)
    roots = (f"{package}/", f"{CONTRACT_TESTS}/")
    # Without a cache every request model is generated: workers start now and warm up while the specs load.
    workers = Workers.start() if cache.root is None and has_specs(specs_dir) else None
    try:
        loaded = load(specs_dir, cache)
        project = loaded.project
        # The IR lives until the end and never changes: the collector need not walk it again and again while
        # the templates render (at thousands of models that walking took more time than the rendering).
        gc.freeze()
        mark("load and check the specs, build the IR")
        env = environment(cache, package)
        # After an edit the run is one thread of work: the documents render in a forked copy meanwhile.
        documents = _documents_aside(env, project, package, sink, cache) if cache.root is not None else None
        collect_models = start_request_models(project, cache, workers, package)
        for path, text in spec_copies(loaded.texts).items():
            sink.add(path, text.encode("utf-8"))
        del loaded
        formatter = Formatter(sink, cache, roots)
        for path, text in render_code(env, project, package):
            formatter.add(path, text)
        mark("render the package's code and contract tests")
        formatter.start()  # ruff runs while the documents render
        if documents is None:
            _documents(env, project, package, sink)
        else:
            received, used = documents()
            sink.merge(received)
            cache.merge(used)
        mark("render the OpenAPI documents and docs")
        formatter.finish()
        mark("wait for ruff on the code")
        generated = collect_models()
        mark("wait for the request models")
        models = request_model_files(generated.modules, package)
        formatted = request_model_files(generated.formatted, package)  # by the workers that generated them
        remember_formatting(cache, {path: (models[path], text) for path, text in formatted.items()})
        for path, text in sorted(formatted.items()):
            sink.add(path, text.encode("utf-8"))
        for path, text in sorted(models.items()):
            if path not in formatted:
                formatter.add(path, text)
        formatter.start()
        formatter.finish()
        mark("format the request models")
    finally:
        gc.unfreeze()
        if workers is not None:
            workers.close()
    cache.save()
    mark("save the cache")
    return project


def _documents(env: jinja2.Environment, project: ir.Project, package: str, sink: Sink) -> None:
    for path, data in render_documents(env, project, package):
        sink.add(path, data)


def _documents_aside(
    env: jinja2.Environment, project: ir.Project, package: str, sink: Sink, cache: Cache
) -> Callable[[], tuple[Any, Any]] | None:
    """_documents in a forked copy of this process (None where that is not safe): the returned function waits for
    it and returns what it added to the sink and used of the cache, for merging here."""
    sink.prepare_fork()

    def work() -> tuple[Any, Any]:
        marks = sink.mark(), cache.mark()
        _documents(env, project, package, sink)
        return sink.since(marks[0]), cache.since(marks[1])

    return start_aside(work)


def validate(specs_dir: Path) -> ir.Project:
    """The validated IR of the specs (the `validate` command): loaded and checked, nothing written."""
    return load_project(specs_dir)


def generate(
    specs_dir: Path,
    out_dir: Path,
    *,
    use_cache: bool = True,
    package: str = PACKAGE,
    timings: Timings | None = None,
    adopt: bool = False,
    overwrite: bool = False,
    notes: list[str] | None = None,
) -> ir.Project:
    """Regenerate `out_dir` from the specs. On a spec or generation error nothing is written; files the
    generator cannot prove it wrote are never replaced or removed but with `overwrite` (OutputError lists
    them), and a folder it did not write is taken over only with `adopt` (see output/ownership.py). `notes`
    gets what was kept."""
    recorded = prepare_output(out_dir, specs_dir, adopt=adopt)  # before anything, the cache included, is written
    staging = Staging(out_dir.parent)
    try:
        writer = Writer(out_dir, staging, recorded)
        project = produce(specs_dir, writer, use_cache=use_cache, package=package, timings=timings)
        kept = writer.finish(overwrite=overwrite)
    finally:
        staging.remove()
    if notes is not None:
        notes.extend(kept)
    if timings is not None:
        timings.mark("write the files that changed")
    return project


def check(
    specs_dir: Path,
    out_dir: Path,
    *,
    use_cache: bool = True,
    package: str = PACKAGE,
    timings: Timings | None = None,
    notes: list[str] | None = None,
) -> list[str]:
    """Differences between `out_dir` and a fresh generation; empty when they match. Nothing is written but
    the cache. `notes` gets the files inside the generated folders that the generator did not write."""
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir}: found a file, not a folder; give the folder of a generated client")
    try:
        recorded = read_manifest(out_dir) if out_dir.is_dir() else None
    except OutputError:
        recorded = None  # an unusable manifest differs from the expected one: reported as changed
    staging = Staging(out_dir.parent)
    try:
        comparer = Comparer(out_dir, staging)
        produce(specs_dir, comparer, use_cache=use_cache, package=package, timings=timings)
    finally:
        staging.remove()
    differences = comparer.finish(recorded)
    if notes is not None and out_dir.is_dir():
        notes.extend(f"not generated (kept): {name}" for name in user_files(out_dir, comparer.digests, recorded))
    if timings is not None:
        timings.mark("compare with the output folder")
    return differences
