"""Driving widgets with real input events and counting what the user had to press.

``InputCounter`` sends real mouse and key events (through QTest, as pytest-qt does) and keeps
a tally: every click and every key press (a shortcut such as Ctrl+Enter is one press) counts as
one step; typed text is logged but not counted, because the brief measures the effort *besides*
what the user writes. ``steps`` is the figure a test compares with its budget; ``log`` says
what each step was, for a readable failure message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QRadioButton,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QWidget,
)

MAX_SLIDER_CLICKS = 30
"""A slider that needs more clicks than this to reach a value is treated as broken."""


@dataclass
class InputCounter:
    """Sends clicks and keys to widgets and counts them (typed text is free)."""

    clicks: int = 0
    keys: int = 0
    typed_chars: int = 0
    log: list[str] = field(default_factory=list)

    @property
    def steps(self) -> int:
        """Clicks plus key presses: the effort the quick path is measured by."""
        return self.clicks + self.keys

    def report(self) -> str:
        return f"{self.steps} steps ({self.clicks} clicks, {self.keys} keys): " + "; ".join(
            self.log)

    # mouse -------------------------------------------------------------------------------------
    def click(self, widget: QWidget, pos: QPoint | None = None, what: str = "") -> None:
        """One left click, on ``pos`` or where a person would click the widget."""
        assert widget.isVisible(), f"clicking a hidden widget: {what or widget}"
        assert widget.isEnabled(), f"clicking a disabled widget: {what or widget}"
        if pos is None and isinstance(widget, (QCheckBox, QRadioButton)):
            pos = QPoint(8, widget.height() // 2)  # on the indicator
        if pos is None:
            pos = widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
        self.clicks += 1
        self.log.append(f"click {what or _name(widget)}")
        QApplication.processEvents()

    def set_slider(self, slider: QSlider, value: int, what: str = "") -> int:
        """Click the slider's track where ``value`` lies until it shows ``value`` (give or
        take the one value a pixel may hold); returns the value shown. A slider that jumps to
        the click needs one click; one that pages towards it needs several."""
        pos = slider_point(slider, value)
        for _ in range(MAX_SLIDER_CLICKS):
            if abs(slider.value() - value) <= 1 and slider.property("unrated") is not True:
                return slider.value()
            self.click(slider, pos, what or f"slider {slider.accessibleName()} at {value}")
        raise AssertionError(f"{slider.accessibleName()} never reached {value}")

    # keyboard ----------------------------------------------------------------------------------
    def key(self, widget: QWidget, key: Qt.Key,
            modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
            what: str = "") -> None:
        """One key press (with its modifier: Ctrl+Enter is one press) on ``widget``."""
        QTest.keyClick(widget, key, modifier)
        self.keys += 1
        self.log.append(f"key {what or key_name(key, modifier)}")
        QApplication.processEvents()

    def tab_to(self, target: QWidget, *, backwards: bool = False, limit: int = 40) -> None:
        """Press Tab (or Shift+Tab), each one counted, until ``target`` has the focus."""
        key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
        modifier = (Qt.KeyboardModifier.ShiftModifier if backwards
                    else Qt.KeyboardModifier.NoModifier)
        for _ in range(limit):
            if target.hasFocus():
                return
            focused = QApplication.focusWidget() or target.window()
            self.key(focused, key, modifier)
        raise AssertionError(f"Tab never reached {_name(target)}")

    def type(self, widget: QWidget, text: str) -> None:
        """Type ``text`` into the widget that has the focus (not counted: it is the content)."""
        assert widget.hasFocus(), f"typing into {_name(widget)}, which has no focus"
        QTest.keyClicks(widget, text)
        self.typed_chars += len(text)
        self.log.append(f"type {len(text)} chars")
        QApplication.processEvents()


def slider_point(slider: QSlider, value: int) -> QPoint:
    """Where on a horizontal slider's track ``value`` lies (the handle's centre there)."""
    option = QStyleOptionSlider()
    slider.initStyleOption(option)
    style = slider.style()
    groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                  QStyle.SubControl.SC_SliderGroove, slider)
    handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                  QStyle.SubControl.SC_SliderHandle, slider)
    span = groove.width() - handle.width()
    x = groove.x() + handle.width() // 2 + QStyle.sliderPositionFromValue(
        slider.minimum(), slider.maximum(), value, span)
    return QPoint(x, groove.center().y())


def _name(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton) and widget.text():
        return repr(widget.text().replace("&", ""))
    return widget.accessibleName() or type(widget).__name__


def key_name(key: Qt.Key, modifier: Qt.KeyboardModifier) -> str:
    name = key.name.removeprefix("Key_")
    if modifier & Qt.KeyboardModifier.ControlModifier:
        name = "Ctrl+" + name
    if modifier & Qt.KeyboardModifier.AltModifier:
        name = "Alt+" + name
    if modifier & Qt.KeyboardModifier.ShiftModifier:
        name = "Shift+" + name
    return name
