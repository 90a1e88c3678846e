"""Serve every provider of the specs as a mock until Ctrl-C: `imagegen-specgen mock` (also
`python -m imagegen_specgen.mock`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ..helptext import Formatter
from ..parser.diagnostics import SpecError
from .app import CONTROL_PREFIX, create_app
from .config import MockConfig
from .server import bind, uvicorn_server
from .specs import DEFAULT_SPECS, load_project

PROG = "python -m imagegen_specgen.mock"


def parse_args(argv: Sequence[str] | None, prog: str = PROG) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve every provider of the specs as a mock until Ctrl-C: the routes of each API's protocol, "
        "with the specs' names, statuses and error bodies, fault injection and scaled time. Point a client at it "
        "with <PROVIDER>_BASE_URL and the key test-key.",
        epilog=f"example:\n  {prog} --specs my-specs --port 8765\n"
        "  <PROVIDER>_BASE_URL=http://127.0.0.1:8765/<provider id> <PROVIDER>_API_KEY=test-key python your_app.py",
        formatter_class=Formatter,
    )
    parser.add_argument("--specs", type=Path, default=DEFAULT_SPECS, help="folder of YAML specs (default: specs/)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--prediction-seconds", type=float, default=2.0, help="how long a prediction runs")
    parser.add_argument(
        "--sync-wait-seconds", type=float, default=None, help="longest hold (default: each API's max_seconds)"
    )
    parser.add_argument("--time-scale", type=float, default=1.0, help="multiplies every duration and window")
    parser.add_argument("--enforce-rate-limits", action="store_true", help="answer 429 beyond the specs' limits")
    parser.add_argument(
        "--relative-output-urls", action="store_true", help="relative output URLs on APIs with a delivery path"
    )
    parser.add_argument("--direct-json", action="store_true", help="direct APIs: JSON success bodies, not bytes")
    parser.add_argument("--api-key", action="append", default=None, help="a valid key (repeatable; default test-key)")
    parser.add_argument("--no-auth", action="store_true", help="accept requests without a key")
    return parser.parse_args(argv)


def config_from(args: argparse.Namespace) -> MockConfig:
    keys: frozenset[str] = frozenset() if args.no_auth else frozenset(args.api_key or ["test-key"])
    return MockConfig(
        api_keys=keys,
        prediction_seconds=args.prediction_seconds,
        sync_wait_seconds=args.sync_wait_seconds,
        time_scale=args.time_scale,
        enforce_rate_limits=args.enforce_rate_limits,
        relative_output_urls=args.relative_output_urls,
        direct_body="json" if args.direct_json else "bytes",
    )


def main(argv: Sequence[str] | None = None, prog: str = PROG) -> int:
    args = parse_args(argv, prog)
    try:
        project = load_project(args.specs)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 1
    try:
        config = config_from(args)
    except ValueError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return 2
    app = create_app(project, config)
    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        # The usual case is a port already in use: say so and how to pick another, without a traceback.
        print(
            f"{prog}: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}; "
            "pick another port (make mock PORT=8765, or --port 0 for a free one)",
            file=sys.stderr,
        )
        return 2
    host, port = sock.getsockname()[:2]
    root = f"http://{f'[{host}]' if ':' in host else host}:{port}"
    for provider in project.providers:
        print(f"{provider.id}: {root}{config.prefix(provider)}", flush=True)
    print(f"controls: {root}{CONTROL_PREFIX} (faults, requests, stats, reset)", flush=True)
    # The routes are built from the specs once, at start-up.
    print(f"specs read from {args.specs} at start-up: restart the mock after changing them", flush=True)
    uvicorn_server(app, log_level="info").run(sockets=[sock])
    return 0
