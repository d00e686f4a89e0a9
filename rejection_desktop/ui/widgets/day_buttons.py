"""A row of seven checkable weekday buttons (Monday first, the user's short day names) that
stands for a weekday mask: bit 0 is Monday, as ``services.reminders`` stores it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

DAY_BUTTON_STYLE = """
QToolButton#dayButton { padding: 3px 6px; border: 1px solid palette(mid); border-radius: 6px;
    background: palette(button); color: palette(button-text); }
QToolButton#dayButton:checked { background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); font-weight: 600; }
QToolButton#dayButton:focus { border: 2px solid palette(link); }
QToolButton#addTime { padding: 3px 8px; }
"""
"""Chosen days must stand out in light and dark palettes alike."""


def day_buttons(accessible_name: Callable[[str], str]) -> list[QToolButton]:
    """Seven checkable buttons, Monday first; ``accessible_name(full day name)`` names each."""
    locale = QLocale()
    buttons = []
    for day in range(7):
        day_button = QToolButton()
        day_button.setObjectName("dayButton")
        day_button.setCheckable(True)
        day_button.setText(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
        day_button.setAccessibleName(accessible_name(locale.dayName(day + 1)))
        day_button.setMinimumWidth(44)
        buttons.append(day_button)
    return buttons


class WeekdayRow(QWidget):
    """The seven day buttons in a row, read and set as a weekday mask."""

    changed = Signal(int)

    def __init__(self, accessible_name: Callable[[str], str], mask: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DAY_BUTTON_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons = day_buttons(accessible_name)
        for day, day_button in enumerate(self.buttons):
            day_button.setChecked(bool(mask & (1 << day)))
            day_button.toggled.connect(lambda _on: self.changed.emit(self.weekdays()))
            layout.addWidget(day_button)
        layout.addStretch(1)

    def weekdays(self) -> int:
        """The chosen days as a weekday mask (bit 0: Monday)."""
        return sum(1 << day for day, b in enumerate(self.buttons) if b.isChecked())
