"""A real mock server (uvicorn in a thread) shared by a test module, reset between tests, and plain httpx.

Shared tests parametrize over every API of a protocol in the loaded specs (`DIRECT`, `PREDICTIONS`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from imagegen_specgen.contract import samples
from imagegen_specgen.mock import MockConfig, MockServer
from imagegen_specgen.parser import ir

from ..conftest import real_project

SPECS = Path(__file__).resolve().parents[2] / "specs"
KEY = "test-key"
# 2 s predictions run 0.1 s; a hold waits at most 0.5 s; a 60 s rate window lasts 3 s.
FAST = MockConfig(prediction_seconds=2.0, sync_wait_seconds=10.0, time_scale=0.05)
PROJECT = real_project()


def apis(project: ir.Project, protocol: str, where: Any = None) -> list[Any]:
    """pytest params (provider, api) for every API of `protocol`, optionally only where `where(provider, api)`."""
    return [
        pytest.param(p, a, id=f"{p.id}-{a.name}")
        for p in project.providers
        for a in p.apis
        if a.protocol == protocol and (where is None or where(p, a))
    ]


def api_models(project: ir.Project, protocol: str) -> list[Any]:
    """pytest params (provider, api, model) for every model on every API of `protocol`."""
    return [
        pytest.param(p, a, m, id=f"{p.id}-{a.name}-{m.model_id}")
        for p in project.providers
        for a in p.apis
        if a.protocol == protocol
        for m in p.models_of(a)
    ]


def invalid_cases(project: ir.Project, protocol: str, keep: Any = None) -> list[Any]:
    """pytest params (provider, api, model, parameter, case): one invalid case of each kind (its label) per API of
    `protocol`, optionally only where `keep(api, model, parameter, case)`. The client refuses every case of every
    model before sending (the contract tests); the mock needs to refuse each kind once per API."""
    seen: set[tuple[str, str, str]] = set()
    found = []
    for p, a, m in (x.values for x in api_models(project, protocol)):
        for param in m.parameters:
            for case in samples.invalid_cases(param):
                if (p.id, a.name, case.label) in seen or (keep is not None and not keep(a, m, param, case)):
                    continue
                seen.add((p.id, a.name, case.label))
                found.append(
                    pytest.param(
                        p, a, m, param, case, id=f"{p.id}-{a.name}-{m.model_id}-{param.wire_name}-{case.label}"
                    )
                )
    return found


DIRECT = apis(PROJECT, "direct")
PREDICTIONS = apis(PROJECT, "predictions")
ALL = DIRECT + PREDICTIONS


@pytest.fixture(scope="session")
def project() -> ir.Project:
    return PROJECT


@pytest.fixture(scope="module")
def server(project: ir.Project) -> Iterator[MockServer]:
    with MockServer(project, FAST) as running:
        yield running


@pytest.fixture(autouse=True)
def _fresh(request: pytest.FixtureRequest) -> None:
    if "server" in request.fixturenames:
        request.getfixturevalue("server").reset()


@pytest.fixture(scope="session")
def client() -> Iterator[httpx.Client]:
    # One client for the run: building one loads the TLS trust store, ~80 ms each.
    with httpx.Client(timeout=10) as http:
        yield http
