"""Loading the IR from a folder of specs, through the generator's own parser."""

from __future__ import annotations

from pathlib import Path

from ..parser import ir
from ..parser.project import load_project as _load_project

_CHECKOUT_SPECS = Path(__file__).resolve().parent.parent.parent / "specs"
# Installed with the generator, there is no checkout: ./specs, as the generator's own default.
DEFAULT_SPECS = _CHECKOUT_SPECS if _CHECKOUT_SPECS.is_dir() else Path("specs")


def load_project(specs_dir: Path = DEFAULT_SPECS) -> ir.Project:
    """The validated IR, or SpecError listing every problem."""
    return _load_project(specs_dir)
