"""What a reminder's buttons do, the same from a notification, the tray message or the banner.

``ReminderActionService.perform`` does the stored part of an action (a snooze, "did not ask",
"not today", "move to tomorrow") and returns an ``ActionOutcome`` telling the window what to
open: the log form, the plan, the "what stopped me" question, Today or the weekly review. No
D-Bus and no widgets here, so every route is tested without a desktop.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from rejection_desktop.domain import reminder_actions as rules
from rejection_desktop.domain.outcomes import Audience, Outcome
from rejection_desktop.domain.schedule import FOLLOWUP, PLANNED
from rejection_desktop.domain.validation import Code, ValidationError
from rejection_desktop.services.attempts import AttemptService, OutcomeInput
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.local_text import clock
from rejection_desktop.services.reminders import (
    DueReminder,
    PlannedAsk,
    ReminderService,
    ScheduleInputs,
)
from rejection_desktop.services.settings import SettingsService

log = logging.getLogger(__name__)

OPEN_LOG = "log"
OPEN_PLAN = "plan"
OPEN_WHAT_STOPPED = "what-stopped"
OPEN_TODAY = "today"
OPEN_SUGGESTION = "suggestion"
OPEN_REVIEW = "weekly-review"

TITLES_ALL = "all"
TITLES_NOT_PERSONAL = "not_personal"
TITLES_NONE = "none"


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "ReminderActions" so lupdate extracts it."""


def action_label(key: str) -> str:
    """The button text of an action key."""
    labels = {
        rules.LOG: translate("ReminderActions", "Log it now"),
        rules.SNOOZE_15: translate("ReminderActions", "Snooze 15 min"),
        rules.SNOOZE_60: translate("ReminderActions", "Snooze 1 h"),
        rules.SNOOZE_EVENING: translate("ReminderActions", "Snooze until this evening"),
        rules.DIDNT_ASK: translate("ReminderActions", "Didn't ask"),
        rules.OPEN_PLAN: translate("ReminderActions", "Open"),
        rules.TOMORROW: translate("ReminderActions", "Move to tomorrow"),
        rules.PICK: translate("ReminderActions", "Pick today's ask"),
        rules.NOT_TODAY: translate("ReminderActions", "Not today"),
        rules.OPEN_TODAY: translate("ReminderActions", "Open Today"),
        rules.START_REVIEW: translate("ReminderActions", "Start the review"),
    }
    return labels.get(key, key)


class ActionSubject(Protocol):
    """What an action needs to know about the notice it came from."""

    @property
    def kind(self) -> str: ...

    @property
    def attempt_id(self) -> int | None: ...

    @property
    def reminder_ids(self) -> tuple[int, ...]: ...


@dataclass(frozen=True)
class ActionOutcome:
    """What the window should do after an action: open something, say something, or both."""

    key: str
    open: str | None = None
    """``log``, ``plan``, ``what-stopped``, ``today``, ``suggestion``, ``weekly-review`` or
    None."""
    attempt_id: int | None = None
    message: str = ""
    until: datetime | None = None
    """When a snooze ends."""


