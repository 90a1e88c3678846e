"""A mock HTTP server for the providers the specs describe, built from the IR: a new model spec is a new route.

with MockServer(config=MockConfig(time_scale=0.01)) as server:
    httpx.post(server.base_url("<provider id>") + "<a model's path>", headers={"<auth header>": "test-key"}, json={...})
"""

from .app import create_app, mock_state
from .config import MockConfig
from .faults import FAULT_HEADER, FAULT_NAMES, Fault, FaultQueue
from .ratelimit import RouteStats
from .server import MockServer
from .state import LoggedRequest, MockState, Prediction, RequestLog

__all__ = [
    "FAULT_HEADER",
    "FAULT_NAMES",
    "Fault",
    "FaultQueue",
    "LoggedRequest",
    "MockConfig",
    "MockServer",
    "MockState",
    "Prediction",
    "RequestLog",
    "RouteStats",
    "create_app",
    "mock_state",
]
