"""Shared fixtures: a real temp data dir per test, opened through the app's own start-up path."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("REJECTION_DESKTOP_DATA_DIR", None)
sys.path.insert(0, str(Path(__file__).parent))

from helpers.clock import FakeClock

from rejection_desktop.app.context import AppContext, Services, open_context


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
