"""The generator as an installed tool: the checkout built into a wheel and installed into a fresh virtualenv outside
the repository, run there on a copy of specs/ with another package name; the generated contract tests pass
there, against the mock provider that came with the wheel, and the generated folder installs as the client.

Everything is read from the installed wheel: the copied specs lack spec.schema.json (the bundled format is used),
templates, runtime, contract support and mock server come from site-packages, and nothing of the checkout is on
the path. A file missing from the wheel fails one of the steps.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from imagegen_specgen.parser.project import load_project

from .conftest import ROOT, SPECS

# A few models keep the contract run short (the whole set passes too, in about 90 s): an image model of each
# calling style and a video model, so every style and output kind goes through the mock.
PROVIDERS = ("segmind.yaml", "pruna.yaml")
MODELS = ("segmind-p-image.yaml", "pruna-p-image.yaml", "pruna-p-video.yaml")
UV = Path(sys.executable).parent / "uv"  # the installer the Makefile pins; pip otherwise
PACKAGE = "picgen"

pytestmark = pytest.mark.install


def _clean_env() -> dict[str, str]:
    """No trace of the checkout or of the project's virtualenv."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}


def _run(command: list[str | Path], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(c) for c in command], cwd=cwd, env=_clean_env(), capture_output=True, text=True, timeout=timeout
    )


def _install(python: Path, *requirements: str | Path) -> None:
    """pip-install into the virtualenv of `python`, with the pins the project tests with; uv takes them from its
    cache (no network once `make setup` ran), the index only for what is not there."""
    pins = ["-c", ROOT / "requirements" / "test.txt"]
    if UV.exists():
        install: list[str | Path] = [UV, "pip", "install", "--quiet", "--python", python, *requirements, *pins]
        done = _run([*install[:3], "--offline", *install[3:]], python.parent)
        if done.returncode != 0:
            done = _run(install, python.parent)
    else:
        done = _run([python, "-m", "pip", "install", "--quiet", *requirements, *pins], python.parent, timeout=900)
    assert done.returncode == 0, done.stderr


def _installed_tool(work: Path) -> Path:
    """A fresh virtualenv holding the wheel of this checkout and pytest; its Python."""
    wheels = work / "wheel"
    if UV.exists():  # the same wheel, byte for byte, for a quarter of pip's CPU time (mostly pip's start-up)
        build: list[str | Path] = [UV, "build", "--wheel", "--quiet", "--python", sys.executable, "-o"]
    else:
        build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w"]
    built = _run([*build, wheels, "--no-build-isolation", ROOT], work)
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("imagegen_specgen-*.whl")
    venv = work / "venv"
    if UV.exists():
        made = _run([UV, "venv", "--quiet", "--python", sys.executable, venv], work)
    else:
        made = _run([getattr(sys, "_base_executable", sys.executable), "-m", "venv", venv], work)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    _install(python, wheel, "pytest")
    return python


