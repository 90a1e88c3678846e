"""A package generated under another import name says that name in its docs, types and User-Agent."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from imagegen_specgen.pipeline import generate

from ..conftest import SPECS


def test_docs_types_and_user_agent_follow_the_package_name(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    generate(SPECS, out, package="pixgen")
    page = (out / "pixgen" / "docs" / "segmind.md").read_text(encoding="utf-8")
    assert "import pixgen\n\nwith pixgen.Segmind() as client:" in page
    assert "python -m pixgen segmind p-image \\" in page and "imagegen" not in page
    script = (
        "from pixgen._runtime.user_agent import USER_AGENT\n"
        "from pixgen.segmind.types import PImageAspectRatio\n"
        "import pixgen\n"
        "print(USER_AGENT.split()[0], pixgen.__version__)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    agent, version = result.stdout.split()
    assert agent == f"pixgen-typed/{version}"
