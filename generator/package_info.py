"""The generated package's distribution name and version: read from one place, pyproject.toml's [project]."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@dataclass(frozen=True)
class PackageInfo:
    distribution: str
    version: str


def package_info(pyproject: Path = PYPROJECT) -> PackageInfo:
    text = pyproject.read_text(encoding="utf-8")
    if sys.version_info >= (3, 11):
        import tomllib

        project = tomllib.loads(text)["project"]
        return PackageInfo(str(project["name"]), str(project["version"]))
    section = text.split("[project]", 1)[1].split("\n[", 1)[0]  # no tomllib before 3.11: the two plain keys
    fields = dict(re.findall(r'^(name|version)\s*=\s*"([^"]+)"', section, re.M))
    return PackageInfo(fields["name"], fields["version"])
