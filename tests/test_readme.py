"""The README's usage examples run as written, against the spec-driven mock provider."""

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

EXAMPLES = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    from imagegen_specgen.mock import MockConfig, MockServer

    with MockServer(config=MockConfig(time_scale=0.01), specs_dir=ROOT / "specs") as server:
        yield server


def test_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_readme_example_runs(index: int, mock: Any, tmp_path: Path) -> None:
    env = dict(os.environ)
    for provider in mock.project.providers:  # every provider's key and base URL, as its spec names them
        env[provider.api_key_env] = "test-key"
        if provider.base_url_env:
            env[provider.base_url_env] = mock.base_url(provider.id)
    result = subprocess.run(
        [sys.executable, "-c", EXAMPLES[index]], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    written = {p.name for p in tmp_path.iterdir()}
    if "save(" in EXAMPLES[index]:
        assert written, "the example's save() wrote nothing"
        for path in tmp_path.iterdir():
            assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
