"""Shared fixtures: the real specs, copied where a test may change them."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
# pytest in a subprocess, over contract tests or the doubles' tests: without the plugins those never use, whose
# loading took 3 s of a run's 5 s of start-up (schemathesis, xdist, typeguard, respx), and without its cache.
UNUSED_PLUGINS = ("schemathesis", "xdist", "xdist.looponfail", "typeguard", "respx")
PYTEST = (sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *(f"-pno:{name}" for name in UNUSED_PLUGINS))


@pytest.fixture
def specs_copy(tmp_path: Path) -> Path:
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target)
    return target


@pytest.fixture(scope="session")
def project():  # type: ignore[no-untyped-def]
    from imagegen_specgen.parser.project import load_project

    return load_project(SPECS)


@pytest.fixture(scope="session")
def generator_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generator cache the tests that regenerate a changed copy of the specs share (GENERATOR_CACHE_DIR): each
    such run recomputes only what the change touches. One per pytest worker (its own base folder)."""
    return tmp_path_factory.getbasetemp() / "shared-generator-cache"


@pytest.fixture(scope="session")
def warm_request_models() -> None:
    """datamodel-code-generator warmed up once in this process (its first call imports most of it, about 1 s):
    the request-model workers generate() forks inherit it, instead of each warming up on its own."""
    from imagegen_specgen.emit.request_models import _warm_up

    _warm_up()


@pytest.fixture
def use_generator_cache(generator_cache: Path, monkeypatch: pytest.MonkeyPatch, warm_request_models: None) -> Path:
    """generate() in this test uses the worker's shared generator cache: only what the test changes is computed."""
    monkeypatch.setenv("GENERATOR_CACHE_DIR", str(generator_cache))
    return generator_cache
