"""Redocly CLI's recommended rules, a linter nobody here wrote, report no errors on either exported document."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from .conftest import GENERATED
from .node_tools import find

REDOCLY, WHY_NOT = find("redocly")
DOCUMENTS = sorted(p.name for p in (GENERATED / "openapi").glob("*.json"))


@pytest.mark.skipif(REDOCLY is None, reason=WHY_NOT)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_recommended_rules_report_no_errors(document: str) -> None:
    assert REDOCLY is not None
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    done = subprocess.run(
        [REDOCLY, "lint", "--extends", "recommended", "--format", "json", str(GENERATED / "openapi" / document)],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    report = json.loads(done.stdout)
    errors = [
        f"{p['ruleId']} at {p['location'][0]['pointer']}: {p['message']}"
        for p in report["problems"]
        if p["severity"] == "error"
    ]
    assert not errors, "\n".join(errors)
    assert report["totals"]["errors"] == 0 and done.returncode == 0, done.stderr[-2000:]
