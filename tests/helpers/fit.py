"""What a window shows cut: labels and buttons narrower than their text, squeezed boxes,
children outside their parent, sideways scrolling (the 800x600 and pseudo-locale tests)."""

from __future__ import annotations

from helpers.every_view import settle
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QTableView,
    QWidget,
)

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
                and widget.hasHeightForWidth():  # its text wraps: it needs the lines' height
            if widget.width() < widget.minimumSizeHint().width() \
                    or widget.height() < widget.heightForWidth(widget.width()):
                problems.append(f"wrapping button {widget.text()[:40]!r}: {widget.width()}x"
                                f"{widget.height()} < {widget.minimumSizeHint().width()}x"
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
            problems.append(f"{name} scrolls sideways"
                            f"{widest(widget.widget() or widget, widget.viewport().width())}"
                            if isinstance(widget, QScrollArea) else f"{name} scrolls sideways")
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


def fit_on_screen(shown: QWidget) -> list[str]:
    """Show ``shown`` as on an 800x600 screen (a dialog at its natural size, limited to the
    screen) and list what does not fit."""
    found = []
    if not isinstance(shown, QMainWindow):
        minimum = shown.minimumSizeHint().expandedTo(shown.minimumSize())
        if minimum.width() > SCREEN[0] or minimum.height() > SCREEN[1]:
            found.append(f"needs at least {minimum.width()}x{minimum.height()}"
                         f"{widest(shown, SCREEN[0] - 80)}")
        hint = shown.sizeHint()
        shown.resize(min(hint.width(), SCREEN[0]), min(hint.height(), SCREEN[1]))
        settle()
    found += clipped(shown)
    if shown.width() > SCREEN[0] or shown.height() > SCREEN[1]:
        found.append(f"shown at {shown.width()}x{shown.height()}")
    return found


def widest(window: QWidget, limit: int) -> str:
    """The innermost visible widgets wider than ``limit`` at their minimum (what to fix)."""
    wide = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)
            and w.minimumSizeHint().width() > limit]
    leaves = [w for w in wide if not any(o is not w and w.isAncestorOf(o) for o in wide)]
    return "".join(f"; {type(w).__name__} {accessible(w)[:40]!r} needs "
                   f"{w.minimumSizeHint().width()}" for w in leaves[:3])
