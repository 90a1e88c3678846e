"""Loading the IR from a folder of specs, through the generator's own pipeline."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import cast

from generator import ir

DEFAULT_SPECS = Path(__file__).resolve().parent.parent / "specs"


def load_project(specs_dir: Path = DEFAULT_SPECS) -> ir.Project:
    """generator.pipeline.load_project: the validated IR, or SpecError listing every problem.

    Imported by name so that `mypy --strict mockserver` checks this package and the IR it reads, not the
    generator's rendering modules (their datamodel-code-generator typing is the generator's own business).
    """
    pipeline = importlib.import_module("generator.pipeline")
    loader = cast(Callable[[Path], ir.Project], pipeline.load_project)
    return loader(specs_dir)
