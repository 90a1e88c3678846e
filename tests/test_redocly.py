"""Redocly CLI's recommended rules, a linter nobody here wrote, report no errors on any exported document (each
provider's, and the documents of single models beside it, linted together per provider)."""

from __future__ import annotations

import json
import os
import subprocess

import pytest

from .conftest import GENERATED
from .node_tools import find

REDOCLY, WHY_NOT = find("redocly")
OPENAPI = GENERATED / "openapi"
DOCUMENTS = {
    **{p.name: [p] for p in sorted(OPENAPI.glob("*.json"))},
    **{f"{d.name}/*.json": sorted(d.glob("*.json")) for d in sorted(OPENAPI.iterdir()) if d.is_dir()},
}


@pytest.mark.skipif(REDOCLY is None, reason=WHY_NOT)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_recommended_rules_report_no_errors(document: str) -> None:
    assert REDOCLY is not None
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    files = [str(path) for path in DOCUMENTS[document]]
    done = subprocess.run(
        [REDOCLY, "lint", "--extends", "recommended", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    reports = _reports(done.stdout)  # one JSON report per file
    assert len(reports) == len(files), done.stdout[-2000:]
    errors = [
        f"{name}: {p['ruleId']} at {p['location'][0]['pointer']}: {p['message']}"
        for name, report in zip(files, reports, strict=True)
        for p in report["problems"]
        if p["severity"] == "error"
    ]
    assert not errors, "\n".join(errors)
    assert all(r["totals"]["errors"] == 0 for r in reports) and done.returncode == 0, done.stderr[-2000:]


def _reports(text: str) -> list[dict]:  # type: ignore[type-arg]
    decoder, found, at = json.JSONDecoder(), [], 0
    while text[at:].strip():
        at += len(text[at:]) - len(text[at:].lstrip())
        report, at = decoder.raw_decode(text, at)
        found.append(report)
    return found
