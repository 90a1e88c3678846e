"""The whole flow, one way: specs -> load -> check -> IR -> rendered files -> generated/. The commands `generate`,
`check` and `validate` run it, and nothing else does."""

from __future__ import annotations

from pathlib import Path

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
from .output.manifest import MANIFEST, OutputError, manifest_text, read_manifest
from .output.ownership import prepare_output, user_files
from .output.write import compare_files, format_files, remember_formatting, start_formatting, update_tree
from .parser import ir
from .parser.project import has_specs, load, load_project
from .speed.cache import Cache
from .speed.timings import Timings


def spec_copies(texts: dict[str, str]) -> dict[str, str]:
    """The specs as read, for the contract tests' mock provider: the tests then run wherever the output goes."""
    return {f"{CONTRACT_TESTS}/specs/{name}": text for name, text in texts.items()}


def output_files(
    specs_dir: Path,
    out_dir: Path,
    *,
    use_cache: bool = True,
    package: str = PACKAGE,
    timings: Timings | None = None,
) -> tuple[ir.Project, dict[str, str]]:
    """The validated project and every output file's final text (relative path -> text); `timings` learns
    when each step ended."""
    mark = timings.mark if timings is not None else lambda step: None
    problem = package_problem(package)
    if problem is not None:  # before anything, the cache included, is read or written
        raise ValueError(problem)
    cache = Cache.for_output(out_dir, enabled=use_cache)
    roots = (f"{package}/", f"{CONTRACT_TESTS}/")
    # Without a cache every request model is generated: workers start now and warm up while the specs load.
    workers = Workers.start() if cache.root is None and has_specs(specs_dir) else None
    try:
        loaded = load(specs_dir, cache)
        project = loaded.project
        mark("load and check the specs, build the IR")
        collect_models = start_request_models(project, cache, workers, package)
        env = environment(cache, package)
        code = render_code(env, project, package)
        mark("render the package's code and contract tests")
        formatting = start_formatting(code, out_dir.parent, cache, roots)  # ruff runs while the documents render
        files = render_documents(env, project, package) | spec_copies(loaded.texts)
        mark("render the OpenAPI documents and docs")
        files |= formatting()
        mark("wait for ruff on the code")
        generated = collect_models()
        mark("wait for the request models")
        models = request_model_files(generated.modules, package)
        formatted = request_model_files(generated.formatted, package)  # by the workers that generated them
        remember_formatting(cache, {path: (models[path], text) for path, text in formatted.items()})
        unformatted = {path: text for path, text in models.items() if path not in formatted}
        packages = {path: text for path, text in code.items() if path.endswith("/__init__.py")}
        files |= format_files(unformatted | packages, out_dir.parent, cache, roots) | formatted
        mark("format the request models")
    finally:
        if workers is not None:
            workers.close()
    cache.save()
    mark("save the cache")
    return project, files


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
    project, files = output_files(specs_dir, out_dir, use_cache=use_cache, package=package, timings=timings)
    files[MANIFEST] = manifest_text(files)
    kept = update_tree(files, out_dir, recorded, overwrite=overwrite)
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
    _, files = output_files(specs_dir, out_dir, use_cache=use_cache, package=package, timings=timings)
    files[MANIFEST] = manifest_text(files)
    try:
        recorded = read_manifest(out_dir) if out_dir.is_dir() else None
    except OutputError:
        recorded = None  # an unusable manifest differs from the expected one: reported as changed
    differences = compare_files(files, out_dir, recorded=recorded or ())
    if notes is not None and out_dir.is_dir():
        notes.extend(f"not generated (kept): {name}" for name in user_files(out_dir, files, recorded))
    if timings is not None:
        timings.mark("compare with the output folder")
    return differences
