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
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from rejection_desktop.db import derived
from rejection_desktop.db.connection import db
from rejection_desktop.domain.ladder import REPS_TO_CLIMB
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.records import AttemptRecord
from rejection_desktop.domain.stats.asks import is_ask, local_date
from rejection_desktop.domain.stats.calendar import (
    Streak,
    StreakState,
    streak,
    streak_state,
    weekly_state,
    weekly_streak,
)
from rejection_desktop.domain.stats.figures import (
    AnxietyPoint,
    AnxietySummary,
    BadnessBand,
    BadnessSummary,
    CalibrationBucket,
    CategoryLadder,
    Courage,
    DisprovedSummary,
    OutcomeCounts,
    OutcomePeriod,
    PredictionSummary,
)
from rejection_desktop.domain.stats.periods import (
    Period,
    RangePreset,
    period_for_span,
    period_start,
    range_start,
)
from rejection_desktop.domain.stats.tally import (
    Tally,
    anxiety_points,
    outcome_timeline,
    tallies_by_period,
)
from rejection_desktop.services.attempts import AttemptService
from rejection_desktop.services.challenges import ChallengeService
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.reflections import ReflectionService
from rejection_desktop.services.settings import SettingsService

log = logging.getLogger(__name__)

RANGE_PRESETS: tuple[RangePreset, ...] = ("4w", "3m", "1y", "all")
"""The ranges the Progress page offers, shortest first."""

DEFAULT_RANGE: RangePreset = "3m"

SETTINGS_THAT_MATTER = frozenset({"timezone", "daily_goal", "rest_days_per_week", "goal_period",
                                  "weekly_goal"})


@dataclass(frozen=True)
class Pace:
    """The user's goal: ``daily_goal`` asks a day with rest days, or ``weekly_goal`` a week."""

    period: str = "day"
    daily_goal: int = 1
    rest_days_per_week: int = 1
    weekly_goal: int = 3

    def streak(self, daily: Mapping[date, int], today: date,
               kept_days: Iterable[date] = (), resume: StreakState | None = None) -> Streak:
        """The streak by this pace (kept days: an honest "did not ask" with a reflection); with
        ``resume`` (``state``), from the days after it only."""
        if self.period == "week":
            return weekly_streak(daily, today, self.weekly_goal, kept_days, resume=resume)
        return streak(daily, today, self.daily_goal, self.rest_days_per_week, kept_days,
                      resume=resume)

    def state(self, daily: Mapping[date, int], until: date,
              kept_days: Iterable[date] = ()) -> StreakState:
        """The streak's walk by this pace over the days before the Monday ``until``."""
        if self.period == "week":
            return weekly_state(daily, until, self.weekly_goal, kept_days)
        return streak_state(daily, until, self.daily_goal, self.rest_days_per_week, kept_days)

    @property
    def key(self) -> str:
        """This pace in a few words (what a kept walk was walked by)."""
        return f"{self.period} {self.daily_goal} {self.rest_days_per_week} {self.weekly_goal}"


STREAK_CUT_WEEKS = 4
"""Where the streak's walk kept in the journal stops: this many weeks before this week's
Monday (``ProgressService.streak``), so a start reads about a month of days, not the years."""


STREAK_KEY = "streak"
"""The streak's walk in ``db.derived`` (one, whatever the pace and zone it was walked by)."""


def state_to_json(state: StreakState, walked_by: str) -> dict[str, Any]:
    """``state`` as JSON to keep in the journal (``db.derived``), with the pace and zone it
    was ``walked_by``."""
    return {"by": walked_by, "until": state.until.isoformat(), "current": state.current,
            "longest": state.longest,
            "previous": None if state.previous is None else state.previous.isoformat(),
            "week": None if state.week is None else list(state.week),
            "rest_used": state.rest_used}


def state_from_json(value: Any, walked_by: str) -> StreakState | None:
    """The ``StreakState`` kept as ``value`` if it was ``walked_by`` this pace and zone, or
    None (also when it is not one; never raises)."""
    try:
        if value["by"] != walked_by:
            return None
        previous, week = value["previous"], value["week"]
        state = StreakState(
            date.fromisoformat(value["until"]), int(value["current"]), int(value["longest"]),
            None if previous is None else date.fromisoformat(previous),
            None if week is None else (int(week[0]), int(week[1])), int(value["rest_used"]))
    except (TypeError, KeyError, ValueError, IndexError):
        return None
    if state.until.weekday() != 0 or min(state.current, state.longest, state.rest_used) < 0:
        return None
    return state


