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
from PySide6.QtCore import Qt

from rejection_desktop.context import AppContext, Services, open_context


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


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot, whose mouse clicks land only where a person could click.

    QTest hands a click straight to the widget, so a click on a hidden or not yet laid-out
    (zero-sized) widget silently does nothing, or does what no one could do on screen; here it
    fails at once, naming the widget.
    """
    send = qtbot.mouseClick

    def mouse_click(widget, button, modifier=Qt.KeyboardModifier.NoModifier, pos=None,
                    delay=-1):
        where = widget.rect().center() if pos is None else pos
        assert widget.isVisible() and widget.rect().contains(where), (
            f"{type(widget).__name__} {widget.objectName() or widget.accessibleName()!r} is "
            f"not on screen to click: visible={widget.isVisible()}, size={widget.size()}")
        return send(widget, button, modifier, where, delay)

    qtbot.mouseClick = mouse_click
    return qtbot
