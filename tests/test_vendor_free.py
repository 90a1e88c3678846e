"""Vendors are data: no provider's name in the hand-written runtime, generator or mock. What differs between
providers lives in specs/; the importers, which read a provider's own document, are the one exception."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "imagegen_specgen"
# The providers this project has specs for or doubles of, and names only they use.
VENDORS = re.compile(
    r"\b(segmind|pruna|replicate|bfl|black ?forest|fal|openai|stability|stable image|dall-e|gpt-image)\b",
    re.IGNORECASE,
)
EXEMPT = ("upkeep",)  # importers and the maintainers' commands read providers' own documents


def _sources() -> list[Path]:
    return sorted(
        path
        for path in PACKAGE.rglob("*")
        if path.suffix in (".py", ".j2") and path.relative_to(PACKAGE).parts[0] not in EXEMPT
    )


def test_the_check_reads_the_runtime_generator_and_mock() -> None:
    parts = {path.relative_to(PACKAGE).parts[0] for path in _sources()}
    assert {"runtime", "parser", "emit", "mock", "contract"} <= parts


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_vendor_name(path: Path) -> None:
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {match.group(0)}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in VENDORS.finditer(line)
    ]
    assert not found, "vendor names belong in specs/:\n" + "\n".join(found)
