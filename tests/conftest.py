"""Shared fixtures: the real specs, copied where a test may change them."""

from __future__ import annotations

import functools
import shutil
import sys
from pathlib import Path
from typing import Any

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


@functools.cache
def real_project() -> Any:
    """The IR of the real specs, loaded once per process: test modules build their cases from it when collected,
    and every pytest worker collects them all (the IR is frozen, so sharing it is safe)."""
    from imagegen_specgen.parser.project import load_project

    return load_project(SPECS)


@pytest.fixture(scope="session")
def project():  # type: ignore[no-untyped-def]
    return real_project()


@pytest.fixture(scope="session")
def generator_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generator cache the tests that regenerate a changed copy of the specs share (GENERATOR_CACHE_DIR): each
    such run recomputes only what the change touches. One per pytest worker (its own base folder)."""
    return tmp_path_factory.getbasetemp() / "shared-generator-cache"
