"""Where each output file goes as soon as its text is final: compared with the output folder, and staged aside
when it must be written. A run then holds one file's text at a time and, for the manifest, only digests.

Nothing reaches the output folder before every file is known: `generate` stages what differs in a scratch
folder beside the output (a new output folder is built there whole and renamed into place), decides what it
may replace (ownership.py) and refuses before the first write; `check` only compares. The scratch folder is
removed whatever happens.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from . import ownership
from .atomic import default_mode, replace_file
from .manifest import MANIFEST, digest, manifest_text
from .write import difference


class Staging:
    """A scratch folder beside the output, laid out like it, made on first use (`check` with every file cached
    makes none)."""

    def __init__(self, parent: Path) -> None:
        self.parent = parent
        self._root: Path | None = None

    @property
    def root(self) -> Path:
        if self._root is None:
            self.parent.mkdir(parents=True, exist_ok=True)
            self._root = Path(tempfile.mkdtemp(prefix=".generated-", dir=self.parent))
        return self._root

    def path(self, relative: str) -> Path:
        return self.root / relative

    def write(self, relative: str, data: bytes) -> None:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(data)

    def read(self, relative: str) -> bytes:
        return (self.root / relative).read_bytes()

    def take(self) -> Path | None:
        """The folder, handed over to the caller (who renames it): no longer removed by remove()."""
        root, self._root = self._root, None
        return root

    def remove(self) -> None:
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None


class Sink:
    """Receives every output file once, by its path relative to the output folder; keeps its digest."""

    def __init__(self, out: Path, staging: Staging) -> None:
        self.out = out
        self.staging = staging
        self.digests: dict[str, str] = {}

    def add(self, relative: str, data: bytes, *, staged: bool = False) -> None:
        """`data` is the file's final content; `staged`: the staging folder holds it already at `relative`."""
        if relative in self.digests:
            raise RuntimeError(f"two outputs at {relative}")
        self.digests[relative] = digest(data)
        self.take(relative, data, staged)

    def take(self, relative: str, data: bytes, staged: bool) -> None:
        raise NotImplementedError

    def manifest(self) -> bytes:
        return manifest_text(self.digests).encode("utf-8")

    def prepare_fork(self) -> None:
        """Before another process adds files too (speed/aside.py): what both must share exists."""

    def mark(self) -> tuple[int, ...]:
        """Where the files received so far end: since() gives what was received after."""
        return (len(self.digests),)

    def since(self, mark: tuple[int, ...]) -> tuple[Any, ...]:
        """What was received after `mark` (in a forked process), for merge() in the process that forked it."""
        return (list(self.digests.items())[mark[0] :],)

    def merge(self, received: tuple[Any, ...]) -> None:
        for relative, value in received[0]:
            if relative in self.digests:
                raise RuntimeError(f"two outputs at {relative}")
            self.digests[relative] = value


class Writer(Sink):
    """`generate`: stages what must be written, then (finish) writes it if the ownership rules allow it all."""

    def __init__(self, out: Path, staging: Staging, recorded: dict[str, str] | None) -> None:
        super().__init__(out, staging)
        self.fresh = not out.exists()  # built whole in the staging folder, then renamed into place
        self.recorded = recorded or {}
        self.plan = ownership.Plan()
        self.folder = ownership.Folder(out)

    def prepare_fork(self) -> None:
        self.staging.root  # noqa: B018 (made now, so that both processes stage into one folder)

    def mark(self) -> tuple[int, ...]:
        return (*super().mark(), *(len(entries) for entries in self._lists()))

    def since(self, mark: tuple[int, ...]) -> tuple[Any, ...]:
        return (*super().since(mark), *(entries[at:] for entries, at in zip(self._lists(), mark[1:], strict=True)))

    def merge(self, received: tuple[Any, ...]) -> None:
        super().merge(received)
        for entries, more in zip(self._lists(), received[1:], strict=True):
            entries.extend(more)

    def _lists(self) -> tuple[list[str], ...]:
        return (self.plan.write, self.plan.foreign, self.plan.edited, self.plan.blocked)

    def take(self, relative: str, data: bytes, staged: bool) -> None:
        if not self.fresh:
            found = ownership.classify(relative, data, self.out, self.recorded, self.folder)
            if found is None:
                return  # the output holds it already
            kind, entry = found
            getattr(self.plan, kind).append(entry)
            if kind == "blocked":
                return
        if not staged:
            self.staging.write(relative, data)

    def finish(self, *, overwrite: bool) -> list[str]:
        """Make the output folder hold every file received; returns notes on what was kept."""
        manifest = self.manifest()
        if self.fresh:
            self.staging.write(MANIFEST, manifest)
            root = self.staging.root
            _make_public(root)
            self.out.parent.mkdir(parents=True, exist_ok=True)
            root.rename(self.out)
            self.staging.take()
            return []
        for entries in (self.plan.write, self.plan.foreign, self.plan.edited, self.plan.blocked):
            entries.sort()
        ownership.plan_removals(self.plan, self.digests, self.out, self.recorded, self.folder)
        notes = ownership.apply(self.plan, self.digests, self.out, self._put, manifest, overwrite=overwrite)
        return notes + ownership.kept_note(ownership.user_files(self.out, self.digests, self.recorded))

    def _put(self, relative: str) -> None:
        """The staged file renamed over the output's (keeping a replaced file's mode), copied across devices."""
        source, target = self.staging.path(relative), self.out / relative
        try:
            mode = os.stat(target).st_mode & 0o7777
        except FileNotFoundError:
            mode = default_mode()
        try:
            os.chmod(source, mode)
            os.replace(source, target)
        except OSError:
            replace_file(target, source.read_bytes())


class Comparer(Sink):
    """`check`: the differences between the files received and the output folder, file by file."""

    def __init__(self, out: Path, staging: Staging, context_lines: int = 40) -> None:
        super().__init__(out, staging)
        self.context_lines = context_lines
        self.reports: dict[str, list[str]] = {}

    def since(self, mark: tuple[int, ...]) -> tuple[Any, ...]:
        return (
            *super().since(mark),
            [(name, self.reports[name]) for name, _ in super().since(mark)[0] if name in self.reports],
        )

    def merge(self, received: tuple[Any, ...]) -> None:
        super().merge(received)
        self.reports.update(received[1])

    def take(self, relative: str, data: bytes, staged: bool) -> None:
        found = difference(relative, data, self.out, self.context_lines)
        if found:
            self.reports[relative] = found

    def finish(self, recorded: dict[str, str] | None) -> list[str]:
        """Report lines for every file that differs or is missing, and for every file the manifest `recorded`
        that no spec produces now, in the order of their names."""
        self.take(MANIFEST, self.manifest(), False)
        for name in (recorded or {}).keys() - self.digests.keys() - {MANIFEST}:
            try:
                os.stat(self.out / name)
            except (FileNotFoundError, NotADirectoryError):
                continue
            self.reports[name] = [f"not produced by any spec: {name}"]
        return [line for name in sorted(self.reports) for line in self.reports[name]]


def _make_public(folder: Path) -> None:
    """The mode a plain mkdir gives (mkdtemp's is private to the owner): the output folder is an ordinary one."""
    folder.chmod(0o777 & ~_umask())


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask
