"""Loading the IR from a folder of specs, through the generator's own pipeline."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.pipeline import load_project as _load_project

DEFAULT_SPECS = Path(__file__).resolve().parent.parent / "specs"


def load_project(specs_dir: Path = DEFAULT_SPECS) -> ir.Project:
    """The validated IR, or SpecError listing every problem."""
    return _load_project(specs_dir)
