"""The app's style: Fusion, plus two behaviours every widget gets when it is polished.

- Spin boxes, date fields and combo boxes take the mouse wheel only when they have the focus:
  scrolling a page over one scrolls the page instead of changing a setting under the pointer.
  They still take the focus on click and Tab (``Qt.StrongFocus``, not ``WheelFocus``).
- Enter and Return click a focused push button everywhere, not only in dialogs (where Qt's
  "auto default" buttons already do it).

Sliders jump to the click in ``widgets.rating.Slider`` itself, not through a ``styleHint``
override here: Qt asks the style for hints hundreds of times per repaint, and each call into
Python waits for the GIL while a long job's worker holds it (a repaint burst during an import
held the window for over 100 ms).

The style is installed once the journal is open (``install``): importing Qt's enums costs more
than start-up can spare before the first paint, and ``theme.apply_look`` keeps it afterwards.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QPushButton,
    QStyleFactory,
    QWidget,
)

STYLE_PROPERTY = "inputStyle"
"""Set on the application once ``AppStyle`` is installed (``theme.apply_look`` keeps it)."""


class InputGuard(QObject):
    """Event filter for the widgets ``AppStyle`` polishes (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, QWidget) \
                and isinstance(event, QWheelEvent) and not watched.hasFocus():
            pass_wheel_on(watched, event)
            return True
        if kind == QEvent.Type.KeyPress and isinstance(watched, QPushButton) \
                and isinstance(event, QKeyEvent) and is_plain_enter(event) \
                and not (watched.autoDefault() or watched.isDefault()):
            watched.click()
            return True
        return False


def is_plain_enter(event: QKeyEvent) -> bool:
    """Return or Enter with no modifier (the keypad's Enter included)."""
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
        and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def pass_wheel_on(widget: QWidget, event: QWheelEvent) -> None:
    """Give a wheel turn over an unfocused field to the scroll area around it (if any)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        event.ignore()
        return
    viewport = parent.viewport()
    position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
    forwarded = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                            event.angleDelta(), event.buttons(), event.modifiers(),
                            event.phase(), event.inverted(), event.source())
    QApplication.sendEvent(viewport, forwarded)
    event.accept()


class AppStyle(QProxyStyle):
    """Fusion with the app's input behaviours (see the module docstring)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.guard = InputGuard(self)

    def polish(self, target: Any) -> Any:  # QWidget, QApplication or QPalette overloads
        if isinstance(target, (QAbstractSpinBox, QComboBox)):
            if target.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            target.installEventFilter(self.guard)
        elif isinstance(target, QPushButton):
            target.installEventFilter(self.guard)
        return super().polish(target)



def install(app: QApplication) -> None:
    """Use ``AppStyle`` from now on (once; later theme changes keep it)."""
    if app.property(STYLE_PROPERTY):
        return
    app.setStyle(AppStyle())
    app.setProperty(STYLE_PROPERTY, True)
