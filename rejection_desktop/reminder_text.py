"""The words of a reminder notification: one notice for everything due at once.

Only fixed texts and challenge titles appear here; never reflections, notes or answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from rejection_desktop.domain.schedule import DAILY, FOLLOWUP, PLANNED
from rejection_desktop.notifications import TARGET_ATTEMPT, TARGET_TODAY, Notice
from rejection_desktop.services.reminders import DueReminder


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("reminders", text, None, n)


def daily_notice(today_title: str = "") -> Notice:
    message = tr("Today's challenge: {0}").format(today_title) if today_title else tr(
        "One small ask today. Open Rejection Desktop to pick it.")
    return Notice(tr("Time for today's ask"), message, TARGET_TODAY, kind=DAILY)


def _single(item: DueReminder, zone: ZoneInfo, today_title: str) -> Notice:
    """One reminder's notice; without a challenge title (hidden for privacy) a generic text."""
    ids = (item.id,)
    if item.kind == PLANNED:
        title = item.challenge_title or tr("Your planned ask")
        if item.planned_at is not None and item.planned_at > item.due_at:
            at = item.planned_at.astimezone(zone).strftime("%H:%M")
            return Notice(tr("Your ask is coming up"), tr("{0} at {1}").format(title, at),
                          TARGET_TODAY, item.attempt_id, kind=PLANNED, reminder_ids=ids)
        message = item.challenge_title or tr("Open Rejection Desktop to see your plan.")
        return Notice(tr("Time for your planned ask"), message, TARGET_TODAY, item.attempt_id,
                      kind=PLANNED, reminder_ids=ids)
    if item.kind == FOLLOWUP:
        title = item.challenge_title or tr("Your ask")
        return Notice(tr("How did it go?"), tr("{0}: log it while it's fresh.").format(title),
                      TARGET_ATTEMPT, item.attempt_id, kind=FOLLOWUP, reminder_ids=ids)
    return replace(daily_notice(today_title), reminder_ids=ids)


def compose_notice(items: Sequence[DueReminder], zone: ZoneInfo, *, catch_up: bool = False,
                   today_title: str = "") -> Notice:
    """One notice for ``items`` (non-empty): the reminder itself, or a summary of several.

    Several daily occurrences (a week away) count as one "today's ask"; ``catch_up`` marks a
    summary of what was missed while the app was closed or the machine asleep.
    """
    if not items:
        raise ValueError("compose_notice needs at least one due reminder")
    kinds = [item.kind for item in items]
    planned = [i for i in items if i.kind == PLANNED]
    followups = [i for i in items if i.kind == FOLLOWUP]
    distinct = len(planned) + len(followups) + (1 if DAILY in kinds else 0)
    if distinct == 1:
        return _single(items[-1], zone, today_title)
    parts: list[str] = []
    if DAILY in kinds:
        parts.append(tr("Time for today's ask"))
    if planned:
        parts.append(tr("1 planned ask") if len(planned) == 1
                     else tr("%n planned asks", len(planned)))
    if followups:
        parts.append(tr("1 ask to log") if len(followups) == 1
                     else tr("%n asks to log", len(followups)))
    message = "; ".join(parts) + "."
    title = tr("While you were away") if catch_up else tr("%n reminders", distinct)
    return Notice(title, message, TARGET_TODAY, kind="summary",
                  reminder_ids=tuple(dict.fromkeys(item.id for item in items)))
