"""Schemathesis drives each generated OpenAPI document against the mock provider (bounded, seeded).

Every answer must be a documented status with a body that matches the document: the documents, the mock
and the specs they both come from agree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.generation import GenerationMode

from .conftest import GENERATED, real_project

PROVIDERS = real_project().providers
# Each provider's document, and the documents of single models beside it (openapi/<provider>/<model>.json).
DOCUMENTS = {
    **{p.id: (p.id, GENERATED / "openapi" / f"{p.id}.json") for p in PROVIDERS},
    **{
        f"{p.id}_{path.stem}": (p.id, path)
        for p in PROVIDERS
        for path in sorted((GENERATED / "openapi" / p.id).glob("*.json"))
    },
}


def _schema(name: str, path: Any) -> Any:
    schema = schemathesis.openapi.from_path(path)
    if name in {p.id for p in PROVIDERS}:
        return schema
    # A model's document repeats its provider's follow-ups; its own is the create operation, with the model's input.
    # Its paths are the provider document's, driven there with every unlisted method, and the mock's refusal of bad
    # input is proved once per constraint kind and API (tests/mock): here the coverage phase drives the model's own
    # valid boundaries only.
    coverage = schema.config.phases.coverage
    coverage.unexpected_methods = set()
    coverage.generation.modes = [GenerationMode.POSITIVE]
    return schema.include(operation_id=_creates(path))


def _creates(path: Any) -> list[str]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return [op["operationId"] for item in document["paths"].values() for op in item.values() if "x-model" in op]


SCHEMAS = {name: _schema(name, path) for name, (_, path) in DOCUMENTS.items()}
# The key as each spec's auth says it travels: its header, "<scheme> <key>" when it names a scheme.
AUTH = {p.id: {p.auth.header: f"{p.auth.scheme} test-key" if p.auth.scheme else "test-key"} for p in PROVIDERS}
SETTINGS = settings(max_examples=8, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    from imagegen_specgen.mock import MockConfig, MockServer

    config = MockConfig(time_scale=0.001, sync_wait_seconds=0.5)
    with MockServer(real_project(), config) as server:
        yield server


def _check(case: Any, mock: Any, provider: str) -> None:
    response = case.call(base_url=mock.base_url(provider), headers=AUTH[provider], timeout=10)
    if case.method.upper() != case.operation.method.upper():
        # Schemathesis also tries methods the document does not list: the mock must refuse them.
        assert response.status_code == 405, (case.method, case.path, response.status_code)
        return
    documented = case.operation.definition.raw["responses"]
    code = str(response.status_code)
    # A status is documented by itself or by its range (2XX: a provider that documents no success status).
    assert code in documented or f"{code[0]}XX" in documented, (case.path, code, response.text[:200])
    assert response.status_code < 500, response.text[:200]
    case.validate_response(response, checks=[schemathesis.checks.response_schema_conformance])


def _document_test(name: str) -> Any:
    provider = DOCUMENTS[name][0]

    @SCHEMAS[name].parametrize()
    @SETTINGS
    def test(case: Any, mock: Any) -> None:
        _check(case, mock, provider)

    return test


# One test per document, named for it (a new provider or model spec gets its own with no edit here).
for _name in SCHEMAS:
    globals()[f"test_{re.sub(r'[^0-9a-zA-Z_]', '_', _name)}_document_against_mock"] = _document_test(_name)
