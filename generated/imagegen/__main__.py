"""The command line: `python -m imagegen PROVIDER MODEL [options]`, one subcommand per model spec.

Run `python -m imagegen --help` for the providers, `python -m imagegen PROVIDER MODEL --help` for a
model's options. Generated from the specs; do not edit.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Each provider's subpackage and its sync client class.
PROVIDERS = (
    ("pruna", "Pruna"),
    ("segmind", "Segmind"),
)


def main(argv: Sequence[str] | None = None) -> int:
    from ._runtime.cli import main as run  # only here: `import imagegen` does not load the command line

    return run("imagegen", PROVIDERS, argv)


if __name__ == "__main__":
    sys.exit(main())
