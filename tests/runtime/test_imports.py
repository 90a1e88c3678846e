"""Importing the runtime stays cheap: it loads nothing beyond what `import httpx` loads (no pydantic yet)."""

from __future__ import annotations

import subprocess
import sys


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print(','.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return set(output.strip().split(","))


def test_import_loads_only_stdlib_and_httpx() -> None:
    runtime = loaded_after("import imagegen_specgen.runtime")
    extra = runtime - loaded_after("import httpx") - set(sys.stdlib_module_names)
    assert extra == {"imagegen_specgen"}
