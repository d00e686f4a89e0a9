"""Driving the attempt and reflection forms the way a person does: clicks and key presses."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget

from rejection_desktop.ui.attempt_flow import AttemptFlow
from rejection_desktop.ui.dialogs.attempt_dialog import AttemptDialog
from rejection_desktop.ui.dialogs.reflection_dialog import ReflectionDialog
from rejection_desktop.ui.widgets.rating import RatingInput


@contextmanager
def running_flow(services, clock) -> Iterator[AttemptFlow]:
    """A flow whose open forms are closed (keeping drafts) afterwards."""
    flow = AttemptFlow(services, None, clock)
    try:
        yield flow
    finally:
        flow.close_all()
        if flow.offer_dialog is not None:
            flow.offer_dialog.close()
        QApplication.processEvents()


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Click into ``widget`` and type ``text`` key by key."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def rate(qtbot, rating: RatingInput, value: int) -> None:
    """Type a rating into the spin box, as a keyboard user would."""
    spin = rating.spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def activate(qtbot, widget: QWidget) -> None:
    """Make the widget's window the active one (shortcuts only reach the active window)."""
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def ctrl_enter(qtbot, widget: QWidget) -> None:
    """Press Ctrl+Enter in ``widget``, as the user would in the active form."""
    activate(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def click(qtbot, widget: QWidget) -> None:
    """Click a button; radio buttons and check boxes on their indicator, where people do."""
    if isinstance(widget, (QCheckBox, QRadioButton)):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_of(flow: AttemptFlow, kind: type) -> list:
    return [d for d in flow.open_dialogs() if isinstance(d, kind)]


def reflection_dialog(flow: AttemptFlow) -> ReflectionDialog:
    [dialog] = open_of(flow, ReflectionDialog)
    return dialog


def attempt_dialog(flow: AttemptFlow) -> AttemptDialog:
    [dialog] = open_of(flow, AttemptDialog)
    return dialog
