"""What `generate` may touch in an output folder, decided before anything is written.

The generator replaces or removes a file only when the folder's manifest lists it and the file still holds
what the manifest recorded. Everything else is the user's: a file edited since it was generated, a file at
a path the generator wants, any other file (notes, `.git/`, a helper module inside the package) is kept,
and a run that would have to overwrite one fails listing them, unless the caller says `--overwrite`.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from ..parser.bounded import kind
from .atomic import replace_file
from .manifest import MANIFEST, OutputError, read_manifest

LISTED = 20  # names shown per list in a message; the count says how many more
# Never the user's files, never compared: caches a Python run or an editable install leaves behind.
CACHES = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache")


def _cache(name: str) -> bool:
    return name in CACHES or name.endswith(".egg-info")


def _empty(folder: Path) -> bool:
    with os.scandir(folder) as entries:
        return not any(entries)


def prepare_output(out: Path, specs: Path, *, adopt: bool) -> dict[str, str] | None:
    """The recorded files of `out` (empty when it is new or empty, or adopted with --adopt), or OutputError
    when the generator must not write there. Runs before anything, the cache included, is written."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out}: found a file, not a folder; give a folder for the generated client")
    if out.is_symlink() and not out.exists():
        raise OutputError(f"--out {out}: found a symlink to nothing; give a folder for the generated client")
    real_out, real_specs = Path(os.path.realpath(out)), Path(os.path.realpath(specs))
    if real_out == real_specs or real_specs.is_relative_to(real_out) or real_out.is_relative_to(real_specs):
        raise OutputError(
            f"--out {out}: contains, equals or lies inside the specs folder {specs}; generating there would "
            "mix the client with the specs it is read from. Give an output folder beside the specs."
        )
    if not out.exists():
        return None
    recorded = read_manifest(out)
    if recorded is not None:
        return recorded
    if adopt or _empty(out):
        return {}
    raise OutputError(
        f"--out {out}: the folder is not empty and holds no {MANIFEST}, so the generator did not write it "
        "(or wrote it before manifests existed); nothing was written. Give an empty or new folder, or take this "
        "one over with --adopt: the generator then writes its files there, refuses to replace any file that "
        "differs unless --overwrite is given, and never removes a file it did not write."
    )


@dataclass
class Plan:
    write: list[str] = field(default_factory=list)  # new, or the generator's own and unchanged
    remove: list[str] = field(default_factory=list)  # the generator's own, unchanged, no longer produced
    edited: list[str] = field(default_factory=list)  # the generator's own, changed since it was written
    foreign: list[str] = field(default_factory=list)  # a file the generator did not write, at a path it wants
    blocked: list[str] = field(default_factory=list)  # what even --overwrite cannot replace, with the reason