def kept_days(records: Iterable[AttemptRecord], zone: ZoneInfo) -> set[date]:
    """Days with an honest "did not ask" that the user reflected on: practice, streak-wise."""
    return {local_date(r.when, zone) for r in records
            if r.outcome is Outcome.NOT_ATTEMPTED and r.reflected}


@dataclass(frozen=True)
class ProgressSnapshot:
    """Every figure of the Progress page for the local days ``start..end`` (inclusive).

    ``start`` is the range's first day; for "all" it is the first attempt's day (``end`` for a
    journal with no attempts). ``period`` is how the time charts group (week, month, quarter);
    ``period_starts`` is their shared x axis, one entry per bar. ``streak`` is over the whole
    journal (today's streak does not depend on the range chosen).
    """

    preset: RangePreset
    start: date
    end: date
    period: Period
    period_starts: list[date]
    journal_attempts: int  # attempts in the whole journal, any range
    journal_asks: int  # asks in the whole journal, any range
    counts: OutcomeCounts
    timeline: list[OutcomePeriod]
    daily: dict[date, int]
    days_asked: int
    streak: Streak
    daily_goal: int
    prediction: PredictionSummary
    calibration: list[CalibrationBucket]
    disproved: DisprovedSummary
    badness: BadnessSummary
    badness_bands: list[BadnessBand]
    anxiety: AnxietySummary
    anxiety_trend: list[AnxietyPoint]
    ladder: list[CategoryLadder]
    courage: Courage

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


@dataclass
class RecordIndex:
    """Where each attempt falls: its local day, the attempts of each month, the journal facts."""

    days: dict[int, date]
    months: dict[date, set[int]]  # month start -> ids of the attempts dated in it
    journal: JournalFacts


def index_records(records: Iterable[AttemptRecord], zone: ZoneInfo) -> RecordIndex:
    """One pass over the journal: local days, the month index and the journal facts.

    Written for speed (it runs over the whole journal at start-up): instants from storage are
    always aware, so they are converted directly, and each local day's month is looked up once.
    """
    days: dict[int, date] = {}
    months: dict[date, set[int]] = {}
    month_of: dict[date, date] = {}
    daily: dict[date, int] = {}
    highest: dict[date, int] = {}
    attempts = asks = 0
    first: date | None = None
    not_attempted = Outcome.NOT_ATTEMPTED
    for record in records:
        day = (record.attempted_at or record.planned_at or record.created_at
               ).astimezone(zone).date()
        days[record.id] = day
        month = month_of.get(day)
        if month is None:
            month = month_of[day] = day.replace(day=1)
            if month not in months:
                months[month] = set()
        months[month].add(record.id)
        attempts += 1
        if first is None or day < first:
            first = day
        if record.outcome is not None and record.outcome is not not_attempted:  # is_ask
            asks += 1
            daily[day] = daily.get(day, 0) + 1
            distress = record.distress
            if distress > highest.get(day, -1):
                highest[day] = distress
    return RecordIndex(days, months, JournalFacts(attempts, asks, first, daily, highest))


@dataclass(frozen=True)
class RangeTallies:
    """The attempts of a range as tallies: the whole range, and one per chart period."""

    total: Tally
    periods: Mapping[date, Tally]


def range_bounds(preset: RangePreset, today: date,
                 first_day: date | None) -> tuple[date, date | None, Period]:
    """(first day shown, the range's own start or None for "all", the chart period)."""
    range_first = range_start(preset, today)
    start = min(range_first if range_first is not None else (first_day or today), today)
    return start, range_first, period_for_span(start, today)


