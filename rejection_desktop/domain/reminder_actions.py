"""Which buttons a reminder offers, and when a snooze ends. Pure rules: no Qt, no storage.

- follow-up ("How did it go?"): Log it now, Snooze (15 min; also 1 h and "this evening" where
  the desktop shows that many buttons), Didn't ask;
- planned ask: Open, Snooze 15 min, Move to tomorrow;
- daily nudge: Pick today's ask, Not today;
- the weekly review: Start the review;
- a summary of several: Open Today.
The first button is also what a click on the notice itself does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from rejection_desktop.domain.schedule import DAILY, FOLLOWUP, PLANNED, WEEKLY_REVIEW

LOG = "log"
SNOOZE_PREFIX = "snooze:"
SNOOZE_15 = "snooze:15"
SNOOZE_60 = "snooze:60"
SNOOZE_EVENING = "snooze:evening"
DIDNT_ASK = "didnt-ask"
OPEN_PLAN = "open"
TOMORROW = "tomorrow"
PICK = "pick"
NOT_TODAY = "not-today"
OPEN_TODAY = "open-today"
START_REVIEW = "start-review"

EVENING = time(19, 0)
"""When "this evening" is."""
EVENING_MARGIN = timedelta(hours=1)
""""This evening" is offered only while the evening is at least this far away."""
SUMMARY = "summary"


@dataclass(frozen=True)
class ActionRule:
    """One button: its key and whether it stays where only a few buttons fit."""

    key: str
    essential: bool = True


def evening_after(now: datetime, zone: ZoneInfo) -> datetime | None:
    """Today's evening (``EVENING`` local) when it is at least ``EVENING_MARGIN`` away."""
    local = now.astimezone(zone)
    evening = datetime.combine(local.date(), EVENING, tzinfo=zone)
    return evening if evening - local >= EVENING_MARGIN else None


def actions_for(kind: str, now: datetime, zone: ZoneInfo) -> tuple[ActionRule, ...]:
    """The buttons of a reminder of ``kind`` sent at ``now``, most important first."""
    if kind == FOLLOWUP:
        rules = [ActionRule(LOG), ActionRule(SNOOZE_15), ActionRule(SNOOZE_60, essential=False)]
        if evening_after(now, zone) is not None:
            rules.append(ActionRule(SNOOZE_EVENING, essential=False))
        rules.append(ActionRule(DIDNT_ASK))
        return tuple(rules)
    if kind == PLANNED:
        return ActionRule(OPEN_PLAN), ActionRule(SNOOZE_15), ActionRule(TOMORROW)
    if kind == DAILY:
        return ActionRule(PICK), ActionRule(NOT_TODAY)
    if kind == WEEKLY_REVIEW:
        return (ActionRule(START_REVIEW),)
    if kind == SUMMARY:
        return (ActionRule(OPEN_TODAY),)
    return ()


def snooze_until(key: str, now: datetime, zone: ZoneInfo) -> datetime:
    """When a snooze chosen by ``key`` ends; raises ValueError for a key that is no snooze."""
    if key == SNOOZE_EVENING:
        evening = evening_after(now, zone)
        if evening is not None:
            return evening
        key = SNOOZE_60  # pressed after the evening came: an hour it is
    if not key.startswith(SNOOZE_PREFIX):
        raise ValueError(f"{key!r} is not a snooze")
    minutes = int(key.removeprefix(SNOOZE_PREFIX))
    if not 1 <= minutes <= 24 * 60:
        raise ValueError(f"snooze of {minutes} minutes is out of range")
    return now + timedelta(minutes=minutes)


def same_time_tomorrow(planned_at: datetime, zone: ZoneInfo) -> datetime:
    """The same local wall-clock time one day later (a DST change keeps the wall time)."""
    local = planned_at.astimezone(zone)
    moved = datetime.combine(local.date() + timedelta(days=1), local.time().replace(fold=0),
                             tzinfo=zone)
    return moved.astimezone(planned_at.tzinfo)


def next_midnight(now: datetime, zone: ZoneInfo) -> datetime:
    """The start of the next local day."""
    local = now.astimezone(zone)
    return datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)