class Folder:
    """Answers about `root` and the folders inside it, each looked up once."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.real = Path(os.path.realpath(root))
        self.folders: dict[str, str | None] = {}  # relative folder -> why it cannot hold a file, or None

    def problem(self, relative: str) -> str | None:
        """Why the folders leading to `relative` cannot hold a file the generator writes or removes."""
        parts = relative.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folder = "/".join(parts[:depth])
            if folder not in self.folders:
                self.folders[folder] = self._folder_problem(folder)
            if self.folders[folder] is not None:
                return self.folders[folder]
        return None

    def _folder_problem(self, folder: str) -> str | None:
        path = self.root / folder
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return None
        if stat.S_ISLNK(info.st_mode) and not Path(os.path.realpath(path)).is_relative_to(self.real):
            return f"{folder} is a symlink leading outside the output folder"
        if not path.is_dir():
            return f"{folder} is a file where the generator needs a folder"
        return None


def _file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


def _holds(path: Path, data: bytes) -> bool:
    """Whether the regular file `path` holds exactly `data` (read only when the sizes agree)."""
    return os.lstat(path).st_size == len(data) and path.read_bytes() == data


def classify(relative: str, data: bytes, out: Path, recorded: dict[str, str], folder: Folder) -> tuple[str, str] | None:
    """What making `out/relative` hold `data` takes: None when it already does, else (the Plan list it goes
    to, the entry), given the files the manifest `recorded`."""
    blocked = folder.problem(relative)
    if blocked is not None:
        return "blocked", f"{relative} ({blocked})"
    path = out / relative
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "write", relative
    if stat.S_ISLNK(info.st_mode):
        return "foreign", relative  # the generator writes files, never links
    if not stat.S_ISREG(info.st_mode):
        return "blocked", f"{relative} (found {kind(info.st_mode)})"
    if _holds(path, data):
        return None
    if relative not in recorded:
        return "foreign", relative
    if _file_digest(path) == recorded[relative]:
        return "write", relative
    return "edited", relative


def plan_removals(plan: Plan, produced: Collection[str], out: Path, recorded: dict[str, str], folder: Folder) -> None:
    """Add to `plan` the recorded files no spec produces now: removed when unedited, else reported as edited."""
    for relative in sorted(recorded.keys() - set(produced)):
        path = out / relative
        if folder.problem(relative) is not None or not os.path.lexists(path):
            continue  # gone already, or not where the generator put it: nothing of its own to remove
        info = os.lstat(path)
        if stat.S_ISREG(info.st_mode) and _file_digest(path) == recorded[relative]:
            plan.remove.append(relative)
        elif not stat.S_ISDIR(info.st_mode):
            plan.edited.append(relative)


def _listed(names: list[str]) -> str:
    shown = [f"  {name}" for name in names[:LISTED]]
    if len(names) > LISTED:
        shown.append(f"  ... and {len(names) - LISTED} more")
    return "\n".join(shown)


def refusal(plan: Plan, out: Path, *, overwrite: bool) -> str | None:
    """The message of a run that would replace or remove what the generator cannot prove is its own."""
    parts: list[str] = []
    if plan.blocked:
        parts.append(f"cannot be written (not even with --overwrite):\n{_listed(plan.blocked)}")
    if plan.edited and not overwrite:
        parts.append(f"changed since the generator wrote them (kept as they are):\n{_listed(plan.edited)}")
    if plan.foreign and not overwrite:
        parts.append(f"exist and were not written by the generator (kept as they are):\n{_listed(plan.foreign)}")
    if not parts:
        return None
    again = [] if plan.blocked else ["Run again with --overwrite to replace them with what the specs produce."]
    return "\n".join([f"--out {out}: nothing was written; these files", *parts, *again])


def apply(
    plan: Plan, files: Collection[str], out: Path, put: Callable[[str], None], manifest: bytes, *, overwrite: bool
) -> list[str]:
    """Carry out `plan` (refused before anything is written when refusal() says so): `put(relative)` makes
    `out/relative` hold the new text of a file of `files`; the manifest is written last. Returns notes for the
    user: what was kept."""
    problem = refusal(plan, out, overwrite=overwrite)
    if problem is not None:
        raise OutputError(problem)
    removed: set[str] = set()
    for relative in sorted(plan.write + plan.foreign + [p for p in plan.edited if p in files]):
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        put(relative)
    for relative in sorted(plan.remove + [p for p in plan.edited if p not in files]):
        removed.add(relative)
        os.unlink(out / relative)
    if not (out / MANIFEST).is_file() or not _holds(out / MANIFEST, manifest):
        replace_file(out / MANIFEST, manifest)  # last: until here the old one proves what is still the generator's
    return _remove_emptied_folders(removed, files, out)


def _remove_emptied_folders(removed: set[str], files: Collection[str], out: Path) -> list[str]:
    """Folders that held removed files and no longer hold any generated file: removed when empty, else kept."""
    wanted = {"/".join(p.split("/")[:i]) for p in files for i in range(1, p.count("/") + 1)}
    folders = {"/".join(p.split("/")[:i]) for p in removed for i in range(1, p.count("/") + 1)} - wanted
    notes: list[str] = []
    for folder in sorted(folders, key=lambda f: (-f.count("/"), f)):  # deepest first
        path = out / folder
        if not path.is_dir() or path.is_symlink():
            continue
        if _empty(path):
            path.rmdir()
        else:
            notes.append(
                f"kept the folder {folder}/: no spec produces it now, but it holds files the generator did not write"
            )
    return sorted(notes)


def user_files(out: Path, files: Collection[str], recorded: dict[str, str] | None = None) -> list[str]:
    """Files inside the generated folders (the package, the contract tests, the docs, ...) that the generator
    neither writes nor recorded: the user's, always kept. Caches are left out."""
    known = set(files) | (recorded or {}).keys()
    tops = sorted({p.split("/", 1)[0] for p in files if "/" in p})
    found: list[str] = []
    for top in tops:
        if not (out / top).is_dir() or (out / top).is_symlink():
            continue
        for folder, subfolders, names in os.walk(out / top):
            subfolders[:] = sorted(d for d in subfolders if not _cache(d))
            prefix = Path(folder).relative_to(out).as_posix()
            found.extend(f"{prefix}/{name}" for name in sorted(names) if f"{prefix}/{name}" not in known)
    return found


def kept_note(names: list[str]) -> list[str]:
    if not names:
        return []
    count = len(names)
    head = f"kept {count} file{'s' if count != 1 else ''} the generator did not write, inside the folders it generates:"
    return [head, _listed(names)]
