"""The command line's tests run against the mock provider of tests/mock (same fixtures, same speed-up)."""

from __future__ import annotations

from tests.mock.conftest import _fresh, project, server

__all__ = ["_fresh", "project", "server"]
