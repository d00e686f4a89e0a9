"""Every page and dialog at 800x600: no clipped label or button, no sideways scrolling.

A label that does not wrap, a button, a check box or a radio button narrower than its size
hint shows its text cut ("ew challeng"); a line edit squeezed below a readable width shows
"S…"; a horizontal scroll bar means the page does not fit. Dialogs open at their natural size
limited to the screen, as a window manager would show them.
"""

from __future__ import annotations

import pytest
from helpers.every_view import every_view, journal_with_entries, settle
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QWidget,
)

from rejection_desktop.app.assemble import assemble

SCREEN = (800, 600)
MIN_SEARCH_WIDTH = 160
"""A search or text box narrower than this cannot show what it is for."""


def clipped(window: QWidget) -> list[str]:
    """What is cut or scrolls sideways among the visible widgets of ``window``."""
    problems = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window) \
                or widget.width() <= 0:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text() and not widget.wordWrap() \
                and widget.pixmap().isNull() and widget.width() < widget.sizeHint().width():
            problems.append(f"label {widget.text()[:40]!r}: {widget.width()} < "
                            f"{widget.sizeHint().width()}")
        elif isinstance(widget, QLabel) and widget.text() and widget.wordWrap() \
                and widget.height() < widget.heightForWidth(widget.width()):
            problems.append(f"label {widget.text()[:40]!r}: {widget.height()} px high < "
                            f"{widget.heightForWidth(widget.width())}")
        elif isinstance(widget, QAbstractButton) and widget.text() \
                and widget.width() < widget.sizeHint().width():
            problems.append(f"button {widget.text()!r}: {widget.width()} < "
                            f"{widget.sizeHint().width()}")
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox) \
                and widget.placeholderText() and widget.width() < MIN_SEARCH_WIDTH:
            problems.append(f"line edit {widget.placeholderText()[:30]!r}: {widget.width()}")
        elif isinstance(widget, QComboBox) and widget.width() < widget.minimumSizeHint().width():
            problems.append(f"combo {widget.currentText()!r}: {widget.width()}")
        parent = widget.parentWidget()
        if parent is not None and not in_scroll_area(widget, window) \
                and not parent.rect().contains(widget.geometry()):
            problems.append(f"{name} {accessible(widget)!r} cut off by its parent: "
                            f"{widget.geometry()} outside {parent.rect()}")
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QTableView) \
                and widget.horizontalScrollBar().isVisible():
            problems.append(f"{name} scrolls sideways")
    return problems


def in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    """True inside a scroll area's viewport (where content larger than the view is normal)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def accessible(widget: QWidget) -> str:
    return widget.accessibleName() or getattr(widget, "text", lambda: "")()


@pytest.fixture
def assembled(qtbot, context):
    shell, runtime = assemble(QApplication.instance(), context)
    qtbot.addWidget(shell.window)
    yield shell
    runtime.shutdown()


def test_every_page_and_dialog_fits_800_by_600(assembled, services):
    ids = journal_with_entries(services)
    window = assembled.window
    window.resize(*SCREEN)
    problems: dict[str, list[str]] = {}
    seen = []
    for name, shown in every_view(assembled, ids):
        seen.append(name)
        if not isinstance(shown, QMainWindow):
            minimum = shown.minimumSizeHint().expandedTo(shown.minimumSize())
            if minimum.width() > SCREEN[0] or minimum.height() > SCREEN[1]:
                problems.setdefault(name, []).append(
                    f"needs at least {minimum.width()}x{minimum.height()}")
            hint = shown.sizeHint()
            shown.resize(min(hint.width(), SCREEN[0]), min(hint.height(), SCREEN[1]))
            settle()
        found = clipped(shown)
        if shown.width() > SCREEN[0] or shown.height() > SCREEN[1]:
            found.append(f"shown at {shown.width()}x{shown.height()}")
        if found:
            problems.setdefault(name, []).extend(found)
    assert "challenges-ladder" in seen and "form-log" in seen
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
