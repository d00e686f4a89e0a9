"""Every page and dialog as a screen reader gets it from Qt: each interactive control has a
name and a role, each chart a name and a text alternative, and Tab never puts the focus on a
control nobody can see. (``tests/integration/test_screen_reader.py`` drives the same through
AT-SPI on a real display.)"""

from __future__ import annotations

import pytest
from helpers.every_view import every_view, journal_with_entries
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from rejection_desktop.app.assemble import assemble

INTERACTIVE = (QAbstractButton, QAbstractItemView, QAbstractSlider, QAbstractSpinBox, QComboBox,
               QLineEdit, QPlainTextEdit, QTextEdit)
STRUCTURE = (QScrollBar, QHeaderView)
"""Read by their role (a scroll bar, a table's column headers): no name of their own."""


@pytest.fixture
def assembled(qtbot, context):
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    shell.window.resize(1100, 720)
    yield shell
    runtime.shutdown()


def spoken(widget: QWidget, what: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(what).strip() if interface is not None else ""


def unnamed(window: QWidget) -> list[str]:
    """Visible interactive controls without a name, and charts without a text alternative."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox,
                                                                         QAbstractSpinBox)):
            continue  # the editor inside a combo or spin box: its owner carries the name
        if isinstance(widget, QChartView):
            if not spoken(widget, QAccessible.Text.Name) or not (
                    spoken(widget, QAccessible.Text.Description)
                    or widget.accessibleDescription()):
                found.append(f"chart {widget.objectName() or type(widget).__name__}")
        elif (isinstance(widget, INTERACTIVE) and not isinstance(widget, STRUCTURE)
              and not spoken(widget, QAccessible.Text.Name)):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} "
                         f"{getattr(widget, 'text', lambda: '')()!r}")
    return found


def invisible_focus(qtbot, window: QWidget) -> list[str]:
    """Tab round the window: every control that takes the focus must be one a person sees."""
    window.activateWindow()
    found = []
    for _ in range(60):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        # a scroll area is seen by its frame (the focus border), not by its covered inside
        if not focused.isVisible() or (not isinstance(focused, QAbstractScrollArea)
                                       and focused.visibleRegion().isEmpty()):
            found.append(f"{type(focused).__name__} {focused.accessibleName()!r}")
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    return found


def test_every_control_has_a_name_and_the_focus_stays_visible(qtbot, assembled, services):
    ids = journal_with_entries(services)
    problems: dict[str, list[str]] = {}
    for name, window in every_view(assembled, ids):
        found = unnamed(window) + invisible_focus(qtbot, window)
        if found:
            problems[name] = sorted(set(found))
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
