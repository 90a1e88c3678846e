"""The client package says which version it is, on import and on every request it sends."""

from __future__ import annotations

import sys

import httpx
import imagegen_typed
import pytest

from ..conftest import GENERATED

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    tomllib = pytest.importorskip("tomli")

# The generated client is its own distribution: its pyproject.toml holds the name and version.
PROJECT = tomllib.loads((GENERATED / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_version_is_pyprojects() -> None:
    assert imagegen_typed.__version__ == PROJECT["version"]
    assert "__version__" in dir(imagegen_typed)


def _sent_headers(call: dict[str, object] | None = None, **options: object) -> list[httpx.Headers]:
    sent: list[httpx.Headers] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers)
        return httpx.Response(200, content=b"\x89PNG\r\n\x1a\n", headers={"content-type": "image/png"})

    transport = httpx.MockTransport(answer)
    with imagegen_typed.Segmind(api_key="k", http_client=httpx.Client(transport=transport), **options) as client:  # type: ignore[arg-type]
        client.p_image(prompt="a red fox", **(call or {}))  # type: ignore[arg-type]
    return sent


def test_every_request_names_the_distribution_and_version() -> None:
    (headers,) = _sent_headers()
    assert headers.get_list("user-agent") == [f"{PROJECT['name']}/{PROJECT['version']} httpx/{httpx.__version__}"]


@pytest.mark.parametrize("spelling", ["User-Agent", "user-agent"])
def test_a_callers_default_headers_replace_the_user_agent(spelling: str) -> None:
    (headers,) = _sent_headers(default_headers={spelling: "my-app/2.0"})
    assert headers.get_list("user-agent") == ["my-app/2.0"]
    (headers,) = _sent_headers({"extra_headers": {spelling: "my-call/3.0"}})
    assert headers.get_list("user-agent") == ["my-call/3.0"]
