"""Write the synchronous twin of each hand-written asynchronous runtime module.

The async module is the only one written by hand; its sync twin is the same text with the substitutions
below, applied line by line at word boundaries (the approach of httpcore's unasync script). Both are checked
in; `make check` runs `--check`, so a twin edited by hand or left stale fails CI.

    python scripts/unasync.py            rewrite every sync twin from its async source
    python scripts/unasync.py --check    change nothing; exit 1 naming each stale twin and its first wrong line

Standard library only. A substitution no source uses is an error too: the table says what the sources need.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (pattern, replacement), in order; each pattern is matched at word boundaries (at its start only when it ends
# in a space).
SUBSTITUTIONS: list[tuple[str, str]] = [
    (r"httpx\.AsyncClient", "httpx.Client"),
    (r"Async(Client|\w+Surface)", r"Sync\1"),
    (r"Async(\w+)", r"\1"),  # AsyncPredictions, AsyncFiles, AsyncPredictionResult, AsyncSleeper
    (r"async def", "def"),
    (r"await ", ""),
    (r"run_async", "run_sync"),
    (r"aclose", "close"),
    (r"__aenter__", "__enter__"),
    (r"__aexit__", "__exit__"),
    (r"import anyio", "import time"),
    (r"anyio\.sleep", "time.sleep"),
    (r"client_async", "client_sync"),
    (r"an asynchronous", "a synchronous"),
    (r"asynchronous", "synchronous"),
]

# (hand-written async source, generated sync twin), relative to the runtime package.
PAIRS: list[tuple[str, str]] = [
    ("client_async.py", "client_sync.py"),
    ("protocols/direct/client_async.py", "protocols/direct/client_sync.py"),
    ("protocols/predictions/client_async.py", "protocols/predictions/client_sync.py"),
]


def runtime_folder(root: Path) -> Path:
    """The runtime package (imagegen_specgen/runtime), found by its first pair: the script survives a move of it."""
    found = sorted(root.glob(f"*/runtime/{PAIRS[0][0]}"))
    if len(found) != 1:
        raise SystemExit(f"unasync: expected one */runtime/{PAIRS[0][0]} under {root}, found {len(found)}")
    return found[0].parent


HEADER = "# Generated from {source} by scripts/unasync.py: edit that file and run the script, not this one.\n"
_COMPILED = [
    (re.compile(rf"(?<!\w){pattern}" + ("" if pattern.endswith(" ") else r"(?!\w)")), replacement)
    for pattern, replacement in SUBSTITUTIONS
]
_FROM_IMPORT = re.compile(r"^(\s*from \S+ import )([\w, ]+)$")


def unasync_line(line: str, used: set[int]) -> str:
    """`line` with every substitution applied; the names of a one-line `from ... import` it changed re-sorted
    the way ruff's isort orders them (a renamed class may no longer be in order)."""
    original = line
    for index, (pattern, replacement) in enumerate(_COMPILED):
        line, count = pattern.subn(replacement, line)
        if count:
            used.add(index)
    found = _FROM_IMPORT.match(line.rstrip("\n"))
    if found and line != original:
        names = sorted(found.group(2).split(", "), key=_import_order)
        line = found.group(1) + ", ".join(names) + ("\n" if line.endswith("\n") else "")
    return line


def _import_order(name: str) -> tuple[int, str, str]:
    kind = 0 if name.isupper() and len(name) > 1 else 1 if name[:1].isupper() else 2  # CONSTANT, Class, function
    return kind, name.lower(), name


def unasync_text(source: str, text: str, used: set[int]) -> str:
    return HEADER.format(source=source) + "".join(unasync_line(line, used) for line in text.splitlines(True))


def main(argv: list[str]) -> int:
    check = "--check" in argv
    unknown = [arg for arg in argv if arg != "--check"]
    if unknown:
        print(f"unasync: unknown argument {unknown[0]!r}; usage: python scripts/unasync.py [--check]", file=sys.stderr)
        return 2
    used: set[int] = set()
    stale = []
    runtime = runtime_folder(ROOT)
    for source, target in PAIRS:
        expected = unasync_text(Path(source).name, (runtime / source).read_text(encoding="utf-8"), used)
        path = runtime / target
        shown = path.relative_to(ROOT).as_posix()
        actual = path.read_text(encoding="utf-8") if path.exists() else None
        if actual == expected:
            continue
        if check:
            stale.append(f"{shown}: {_first_difference(actual, expected)}")
        else:
            path.write_text(expected, encoding="utf-8")
            print(f"unasync: wrote {shown} from {source}")
    unused = [SUBSTITUTIONS[index][0] for index in range(len(SUBSTITUTIONS)) if index not in used]
    for message in stale:
        print(f"unasync: {message}", file=sys.stderr)
    if stale:
        print("unasync: the sync twins are generated: run `python scripts/unasync.py`", file=sys.stderr)
    if unused:
        print(f"unasync: substitutions no source uses (remove them): {unused}", file=sys.stderr)
    return 1 if stale or unused else 0


def _first_difference(actual: str | None, expected: str) -> str:
    if actual is None:
        return "missing"
    have, want = actual.splitlines(), expected.splitlines()
    for number, (line, wanted) in enumerate(zip(have, want, strict=False), start=1):
        if line != wanted:
            return f"line {number} is {line!r}, expected {wanted!r}"
    if len(have) < len(want):
        return f"ends at line {len(have)}; expected line {len(have) + 1}: {want[len(have)]!r}"
    return f"line {len(want) + 1} is {have[len(want)]!r}, expected the end of the file"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