def test_installed_command_generates_a_client_whose_contract_tests_pass_elsewhere(tmp_path: Path) -> None:
    python = _installed_tool(tmp_path)
    tool = python.parent / "imagegen-specgen"
    (wheel,) = (tmp_path / "wheel").glob("imagegen_specgen-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    # One import package, of our own name: nothing another distribution installs (`generator`, `imagegen`).
    assert {name.split("/")[0] for name in names if ".dist-info/" not in name} == {"imagegen_specgen"}
    assert "imagegen_specgen/parser/spec.schema.json" in names
    modules = "import imagegen_specgen.mock as m; print(m.__file__)"
    where = _run([python, "-c", modules], tmp_path)
    assert str(ROOT) not in where.stdout and str(tmp_path / "venv") in where.stdout, where.stdout + where.stderr

    project = tmp_path / "project"
    shutil.copytree(
        SPECS,
        project / "my-specs",
        ignore=lambda folder, names: [
            n
            for n in names
            if n == "spec.schema.json"
            or (Path(folder).name == "models" and n not in MODELS)
            or (Path(folder).name == "providers" and n not in PROVIDERS)
        ],
    )
    generated = _run([tool, "generate", "--specs", "my-specs", "--out", "client", "--package", PACKAGE], project)
    assert generated.returncode == 0, generated.stderr
    done = "generated the client from my-specs into client: 2 providers, 3 models"
    assert generated.stdout.startswith(done), generated.stdout
    out = project / "client"
    assert (out / PACKAGE / "py.typed").exists() and not (out / "imagegen_typed").exists()
    checked = _run([tool, "check", "--specs", "my-specs", "--out", "client"], project)  # the name the folder holds
    assert checked.returncode == 0 and checked.stdout == "client matches the specs in my-specs\n", checked.stderr

    # The contract tests where they were generated, from another directory, with only the tool and pytest.
    tests = _run([python, "-m", "pytest", "-v", "-p", "no:cacheprovider", "client/contract_tests"], project, 600)
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-3000:]
    lines = tests.stdout.splitlines()
    over_http = [line for line in lines if "test_lifecycle_over_http_sync_and_async[" in line]
    # One lifecycle case per API that serves each model (Segmind's p-image is on its v1 and its v2).
    served = sum(len(p.models_of(api)) for p in load_project(project / "my-specs").providers for api in p.apis)
    assert served > len(MODELS)
    assert len(over_http) == served and all("PASSED" in line for line in over_http), over_http
    skipped = [line for line in lines if " SKIPPED" in line]
    assert all("test_live_cheapest_call" in line for line in skipped), skipped  # only the billed calls

    # The generated folder is a distribution: installed, the package works from anywhere under its own name.
    _install(python, out)
    script = (
        f"import logging, {PACKAGE}\n"
        f"from {PACKAGE}._runtime import exchange\n"
        f"assert {PACKAGE}.__file__.startswith({str(python.parent.parent)!r}), {PACKAGE}.__file__\n"
        f"assert {PACKAGE}.Segmind.__module__.startswith('{PACKAGE}.segmind')\n"
        f"assert exchange.logger is logging.getLogger('{PACKAGE}')\n"
        "print('ok')\n"
    )
    imported = _run([python, "-c", script], tmp_path)
    assert imported.stdout == "ok\n", imported.stderr
    command = python.parent / f"{PACKAGE}-client"
    dry_run = _run([command, "segmind", "p-image", "--prompt", "a red fox", "--dry-run"], tmp_path)
    assert dry_run.returncode == 0 and '"prompt": "a red fox"' in dry_run.stdout, dry_run.stderr
    # Every reference a docstring names resolves in the installed package, and the metadata is filled in.
    read = _run([python, "-c", READ_REFERENCES.replace("PACKAGE", PACKAGE)], tmp_path)
    assert read.returncode == 0, read.stderr
    assert int(read.stdout) == 2 * served, read.stdout  # one per method of each model on each API, sync and async


# Run in the fresh virtualenv: each docstring's `Reference: python -m PACKAGE docs PROVIDER MODEL (PAGE, ...)`, through
# the installed command line, and its page as a file of the installed package.
READ_REFERENCES = r"""
import contextlib, importlib, importlib.metadata, importlib.resources, inspect, io, pkgutil, re
import PACKAGE
from PACKAGE.__main__ import main

meta = importlib.metadata.metadata("PACKAGE-typed")
assert meta["License-Expression"] == "MIT" and meta.get_all("Provides-Extra") == ["webhooks"], meta
assert "python -m PACKAGE docs" in meta.get_payload() and meta.get_all("Project-URL"), meta  # the readme, urls
assert importlib.resources.files("PACKAGE").joinpath("py.typed").is_file()
found = 0
for info in pkgutil.iter_modules(PACKAGE.__path__):
    if info.ispkg and not info.name.startswith("_") and info.name != "docs":
        module = importlib.import_module(f"PACKAGE.{info.name}._client")
        for cls in vars(module).values():
            if not (isinstance(cls, type) and cls.__module__ == module.__name__):
                continue
            # Each model's methods are loaded from its own module when first looked up (_model_methods names them).
            for member in [getattr(cls, name) for name in sorted({*vars(cls), *getattr(cls, "_model_methods", {})})]:
                doc = " ".join((inspect.getdoc(member) or "").split()) if callable(member) else ""
                match = re.search(r"Reference: python -m PACKAGE docs (\S+) (\S+) \(PACKAGE/(\S+), section ", doc)
                if match is None:
                    continue
                provider, model, page = match.groups()
                assert importlib.resources.files("PACKAGE").joinpath(page).is_file(), page
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    assert main(["docs", provider, model]) == 0, (provider, model)
                assert f"- Model id: `{model}`" in out.getvalue(), out.getvalue()
                found += 1
print(found)
"""
