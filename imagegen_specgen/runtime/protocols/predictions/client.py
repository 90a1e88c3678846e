"""The `predictions` protocol as client surfaces: `AsyncPredictionsSurface` (written by hand in
client_async.py) and `SyncPredictionsSurface` (generated from it into client_sync.py by scripts/unasync.py)."""

from __future__ import annotations

from .client_async import AsyncPredictionsSurface
from .client_sync import SyncPredictionsSurface

__all__ = ["AsyncPredictionsSurface", "SyncPredictionsSurface"]
