"""The usage examples of README.md and of every page under docs/ run as written, against the spec-driven mock
provider."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import ROOT

README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
PAGES = [README, *DOCS]


def python_blocks(page: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)


# One family over every page: the id names the page and the block's index on it (`docs/users-guide.md:3`).
EXAMPLES = [
    pytest.param(code, id=f"{page.relative_to(ROOT).as_posix()}:{index}")
    for page in PAGES
    for index, code in enumerate(python_blocks(page))
]


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    from imagegen_specgen.mock import MockConfig, MockServer

    with MockServer(config=MockConfig(time_scale=0.01), specs_dir=ROOT / "specs") as server:
        yield server


def test_readme_has_examples() -> None:
    assert python_blocks(README), "README.md shows no client example"
    assert len(EXAMPLES) >= 3


def test_every_docs_page_is_linked_both_ways() -> None:
    readme = README.read_text(encoding="utf-8")
    assert DOCS, "no page under docs/"
    for page in DOCS:
        assert f"](docs/{page.name})" in readme, f"README.md does not link {page.name}"
        opening = page.read_text(encoding="utf-8").split("\n\n", 2)[1]  # the sentence under the title
        assert "](../README.md)" in opening, f"{page.name} does not open with a link back to README.md"


@pytest.mark.parametrize("example", EXAMPLES)
def test_readme_example_runs(example: str, mock: Any, tmp_path: Path) -> None:
    env = dict(os.environ)
    for provider in mock.project.providers:  # every provider's key and base URL, as its spec names them
        env[provider.api_key_env] = "test-key"
        if provider.base_url_env:
            env[provider.base_url_env] = mock.base_url(provider.id)
    result = subprocess.run(
        [sys.executable, "-c", example], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    written = {p.name for p in tmp_path.iterdir()}
    if "save(" in example:
        assert written, "the example's save() wrote nothing"
        for path in tmp_path.iterdir():
            assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