def build_snapshot(
    tallies: RangeTallies,
    journal: JournalFacts,
    preset: RangePreset,
    today: date,
    *,
    pace: Pace | None = None,
    kept: Iterable[date] = (),
) -> ProgressSnapshot:
    """Every figure for the range ``preset`` ending ``today``.

    ``tallies`` hold the attempts dated in the range (see ``range_bounds``), grouped by the
    range's chart period; ``journal`` supplies what lies outside it (the streak, the courage
    baseline, the first day).
    """
    pace = pace or Pace()
    start, range_first, period = range_bounds(preset, today, journal.first_day)
    total = tallies.total
    timeline = outcome_timeline(tallies.periods, period, start, today)
    daily = {d: n for d, n in journal.daily_all.items() if start <= d <= today}
    if range_first is None:
        courage = total.courage(min(daily, default=today), today, None)
    else:
        courage = total.courage(range_first, today, journal.highest_before(range_first))
    return ProgressSnapshot(
        preset=preset,
        start=start,
        end=today,
        period=period,
        period_starts=[p.start for p in timeline],
        journal_attempts=journal.attempts,
        journal_asks=journal.asks,
        counts=total.outcome_counts(),
        timeline=timeline,
        daily=daily,
        days_asked=len(daily),
        streak=pace.streak(journal.daily_all, today, kept),
        daily_goal=pace.daily_goal if pace.period == "day" else pace.weekly_goal,
        prediction=total.overall_prediction(),
        calibration=total.calibration(),
        disproved=total.disproved_summary(),
        badness=total.badness_summary(),
        badness_bands=total.badness_bands(),
        anxiety=total.anxiety_summary(),
        anxiety_trend=anxiety_points(tallies.periods),
        ladder=total.category_ladder(REPS_TO_CLIMB),
        courage=courage,
    )


def snapshot_from_records(
    records: Iterable[AttemptRecord],
    preset: RangePreset,
    today: date,
    zone: ZoneInfo,
    *,
    pace: Pace | None = None,
) -> ProgressSnapshot:
    """``build_snapshot`` straight from every record of the journal (no caching; for checks)."""
    records = sorted(records, key=lambda r: r.id)
    index = index_records(records, zone)
    days, journal = index.days, index.journal
    start, _, period = range_bounds(preset, today, journal.first_day)
    in_range = [r for r in records if start <= days[r.id] <= today]
    tallies = RangeTallies(Tally.of(in_range),
                           tallies_by_period(in_range, zone, period))
    return build_snapshot(tallies, journal, preset, today, pace=pace,
                          kept=kept_days(records, zone))


