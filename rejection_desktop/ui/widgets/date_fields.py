"""Date and date-time inputs where Tab leaves the field (Qt's default steps through its parts).

Inside the field, Left/Right move between day, month and year and Up/Down change them; Tab
and Shift+Tab go to the next or previous control like everywhere else in a form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

DATE_FORMAT = "d MMM yyyy"
"""Day, month name, year: unambiguous in every locale (month names are localised)."""


class DateTimeField(QDateTimeEdit):
    """A QDateTimeEdit with a calendar pop-up and form-friendly Tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(f"{DATE_FORMAT}  HH:mm")  # not-user-facing

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class DateField(QDateEdit):
    """A QDateEdit with a calendar pop-up and form-friendly Tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)
