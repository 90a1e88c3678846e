"""Schemathesis drives each generated OpenAPI document against the mock provider (bounded, seeded).

Every answer must be a documented status with a body that matches the document: the documents, the mock
and the specs they both come from agree.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from imagegen_specgen.parser.project import load_project

from .conftest import GENERATED, ROOT

PROVIDERS = load_project(ROOT / "specs").providers
SCHEMAS = {p.id: schemathesis.openapi.from_path(GENERATED / "openapi" / f"{p.id}.json") for p in PROVIDERS}
# The key as each spec's auth says it travels: its header, "<scheme> <key>" when it names a scheme.
AUTH = {p.id: {p.auth.header: f"{p.auth.scheme} test-key" if p.auth.scheme else "test-key"} for p in PROVIDERS}
SETTINGS = settings(max_examples=8, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    from imagegen_specgen.mock import MockConfig, MockServer

    config = MockConfig(time_scale=0.001, sync_wait_seconds=0.5)
    with MockServer(config=config, specs_dir=ROOT / "specs") as server:
        yield server


def _check(case: Any, mock: Any, provider: str) -> None:
    response = case.call(base_url=mock.base_url(provider), headers=AUTH[provider], timeout=10)
    if case.method.upper() != case.operation.method.upper():
        # Schemathesis also tries methods the document does not list: the mock must refuse them.
        assert response.status_code == 405, (case.method, case.path, response.status_code)
        return
    documented = case.operation.definition.raw["responses"]
    assert str(response.status_code) in documented, (case.path, response.status_code, response.text[:200])
    assert response.status_code < 500, response.text[:200]
    case.validate_response(response, checks=[schemathesis.checks.response_schema_conformance])


def _document_test(provider: str) -> Any:
    @SCHEMAS[provider].parametrize()
    @SETTINGS
    def test(case: Any, mock: Any) -> None:
        _check(case, mock, provider)

    return test


# One test per provider document, named for it (a new provider spec gets its own with no edit here).
for _provider in SCHEMAS:
    globals()[f"test_{_provider}_document_against_mock"] = _document_test(_provider)