class ProgressService(QObject):
    """Caches attempt records and hands out ``ProgressSnapshot``s; emits ``progress_changed``.

    Nothing is read until the first ``snapshot`` (the page is built lazily), so start-up does not
    pay for it. Changes that arrive before that are ignored: the first load sees them anyway.

    Records are indexed by the month of their local day, and the ``Tally`` of each whole month
    (and of each whole year) is kept until an attempt in it changes, so a snapshot of a long
    range merges a few cached tallies instead of re-reading every attempt; the months at the
    edges of a range are tallied afresh from their few records.
    """

    progress_changed = Signal()

    def __init__(
        self,
        attempts: AttemptService,
        settings: SettingsService,
        challenges: ChallengeService | None = None,
        clock: Clock = system_clock,
        parent: QObject | None = None,
        *,
        reflections: ReflectionService | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempts = attempts
        self._settings = settings
        self._challenges = challenges
        self._clock = clock
        self._records: dict[int, AttemptRecord] | None = None
        self._days: dict[int, date] = {}
        self._months: dict[date, set[int]] = {}  # month start -> ids of attempts dated in it
        self._month_tallies: dict[date, Tally] = {}
        self._year_tallies: dict[int, Tally] = {}
        self._zone: ZoneInfo | None = None
        self._journal: JournalFacts | None = None
        self._snapshots: dict[tuple[RangePreset, date], ProgressSnapshot] = {}
        self._daily: dict[date, int] | None = None  # asks per day by SQL, before a load
        self._kept: set[date] | None = None  # kept days by SQL, before a load
        self._recent: tuple[date, dict[date, int]] | None = None  # asks per day from a day on
        for signal in (attempts.attempt_planned, attempts.attempt_logged,
                       attempts.attempt_updated, attempts.attempt_restored):
            signal.connect(self._on_attempt_changed)
        attempts.attempt_deleted.connect(self._on_attempt_deleted)
        settings.setting_changed.connect(self._on_setting_changed)
        if challenges is not None:
            challenges.challenge_updated.connect(self._on_challenge_updated)
        self._reflections = reflections
        if reflections is not None:  # a reflection can turn a "did not ask" into practice
            reflections.reflection_saved.connect(self._on_reflection_changed)
            reflections.reflection_restored.connect(self._on_reflection_changed)
            reflections.reflection_deleted.connect(self._on_reflection_deleted)

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
        return local_date(self._clock(), self.zone())

    def records(self) -> list[AttemptRecord]:
        """Every cached attempt record, in id order (loads them on first use)."""
        records = self._ensure_loaded()
        return [records[key] for key in sorted(records)]

    def snapshot(self, preset: RangePreset = DEFAULT_RANGE) -> ProgressSnapshot:
        """The figures for range ``preset`` ending today; cached until the next change."""
        if preset not in RANGE_PRESETS:
            raise ValueError(f"unknown range {preset!r}")
        today = self.today()
        key = (preset, today)
        cached = self._snapshots.get(key)
        if cached is not None:
            return cached
        self._ensure_loaded()
        journal = self._journal_facts()
        snapshot = build_snapshot(
            self._range_tallies(preset, today, journal), journal, preset, today,
            pace=self.pace(), kept=self._kept_days())
        self._snapshots = {key: snapshot}  # only the range on screen is worth keeping
        return snapshot

    def asks_per_day(self) -> Mapping[date, int]:
        """Asks made on each local day of the whole journal: from the cached records once the
        Progress page has loaded them, else from one SQL count per day (kept until the next
        change), so the Today page never loads every record."""
        if self._records is not None:
            return self._journal_facts().daily_all
        if self._daily is None:
            self._daily = self._attempts.asks_per_day(self.zone(), self.today())
        return self._daily

    def pace(self) -> Pace:
        """The user's goal, as the settings hold it."""
        get = self._settings.get
        return Pace(str(get("goal_period")), int(get("daily_goal")),
                    int(get("rest_days_per_week")), int(get("weekly_goal")))

    def streak(self) -> Streak:
        """Today's streak over the whole journal by the user's goal (daily with rest days, or
        weekly); an honest "did not ask" with a reflection keeps it.

        Before the records or every day are read, the walk over the days up to a recent Monday
        is kept in the journal at its revision (``db.derived``): while the journal has not
        changed since, only the days after that Monday are read."""
        pace = self.pace()
        if self._records is not None or self._daily is not None:
            return pace.streak(self.asks_per_day(), self.today(), self._kept_days())
        zone, today = self.zone(), self.today()
        walked_by = f"{pace.key} {zone.key}"
        this_monday = today - timedelta(days=today.weekday())
        with db.atomic():  # the revision and the days read: one state of the journal
            at = derived.revision()
            kept = state_from_json(derived.load(STREAK_KEY, at), walked_by)
            if kept is not None and kept.until <= this_monday:
                since = self._attempts.asks_per_day(zone, today, since=kept.until)
                self._recent = (kept.until, since)
                return pace.streak(since, today, self._attempts.kept_days(
                    zone, today, since=kept.until), resume=kept)
            daily, days_kept = self.asks_per_day(), self._kept_days()
        derived.store(STREAK_KEY, at, state_to_json(pace.state(
            daily, this_monday - timedelta(weeks=STREAK_CUT_WEEKS), days_kept), walked_by))
        return pace.streak(daily, today, days_kept)

    def asks_since(self, day: date) -> Mapping[date, int]:
        """Asks per local day from ``day`` on: from what is already read when that covers it
        (the records, every day, or the days the streak read), else one bounded query."""
        if self._records is not None or self._daily is not None:
            return {d: n for d, n in self.asks_per_day().items() if d >= day}
        if self._recent is None or self._recent[0] > day:
            self._recent = (day, self._attempts.asks_per_day(self.zone(), self.today(),
                                                             since=day))
        return {d: n for d, n in self._recent[1].items() if d >= day}

    def records_from(self, day: date) -> list[AttemptRecord]:
        """The attempt records dated on local day ``day`` or later, in id order: from the
        cache once loaded, else from a bounded query (the whole journal is never read)."""
        zone = self.zone()
        if self._records is not None:
            return [r for r in self.records() if self._days[r.id] >= day]
        # a day earlier in UTC covers every offset; the exact local day is checked below
        since = datetime.combine(day - timedelta(days=1), time.min, UTC)
        return [r for r in self._attempts.records_from(since) if local_date(r.when, zone) >= day]

    def days_kept(self) -> set[date]:
        """The local days of an honest "did not ask" with a reflection (they keep a streak)."""
        return self._kept_days()

    def _kept_days(self) -> set[date]:
        """The days kept by an honest "did not ask": from the cached records once loaded,
        else from one SQL query (kept until the next change)."""
        if self._records is not None:
            return kept_days(self._records.values(), self.zone())
        if self._kept is None:
            self._kept = self._attempts.kept_days(self.zone(), self.today())
        return self._kept

    # tallies -----------------------------------------------------------------------------------
    def _range_tallies(self, preset: RangePreset, today: date,
                       journal: JournalFacts) -> RangeTallies:
        start, _, period = range_bounds(preset, today, journal.first_day)
        months, whole = self._month_parts(start, today)
        total = Tally.combine(self._total_parts(months, whole))
        if period == "week":  # at most 26 weeks: tally the few records again by week
            records = self._records or {}
            ids = sorted(i for i in set().union(*(self._months.get(m, set()) for m in months))
                         if start <= self._days[i] <= today)
            periods = tallies_by_period((records[i] for i in ids), self.zone(), "week")
            return RangeTallies(total, periods)
        grouped: dict[date, list[Tally]] = {}
        for month, tally in months.items():
            grouped.setdefault(period_start(month, period), []).append(tally)
        return RangeTallies(total, {key: Tally.combine_counts(parts)
                                    for key, parts in grouped.items()})

    def _month_parts(self, start: date,
                     end: date) -> tuple[dict[date, Tally], set[date]]:
        """A tally per month of the attempts dated ``start..end``, oldest month first, and the
        months that lie wholly inside the range (their tallies are the cached ones)."""
        parts: dict[date, Tally] = {}
        whole: set[date] = set()
        month = period_start(start, "month")
        while month <= end:
            following = (month + timedelta(days=32)).replace(day=1)
            ids = self._months.get(month)
            if ids:
                if month >= start and following - timedelta(days=1) <= end:
                    parts[month] = self._month_tally(month)
                    whole.add(month)
                else:
                    parts[month] = self._tally(i for i in ids if start <= self._days[i] <= end)
            month = following
        return parts, whole

    def _total_parts(self, months: dict[date, Tally],
                     whole: set[date]) -> list[Tally]:
        """``months``' tallies, with every wholly covered year replaced by its cached tally."""
        by_year: dict[int, list[date]] = {}
        for month in months:
            by_year.setdefault(month.year, []).append(month)
        parts: list[Tally] = []
        for year, keys in by_year.items():
            if len(keys) == 12 and whole.issuperset(keys):
                parts.append(self._year_tally(year))
            else:
                parts.extend(months[key] for key in keys)
        return parts

    def _year_tally(self, year: int) -> Tally:
        tally = self._year_tallies.get(year)
        if tally is None:
            tally = self._year_tallies[year] = Tally.combine(
                self._month_tally(date(year, month, 1)) for month in range(1, 13))
        return tally

    def _month_tally(self, month: date) -> Tally:
        tally = self._month_tallies.get(month)
        if tally is None:
            tally = self._month_tallies[month] = self._tally(self._months.get(month, ()))
        return tally

    def _tally(self, ids: Iterable[int]) -> Tally:
        records = self._records or {}
        return Tally.of(records[i] for i in sorted(ids))

    # keeping the cache current -----------------------------------------------------------------
    def reload(self) -> None:
        """Forget everything and read the records again (after an import or restore)."""
        self._records = None
        self._zone = None
        self._changed()

    def _ensure_loaded(self) -> dict[int, AttemptRecord]:
        if self._records is None:
            records = self._attempts.records()
            index = index_records(records, self.zone())
            self._records = {r.id: r for r in records}
            self._days, self._months, self._journal = index.days, index.months, index.journal
            self._month_tallies = {}
            self._year_tallies = {}
            log.debug("progress cache loaded: %d attempts", len(records))
        return self._records

    def _journal_facts(self) -> JournalFacts:
        self._ensure_loaded()
        assert self._journal is not None  # loaded together with the records
        return self._journal

    def _replace(self, attempt_id: int, new: AttemptRecord | None) -> None:
        """Swap the cached record ``attempt_id`` for ``new`` (``None`` removes it)."""
        records = self._records
        assert records is not None
        old = records.pop(attempt_id, None)
        old_day = self._days.pop(attempt_id, None)
        if old_day is not None:
            self._months[old_day.replace(day=1)].discard(attempt_id)
            self._forget_month(old_day)
        new_day = None
        if new is not None:
            new_day = local_date(new.when, self.zone())
            records[attempt_id] = new
            self._days[attempt_id] = new_day
            self._months.setdefault(new_day.replace(day=1), set()).add(attempt_id)
            self._forget_month(new_day)
        assert self._journal is not None
        self._journal = _journal_with(self._journal, (old, old_day), (new, new_day),
                                      self._day_facts)

    def _forget_month(self, day: date) -> None:
        """Drop the cached tallies that include ``day``'s month."""
        self._month_tallies.pop(day.replace(day=1), None)
        self._year_tallies.pop(day.year, None)

    def _day_facts(self, day: date) -> tuple[date | None, int | None]:
        """The journal's first day, and the highest distress asked on ``day``, from the cache."""
        months = [m for m, ids in self._months.items() if ids]
        first = None
        if months:
            first = min(self._days[i] for i in self._months[min(months)])
        records = self._records or {}
        highest = max((records[i].distress for i in self._months.get(day.replace(day=1), ())
                       if self._days[i] == day and is_ask(records[i])), default=None)
        return first, highest

    def _on_attempt_changed(self, attempt_id: int) -> None:
        if self._records is None:
            self._changed()
            return
        record = self._attempts.record(attempt_id)
        if record is None:
            log.warning("attempt %s changed but is gone; dropping it from progress", attempt_id)
            self._on_attempt_deleted(attempt_id)
            return
        self._replace(attempt_id, record)
        self._changed()

    def _on_reflection_changed(self, reflection_id: int) -> None:
        if self._records is None or self._reflections is None:
            self._changed()  # a kept day may have come or gone
            return
        try:
            attempt_id = self._reflections.get(reflection_id).attempt_id
        except KeyError:
            return
        if attempt_id is not None and not self._records[attempt_id].reflected:
            self._on_attempt_changed(attempt_id)

    def _on_reflection_deleted(self, _reflection_id: int) -> None:
        """The reflection is gone with its attempt id: re-read the few attempts it could be."""
        if self._records is None:
            self._changed()
            return
        for record in [r for r in self._records.values() if r.reflected]:
            fresh = self._attempts.record(record.id)
            if fresh is not None and fresh != record:
                self._replace(record.id, fresh)
        self._changed()

    def _on_attempt_deleted(self, attempt_id: int) -> None:
        if self._records is None:
            self._changed()
            return
        self._replace(attempt_id, None)
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
                or record.dare != challenge.dare
            ):
                self._replace(record.id, record._replace(
                    category=challenge.category, distress=challenge.distress,
                    dare=challenge.dare))
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
        self._daily = None
        self._kept = None
        self._recent = None
        self.progress_changed.emit()


