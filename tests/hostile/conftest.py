"""Fixtures: hostile servers that stop after the test, and a check that no log line holds the key."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import pytest

from .server import HostileServer, Scenario


@pytest.fixture
def serve() -> Iterator[Callable[[Scenario], HostileServer]]:
    servers: list[HostileServer] = []

    def start(scenario: Scenario) -> HostileServer:
        server = HostileServer(scenario)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture(autouse=True)
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every logger at DEBUG (imagegen_typed, httpx, httpcore): the key check reads every line they wrote."""
    caplog.set_level(logging.DEBUG)
    for name in ("imagegen_typed", "httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog
