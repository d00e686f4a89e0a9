"""Shared fixtures: a real temp data dir per test, holding a real journal file.

The journal is a copy of one template per test run (see ``helpers/journals.py``), created through
the app's own start-up path. Tests are marked by what they need (``markers`` in pyproject.toml);
every test under ``tests/gui`` is marked ``gui`` here.
"""

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
from helpers.journals import new_journal
from hypothesis import HealthCheck, settings
from PySide6.QtCore import QLocale, Qt

from rejection_desktop.platform.l10n import ENGLISH, set_content_language
from rejection_desktop.services.container import AppContext, Services
from rejection_desktop.ui.i18n import uninstall_translators

GUI_TESTS = Path(__file__).parent / "gui"

# Hypothesis's timing checks fail on a busy machine, not on wrong code: no deadline, and no
# complaint when generating examples is slow. Tests still set their own example counts.
settings.register_profile("rejection-desktop", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("rejection-desktop")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui as ``gui``."""
    for item in items:
        if GUI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def english_everywhere() -> Iterator[None]:
    """The library's content language, the installed translators and the default locale are
    process-wide: a test that chose another language leaves the next test as it found it."""
    locale = QLocale()
    yield
    set_content_language(ENGLISH)
    uninstall_translators()
    QLocale.setDefault(locale)


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
    """A migrated and seeded journal in a temp folder (a copy of the run's template)."""
    ctx = new_journal(data_dir, clock)
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
