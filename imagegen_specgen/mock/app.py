"""The ASGI app: every route comes from the IR, under one prefix per provider, plus /_mock controls."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..parser import ir
from .config import MockConfig
from .routes import endpoints as protocol_endpoints
from .routing import Endpoint, Pipeline, not_found_endpoint
from .state import MockState

CONTROL_PREFIX = "/_mock"


def provider_endpoints(config: MockConfig, state: MockState, provider: ir.Provider) -> list[Endpoint]:
    """The provider's routes, each API's by its protocol, then a 404 for anything else."""
    return [*protocol_endpoints(config, state, provider), not_found_endpoint(provider)]


def _control_routes(project: ir.Project, config: MockConfig, state: MockState) -> list[BaseRoute]:
    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            state.faults.clear()
        elif request.method == "POST":
            try:
                payload = await request.json()
                items = payload if isinstance(payload, list) else payload.get("faults", [payload])
                for item in items:
                    state.faults.push(str(item["name"]), item.get("times", 1), item.get("route"))
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                message = f'expected {{"name": ..., "times": 1, "route": null}} or a list of them: {exc}'
                return JSONResponse({"error": message}, status_code=400)
        return JSONResponse({"pending": state.faults.pending()})

    async def requests(request: Request) -> Response:
        if request.method == "DELETE":
            state.log.clear()
        return JSONResponse({"requests": [asdict(e) for e in state.log.entries]})

    async def stats(_request: Request) -> Response:
        body: dict[str, Any] = {}
        for key, item in state.stats().items():
            body[key] = {**asdict(item), "share_of_limit": item.share_of_limit}
        return JSONResponse({"routes": body, "credits": state.credits})

    async def reset(_request: Request) -> Response:
        state.reset()
        return JSONResponse({"reset": True})

    async def index(request: Request) -> Response:
        root = str(request.base_url).rstrip("/")
        return JSONResponse({"providers": {p.id: root + config.prefix(p) for p in project.providers}})

    return [
        Route(CONTROL_PREFIX, index, methods=["GET"]),
        Route(CONTROL_PREFIX + "/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route(CONTROL_PREFIX + "/requests", requests, methods=["GET", "DELETE"]),
        Route(CONTROL_PREFIX + "/stats", stats, methods=["GET"]),
        Route(CONTROL_PREFIX + "/reset", reset, methods=["POST"]),
    ]


def create_app(project: ir.Project, config: MockConfig | None = None, *, state: MockState | None = None) -> Starlette:
    """A Starlette app serving every provider of `project` under its prefix; its MockState is app.state.mock."""
    config = config or MockConfig()
    state = state or MockState(initial_credits=config.initial_credits)
    pipeline = Pipeline(config, state)
    routes = _control_routes(project, config, state)
    for provider in project.providers:
        routes += [pipeline.route(endpoint) for endpoint in provider_endpoints(config, state, provider)]
    app = Starlette(routes=routes)
    app.state.mock = state
    app.state.config = config
    return app


def mock_state(app: Starlette) -> MockState:
    state = app.state.mock
    assert isinstance(state, MockState)
    return state
