"""A real mock server (uvicorn in a thread) shared by a test module, reset between tests, and plain httpx."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator import ir
from mockserver import MockConfig, MockServer
from mockserver.specs import load_project

SPECS = Path(__file__).resolve().parents[2] / "specs"
KEY = "test-key"
# 2 s predictions run 0.1 s; Try-Sync waits at most 0.5 s; a 60 s rate window lasts 3 s.
FAST = MockConfig(prediction_seconds=2.0, sync_wait_seconds=10.0, time_scale=0.05)


@pytest.fixture(scope="session")
def project() -> ir.Project:
    return load_project(SPECS)


def provider(project: ir.Project, style: str) -> ir.Provider:
    return next(p for p in project.providers if p.style == style)


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


@pytest.fixture
def segmind(server: MockServer, project: ir.Project) -> tuple[str, ir.Provider]:
    p = provider(project, "segmind")
    return server.base_url(p.id), p


@pytest.fixture
def pruna(server: MockServer, project: ir.Project) -> tuple[str, ir.Provider]:
    p = provider(project, "pruna")
    return server.base_url(p.id), p
