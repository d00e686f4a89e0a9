"""Reminders: daily nudges, planned-attempt and follow-up reminders, snooze and pause.

Daily nudges are edited by the user (several times a day on chosen weekdays). Planned-attempt and
follow-up reminders are derived from attempts: this service listens to ``AttemptService`` and
creates, moves or cancels them. The scheduler asks ``schedule_inputs()`` what to plan with, reads
``describe()`` for the words of a notification, and persists ``mark_fired()``.

Rules kept here (the scheduler only plans):
- daily nudges live only in the reminder table (onboarding writes its choice there through
  ``choose_daily_nudge``); no setting repeats them;
- a one-shot whose due time has already passed when it is (re)scheduled never fires;
- snooze delays: what falls inside it is delivered when it ends;
- quiet hours hold only daily nudges (delivered once when they end); the reminders of an ask
  the user gave a time arrive at their time, since the user chose it;
- pause skips: what falls inside a pause is dropped, also after ``resume()``;
- a planned-attempt reminder goes stale half an hour after the planned time, a follow-up when
  the attempt is settled; both are dropped rather than announced late.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import peewee
from PySide6.QtCore import QObject, Signal

from rejection_desktop.db.connection import db
from rejection_desktop.db.models import Attempt, Challenge, Reminder, as_tuples
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.schedule import (
    DAILY,
    FOLLOWUP,
    MAX_TIMES_PER_NUDGE,
    PLANNED,
    WEEKLY_REVIEW,
    DailyRule,
    QuietHours,
    ReminderSpec,
    follow_up_due,
    plan,
    planned_due,
)
from rejection_desktop.domain.validation import (
    FIRST_YEAR,
    LAST_YEAR,
    Code,
    ValidationError,
    check_instant,
    instant_in_range,
    is_hhmm,
    parse_instant_text,
)
from rejection_desktop.services.attempts import AttemptService
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.settings import SettingsService

log = logging.getLogger(__name__)

ALL_WEEKDAYS_MASK = 0b1111111
"""Every day of the week as a ``Reminder.weekdays`` bitmask (bit 0 = Monday)."""
MAX_NUDGES = 24
DEFAULT_NUDGE_TIME = "18:00"
"""The time onboarding offers for the first daily nudge."""
PLANNED_STALE_AFTER = timedelta(minutes=30)
"""A "your ask is coming up" reminder is pointless this long after the planned time."""
MAX_LOOKBACK = timedelta(days=7)
"""Nothing older than this is announced in a catch-up."""
INDEFINITE = timedelta(days=3650)
"""A pause this long means "until I resume"."""

WEEKLY_REVIEW_ID = 0
"""The weekly review's reminder lives in settings, not in the reminder table (whose ids start
at 1): its day and time are ``weekly_review_day`` / ``weekly_review_time``, its last delivery
``weekly_review_reminded``."""
REVIEW_SETTINGS = frozenset({"weekly_review_day", "weekly_review_time"})
REVIEW_REMINDED = "weekly_review_reminded"

_SCHEDULE_SETTINGS = frozenset({
    "timezone", "quiet_hours_start", "quiet_hours_end", "quiet_hours_enabled", "paused_until",
    "snoozed_until", "daily_skipped_until",
})


def mask_to_days(mask: int) -> frozenset[int]:
    """The weekdays (0 = Monday) set in a ``Reminder.weekdays`` bitmask."""
    return frozenset(day for day in range(7) if mask & (1 << day))


def days_to_mask(days: Iterable[int]) -> int:
    """The bitmask of ``days`` (0 = Monday .. 6 = Sunday)."""
    mask = 0
    for day in days:
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            raise ValidationError.of("Days", Code.WEEKDAY, day=day)
        mask |= 1 << day
    return mask


def clean_times(times: Iterable[object]) -> tuple[str, ...]:
    """Validated, de-duplicated, sorted "HH:MM" times; raises ValidationError."""
    found: set[str] = set()
    for value in times:
        text = value.strftime("%H:%M") if isinstance(value, time) else value
        if not is_hhmm(text):
            raise ValidationError.of("Times", Code.NOT_TIME, value=value, example="09:30")
        found.add(str(text))
    if not found:
        raise ValidationError.of("Times", Code.NO_TIMES)
    if len(found) > MAX_TIMES_PER_NUDGE:
        raise ValidationError.of("Times", Code.TOO_MANY_TIMES, limit=MAX_TIMES_PER_NUDGE)
    return tuple(sorted(found))


def clean_weekdays(mask: object) -> int:
    """A validated weekday bitmask with at least one day; raises ValidationError."""
    if isinstance(mask, bool) or not isinstance(mask, int) or not 0 < mask <= ALL_WEEKDAYS_MASK:
        raise ValidationError.of("Days", Code.NO_DAYS)
    return mask


def parse_instant(value: object, key: str) -> datetime | None:
    """An aware UTC instant from a stored ISO string (None when unset or unusable)."""
    if value is None:
        return None
    parsed = parse_instant_text(value)
    if parsed is None:
        log.warning("setting %s is not a usable date and time; ignoring it", key)
    return parsed


@dataclass(frozen=True)
class DailyNudge:
    """A daily reminder as the Settings editor shows it."""

    id: int
    times: tuple[str, ...]
    weekdays: int
    enabled: bool
    last_fired: datetime | None

    @property
    def days(self) -> frozenset[int]:
        return mask_to_days(self.weekdays)


@dataclass(frozen=True)
class AttemptReminder:
    """A planned-attempt or follow-up reminder."""

    id: int
    kind: str
    attempt_id: int
    due_at: datetime
    offset_minutes: int
    enabled: bool
    last_fired: datetime | None


@dataclass(frozen=True)
class DueReminder:
    """What a notification may say about a due reminder: no journal text, only the title."""

    id: int
    kind: str
    due_at: datetime
    attempt_id: int | None = None
    challenge_title: str = ""
    planned_at: datetime | None = None


@dataclass(frozen=True)
class PlannedAsk:
    """An ask planned for today, as a daily nudge may mention it: its title and time (and who
    it is asked of, for the privacy setting that may hide the title)."""

    challenge_title: str
    planned_at: datetime | None = None
    audience: str = ""


@dataclass(frozen=True)
class ReminderStatus:
    """Pause and snooze as they stand."""

    paused_until: datetime | None
    snoozed_until: datetime | None

    def paused(self, now: datetime) -> bool:
        return self.paused_until is not None and now < self.paused_until

    def snoozed(self, now: datetime) -> bool:
        return self.snoozed_until is not None and now < self.snoozed_until

    def indefinite(self, now: datetime) -> bool:
        return self.paused_until is not None and self.paused_until - now > INDEFINITE / 2


@dataclass(frozen=True)
class HoldStatus:
    """What quiet hours or a snooze hold back right now, and when it will arrive."""

    daily: int
    """Daily nudges held (quiet hours hold only these)."""
    other: int
    """Reminders of timed asks held (only a snooze holds these)."""
    until: datetime | None
    """When the first held reminder will be delivered (None when nothing is held)."""
    snoozed: bool
    """True when a snooze holds them, False for quiet hours."""
    recheck_at: datetime | None
    """When this may change: a hold ends or the next reminder falls due."""

    @property
    def held(self) -> int:
        return self.daily + self.other


@dataclass(frozen=True)
class ScheduleInputs:
    """Everything ``domain.schedule.plan`` needs, read in one go."""

    specs: tuple[ReminderSpec, ...]
    zone: ZoneInfo
    quiet: QuietHours | None
    snoozed_until: datetime | None


class _Row(NamedTuple):
    """One reminder joined with its attempt, as the planner reads it."""

    id: int
    kind: str
    times: list[str]
    weekdays: int
    due_at: datetime | None
    last_fired: datetime | None
    updated_at: datetime
    attempt_id: int | None
    planned_at: datetime | None
    outcome: str | None


def _daily(row: Reminder) -> DailyNudge:
    return DailyNudge(int(row.id), tuple(row.times), int(row.weekdays), bool(row.enabled),
                      row.last_fired)


class ReminderService(QObject):
    """Owns the reminder table. Emits ``reminders_changed`` after anything that moves a due time.

    (``mark_fired`` does not emit: it is the scheduler's own bookkeeping.)
    """

    reminders_changed = Signal()

    def __init__(self, settings: SettingsService, attempts: AttemptService | None = None,
                 clock: Clock = system_clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._attempts = attempts
        self._clock = clock
        self._unusable: set[int] = set()
        settings.setting_changed.connect(self._on_setting_changed)
        if attempts is not None:
            attempts.attempt_planned.connect(self.sync_attempt)
            attempts.attempt_updated.connect(self.sync_attempt)
            attempts.attempt_logged.connect(self.sync_attempt)
            attempts.attempt_restored.connect(self.sync_attempt)
            attempts.attempt_deleted.connect(self._on_attempt_deleted)

    # daily nudges ------------------------------------------------------------------------------
    def daily_nudges(self) -> list[DailyNudge]:
        """Every daily nudge, the primary (first) one first."""
        query = Reminder.select().where(Reminder.kind == DAILY).order_by(Reminder.id)
        return [_daily(row) for row in query]

    def add_daily(self, times: Iterable[object], weekdays: int = ALL_WEEKDAYS_MASK,
                  enabled: bool = True) -> int:
        """Add a daily nudge; returns its id. Raises ValidationError for bad input."""
        clean = clean_times(times)
        mask = clean_weekdays(weekdays)
        now = self._clock()
        with db.atomic():
            if Reminder.select().where(Reminder.kind == DAILY).count() >= MAX_NUDGES:
                raise ValidationError.of("Reminders", Code.TOO_MANY_REMINDERS,
                                         limit=MAX_NUDGES)
            row = Reminder.create(kind=DAILY, times=list(clean), weekdays=mask,
                                  enabled=bool(enabled), created_at=now, updated_at=now)
        log.info("daily reminder %s added (%d times)", row.id, len(clean))
        self.reminders_changed.emit()
        return int(row.id)

    def update_daily(self, nudge_id: int, *, times: Iterable[object] | None = None,
                     weekdays: int | None = None, enabled: bool | None = None) -> None:
        """Change a daily nudge. Occurrences before now are not announced afterwards."""
        values: dict[str, Any] = {}
        if times is not None:
            values["times"] = list(clean_times(times))
        if weekdays is not None:
            values["weekdays"] = clean_weekdays(weekdays)
        if enabled is not None:
            values["enabled"] = bool(enabled)
        with db.atomic():
            row = self._daily_row(nudge_id)
            if all(getattr(row, key) == value for key, value in values.items()):
                return
            # updated_at is the scheduler's floor: an edit never triggers a past occurrence
            Reminder.update(updated_at=self._clock(), **values).where(
                Reminder.id == nudge_id).execute()
        log.info("daily reminder %s changed", nudge_id)
        self.reminders_changed.emit()

    def remove_daily(self, nudge_id: int) -> None:
        with db.atomic():
            self._daily_row(nudge_id).delete_instance()
        log.info("daily reminder %s removed", nudge_id)
        self.reminders_changed.emit()

    def primary_nudge(self) -> DailyNudge | None:
        """The first daily nudge (the one onboarding sets), if there is one."""
        nudges = self.daily_nudges()
        return nudges[0] if nudges else None

    def choose_daily_nudge(self, at: str | None, weekdays: int = ALL_WEEKDAYS_MASK
                           ) -> int | None:
        """Onboarding's choice: a nudge at ``at`` ("HH:MM") on ``weekdays`` (a mask, bit 0:
        Monday), or None for none.

        The first nudge is moved to ``at`` (its other times kept) and switched on for those
        days, or added when there is none; None switches the first nudge off and adds nothing.
        Returns the nudge's id (None when there is none). Raises ValidationError for bad input.
        """
        primary = self.primary_nudge()
        if at is None:
            if primary is not None:
                self.update_daily(primary.id, enabled=False)
                return primary.id
            return None
        if primary is None:
            return self.add_daily([at], weekdays)
        self.update_daily(primary.id, times=[at, *primary.times[1:]], weekdays=weekdays,
                          enabled=True)
        return primary.id

    @staticmethod
    def _daily_row(nudge_id: int) -> Reminder:
        row = Reminder.get_or_none((Reminder.id == nudge_id) & (Reminder.kind == DAILY))
        if row is None:
            raise ValidationError.of("Reminder", Code.REMINDER_GONE)
        return row

    # planned-attempt and follow-up reminders ----------------------------------------------------
    def attempt_reminders(self, attempt_id: int) -> list[AttemptReminder]:
        query = Reminder.select().where(Reminder.attempt == attempt_id).order_by(Reminder.due_at)
        return [AttemptReminder(int(r.id), r.kind, attempt_id, r.due_at, int(r.offset_minutes),
                                bool(r.enabled), r.last_fired) for r in query]

    def sync_attempt(self, attempt_id: int) -> None:
        """Create, move or cancel the reminders of one attempt to match it."""
        with db.atomic():
            self._sync_attempt_rows(attempt_id, self._clock())
        self.reminders_changed.emit()

    def _sync_attempt_rows(self, attempt_id: int, now: datetime, *,
                           only_missing: bool = False) -> int:
        """Returns how many reminders were created (``only_missing``: leave existing ones)."""
        created = 0
        attempt = Attempt.get_or_none(Attempt.id == attempt_id)
        if attempt is None:
            return created
        planned_at: datetime | None = attempt.planned_at
        outcome = attempt.outcome
        before = int(self._settings.get("planned_minutes_before"))
        after = int(self._settings.get("followup_minutes"))
        wanted = {
            PLANNED: (outcome is None, before,
                      planned_due(planned_at, before) if planned_at else None),
            FOLLOWUP: (outcome in (None, Outcome.NO_REPLY.value), after,
                       follow_up_due(planned_at, after) if planned_at else None),
        }
        early = wanted[PLANNED][2]
        if planned_at is not None and early is not None and early <= now < planned_at:
            wanted[PLANNED] = (outcome is None, 0, planned_at)  # too late for "N minutes before"
        for kind, (open_, offset, wanted_due) in wanted.items():
            row = Reminder.get_or_none((Reminder.attempt == attempt_id) & (Reminder.kind == kind))
            if row is not None and only_missing:
                continue
            # a plan at the very edge of the calendar: no reminder that could not be stored
            due = wanted_due if wanted_due and instant_in_range(wanted_due) else None
            if due is None:
                if row is not None:
                    row.delete_instance()
                continue
            if row is None:
                if open_ and due > now:
                    Reminder.create(kind=kind, attempt=attempt_id, due_at=due,
                                    offset_minutes=offset, created_at=now, updated_at=now)
                    created += 1
                continue
            enabled = open_ and (due > now or (row.due_at == due and row.enabled))
            if row.due_at != due or row.offset_minutes != offset or row.enabled != enabled:
                Reminder.update(due_at=due, offset_minutes=offset, enabled=enabled,
                                updated_at=now).where(Reminder.id == row.id).execute()
        return created

    def _on_attempt_deleted(self, attempt_id: int) -> None:
        # the rows went with the attempt (ON DELETE CASCADE); only the plan changes
        log.info("reminders of attempt %s removed with it", attempt_id)
        self.reminders_changed.emit()

    def _resync_open_attempts(self) -> None:
        """The minutes before/after changed: move the reminders that are still ahead."""
        now = self._clock()
        with db.atomic():
            for attempt_id in self._open_plan_ids(now):
                self._sync_attempt_rows(attempt_id, now)
        self.reminders_changed.emit()

    def reschedule_once(self, reminder_id: int, at: datetime) -> None:
        """Deliver a planned-ask or follow-up reminder (again) at ``at``: one reminder's snooze.

        A later change of its attempt re-derives the time from the plan, ending the snooze.
        """
        if at.tzinfo is None:
            raise ValidationError.of("Snooze", Code.SNOOZE_TIME_ZONE)
        with db.atomic():
            changed = Reminder.update(due_at=at.astimezone(UTC), enabled=True,
                                      updated_at=self._clock()).where(
                (Reminder.id == reminder_id) & (Reminder.kind != DAILY)).execute()
        if not changed:
            raise ValidationError.of("Reminder", Code.REMINDER_GONE)
        log.info("reminder %s moved to a later time", reminder_id)
        self.reminders_changed.emit()

    def arm_open_plans(self) -> int:
        """Create the reminders an open plan should have and lacks; returns how many.

        Run at start-up and after an import or a restore, so a planned ask that arrived in a
        file (or whose reminders went missing) reminds. Reminders already there are left as
        they are; nothing is written when every open plan has its reminders."""
        now = self._clock()
        with db.atomic():
            created = sum(self._sync_attempt_rows(attempt_id, now, only_missing=True)
                          for attempt_id in self._open_plan_ids(now))
        if created:
            log.info("%d reminders of open plans armed", created)
            self.reminders_changed.emit()
        return created

    @staticmethod
    def _open_plan_ids(now: datetime) -> list[int]:
        """Attempts planned from a day ago on that may still remind (no outcome, or no reply)."""
        return [r[0] for r in as_tuples(Attempt.select(Attempt.id).where(
            Attempt.planned_at.is_null(False)
            & (Attempt.planned_at > now - timedelta(days=1))
            & (Attempt.outcome.is_null() | (Attempt.outcome == Outcome.NO_REPLY.value))
        ))]

    # snooze and pause --------------------------------------------------------------------------
    def status(self) -> ReminderStatus:
        return ReminderStatus(
            parse_instant(self._settings.get("paused_until"), "paused_until"),
            parse_instant(self._settings.get("snoozed_until"), "snoozed_until"),
        )

    def snooze(self, minutes: int = 60) -> datetime:
        """Delay everything due in the next ``minutes`` until then; returns when it ends."""
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= 1440:
            raise ValidationError.of("Snooze", Code.SNOOZE_RANGE)
        until = self._clock() + timedelta(minutes=minutes)
        current = self.status().snoozed_until
        if current is not None and current > until:
            until = current
        self._settings.set("snoozed_until", until.isoformat())
        log.info("reminders snoozed for %d minutes", minutes)
        return until

    def pause_until(self, until: datetime) -> None:
        """Skip every reminder until ``until`` (they are dropped, not delivered later)."""
        if until.tzinfo is None:
            raise ValidationError.of("Pause", Code.PAUSE_TIME_ZONE)
        check_instant(until, "The end of a pause")
        if until <= self._clock():
            raise ValidationError.of("Pause", Code.PAUSE_PAST)
        self._settings.set("paused_until", until.astimezone(UTC).isoformat())
        log.info("reminders paused")

    def pause_for_today(self) -> datetime:
        """Skip reminders until the next local midnight; returns it."""
        zone = self._settings.zone()
        local = self._clock().astimezone(zone)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=zone)
        until = midnight.astimezone(UTC)
        self.pause_until(until)
        return until

    def pause_for(self, days: int) -> datetime:
        """Skip reminders for ``days`` whole days from now (0 = until resumed)."""
        if isinstance(days, bool) or not isinstance(days, int) or days < 0 or days > 365:
            raise ValidationError.of("Pause", Code.PAUSE_RANGE)
        until = self._clock() + (INDEFINITE if days == 0 else timedelta(days=days))
        self.pause_until(until)
        return until

    def resume(self) -> None:
        """End pause and snooze now. What fell inside the pause stays skipped."""
        status = self.status()
        now = self._clock()
        # ending them at "now" (rather than clearing) keeps what fell inside them skipped
        if status.paused(now):
            self._settings.set("paused_until", now.isoformat())
        if status.snoozed(now):
            self._settings.set("snoozed_until", now.isoformat())
        log.info("reminders resumed")

    # quiet hours -------------------------------------------------------------------------------
    def quiet_hours(self) -> QuietHours | None:
        """The quiet hours in force, or None when switched off."""
        if not self._settings.get("quiet_hours_enabled"):
            return None
        quiet = QuietHours(time.fromisoformat(self._settings.get("quiet_hours_start")),
                           time.fromisoformat(self._settings.get("quiet_hours_end")))
        return quiet if quiet.enabled else None

    def set_quiet_hours(self, start: str, end: str, enabled: bool = True) -> None:
        """Store quiet hours ("HH:MM", may span midnight); raises ValidationError."""
        for value, name in ((start, "Quiet hours start"), (end, "Quiet hours end")):
            if not is_hhmm(value):
                raise ValidationError.of(name, Code.NOT_TIME, value=value, example="22:00")
        if enabled and start == end:
            raise ValidationError.of("Quiet hours", Code.QUIET_SAME)
        self._settings.set("quiet_hours_start", start)
        self._settings.set("quiet_hours_end", end)
        self._settings.set("quiet_hours_enabled", bool(enabled))

    def nudge_times_in_quiet_hours(self) -> list[str]:
        """The times ("HH:MM") of switched-on daily nudges that quiet hours hold back (each
        then arrives when quiet hours end)."""
        quiet = self.quiet_hours()
        if quiet is None:
            return []
        return sorted({at for nudge in self.daily_nudges() if nudge.enabled
                       for at in nudge.times if quiet.contains(time.fromisoformat(at))})

    def hold_status(self, now: datetime | None = None) -> HoldStatus:
        """What is held back at ``now`` (by quiet hours or a snooze) and until when."""
        now = now or self._clock()
        inputs = self.schedule_inputs(now)
        result = plan(inputs.specs, now, inputs.zone, quiet=inputs.quiet,
                      paused_until=inputs.snoozed_until, max_lookback=MAX_LOOKBACK)
        kinds = {spec.id: spec.kind for spec in inputs.specs}
        daily = {i for i, _ in result.held if kinds[i] == DAILY}
        other = {i for i, _ in result.held if kinds[i] != DAILY}
        snoozed = inputs.snoozed_until is not None and now < inputs.snoozed_until
        changes = [t for t in (result.held_until, result.next_due) if t is not None]
        return HoldStatus(len(daily), len(other), result.held_until, snoozed and bool(
            result.held), min(changes) if changes else None)

    # for the scheduler -------------------------------------------------------------------------
    def schedule_inputs(self, now: datetime | None = None) -> ScheduleInputs:
        """The specs to plan with at ``now``: pause and staleness already applied."""
        now = now or self._clock()
        status = self.status()
        query = (Reminder.select(Reminder.id, Reminder.kind, Reminder.times, Reminder.weekdays,
                                 Reminder.due_at, Reminder.last_fired, Reminder.updated_at,
                                 Reminder.attempt, Attempt.planned_at, Attempt.outcome)
                 .join(Attempt, peewee.JOIN.LEFT_OUTER)
                 .where(Reminder.enabled == True)  # noqa: E712 - peewee expression
                 .order_by(Reminder.id))
        skip_daily = parse_instant(self._settings.get("daily_skipped_until"),
                                   "daily_skipped_until")  # "Not today" on a daily nudge
        specs = [spec for row in as_tuples(query)
                 if (spec := self._usable_spec(_Row(*row), now, status.paused_until,
                                               skip_daily))
                 is not None]
        review = self._weekly_review_spec(status.paused_until)
        if review is not None:
            specs.append(review)
        return ScheduleInputs(tuple(specs), self._settings.zone(), self.quiet_hours(),
                              status.snoozed_until)

    def _weekly_review_spec(self, skip_until: datetime | None) -> ReminderSpec | None:
        """The weekly review's reminder on the day and at the time the user chose (none when
        the review is off). Its floor is its last delivery (also set when the day or time
        changes, so a change never announces a past occasion) and any pause."""
        day = self._settings.get("weekly_review_day")
        if day < 0:
            return None
        at = time.fromisoformat(self._settings.get("weekly_review_time"))
        reminded = self._review_reminded()
        floor = max((t for t in (reminded, skip_until) if t is not None), default=None)
        return ReminderSpec(WEEKLY_REVIEW_ID, WEEKLY_REVIEW, rule=DailyRule.of([at], [day]),
                            last_fired=reminded, created_at=floor)

    def _usable_spec(self, row: _Row, now: datetime, skip_until: datetime | None,
                     skip_daily: datetime | None = None) -> ReminderSpec | None:
        """``_spec`` for a row whose stored values pass the validators the service writes
        with; a row that does not is skipped (logged once by id), so it cannot stop the
        others."""
        try:
            if row.kind == DAILY:
                clean_times(row.times)
                clean_weekdays(row.weekdays)
            elif row.due_at is not None and instant_in_range(row.due_at) is None:
                raise ValidationError.of("Due", Code.YEARS, first=FIRST_YEAR, last=LAST_YEAR)
            return self._spec(row, now, skip_until, skip_daily)
        except (ValidationError, TypeError, ValueError, OverflowError):
            if row.id not in self._unusable:
                self._unusable.add(row.id)
                log.warning("reminder %s has an unusable stored value; skipping it", row.id)
            return None

    @staticmethod
    def _spec(row: _Row, now: datetime, skip_until: datetime | None,
              skip_daily: datetime | None = None) -> ReminderSpec | None:
        if row.kind == DAILY:
            floor = max(t for t in (row.updated_at, skip_until, skip_daily) if t is not None)
            rule = DailyRule.of((time.fromisoformat(t) for t in row.times),
                                mask_to_days(row.weekdays))
            return ReminderSpec(row.id, DAILY, rule=rule, last_fired=row.last_fired,
                                created_at=floor)
        due = row.due_at
        if due is None or row.attempt_id is None:
            return None
        if skip_until is not None and due <= skip_until:
            return None  # fell inside a pause
        if now - due > MAX_LOOKBACK:
            return None
        if row.kind == PLANNED and (row.outcome is not None or (
                row.planned_at is not None and now > row.planned_at + PLANNED_STALE_AFTER)):
            return None
        if row.kind == FOLLOWUP and row.outcome not in (None, Outcome.NO_REPLY.value):
            return None
        return ReminderSpec(row.id, row.kind, at=due, last_fired=row.last_fired)

    def describe(self, due: Sequence[tuple[int, datetime]]) -> list[DueReminder]:
        """The due reminders with their challenge titles (rows deleted meanwhile are left out)."""
        ids = {reminder_id for reminder_id, _ in due}
        if not ids:
            return []
        ids.discard(WEEKLY_REVIEW_ID)
        query = (Reminder.select(Reminder.id, Reminder.kind, Reminder.attempt, Attempt.planned_at,
                                 Challenge.title)
                 .join(Attempt, peewee.JOIN.LEFT_OUTER)
                 .join(Challenge, peewee.JOIN.LEFT_OUTER)
                 .where(Reminder.id.in_(ids)))
        rows = {r[0]: r for r in as_tuples(query)}
        found = []
        for reminder_id, at in due:
            if reminder_id == WEEKLY_REVIEW_ID:
                found.append(DueReminder(reminder_id, WEEKLY_REVIEW, at))
            elif reminder_id in rows:
                _, kind, attempt_id, planned_at, title = rows[reminder_id]
                found.append(DueReminder(reminder_id, kind, at, attempt_id, title or "",
                                         planned_at))
        return found

    def planned_today(self, now: datetime | None = None) -> list[PlannedAsk]:
        """The open asks planned for the local day of ``now`` (timed first), for a nudge."""
        if self._attempts is None:
            return []
        zone = self._settings.zone()
        start = datetime.combine((now or self._clock()).astimezone(zone).date(), time.min, zone)
        return [PlannedAsk(a.challenge_title, a.before.planned_at, a.audience)
                for a in self._attempts.planned_on(start, start + timedelta(days=1))]

    def mark_fired(self, ids: Iterable[int], at: datetime) -> None:
        """Persist that ``ids`` were delivered at ``at`` (one transaction)."""
        id_list = sorted(set(ids))
        if WEEKLY_REVIEW_ID in id_list:
            id_list.remove(WEEKLY_REVIEW_ID)
            self._set_review_reminded(at)
        if not id_list:
            return
        with db.atomic():
            Reminder.update(last_fired=at).where(Reminder.id.in_(id_list)).execute()

    def settle_all(self, at: datetime) -> None:
        """Count everything due up to ``at`` as delivered (after a restore or an import).

        A restored journal carries older ``last_fired`` times; without this the next plan
        would announce days of nudges the user already saw. Later reminders still fire.
        """
        with db.atomic():
            Reminder.update(last_fired=at).where(
                Reminder.last_fired.is_null() | (Reminder.last_fired < at)).execute()
        reminded = self._review_reminded()
        if reminded is None or reminded < at:
            self._set_review_reminded(at)
        self.reminders_changed.emit()

    def _review_reminded(self) -> datetime | None:
        """When the weekly review's reminder last fired (``WEEKLY_REVIEW_ID``)."""
        return parse_instant(self._settings.get(REVIEW_REMINDED), REVIEW_REMINDED)

    def _set_review_reminded(self, at: datetime) -> None:
        self._settings.set(REVIEW_REMINDED, at.astimezone(UTC).isoformat())

    # settings ----------------------------------------------------------------------------------
    def _on_setting_changed(self, key: str, _value: object) -> None:
        if key in ("planned_minutes_before", "followup_minutes"):
            self._resync_open_attempts()
        elif key in REVIEW_SETTINGS:  # a new day or time: nothing before now is announced
            self._set_review_reminded(self._clock())
            self.reminders_changed.emit()
        elif key in _SCHEDULE_SETTINGS:
            self.reminders_changed.emit()
