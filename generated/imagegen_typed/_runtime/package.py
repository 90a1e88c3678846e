"""The import name of the generated package, which names its logger.

The generator writes the chosen name here when it copies the runtime (`--package`); this is the default.
"""

from __future__ import annotations

NAME = "imagegen_typed"
