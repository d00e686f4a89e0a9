"""Progress numbers for the Progress page: attempt records cached once, snapshots per range.

``ProgressService`` loads every attempt record the first time a snapshot is asked for, then keeps
the cache current from ``AttemptService`` signals (one row fetched per change, never a reload),
from challenge edits (a category or distress change moves its attempts) and from settings that
change the numbers (time zone, daily goal, rest days). It emits ``progress_changed`` after each
change; snapshots are computed on demand and cached per range until the next change.

``build_snapshot`` is the pure part: records in, every figure the page shows out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from rejection_desktop import pyside_fix
from rejection_desktop.domain import stats
from rejection_desktop.domain.ladder import REPS_TO_CLIMB
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.records import AttemptRecord
from rejection_desktop.services.attempts import AttemptData, AttemptService
from rejection_desktop.services.challenges import ChallengeService
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.settings import SettingsService

log = logging.getLogger(__name__)

pyside_fix.apply()  # every emit() would otherwise leak a reference to True

RANGE_PRESETS: tuple[stats.RangePreset, ...] = ("4w", "3m", "1y", "all")
"""The ranges the Progress page offers, shortest first."""

DEFAULT_RANGE: stats.RangePreset = "3m"

SETTINGS_THAT_MATTER = frozenset({"timezone", "daily_goal", "rest_days_per_week"})


@dataclass(frozen=True)
class ProgressSnapshot:
    """Every figure of the Progress page for the local days ``start..end`` (inclusive).

    ``start`` is the range's first day; for "all" it is the first attempt's day (``end`` for a
    journal with no attempts). ``period`` is how the time charts group (week, month, quarter);
    ``period_starts`` is their shared x axis, one entry per bar. ``streak`` is over the whole
    journal (today's streak does not depend on the range chosen).
    """

    preset: stats.RangePreset
    start: date
    end: date
    period: stats.Period
    period_starts: list[date]
    journal_attempts: int  # attempts in the whole journal, any range
    journal_asks: int  # asks in the whole journal, any range
    counts: stats.OutcomeCounts
    timeline: list[stats.OutcomePeriod]
    daily: dict[date, int]
    days_asked: int
    streak: stats.Streak
    daily_goal: int
    prediction: stats.PredictionSummary
    calibration: list[stats.CalibrationBucket]
    disproved: stats.DisprovedSummary
    badness: stats.BadnessSummary
    badness_bands: list[stats.BadnessBand]
    anxiety: stats.AnxietySummary
    anxiety_trend: list[stats.AnxietyPoint]
    ladder: list[stats.CategoryLadder]
    courage: stats.Courage

    @property
    def is_new_user(self) -> bool:
        """True when the journal has no asks at all yet."""
        return self.journal_asks == 0

    @property
    def is_empty(self) -> bool:
        """True when the range holds no asks (the journal may have some elsewhere)."""
        return self.counts.asks == 0

    @property
    def days_in_range(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class JournalFacts:
    """Whole-journal figures a snapshot needs besides the records in its range."""

    attempts: int
    asks: int
    first_day: date | None
    daily_all: Mapping[date, int]
    daily_highest: Mapping[date, int]  # the highest distress asked each day

    def highest_before(self, day: date) -> int | None:
        """The highest distress asked before ``day``, ``None`` with no earlier asks."""
        return max((v for d, v in self.daily_highest.items() if d < day), default=None)


def journal_facts(
    records: Iterable[AttemptRecord], days: Mapping[int, date], zone: ZoneInfo
) -> JournalFacts:
    """Counts and asks per day over the whole journal; ``days`` maps record id to local day."""
    attempts = asks = 0
    first: date | None = None
    daily: dict[date, int] = {}
    highest: dict[date, int] = {}
    for record in records:
        attempts += 1
        day = days.get(record.id) or stats.local_date(record.when, zone)
        first = day if first is None or day < first else first
        if stats.is_ask(record):
            asks += 1
            daily[day] = daily.get(day, 0) + 1
            highest[day] = max(highest.get(day, record.distress), record.distress)
    return JournalFacts(attempts, asks, first, daily, highest)


def build_snapshot(
    in_range: list[AttemptRecord],
    journal: JournalFacts,
    preset: stats.RangePreset,
    today: date,
    zone: ZoneInfo,
    *,
    daily_goal: int = 1,
    rest_days_per_week: int = 0,
) -> ProgressSnapshot:
    """Every figure for the range ``preset`` ending ``today``, from the records in that range.

    ``in_range`` must already be filtered to the range (``stats.filter_range``); ``journal``
    supplies what lies outside it (the streak, the courage baseline, the first day).
    """
    range_first = stats.range_start(preset, today)
    start = range_first if range_first is not None else (journal.first_day or today)
    start = min(start, today)
    period = stats.period_for_span(start, today)
    timeline = stats.outcomes_per_period(in_range, zone, period, start=start, end=today)
    daily = {d: n for d, n in journal.daily_all.items() if start <= d <= today}
    return ProgressSnapshot(
        preset=preset,
        start=start,
        end=today,
        period=period,
        period_starts=[p.start for p in timeline],
        journal_attempts=journal.attempts,
        journal_asks=journal.asks,
        counts=stats.outcome_counts(in_range),
        timeline=timeline,
        daily=daily,
        days_asked=len(daily),
        streak=stats.streak(journal.daily_all, today, daily_goal, rest_days_per_week),
        daily_goal=daily_goal,
        prediction=stats.overall_prediction(in_range),
        calibration=stats.calibration(in_range),
        disproved=stats.predictions_disproved(in_range),
        badness=stats.badness_summary(in_range),
        badness_bands=stats.badness_by_expectation(in_range),
        anxiety=stats.anxiety_summary(in_range),
        anxiety_trend=stats.anxiety_trend(in_range, zone, period),
        ladder=stats.category_ladder(in_range, REPS_TO_CLIMB),
        courage=stats.courage_between(
            in_range, zone, range_first, today,
            previous_highest=None if range_first is None else journal.highest_before(range_first),
        ),
    )


def to_record(data: AttemptData) -> AttemptRecord:
    """The statistics record of one attempt as ``AttemptService.get`` returns it."""
    outcome = data.outcome
    return AttemptRecord(
        id=data.id,
        challenge_id=data.challenge_id,
        category=data.category,
        distress=data.distress,
        created_at=data.created_at,
        planned_at=data.before.planned_at,
        attempted_at=None if outcome is None else outcome.attempted_at,
        outcome=None if outcome is None else Outcome(outcome.outcome),
        predicted_no=data.before.predicted_no,
        expected_badness=data.before.expected_badness,
        anxiety_before=data.before.anxiety_before,
        actual_badness=None if outcome is None else outcome.actual_badness,
        anxiety_after=None if outcome is None else outcome.anxiety_after,
        asked_why=None if outcome is None else outcome.asked_why,
    )


class ProgressService(QObject):
    """Caches attempt records and hands out ``ProgressSnapshot``s; emits ``progress_changed``.

    Nothing is read until the first ``snapshot`` (the page is built lazily), so start-up does not
    pay for it. Changes that arrive before that are ignored: the first load sees them anyway.
    """

    progress_changed = Signal()

    def __init__(
        self,
        attempts: AttemptService,
        settings: SettingsService,
        challenges: ChallengeService | None = None,
        clock: Clock = system_clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempts = attempts
        self._settings = settings
        self._challenges = challenges
        self._clock = clock
        self._records: dict[int, AttemptRecord] | None = None
        self._days: dict[int, date] = {}
        self._zone: ZoneInfo | None = None
        self._journal: JournalFacts | None = None
        self._snapshots: dict[tuple[stats.RangePreset, date], ProgressSnapshot] = {}
        for signal in (attempts.attempt_planned, attempts.attempt_logged,
                       attempts.attempt_updated, attempts.attempt_restored):
            signal.connect(self._on_attempt_changed)
        attempts.attempt_deleted.connect(self._on_attempt_deleted)
        settings.setting_changed.connect(self._on_setting_changed)
        if challenges is not None:
            challenges.challenge_updated.connect(self._on_challenge_updated)

    # reading -----------------------------------------------------------------------------------
    @property
    def loaded(self) -> bool:
        """True once the records are cached."""
        return self._records is not None

    def zone(self) -> ZoneInfo:
        """The user's time zone the figures use."""
        if self._zone is None:
            self._zone = self._settings.zone()
        return self._zone

    def today(self) -> date:
        """Today's local date in the user's zone."""
        return stats.local_date(self._clock(), self.zone())

    def records(self) -> list[AttemptRecord]:
        """Every cached attempt record, in id order (loads them on first use)."""
        return [self._ensure_loaded()[key] for key in sorted(self._ensure_loaded())]

    def snapshot(self, preset: stats.RangePreset = DEFAULT_RANGE) -> ProgressSnapshot:
        """The figures for range ``preset`` ending today; cached until the next change."""
        if preset not in RANGE_PRESETS:
            raise ValueError(f"unknown range {preset!r}")
        today = self.today()
        key = (preset, today)
        cached = self._snapshots.get(key)
        if cached is not None:
            return cached
        records = self._ensure_loaded()
        zone = self.zone()
        first = stats.range_start(preset, today)
        days = self._days
        in_range = [
            r for r in records.values()
            if days[r.id] <= today and (first is None or days[r.id] >= first)
        ]
        snapshot = build_snapshot(
            in_range, self._journal_facts(), preset, today, zone,
            daily_goal=int(self._settings.get("daily_goal")),
            rest_days_per_week=int(self._settings.get("rest_days_per_week")),
        )
        self._snapshots = {key: snapshot}  # only the range on screen is worth keeping
        return snapshot

    def streak(self) -> stats.Streak:
        """Today's streak over the whole journal with the user's daily goal and rest days."""
        return stats.streak(
            self._journal_facts().daily_all, self.today(),
            int(self._settings.get("daily_goal")), int(self._settings.get("rest_days_per_week")),
        )

    # keeping the cache current -----------------------------------------------------------------
    def reload(self) -> None:
        """Forget everything and read the records again (after an import or restore)."""
        self._records = None
        self._zone = None
        self._changed()

    def _ensure_loaded(self) -> dict[int, AttemptRecord]:
        if self._records is None:
            zone = self.zone()
            records = self._attempts.records()
            self._records = {r.id: r for r in records}
            self._days = {r.id: stats.local_date(r.when, zone) for r in records}
            self._journal = None
            log.debug("progress cache loaded: %d attempts", len(records))
        return self._records

    def _journal_facts(self) -> JournalFacts:
        if self._journal is None:
            records = self._ensure_loaded()
            self._journal = journal_facts(records.values(), self._days, self.zone())
        return self._journal

    def _put(self, record: AttemptRecord) -> None:
        assert self._records is not None
        old = self._records.get(record.id)
        old_day = self._days.get(record.id)
        day = stats.local_date(record.when, self.zone())
        self._records[record.id] = record
        self._days[record.id] = day
        self._update_journal(old, old_day, record, day)

    def _update_journal(self, old: AttemptRecord | None, old_day: date | None,
                        new: AttemptRecord | None, new_day: date | None) -> None:
        facts = self._journal
        if facts is None:
            return
        if old_day is not None and old_day == facts.first_day:
            self._journal = None  # the first day may move later: recount when next needed
            return
        self._journal = _journal_with(facts, old, old_day, new, new_day)

    def _on_attempt_changed(self, attempt_id: int) -> None:
        if self._records is None:
            return
        try:
            record = to_record(self._attempts.get(attempt_id))
        except KeyError:
            log.warning("attempt %s changed but is gone; dropping it from progress", attempt_id)
            self._on_attempt_deleted(attempt_id)
            return
        self._put(record)
        self._changed()

    def _on_attempt_deleted(self, attempt_id: int) -> None:
        if self._records is None:
            return
        old = self._records.pop(attempt_id, None)
        day = self._days.pop(attempt_id, None)
        if old is not None:
            self._update_journal(old, day, None, None)
        self._changed()

    def _on_challenge_updated(self, challenge_id: int) -> None:
        if self._records is None or self._challenges is None:
            return
        try:
            challenge = self._challenges.get(challenge_id)
        except KeyError:
            return
        for record in list(self._records.values()):
            if record.challenge_id == challenge_id and (
                record.category != challenge.category or record.distress != challenge.distress
            ):
                self._records[record.id] = replace(
                    record, category=challenge.category, distress=challenge.distress
                )
        self._changed()

    def _on_setting_changed(self, key: str, _value: Any) -> None:
        if key not in SETTINGS_THAT_MATTER:
            return
        if key == "timezone":
            self.reload()
            return
        self._changed()

    def _changed(self) -> None:
        self._snapshots = {}
        self.progress_changed.emit()


def _journal_with(
    facts: JournalFacts,
    old: AttemptRecord | None,
    old_day: date | None,
    new: AttemptRecord | None,
    new_day: date | None,
) -> JournalFacts | None:
    """``facts`` after replacing ``old`` by ``new`` (either may be ``None``), in O(days).

    ``None`` when it cannot be worked out cheaply (the day's highest distress was removed):
    the caller then recounts.
    """
    daily = dict(facts.daily_all)
    highest = dict(facts.daily_highest)
    attempts, asks = facts.attempts, facts.asks
    first = facts.first_day
    if old is not None:
        attempts -= 1
        if stats.is_ask(old) and old_day is not None:
            if highest.get(old_day) == old.distress:
                return None
            asks -= 1
            daily[old_day] -= 1
            if not daily[old_day]:
                del daily[old_day]
                del highest[old_day]
    if new is not None and new_day is not None:
        attempts += 1
        first = new_day if first is None or new_day < first else first
        if stats.is_ask(new):
            asks += 1
            daily[new_day] = daily.get(new_day, 0) + 1
            highest[new_day] = max(highest.get(new_day, new.distress), new.distress)
    return JournalFacts(attempts, asks, first, daily, highest)
