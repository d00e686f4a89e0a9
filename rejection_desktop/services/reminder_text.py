"""The words of a reminder notification: one notice for everything due at once.

Only fixed texts and challenge titles appear here; never reflections, notes or answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from rejection_desktop.domain.schedule import DAILY, FOLLOWUP, PLANNED, WEEKLY_REVIEW
from rejection_desktop.notifications.delivery import TARGET_ATTEMPT, TARGET_TODAY, Notice
from rejection_desktop.services.local_text import clock
from rejection_desktop.services.reminders import DueReminder, PlannedAsk

translate = QCoreApplication.translate
"""Qt's translate; each call names the context "reminders" so lupdate extracts it."""


MENTIONED_PLANS = 2
"""A nudge names at most this many of today's plans and counts the rest."""


def _plan_text(ask: PlannedAsk, zone: ZoneInfo) -> str:
    """ "Title at 19:30"; a title hidden for privacy reads "a planned ask"."""
    title = ask.challenge_title or translate("reminders", "a planned ask")
    if ask.planned_at is None:
        return title
    at = clock(ask.planned_at, zone)
    return translate("reminders", "{0} at {1}").format(title, at)


def daily_notice(
    today_title: str = "", planned: Sequence[PlannedAsk] = (), zone: ZoneInfo | None = None
) -> Notice:
    """The daily nudge: what is planned for today if anything is, else today's suggestion."""
    title = translate("reminders", "Time for today's ask")
    if planned:
        local = zone or ZoneInfo("UTC")
        named = "; ".join(_plan_text(ask, local) for ask in planned[:MENTIONED_PLANS])
        rest = len(planned) - MENTIONED_PLANS
        if rest > 0:
            named += (
                translate("reminders", "; and 1 more")
                if rest == 1
                else translate("reminders", "; and %n more", "", rest)
            )
        count = len(planned)  # lupdate extracts a plain-name count only
        message = (
            translate("reminders", "Planned today: {0}.")
            if count == 1
            else translate("reminders", "%n asks planned today: {0}.", "", count)
        ).format(named)
        return Notice(title, message, TARGET_TODAY, kind=DAILY)
    message = (
        translate("reminders", "Today's challenge: {0}").format(today_title)
        if today_title
        else translate("reminders", "One small ask today. Open Rejection Desktop to pick it.")
    )
    return Notice(title, message, TARGET_TODAY, kind=DAILY)


def review_notice() -> Notice:
    """The weekly review's reminder (it names nothing from the journal, locked or not)."""
    return Notice(
        translate("reminders", "Time for your weekly review"),
        translate("reminders", "Look back at this week's asks and choose what to vary next."),
        TARGET_TODAY,
        kind=WEEKLY_REVIEW,
    )


def _single(
    item: DueReminder, zone: ZoneInfo, today_title: str, planned: Sequence[PlannedAsk]
) -> Notice:
    """One reminder's notice; without a challenge title (hidden for privacy) a generic text."""
    ids = (item.id,)
    if item.kind == PLANNED:
        title = item.challenge_title or translate("reminders", "Your planned ask")
        if item.planned_at is not None and item.planned_at > item.due_at:
            at = clock(item.planned_at, zone)
            return Notice(
                translate("reminders", "Your ask is coming up"),
                translate("reminders", "{0} at {1}").format(title, at),
                TARGET_TODAY,
                item.attempt_id,
                kind=PLANNED,
                reminder_ids=ids,
            )
        message = item.challenge_title or translate(
            "reminders", "Open Rejection Desktop to see your plan."
        )
        return Notice(
            translate("reminders", "Time for your planned ask"),
            message,
            TARGET_TODAY,
            item.attempt_id,
            kind=PLANNED,
            reminder_ids=ids,
        )
    if item.kind == FOLLOWUP:
        title = item.challenge_title or translate("reminders", "Your ask")
        return Notice(
            translate("reminders", "How did it go?"),
            translate("reminders", "{0}: log it while it's fresh.").format(title),
            TARGET_ATTEMPT,
            item.attempt_id,
            kind=FOLLOWUP,
            reminder_ids=ids,
        )
    if item.kind == WEEKLY_REVIEW:
        return replace(review_notice(), reminder_ids=ids)
    return replace(daily_notice(today_title, planned, zone), reminder_ids=ids)


def compose_notice(
    items: Sequence[DueReminder],
    zone: ZoneInfo,
    *,
    catch_up: bool = False,
    today_title: str = "",
    planned_today: Sequence[PlannedAsk] = (),
    private: bool = False,
) -> Notice:
    """One notice for ``items`` (non-empty): the reminder itself, or a summary of several.

    Several daily occurrences (a week away) count as one "today's ask"; ``catch_up`` marks a
    summary of what was missed while the app was closed or the machine asleep. A daily nudge
    names what is already ``planned_today`` rather than suggesting something else. ``private``
    (the journal is locked) names no challenge: the texts of ``generic_notice``.
    """
    if not items:
        raise ValueError("compose_notice needs at least one due reminder")
    kinds = [item.kind for item in items]
    if _distinct(kinds) == 1 and not private:
        return _single(items[-1], zone, today_title, planned_today)
    ids = tuple(dict.fromkeys(item.id for item in items))
    notice = generic_notice(kinds, catch_up=catch_up)
    if notice.kind == FOLLOWUP and items[-1].attempt_id is not None:
        return Notice(
            notice.title,
            notice.message,
            TARGET_ATTEMPT,
            items[-1].attempt_id,
            kind=FOLLOWUP,
            reminder_ids=ids,
        )
    return replace(notice, reminder_ids=ids)


def _distinct(kinds: Sequence[str]) -> int:
    """Reminders as the user counts them: every planned ask and follow-up, one daily nudge."""
    return sum(kind != DAILY for kind in kinds) + (DAILY in kinds)


def generic_notice(kinds: Sequence[str], *, catch_up: bool = False) -> Notice:
    """A notice for reminders of ``kinds`` (non-empty) that names no challenge and no text: while
    the journal is locked, and before it is first unlocked."""
    if _distinct(kinds) == 1:
        if kinds[-1] == PLANNED:
            return Notice(
                translate("reminders", "Time for your planned ask"),
                translate("reminders", "Open Rejection Desktop to see it."),
                TARGET_TODAY,
                kind=PLANNED,
            )
        if kinds[-1] == FOLLOWUP:
            return Notice(
                translate("reminders", "How did it go?"),
                translate("reminders", "Log your ask while it's fresh."),
                TARGET_TODAY,
                kind=FOLLOWUP,
            )
        if kinds[-1] == WEEKLY_REVIEW:
            return review_notice()
        return daily_notice()
    planned, followups = kinds.count(PLANNED), kinds.count(FOLLOWUP)
    parts: list[str] = []
    if DAILY in kinds:
        parts.append(translate("reminders", "Time for today's ask"))
    if planned:
        parts.append(
            translate("reminders", "1 planned ask")
            if planned == 1
            else translate("reminders", "%n planned asks", "", planned)
        )
    if followups:
        parts.append(
            translate("reminders", "1 ask to log")
            if followups == 1
            else translate("reminders", "%n asks to log", "", followups)
        )
    if WEEKLY_REVIEW in kinds:
        parts.append(translate("reminders", "your weekly review"))
    message = "; ".join(parts) + "."
    distinct = _distinct(kinds)  # lupdate extracts a plain-name count only
    title = (
        translate("reminders", "While you were away")
        if catch_up
        else translate("reminders", "%n reminders", "", distinct)
    )
    return Notice(title, message, TARGET_TODAY, kind="summary")
