"""Where the command line saves an output: `-o FILE`, `-o DIR/` or `-o NAME` without an extension (named by the
media type the saved bytes turn out to have), and whether a chosen extension matches them.

The media type is read from the first bytes of the saved file (the answer's Content-Type is not always known
before a streamed download ends, and some providers send a generic one). Only the command line imports this.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

# (media type, its usual extension, other extensions that name it)
_TYPES = (
    ("image/png", ".png", ()),
    ("image/jpeg", ".jpg", (".jpeg", ".jpe")),
    ("image/webp", ".webp", ()),
    ("image/gif", ".gif", ()),
    ("video/mp4", ".mp4", (".m4v",)),
    ("video/quicktime", ".mov", ()),
    ("video/webm", ".webm", ()),
)
_EXTENSIONS = {ext: media for media, main, others in _TYPES for ext in (main, *others)}
_MAIN = {media: main for media, main, _ in _TYPES}


def sniff(head: bytes) -> str | None:
    """The media type of a file that starts with `head` (at least 16 bytes), or None when it is none of _TYPES."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[4:8] == b"ftyp":
        return "video/quicktime" if head[8:10] == b"qt" else "video/mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    return None


def extension_media(path: Path) -> str | None:
    """The media type a file name's extension names, or None (no extension, or one not in _TYPES)."""
    return _EXTENSIONS.get(path.suffix.lower())


def wants_name(argument: str) -> bool:
    """True when `-o` names a folder or a name without extension: the saved file is named by its media type."""
    path = Path(argument)
    return argument.endswith((os.sep, "/")) or path.is_dir() or not path.suffix


def save(write: Callable[[Path], Path], argument: str, stem: str) -> tuple[Path, str | None]:
    """Save through `write` (the result's save) where `-o argument` says; the path and a warning, if any.

    A folder gets `<stem>.<ext>` (with -2, -3, ... rather than replacing a file already there); a name without
    extension gets the extension. Either is written under a temporary name first, which is removed on failure.
    """
    if not wants_name(argument):
        target = write(Path(argument))
        return target, _mismatch(target)
    folder_given = argument.endswith((os.sep, "/")) or Path(argument).is_dir()
    folder, name = (Path(argument), stem) if folder_given else (Path(argument).parent, Path(argument).name)
    if not folder.is_dir():
        raise FileNotFoundError(f"no directory {str(folder)!r}")
    temporary = folder / f".{name}.{os.getpid()}.partial"
    try:
        write(temporary)
        media = _media_of(temporary)
        extension = _MAIN.get(media or "", ".bin")
        target = folder / f"{name}{extension}"
        if folder_given:
            number = 2
            while target.exists():
                target, number = folder / f"{name}-{number}{extension}", number + 1
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    warning = None if media else f"the output is none of the known media types; saved as {target.name}"
    return target, warning


def _media_of(path: Path) -> str | None:
    with path.open("rb") as file:
        return sniff(file.read(16))


def _mismatch(target: Path) -> str | None:
    named, found = extension_media(target), _media_of(target)
    if found is None or named == found:
        return None
    says = f"the extension says {named}" if named else f"the extension {target.suffix or '(none)'} names no media type"
    better = target.with_suffix(_MAIN[found]).name
    return f"{target} holds {found} ({says}); name it {better}, or pass -o DIR/ to have it named by its type"