Dated = tuple[AttemptRecord | None, date | None]
"""A record (or None) with its local day."""


def _journal_with(
    facts: JournalFacts,
    old: Dated,
    new: Dated,
    day_facts: Callable[[date], tuple[date | None, int | None]],
) -> JournalFacts:
    """``facts`` after the cache swapped ``old`` for ``new`` (either may be ``(None, None)``).

    O(days): the per-day dicts are copied, and when the removed attempt was the first one or the
    day's hardest ask, ``day_facts`` (which reads the already updated cache) supplies the new
    first day or that day's new highest distress.
    """
    daily = dict(facts.daily_all)
    highest = dict(facts.daily_highest)
    attempts, asks, first = facts.attempts, facts.asks, facts.first_day
    old_record, old_day = old
    if old_record is not None and old_day is not None:
        attempts -= 1
        if is_ask(old_record):
            asks -= 1
            daily[old_day] -= 1
            if not daily[old_day]:
                del daily[old_day]
                del highest[old_day]
            elif highest[old_day] == old_record.distress:
                highest[old_day] = day_facts(old_day)[1] or 0
        if old_day == first:
            first = day_facts(old_day)[0]
    new_record, new_day = new
    if new_record is not None and new_day is not None:
        attempts += 1
        first = new_day if first is None or new_day < first else first
        if is_ask(new_record):
            asks += 1
            daily[new_day] = daily.get(new_day, 0) + 1
            highest[new_day] = max(highest.get(new_day, new_record.distress), new_record.distress)
    return JournalFacts(attempts, asks, first, daily, highest)
