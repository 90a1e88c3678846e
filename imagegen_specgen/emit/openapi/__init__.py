"""The generator's pieces of each protocol: its OpenAPI paths and schemas, and its contract-test facts.

Each protocol module offers the same functions: `paths(provider, api, names, schemas)` (the API's operations,
adding its schemas), `tag_description(api)`, `extra_tags(api)`, `limits(api)` (what the document cannot say)
and `contract_facts(provider, api)`. `EXPORTS` maps the IR's protocol name to its module.
"""

from __future__ import annotations

from types import ModuleType

from . import direct, predictions

EXPORTS: dict[str, ModuleType] = {"direct": direct, "predictions": predictions}
