"""The generator's pieces of each protocol: its OpenAPI paths and schemas, and its contract-test facts.

Each protocol module offers the same functions (see `Export`); `EXPORTS` maps the IR's protocol name to it.
"""

from __future__ import annotations

from types import ModuleType

from . import direct, predictions

EXPORTS: dict[str, ModuleType] = {"direct": direct, "predictions": predictions}
