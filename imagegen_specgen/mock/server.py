"""A real HTTP server for tests and benchmarks: uvicorn on 127.0.0.1, a free port, a background thread."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from types import TracebackType

import uvicorn
from starlette.applications import Starlette

from ..parser import ir
from .app import create_app
from .config import MockConfig
from .faults import FaultQueue
from .ratelimit import RouteStats
from .specs import DEFAULT_SPECS, load_project
from .state import MockState, Prediction, RequestLog


def bind(host: str, port: int) -> socket.socket:
    """A listening socket; port 0 picks a free one."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio only sets TCP_NODELAY on accepted sockets whose proto says TCP, and
    # without it every answer sent in two writes waits ~40 ms for the client's delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def uvicorn_server(app: Starlette, *, log_level: str = "warning") -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=1,
        timeout_keep_alive=30,
    )
    return uvicorn.Server(config)


class MockServer:
    """Every provider on one port: `base_url("<id>")` is http://127.0.0.1:PORT/<id>.

    Use as a context manager, or call start() and stop(). `faults`, `requests`, `stats()` and `state` are
    readable and writable from the test thread while the server runs.
    """

    def __init__(
        self,
        project: ir.Project | None = None,
        config: MockConfig | None = None,
        *,
        specs_dir: Path | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.project = project if project is not None else load_project(specs_dir or DEFAULT_SPECS)
        self.config = config or MockConfig()
        self.host = host
        self.port = port
        self.state = MockState(initial_credits=self.config.initial_credits)
        self.app = create_app(self.project, self.config, state=self.state)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle --------------------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> MockServer:
        if self._thread is not None:
            raise RuntimeError("the mock server is already running")
        sock = bind(self.host, self.port)
        self.port = sock.getsockname()[1]
        server = uvicorn_server(self.app)
        thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="mock-provider", daemon=True)
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise RuntimeError("the mock server did not start")
            time.sleep(0.005)
        self._server, self._thread = server, thread
        return self

    def stop(self, timeout: float = 5.0) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.should_exit = True
        thread.join(timeout)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout)
        self._server = self._thread = None

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    # --- addresses --------------------------------------------------------------------------------------

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def base_url(self, provider_id: str) -> str:
        provider = next((p for p in self.project.providers if p.id == provider_id), None)
        if provider is None:
            known = ", ".join(p.id for p in self.project.providers)
            raise KeyError(f"no provider {provider_id!r}; known: {known}")
        return self.url + self.config.prefix(provider)

    @property
    def base_urls(self) -> dict[str, str]:
        return {p.id: self.base_url(p.id) for p in self.project.providers}

    # --- what tests read and steer ----------------------------------------------------------------------

    @property
    def faults(self) -> FaultQueue:
        return self.state.faults

    @property
    def requests(self) -> RequestLog:
        return self.state.log

    def stats(self) -> dict[str, RouteStats]:
        """Accepted and rejected requests per route key, e.g. "<provider>:predictions:<model>", "<provider>:status"."""
        return self.state.stats()

    def prediction(self, prediction_id: str) -> Prediction | None:
        return self.state.prediction(prediction_id)

    @property
    def credits(self) -> float:
        return self.state.credits

    def reset(self) -> None:
        self.state.reset()
