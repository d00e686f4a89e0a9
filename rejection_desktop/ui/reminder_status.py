"""Words for what quiet hours and a snooze hold back, shared by Today, Settings and onboarding."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from rejection_desktop.services.local_text import clock, date_and_clock
from rejection_desktop.services.reminders import HoldStatus

translate = QCoreApplication.translate
"""Qt's translate; each call names the context "ReminderStatus" so lupdate extracts it."""


def clock_text(instant: datetime, now: datetime, zone: ZoneInfo) -> str:
    """``14:30`` on the day of ``now``, ``08:00 tomorrow``, else ``Tue 3 Jun 00:00``, in the
    user's zone."""
    local = instant.astimezone(zone)
    days = (local.date() - now.astimezone(zone).date()).days
    if days == 0:
        return clock(instant, zone)
    if days == 1:
        return translate("ReminderStatus", "{0} tomorrow").format(clock(instant, zone))
    return date_and_clock(instant, zone)


def hold_text(status: HoldStatus, now: datetime, zone: ZoneInfo) -> str:
    """What is held and until when ("" when nothing is)."""
    if not status.held or status.until is None:
        return ""
    when = clock_text(status.until, now, zone)
    held, daily = status.held, status.daily  # lupdate extracts a plain-name count only
    if status.snoozed:
        return (translate("ReminderStatus",
                          "Snoozed: 1 reminder waits until {0}.") if held == 1
                else translate("ReminderStatus", "Snoozed: %n reminders wait until {0}.", "",
                               held)).format(when)
    return (translate("ReminderStatus",
                      "Quiet hours: your daily nudge waits until {0}.") if daily == 1
            else translate("ReminderStatus", "Quiet hours: %n daily nudges wait until {0}.", "",
                           daily)).format(when)


def quiet_note(times: list[str], end: str) -> str:
    """Which nudge times quiet hours hold back, and when they arrive ("" for none)."""
    if not times:
        return ""
    if len(times) == 1:
        return translate("ReminderStatus",
                         "The nudge at {0} falls inside quiet hours: it arrives at {1}.").format(
            times[0], end)
    return translate("ReminderStatus",
                     "The nudges at {0} fall inside quiet hours: they arrive at {1}.").format(
        ", ".join(times), end)
