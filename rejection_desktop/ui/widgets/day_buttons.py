"""A row of seven checkable weekday buttons that stands for a weekday mask: bit 0 is Monday,
as ``services.reminders`` stores it (onboarding's nudge days, each nudge in Settings)."""

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
"""
"""Chosen days must stand out in light and dark palettes alike."""


class WeekdayRow(QWidget):
    """Seven checkable buttons, Monday first, the user's short day names;
    ``accessible_name(full day name)`` names each. Read and set as a weekday mask."""

    changed = Signal(int)
    """The new mask, after a click or a key (not after ``set_weekdays``)."""

    def __init__(self, accessible_name: Callable[[str], str], mask: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DAY_BUTTON_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        locale = QLocale()
        self.buttons: list[QToolButton] = []
        for day in range(7):
            day_button = QToolButton()
            day_button.setObjectName("dayButton")
            day_button.setCheckable(True)
            day_button.setText(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            day_button.setAccessibleName(accessible_name(locale.dayName(day + 1)))
            day_button.setMinimumWidth(44)
            day_button.toggled.connect(lambda _on: self.changed.emit(self.weekdays()))
            self.buttons.append(day_button)
            layout.addWidget(day_button)
        layout.addStretch(1)
        self.set_weekdays(mask)

    def set_weekdays(self, mask: int) -> None:
        """Show ``mask`` (bit 0: Monday) without emitting ``changed``."""
        for day, day_button in enumerate(self.buttons):
            day_button.blockSignals(True)
            day_button.setChecked(bool(mask & (1 << day)))
            day_button.blockSignals(False)

    def weekdays(self) -> int:
        """The chosen days as a weekday mask (bit 0: Monday)."""
        return sum(1 << day for day, b in enumerate(self.buttons) if b.isChecked())
