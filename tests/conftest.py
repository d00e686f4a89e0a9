"""Shared fixtures: a real temp data dir per test, opened through the app's own start-up path."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("REJECTION_DESKTOP_DATA_DIR", None)
sys.path.insert(0, str(Path(__file__).parent))

from rejection_desktop.context import AppContext, Services, open_context


class FakeClock:
    """A clock tests can stop and move: ``clock()`` returns the current fake instant."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def context(data_dir: Path, clock: FakeClock) -> Iterator[AppContext]:
    """A freshly created, migrated and seeded journal in a temp folder."""
    ctx = open_context(data_dir, clock)
    yield ctx
    ctx.close()


@pytest.fixture
def services(context: AppContext) -> Services:
    return context.services
