"""Date and time inputs that take typing on the first try, and quick time choices.

- Tab leaves a field (Qt's default steps through its parts); inside, Left/Right move between
  the parts and Up/Down change them.
- A time field selects its hours when it gets the focus (by Tab or by a click), so typing
  "1830", "18:30" or "9" replaces the time; a second click picks the part under the pointer.
  (A single date-and-time field left the cursor wherever it was clicked, and most typing
  was refused.)
- ``DateTimeField`` is a date field and a time field side by side, read and set as one value.
- ``QuickTimes`` offers "in 15 min", "in an hour", "this evening", "tomorrow morning".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from rejection_desktop.services.local_text import DATE_FORMAT, day_text

TIME_FORMAT = "HH:mm"
EVENING = time(19, 0)
MORNING = time(9, 0)


def date_text(day: QDate | date) -> str:
    """A day as the app writes it everywhere: "4 Dec 2026" (month names localised)."""
    return QLocale().toString(day, DATE_FORMAT) if isinstance(day, QDate) else day_text(day)


def python_time(value: QTime) -> time:
    """A QTime as a Python time (to the millisecond)."""
    return time(value.hour(), value.minute(), value.second(), value.msec() * 1000)


def local_date(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def local_date_time(value: datetime) -> QDateTime:
    """A naive local datetime as a local QDateTime (to the second)."""
    return QDateTime(QDate(value.year, value.month, value.day),
                     QTime(value.hour, value.minute, value.second))


def date_time_text(value: QDateTime) -> str:
    """A local date and time: "4 Dec 2026, 07:22" (the time in the locale's short format)."""
    time_text = QLocale().toString(value.time(), QLocale.FormatType.ShortFormat)
    return f"{date_text(value.date())}, {time_text}"


class DateField(QDateEdit):
    """A QDateEdit with a calendar pop-up and form-friendly Tab."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)


class TimeField(QTimeEdit):
    """A 24-hour time that selects its hours on focus, so a typed time replaces it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(TIME_FORMAT)
        self._focused_by_click = False
        self.lineEdit().installEventFilter(self)

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._focused_by_click = event.reason() == Qt.FocusReason.MouseFocusReason
        self.setSelectedSection(QDateTimeEdit.Section.HourSection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease \
                and isinstance(event, QMouseEvent) \
                and event.button() == Qt.MouseButton.LeftButton \
                and not self.lineEdit().hasSelectedText():
            if self._focused_by_click:  # the click that brought the focus: the whole time
                self.setSelectedSection(QDateTimeEdit.Section.HourSection)
            else:  # a click in a field being edited: the part under the pointer
                self.setSelectedSection(self.currentSection())
            self._focused_by_click = False
        return False


class DateTimeField(QWidget):
    """A date field and a time field, read and set together as one local date-time."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - named like QDateTimeEdit's

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = DateField()
        self.time_edit = TimeField()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.date_edit, 1)
        row.addWidget(self.time_edit)
        self.setFocusProxy(self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.time_edit)
        self.date_edit.dateChanged.connect(self._changed)
        self.time_edit.timeChanged.connect(self._changed)

    def set_accessible_name(self, name: str) -> None:
        """Name both parts for screen readers: "<name>, date" and "<name>, time"."""
        self.setAccessibleName(name)
        self.date_edit.setAccessibleName(self.tr("{0}, date").format(name))
        self.time_edit.setAccessibleName(self.tr("{0}, time").format(name))

    def dateTime(self) -> QDateTime:
        return QDateTime(self.date_edit.date(), self.time_edit.time())

    def setDateTime(self, value: QDateTime) -> None:
        blocked = self.date_edit.blockSignals(True)
        self.date_edit.setDate(value.date())
        self.date_edit.blockSignals(blocked)
        self.time_edit.setTime(QTime(value.time().hour(), value.time().minute()))
        self._changed()

    def _changed(self, *_args: object) -> None:
        self.dateTimeChanged.emit(self.dateTime())


class QuickTimes(QWidget):
    """One-click times for a plan; ``chosen`` carries the local date-time picked."""

    chosen = Signal(QDateTime)

    def __init__(self, now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, name in (
                ("15min", self.tr("In 1&5 min"), self.tr("In 15 minutes")),
                ("hour", self.tr("In an &hour"), self.tr("In an hour")),
                ("evening", self.tr("This e&vening"), self.tr("This evening at 19:00")),
                ("morning", self.tr("&Tomorrow morning"), self.tr("Tomorrow at 9:00"))):
            widget = QPushButton(text)
            widget.setObjectName("chip")
            widget.setAccessibleName(name)
            widget.setAutoDefault(False)
            widget.clicked.connect(lambda _=False, k=key: self.chosen.emit(self.time_for(k)))
            row.addWidget(widget)
            self.buttons[key] = widget
        row.addStretch(1)
        self.update_choices()

    def time_for(self, key: str) -> QDateTime:
        """The local date-time a choice stands for, from now (to the minute)."""
        now = self._now().astimezone().replace(second=0, microsecond=0)
        when = {
            "15min": lambda: now + timedelta(minutes=15),
            "hour": lambda: now + timedelta(hours=1),
            "evening": lambda: datetime.combine(now.date(), EVENING, now.tzinfo),
            "morning": lambda: datetime.combine(now.date() + timedelta(days=1), MORNING,
                                                now.tzinfo),
        }[key]()
        return QDateTime.fromMSecsSinceEpoch(round(when.timestamp() * 1000))

    def update_choices(self) -> None:
        """"This evening" only while the evening is still ahead."""
        now = self._now().astimezone()
        self.buttons["evening"].setEnabled(now.time() < time(EVENING.hour - 1, 30))
