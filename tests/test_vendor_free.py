"""Vendors are data: no provider's name appears in the hand-written runtime, generator or mock. What differs
between providers lives in specs/; the importers, which read a vendor's own document, are the exception."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "imagegen_specgen"
VENDORS = ("segmind", "pruna", "replicate", "bfl", "black forest", "fal", "openai", "stability", "dall-e", "gpt-image")
NAMES = re.compile(r"\b(" + "|".join(re.escape(v).replace(r"\ ", r"[\s_-]*") for v in VENDORS) + r")\b", re.I)
# The stages a spec passes through on its way to a client, and the mock built from them; upkeep/ reads the
# vendors' documents and names their kinds, so it is not one of them.
STAGES = ("runtime", "parser", "emit", "contract", "mock", "speed", "output")
FILES = ("cli.py", "pipeline.py", "helptext.py", "__init__.py", "__main__.py")


def _sources() -> list[Path]:
    found = [path for stage in STAGES for path in (PACKAGE / stage).rglob("*") if path.suffix in (".py", ".j2")]
    return found + [PACKAGE / name for name in FILES if (PACKAGE / name).exists()]


def test_the_pattern_finds_each_vendor_however_it_is_written() -> None:
    text = "Segmind, PRUNA, replicate.com, api.bfl.ai, Black Forest Labs, black_forest, fal.ai, OpenAI, Stability"
    assert len(NAMES.findall(text)) == 9
    assert not NAMES.findall("false fallback falsy stable bfloat")


def test_no_vendor_name_in_the_runtime_generator_or_mock() -> None:
    sources = _sources()
    assert len(sources) > 50
    found = [
        f"{path.relative_to(PACKAGE)}:{number}: {line.strip()}"
        for path in sources
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if NAMES.search(line)
    ]
    assert not found, "\n".join(found)