class ReminderActionService(QObject):
    """Runs a reminder's actions against the journal; emits ``performed(ActionOutcome)``."""

    performed = Signal(object)

    def __init__(self, reminders: ReminderService, attempts: AttemptService,
                 settings: SettingsService, clock: Clock = system_clock,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._attempts = attempts
        self._settings = settings
        self._clock = clock

    # which buttons -----------------------------------------------------------------------------
    def actions_for(self, kind: str) -> tuple[tuple[str, str, bool], ...]:
        """(key, label, essential) of each button of a reminder of ``kind`` sent now."""
        return tuple((rule.key, action_label(rule.key), rule.essential)
                     for rule in rules.actions_for(kind, self._clock(), self._settings.zone()))

    # privacy -----------------------------------------------------------------------------------
    def shows_title(self, audience: str) -> bool:
        """Whether a notice may name an ask made to ``audience`` (the privacy setting)."""
        policy = self._settings.get("notification_titles")
        if policy == TITLES_ALL:
            return True
        if policy == TITLES_NONE:
            return False
        try:
            return not Audience(audience).is_personal
        except ValueError:
            return False  # unknown audience: the careful choice

    # doing -------------------------------------------------------------------------------------
    def perform(self, subject: ActionSubject, key: str) -> ActionOutcome:
        """Do what ``key`` means for ``subject``; raises nothing for a stale notice (it says
        so in ``message``), ``ValidationError`` for a key the notice never offered."""
        now = self._clock()
        zone = self._settings.zone()
        attempt_id = subject.attempt_id
        if key.startswith(rules.SNOOZE_PREFIX):
            outcome = self._snooze(subject, key, now)
        elif key == rules.LOG and attempt_id is not None:
            outcome = ActionOutcome(key, OPEN_LOG, attempt_id)
        elif key == rules.DIDNT_ASK and attempt_id is not None:
            outcome = self._did_not_ask(attempt_id)
        elif key == rules.OPEN_PLAN and attempt_id is not None:
            outcome = ActionOutcome(key, OPEN_PLAN, attempt_id)
        elif key == rules.TOMORROW and attempt_id is not None:
            outcome = self._move_to_tomorrow(attempt_id)
        elif key == rules.PICK:
            outcome = ActionOutcome(key, OPEN_SUGGESTION)
        elif key == rules.NOT_TODAY:
            until = rules.next_midnight(now, zone)
            self._settings.set("daily_skipped_until", until.isoformat())
            outcome = ActionOutcome(key, None, None, translate("ReminderActions",
                "No more nudges today. Planned asks still remind you; your streak follows "
                "its usual rules (rest days included)."))
        elif key == rules.OPEN_TODAY:
            outcome = ActionOutcome(key, OPEN_TODAY)
        elif key == rules.START_REVIEW:
            outcome = ActionOutcome(key, OPEN_REVIEW)
        else:
            raise ValidationError.of("Reminder", Code.UNKNOWN_ACTION, key=key)
        log.info("reminder action %s on a %s reminder", key, subject.kind)
        self.performed.emit(outcome)
        return outcome

    def _snooze(self, subject: ActionSubject, key: str, now: datetime) -> ActionOutcome:
        until = rules.snooze_until(key, now, self._settings.zone())
        one_shots = list(subject.reminder_ids)
        if subject.kind in (PLANNED, FOLLOWUP) and one_shots:
            try:
                for reminder_id in one_shots:
                    self._reminders.reschedule_once(reminder_id, until)
            except ValidationError:
                return ActionOutcome(key, None, None, translate("ReminderActions",
                                                                "This reminder no longer exists."))
        else:  # nothing of its own to move: hold every reminder until then
            minutes = max(1, round((until - now).total_seconds() / 60))
            until = self._reminders.snooze(minutes)
        local = clock(until, self._settings.zone())
        return ActionOutcome(key, None, subject.attempt_id,
                             translate("ReminderActions",
                                       "Snoozed: it comes back at {0}.").format(local), until)

    def _did_not_ask(self, attempt_id: int) -> ActionOutcome:
        try:
            attempt = self._attempts.get(attempt_id)
        except KeyError:
            return ActionOutcome(rules.DIDNT_ASK, None, None,
                                 translate("ReminderActions",
                                           "This ask no longer exists. It may have been deleted."))
        if attempt.outcome is not None and attempt.outcome.outcome != Outcome.NOT_ATTEMPTED:
            return ActionOutcome(rules.DIDNT_ASK, OPEN_LOG, attempt_id, translate("ReminderActions",

                "This ask is already logged; here it is to change."))
        self._attempts.log(attempt.challenge_id, None,
                           OutcomeInput(Outcome.NOT_ATTEMPTED.value), attempt_id)
        return ActionOutcome(rules.DIDNT_ASK, OPEN_WHAT_STOPPED, attempt_id)

    def save_what_stopped(self, attempt_id: int, text: str) -> None:
        """The answer to "what stopped me" for an ask logged as not made."""
        attempt = self._attempts.get(attempt_id)
        if attempt.outcome is None or attempt.outcome.outcome != Outcome.NOT_ATTEMPTED:
            raise ValidationError.of("What stopped me", Code.NOT_LOGGED_NOT_MADE)
        self._attempts.log(attempt.challenge_id, None, replace(
            attempt.outcome, what_stopped_me=text), attempt_id)

    def _move_to_tomorrow(self, attempt_id: int) -> ActionOutcome:
        try:
            attempt = self._attempts.get(attempt_id)
        except KeyError:
            return ActionOutcome(rules.TOMORROW, None, None,
                                 translate("ReminderActions",
                                           "This ask no longer exists. It may have been deleted."))
        zone = self._settings.zone()
        if attempt.outcome is not None:
            return ActionOutcome(rules.TOMORROW, None, None,
                                 translate("ReminderActions", "This ask is already logged."))
        moved = rules.same_time_tomorrow(attempt.before.planned_at or self._clock(), zone)
        self._attempts.update_before(attempt_id, replace(attempt.before, planned_at=moved))
        return ActionOutcome(rules.TOMORROW, None, attempt_id, translate("ReminderActions",
            "Moved to tomorrow, {0}.").format(clock(moved, zone)))

    def open_waiting(self, limit: int) -> tuple[list[tuple[int, str]], int]:
        """(attempt id, title) of at most ``limit`` asks waiting to be logged, newest first,
        and how many there are (for the tray; never reads them all)."""
        return self._attempts.open_titles(limit)


class PrivateTitles:
    """The scheduler's view of ``ReminderService`` with the titles the privacy setting hides
    left out (the notice then uses its generic text)."""

    def __init__(self, source: ReminderService, actions: ReminderActionService,
                 attempts: AttemptService) -> None:
        self._source = source
        self._actions = actions
        self._attempts = attempts
        self.reminders_changed = source.reminders_changed

    def schedule_inputs(self, now: datetime | None = None) -> ScheduleInputs:
        return self._source.schedule_inputs(now)

    def mark_fired(self, ids: Iterable[int], at: datetime) -> None:
        self._source.mark_fired(ids, at)

    def describe(self, due: Sequence[tuple[int, datetime]]) -> list[DueReminder]:
        return [item if self._visible(item) else replace(item, challenge_title="")
                for item in self._source.describe(due)]

    def planned_today(self, now: datetime | None = None) -> list[PlannedAsk]:
        return [ask if self._actions.shows_title(ask.audience)
                else replace(ask, challenge_title="")
                for ask in self._source.planned_today(now)]

    def _visible(self, item: DueReminder) -> bool:
        if not item.challenge_title or item.attempt_id is None:
            return True
        try:
            audience = self._attempts.get(item.attempt_id).audience
        except KeyError:
            return False
        return self._actions.shows_title(audience)
