"""The User-Agent every request carries: `<distribution>/<version> httpx/<version>`."""

from __future__ import annotations

import importlib

import httpx


def user_agent() -> str:
    """Read from the generated package's `_version` module (this runtime is copied into `<package>._runtime`)."""
    package = __name__.split(".")[0]
    try:
        version = importlib.import_module(f"{package}._version")
        name, number = str(version.DISTRIBUTION), str(version.__version__)
    except (ImportError, AttributeError):  # the runtime imported in place (imagegen_specgen.runtime), unit tests
        name, number = package, "0"
    return f"{name}/{number} httpx/{httpx.__version__}"


USER_AGENT = user_agent()


def with_user_agent(headers: dict[str, str]) -> dict[str, str]:
    """The caller's headers, with ours unless the caller set a User-Agent (in any letter case)."""
    if any(name.lower() == "user-agent" for name in headers):
        return headers
    return {"User-Agent": USER_AGENT, **headers}
