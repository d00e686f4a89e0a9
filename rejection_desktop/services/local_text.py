"""Times, days and dates as the user's locale writes them (``QLocale``), for texts that services
compose (reminders, the weekly review) and the interface shares.

The default locale is the interface language's (``ui.i18n`` sets it at start-up): "14:30" in
German, "2:30 PM" in American English, "Di. 14:30" for a day and a time.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, QTime

DATE_FORMAT = "d MMM yyyy"
"""Day, month name, year: unambiguous in every locale (month names are localised). The
locales' own short formats are not: the C locale writes 4 December 2026 as "4 12 2026"."""


def day_text(day: date) -> str:
    """A day as the app writes it everywhere: "4 Dec 2026" (month names localised)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), DATE_FORMAT)


def clock(instant: datetime, zone: ZoneInfo) -> str:
    """The local time of day: "14:30"."""
    local = instant.astimezone(zone)
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def day_and_clock(instant: datetime, zone: ZoneInfo) -> str:
    """A weekday and a time, for the coming week: "Tue 14:30"."""
    local = instant.astimezone(zone)
    day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {clock(instant, zone)}"


def date_and_clock(instant: datetime, zone: ZoneInfo) -> str:
    """A date and a time, further ahead: "Tue 3 Jun 14:30"."""
    local = instant.astimezone(zone)
    day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d MMM")
    return f"{day} {clock(instant, zone)}"
