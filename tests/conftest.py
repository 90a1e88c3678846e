"""Shared fixtures: the real specs, copied where a test may change them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"


@pytest.fixture
def specs_copy(tmp_path: Path) -> Path:
    target = tmp_path / "specs"
    shutil.copytree(SPECS, target)
    return target


@pytest.fixture(scope="session")
def project():  # type: ignore[no-untyped-def]
    from imagegen_specgen.parser.project import load_project

    return load_project(SPECS)
