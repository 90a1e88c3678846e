"""The `direct` protocol as client surfaces: `AsyncDirectSurface` (written by hand in client_async.py) and
`SyncDirectSurface` (generated from it into client_sync.py by scripts/unasync.py)."""

from __future__ import annotations

from .client_async import AsyncDirectSurface
from .client_sync import SyncDirectSurface

__all__ = ["AsyncDirectSurface", "SyncDirectSurface"]
