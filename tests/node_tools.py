"""Finding the Node tools the export is checked with (Prism, Redocly CLI), or the reason a test must skip.

`.ci/install-node-tools` installs the pinned versions into `.tools/node/` (git-ignored); a tool on PATH works too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCAL_BIN = ROOT / ".tools" / "node" / "node_modules" / ".bin"


def find(tool: str) -> tuple[str | None, str]:
    """(path of `tool`, "") when it can run here, else (None, why not)."""
    if shutil.which("node") is None:
        return None, "Node.js is not installed (`node` is not on PATH); .ci/run installs it"
    local = LOCAL_BIN / tool
    if local.exists():
        return str(local), ""
    found = shutil.which(tool)
    if found is not None:
        return found, ""
    return None, f"{tool} is not installed: run make node-tools (or put {tool} on PATH)"
