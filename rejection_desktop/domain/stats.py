"""Progress statistics computed from attempt records (pure: stdlib only, no Qt, no database).

Progress is judged by asks made and predictions tested, not by fear dropping (see METHOD.md).

Conventions shared by every function here:

- An *ask* is an attempt whose outcome is set and is not ``NOT_ATTEMPTED``; ``NO_REPLY`` counts as
  an ask made. Attempts with no outcome yet are *planned*.
- A prediction is *recorded* when ``predicted_no`` or ``expected_badness`` is set; an answered
  ask (any outcome but ``NO_REPLY``) with a recorded prediction is a *prediction tested*. An ask
  still waiting for a reply has tested nothing yet.
- Calendar days are local dates of ``AttemptRecord.when`` in the user's ``zone``.
- Weeks are ISO weeks (Monday to Sunday) and are named by their Monday; months by their 1st;
  quarters (January, April, July, October) by their 1st.
- Rates, shares and means of 0-100 ratings are floats on a 0-100 scale (the scale of
  ``predicted_no``), never rounded here. A value with nothing to measure is ``None``.
- "How much of a no" an answer was: ``REJECTED`` 1, ``PARTIAL`` 0.5, ``ACCEPTED`` 0; ``NO_REPLY``
  is left out of every rate because nobody answered.

Every function is O(n) or O(n log n) in the number of attempts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal
from zoneinfo import ZoneInfo

from rejection_desktop.domain.outcomes import CATEGORIES, Outcome
from rejection_desktop.domain.records import AttemptRecord

Period = Literal["week", "month", "quarter"]
RangePreset = Literal["4w", "3m", "1y", "all"]

NO_WEIGHT: Mapping[Outcome, float] = {
    Outcome.REJECTED: 1.0,
    Outcome.PARTIAL: 0.5,
    Outcome.ACCEPTED: 0.0,
}
"""How much of a "no" each answered outcome is; outcomes missing here are not answers."""

DISPROVED_THRESHOLD = 50
"""A ``predicted_no`` at or above this (in %) means the user expected a no."""


# --- basics -------------------------------------------------------------------------------------


def is_ask(attempt: AttemptRecord) -> bool:
    """True when the user made the ask (any outcome except ``None`` and ``NOT_ATTEMPTED``)."""
    return attempt.outcome is not None and attempt.outcome is not Outcome.NOT_ATTEMPTED


def has_prediction(attempt: AttemptRecord) -> bool:
    """True when a prediction (chance of a no or expected badness) was recorded."""
    return attempt.predicted_no is not None or attempt.expected_badness is not None


def tests_prediction(attempt: AttemptRecord) -> bool:
    """True when an answered ask had a recorded prediction (``NO_REPLY`` is not an answer)."""
    return is_ask(attempt) and attempt.outcome is not Outcome.NO_REPLY \
        and has_prediction(attempt)


def asks(attempts: Iterable[AttemptRecord]) -> list[AttemptRecord]:
    """The attempts that are asks, in their given order."""
    return [a for a in attempts if is_ask(a)]


@lru_cache(maxsize=1 << 16)
def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The calendar date of an aware ``instant`` in ``zone``; naive datetimes are refused.

    Memoised (the Progress page asks for the same instants again on every recompute).
    """
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError(f"expected an aware datetime, got naive {instant!r}")
    return instant.astimezone(zone).date()


@lru_cache(maxsize=1 << 14)
def period_start(day: date, period: Period) -> date:
    """The Monday of ``day``'s ISO week, or the 1st of its month or quarter (memoised)."""
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    if period == "quarter":
        return date(day.year, day.month - (day.month - 1) % 3, 1)
    raise ValueError(f"unknown period {period!r}")


def _next_period(start: date, period: Period) -> date:
    if period == "week":
        return start + timedelta(days=7)
    month_index = start.year * 12 + start.month - 1 + (3 if period == "quarter" else 1)
    return date(month_index // 12, month_index % 12 + 1, 1)


def period_starts(
    keys: Iterable[date], period: Period, start: date | None = None, end: date | None = None
) -> list[date]:
    """Every period start from the earliest to the latest of ``keys``, ``start`` and ``end``.

    ``keys`` are period starts already; ``start`` and ``end`` are any days. Empty when there is
    nothing at all to span.
    """
    bounds = list(keys)
    if start is not None:
        bounds.append(period_start(start, period))
    if end is not None:
        bounds.append(period_start(end, period))
    if not bounds:
        return []
    result: list[date] = []
    cursor, last = min(bounds), max(bounds)
    while cursor <= last:
        result.append(cursor)
        cursor = _next_period(cursor, period)
    return result


WEEKS_UP_TO_DAYS = 26 * 7
"""Ranges up to this many days are charted by week."""

MONTHS_UP_TO_DAYS = 4 * 366
"""Longer ranges up to this many days are charted by month, longer ones still by quarter."""


def period_for_span(start: date, end: date) -> Period:
    """The period a chart of ``start..end`` groups by: about 4 to 60 bars whatever the span.

    Up to 26 weeks: weeks; up to about 4 years: months; beyond: quarters.
    """
    days = (end - start).days + 1
    if days <= WEEKS_UP_TO_DAYS:
        return "week"
    if days <= MONTHS_UP_TO_DAYS:
        return "month"
    return "quarter"


def _mean(total: float, count: int) -> float | None:
    return total / count if count else None


def _check_width(width: int, name: str) -> None:
    if width < 1:
        raise ValueError(f"{name} must be at least 1, got {width}")


def _band_count(width: int) -> int:
    """How many bands of ``width`` cover 0-100 (100 itself falls into the last band)."""
    return max(1, 100 // width if 100 % width == 0 else 100 // width + 1)


def _band_index(value: int, width: int, count: int) -> int:
    return min(max(value, 0) // width, count - 1)


def _band_bounds(index: int, width: int, count: int) -> tuple[int, int]:
    low = index * width
    return low, 100 if index == count - 1 else low + width - 1


# --- counts per day and period ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodCount:
    """Asks made in the week or month that begins on ``start``."""

    start: date
    count: int


def asks_per_day(attempts: Iterable[AttemptRecord], zone: ZoneInfo) -> dict[date, int]:
    """Asks per local date of ``when``; days without asks are absent."""
    counts: dict[date, int] = defaultdict(int)
    for a in attempts:
        if is_ask(a):
            counts[local_date(a.when, zone)] += 1
    return dict(counts)


def asks_per_period(
    attempts: Iterable[AttemptRecord],
    zone: ZoneInfo,
    period: Period = "week",
    *,
    start: date | None = None,
    end: date | None = None,
) -> list[PeriodCount]:
    """Asks per ISO week or calendar month, oldest first, with empty periods filled with 0.

    The series runs from the earliest of ``start`` and the first ask to the latest of ``end`` and
    the last ask, so a chart of "the last 4 weeks" can pass the range and get every week.
    """
    counts: dict[date, int] = defaultdict(int)
    for day, n in asks_per_day(attempts, zone).items():
        counts[period_start(day, period)] += n
    return [
        PeriodCount(key, counts.get(key, 0))
        for key in period_starts(counts, period, start, end)
    ]


def days_asked(daily_counts: Mapping[date, int], start: date, end: date) -> int:
    """How many local days in ``start..end`` (inclusive) had at least one ask."""
    return sum(1 for day, n in daily_counts.items() if n > 0 and start <= day <= end)


def heat_level(count: int, peak: int, levels: int = 4) -> int:
    """The shade (0 = none, ``levels`` = the busiest) of a day with ``count`` asks.

    ``peak`` is the busiest day's count in view; any ask gives at least level 1.
    """
    _check_width(levels, "levels")
    if count <= 0 or peak <= 0:
        return 0
    return max(1, min(levels, -(-count * levels // peak)))


# --- outcomes -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OutcomeCounts:
    """How many attempts ended each way; ``planned`` are those with no outcome yet."""

    rejected: int = 0
    accepted: int = 0
    partial: int = 0
    no_reply: int = 0
    not_attempted: int = 0
    planned: int = 0

    @property
    def asks(self) -> int:
        """Asks made (every outcome but ``NOT_ATTEMPTED``, planned excluded)."""
        return self.rejected + self.accepted + self.partial + self.no_reply

    @property
    def answered(self) -> int:
        """Asks that got an answer: rejected, accepted or partial."""
        return self.rejected + self.accepted + self.partial

    @property
    def open(self) -> int:
        """Attempts still waiting for an update: planned ones and asks with no reply yet."""
        return self.planned + self.no_reply

    @property
    def total(self) -> int:
        """Every attempt counted."""
        return self.asks + self.not_attempted + self.planned

    @property
    def acceptance_rate(self) -> float | None:
        """Share of answered asks that were a yes, in %: ``(accepted + 0.5 * partial) / answered``.

        A partial yes counts as half a yes. ``NO_REPLY`` and ``NOT_ATTEMPTED`` are not in the
        denominator. ``None`` when nothing was answered.
        """
        if not self.answered:
            return None
        return 100.0 * (self.accepted + 0.5 * self.partial) / self.answered

    def of(self, outcome: Outcome | None) -> int:
        """The count for one outcome (``None`` gives the planned count)."""
        if outcome is None:
            return self.planned
        return int(getattr(self, outcome.value))


def outcome_counts(attempts: Iterable[AttemptRecord]) -> OutcomeCounts:
    """Count attempts per outcome."""
    return Tally.of(attempts).outcome_counts()


def acceptance_rate(attempts: Iterable[AttemptRecord]) -> float | None:
    """Shortcut for ``outcome_counts(attempts).acceptance_rate`` (in %, partial = half a yes)."""
    return outcome_counts(attempts).acceptance_rate


@dataclass(frozen=True, slots=True)
class OutcomePeriod:
    """Asks made in the week, month or quarter that begins on ``start``, by outcome."""

    start: date
    accepted: int = 0
    partial: int = 0
    rejected: int = 0
    no_reply: int = 0

    @property
    def asks(self) -> int:
        """Every ask in the period."""
        return self.accepted + self.partial + self.rejected + self.no_reply

    def of(self, outcome: Outcome) -> int:
        """The count for one asked outcome (``NOT_ATTEMPTED`` is never an ask: 0)."""
        return 0 if outcome is Outcome.NOT_ATTEMPTED else int(getattr(self, outcome.value))


def outcomes_per_period(
    attempts: Iterable[AttemptRecord],
    zone: ZoneInfo,
    period: Period = "week",
    *,
    start: date | None = None,
    end: date | None = None,
) -> list[OutcomePeriod]:
    """Asks per period by outcome, oldest first, empty periods filled (as ``asks_per_period``).

    Skipped (``NOT_ATTEMPTED``) and planned attempts are not asks and are not counted.
    """
    return outcome_timeline(tallies_by_period(attempts, zone, period), period, start, end)


def outcome_timeline(
    tallies: Mapping[date, Tally], period: Period, start: date | None, end: date | None
) -> list[OutcomePeriod]:
    """``outcomes_per_period`` from tallies keyed by period start (see ``tallies_by_period``)."""
    keys = [key for key, tally in tallies.items() if tally.asks]
    empty = Tally()
    return [
        tallies.get(key, empty).outcome_period(key)
        for key in period_starts(keys, period, start, end)
    ]


# --- streak -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Streak:
    """Consecutive days on which the daily goal was met (rest days bridge without counting)."""

    current: int
    longest: int
    today_count: int
    goal_met_today: bool
    rest_days_left_this_week: int


def _iso_week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def streak(
    daily_counts: Mapping[date, int],
    today: date,
    daily_goal: int = 1,
    rest_days_per_week: int = 0,
) -> Streak:
    """The current and longest streak from asks per local day (see ``asks_per_day``).

    Exact rule:

    - A day *meets the goal* when its count is at least ``daily_goal``. Only met days add 1 to a
      streak. Days after ``today`` are ignored.
    - Walking forward in time, each day that misses the goal while a streak is running uses one
      rest day of that day's ISO week (Monday to Sunday). While rest days are left in that week the
      streak survives the miss (without growing); once they are used up, the next miss in the same
      week ends the streak (current becomes 0). Rest days are counted per calendar week, so rest
      days used before a break in a week are gone for a new streak started later that week.
      Misses while no streak is running use nothing.
    - ``today`` is still in progress: if its goal is not met yet it neither breaks the streak nor
      uses a rest day. If it is met, it counts.
    - ``longest`` is the best streak ever, including the current one.
    - ``rest_days_left_this_week`` is what today's week has left for the running streak.
    """
    if daily_goal < 1:
        raise ValueError(f"daily_goal must be at least 1, got {daily_goal}")
    if not 0 <= rest_days_per_week <= 6:
        raise ValueError(f"rest_days_per_week must be 0-6, got {rest_days_per_week}")

    met_days = sorted(d for d, n in daily_counts.items() if n >= daily_goal and d <= today)
    current = longest = 0
    week: tuple[int, int] | None = None
    rest_used = 0

    def survive_misses(first: date, last: date) -> bool:
        """Use rest days for the misses ``first..last`` (inclusive); False when one breaks."""
        nonlocal week, rest_used
        day = first
        while day <= last:
            key = _iso_week(day)
            if key != week:
                week, rest_used = key, 0
            if rest_used >= rest_days_per_week:
                return False
            rest_used += 1
            day += timedelta(days=1)  # at most 13 steps: a whole week of misses always breaks
        return True

    previous: date | None = None
    for day in met_days:
        if (
            previous is not None
            and current
            and not survive_misses(previous + timedelta(days=1), day - timedelta(days=1))
        ):
            current = 0
        current += 1
        longest = max(longest, current)
        previous = day
    if (
        previous is not None
        and current
        and not survive_misses(previous + timedelta(days=1), today - timedelta(days=1))
    ):
        current = 0

    today_count = daily_counts.get(today, 0)
    used_this_week = rest_used if week == _iso_week(today) else 0
    return Streak(
        current=current,
        longest=longest,
        today_count=today_count,
        goal_met_today=today_count >= daily_goal,
        rest_days_left_this_week=rest_days_per_week - used_this_week,
    )


# --- predictions --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CalibrationBucket:
    """Answered asks whose ``predicted_no`` fell in ``low..high`` (inclusive, in %)."""

    low: int
    high: int
    predicted_mean: float  # mean predicted chance of a no, %
    actual_no_rate: float  # how often the no came, % (partial = half a no)
    count: int


@dataclass(frozen=True, slots=True)
class PredictionSummary:
    """Over all answered asks with a ``predicted_no``: expected vs actual chance of a no, in %."""

    mean_predicted_no: float | None
    actual_no_rate: float | None
    count: int


def calibration(
    attempts: Iterable[AttemptRecord], bucket_width: int = 20
) -> list[CalibrationBucket]:
    """Predicted vs actual chance of a no, grouped by the prediction.

    Uses answered asks with a ``predicted_no``: ``REJECTED`` is a no, ``ACCEPTED`` a yes,
    ``PARTIAL`` half a no; ``NO_REPLY`` is left out. Buckets are ``0..width-1``, ``width..``
    and so on; 100 joins the last bucket (width 20: 0-19, 20-39, 40-59, 60-79, 80-100). Only
    non-empty buckets are returned, lowest first.
    """
    return Tally.of(attempts, band_width=bucket_width).calibration()


def overall_prediction(attempts: Iterable[AttemptRecord]) -> PredictionSummary:
    """Expected vs actual chance of a no over the same asks as ``calibration``.

    For captions like "You expected a no 78 % of the time; it came 41 % of the time."
    """
    return Tally.of(attempts).overall_prediction()


@dataclass(frozen=True, slots=True)
class DisprovedSummary:
    """Asks whose prediction turned out too gloomy, out of all asks with a prediction."""

    count: int
    of_total: int

    @property
    def share(self) -> float | None:
        """``count / of_total`` in %, or ``None`` with no predictions."""
        return _mean(100.0 * self.count, self.of_total)


def is_disproved(attempt: AttemptRecord) -> bool:
    """True when an ask's prediction proved too gloomy.

    Either the user expected a no (``predicted_no >= 50``) and got a yes or a partial yes, or it
    hurt less than expected (``actual_badness < expected_badness``).
    """
    if not is_ask(attempt) or attempt.outcome is Outcome.NO_REPLY:  # nothing known yet
        return False
    expected_no = attempt.predicted_no is not None and attempt.predicted_no >= DISPROVED_THRESHOLD
    if expected_no and attempt.outcome in (Outcome.ACCEPTED, Outcome.PARTIAL):
        return True
    return (
        attempt.expected_badness is not None
        and attempt.actual_badness is not None
        and attempt.actual_badness < attempt.expected_badness
    )


def predictions_disproved(attempts: Iterable[AttemptRecord]) -> DisprovedSummary:
    """How many asks with a recorded prediction disproved it (see ``is_disproved``).

    ``of_total`` counts the predictions tested (answered asks; ``NO_REPLY`` waits).
    """
    return Tally.of(attempts).disproved_summary()


# --- badness and anxiety ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BadnessPair:
    """How bad an ask was expected to feel and how bad it felt (0-100)."""

    attempt_id: int
    when: datetime
    expected: int
    actual: int


@dataclass(frozen=True, slots=True)
class BadnessSummary:
    """Means over asks with both badness ratings; ``felt_better`` counts actual < expected."""

    mean_expected: float | None
    mean_actual: float | None
    count: int
    felt_better: int


def badness_pairs(attempts: Iterable[AttemptRecord]) -> list[BadnessPair]:
    """Asks with both ``expected_badness`` and ``actual_badness``, oldest first."""
    pairs = [
        BadnessPair(a.id, a.when, a.expected_badness, a.actual_badness)
        for a in attempts
        if is_ask(a) and a.expected_badness is not None and a.actual_badness is not None
    ]
    pairs.sort(key=lambda p: (p.when, p.attempt_id))
    return pairs


def badness_summary(attempts: Iterable[AttemptRecord]) -> BadnessSummary:
    """Mean expected vs actual badness over the asks of ``badness_pairs``."""
    return Tally.of(attempts).badness_summary()


@dataclass(frozen=True, slots=True)
class BadnessBand:
    """Asks whose ``expected_badness`` fell in ``low..high``: mean expected vs felt (0-100)."""

    low: int
    high: int
    mean_expected: float
    mean_actual: float
    count: int


def badness_by_expectation(
    attempts: Iterable[AttemptRecord], band_width: int = 20
) -> list[BadnessBand]:
    """Expected vs actual badness grouped by how bad the ask was expected to feel.

    Uses the asks of ``badness_pairs``; bands are laid out as in ``calibration`` (width 20:
    0-19, ..., 80-100). Only non-empty bands are returned, lowest first.
    """
    return Tally.of(attempts, band_width=band_width).badness_bands()


@dataclass(frozen=True, slots=True)
class AnxietyPair:
    """Anxiety right before and right after one ask (0-100)."""

    attempt_id: int
    when: datetime
    before: int
    after: int


@dataclass(frozen=True, slots=True)
class AnxietyPoint:
    """Mean anxiety before/after the asks of one period; ``count`` asks had either rating."""

    start: date
    mean_before: float | None
    mean_after: float | None
    count: int


def anxiety_pairs(attempts: Iterable[AttemptRecord]) -> list[AnxietyPair]:
    """Asks with both ``anxiety_before`` and ``anxiety_after``, oldest first."""
    pairs = [
        AnxietyPair(a.id, a.when, a.anxiety_before, a.anxiety_after)
        for a in attempts
        if is_ask(a) and a.anxiety_before is not None and a.anxiety_after is not None
    ]
    pairs.sort(key=lambda p: (p.when, p.attempt_id))
    return pairs


def anxiety_trend(
    attempts: Iterable[AttemptRecord], zone: ZoneInfo, period: Period = "week"
) -> list[AnxietyPoint]:
    """Mean anxiety before and after asks per week or month, oldest first.

    Each mean uses the asks that have that rating, so ``mean_before`` and ``mean_after`` may rest
    on different asks; periods with no rating at all are omitted (no zero filling).
    """
    return anxiety_points(tallies_by_period(attempts, zone, period))


def anxiety_points(tallies: Mapping[date, Tally]) -> list[AnxietyPoint]:
    """``anxiety_trend`` from tallies keyed by period start."""
    return [
        tallies[key].anxiety_point(key) for key in sorted(tallies) if tallies[key].anxiety_rated
    ]


@dataclass(frozen=True, slots=True)
class AnxietySummary:
    """Anxiety around asks, over the asks of ``anxiety_pairs`` (both ratings), in 0-100 units.

    ``mean_before``/``mean_after`` average every pair. ``early_before``/``late_before`` average
    ``anxiety_before`` over the older and the newer half of those asks (the middle one, with an
    odd count, joins the newer half); they are ``None`` with fewer than ``MIN_TREND_PAIRS``.
    """

    mean_before: float | None
    mean_after: float | None
    early_before: float | None
    late_before: float | None
    count: int


MIN_TREND_PAIRS = 4
"""Fewer rated asks than this say nothing about a trend in anxiety."""


def anxiety_summary(attempts: Iterable[AttemptRecord]) -> AnxietySummary:
    """Mean anxiety before and after asks, and how the "before" changed from older to newer asks.

    Within-ask drops are shown but are not a measure of progress (METHOD.md): the page leads with
    ``courage`` instead.
    """
    return Tally.of(attempts).anxiety_summary()


# --- ladder progress ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CategoryProgress:
    """Asks made in one category and the hardest rung (distress) tried there."""

    category: str
    asks: int
    accepted: int
    rejected: int
    partial: int
    no_reply: int
    highest_distress_attempted: int


def _category_order(category: str) -> tuple[int, str]:
    keys = list(CATEGORIES)
    return (keys.index(category), "") if category in CATEGORIES else (len(keys), category)


def category_progress(attempts: Iterable[AttemptRecord]) -> list[CategoryProgress]:
    """Per-category asks, answers and highest distress; only categories with asks.

    Built-in categories come in ``CATEGORIES`` order, custom ones after them alphabetically.
    """
    rows: dict[str, list[int]] = {}  # asks, accepted, rejected, partial, no_reply, highest
    columns = {Outcome.ACCEPTED: 1, Outcome.REJECTED: 2, Outcome.PARTIAL: 3, Outcome.NO_REPLY: 4}
    for a in attempts:
        if not is_ask(a) or a.outcome is None:
            continue
        row = rows.setdefault(a.category, [0, 0, 0, 0, 0, a.distress])
        row[0] += 1
        row[columns[a.outcome]] += 1
        row[5] = max(row[5], a.distress)
    return [
        CategoryProgress(category, *row)
        for category, row in sorted(rows.items(), key=lambda kv: _category_order(kv[0]))
    ]


@dataclass(frozen=True, slots=True)
class RungProgress:
    """Asks on rungs with distress ``low..high`` (inclusive); how many tested a prediction."""

    low: int
    high: int
    asks: int
    predictions_tested: int


def rung_progress(attempts: Iterable[AttemptRecord], rung_width: int = 10) -> list[RungProgress]:
    """Asks per distress band of ``rung_width``, every band from 0 to 100 (empty ones with 0).

    Bands are laid out as in ``calibration``: width 10 gives 0-9, 10-19, ..., 90-100.
    """
    _check_width(rung_width, "rung_width")
    n_bands = _band_count(rung_width)
    made = [0] * n_bands
    tested = [0] * n_bands
    for a in attempts:
        if is_ask(a):
            i = _band_index(a.distress, rung_width, n_bands)
            made[i] += 1
            tested[i] += tests_prediction(a)
    return [
        RungProgress(*_band_bounds(i, rung_width, n_bands), made[i], tested[i])
        for i in range(n_bands)
    ]


@dataclass(frozen=True, slots=True)
class CategoryLadder:
    """How far up the ladder the user climbed in one category.

    A *rung* is one challenge. ``rungs_tried`` counts challenges with at least one ask;
    ``rungs_done`` those with at least ``reps_to_climb`` asks that tested a prediction (the
    ladder's rule, see ``domain.ladder``). ``highest_tried``/``highest_done`` are the highest
    distress among them (``None`` when there is none).
    """

    category: str
    asks: int
    rungs_tried: int
    rungs_done: int
    highest_tried: int
    highest_done: int | None


def category_ladder(
    attempts: Iterable[AttemptRecord], reps_to_climb: int
) -> list[CategoryLadder]:
    """Per-category climb, categories with asks only, ordered as in ``category_progress``.

    ``reps_to_climb`` comes from ``domain.ladder.REPS_TO_CLIMB`` (passed in: ladder imports this
    module). A challenge's category and distress are taken from its latest attempt record.
    """
    return Tally.of(attempts).category_ladder(reps_to_climb)


@dataclass(frozen=True, slots=True)
class Courage:
    """Asks in the window ``start..end`` (local dates, inclusive) and how bold they were.

    ``harder_rungs_attempted`` counts asks in the window whose distress is above
    ``previous_highest``, the highest distress asked before the window. With no earlier asks
    there is no baseline: ``previous_highest`` is ``None`` and ``harder_rungs_attempted`` is 0.
    ``challenges_tried`` counts the different challenges asked in the window (variety).
    """

    start: date
    end: date
    asks_made: int
    harder_rungs_attempted: int
    predictions_tested: int
    previous_highest: int | None
    highest_in_window: int | None
    challenges_tried: int = 0


def courage(
    attempts: Iterable[AttemptRecord], zone: ZoneInfo, today: date, window_days: int = 28
) -> Courage:
    """Asks made in the last ``window_days`` local days up to ``today`` and rungs newly climbed.

    Asks dated after ``today`` are ignored.
    """
    _check_width(window_days, "window_days")
    return courage_between(attempts, zone, today - timedelta(days=window_days - 1), today)


def courage_between(
    attempts: Iterable[AttemptRecord],
    zone: ZoneInfo,
    start: date | None,
    end: date,
    *,
    previous_highest: int | None = None,
) -> Courage:
    """``courage`` for the local days ``start..end``; ``start=None`` means since the first ask.

    With ``start=None`` there is nothing before the window, so no rung counts as harder; the
    reported ``start`` is the first ask's day (``end`` when there are no asks).
    ``previous_highest`` is the highest distress asked before ``start`` by attempts *not* passed
    in, so a caller that knows it can pass only the window's attempts; the baseline is the
    highest of it and of the passed asks before ``start``.
    """
    previous = previous_highest if start is not None else None
    window = Tally()
    first: date | None = None
    for a in attempts:
        if not is_ask(a):
            continue
        day = local_date(a.when, zone)
        if start is not None and day < start:
            previous = a.distress if previous is None else max(previous, a.distress)
        elif day <= end:
            window.add(a)
            first = day if first is None else min(first, day)
    return window.courage(start if start is not None else (first or end), end, previous)


# --- ranges -------------------------------------------------------------------------------------


def _months_back(day: date, months: int) -> date:
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    month += 1
    next_first = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    last_day = (next_first - timedelta(days=1)).day
    return date(year, month, min(day.day, last_day))


def range_start(preset: RangePreset, today: date) -> date | None:
    """The first day of a Progress-page range ending on ``today`` (``None`` for "all").

    ``"4w"``: the last 28 days; ``"3m"``: from the day after the same date 3 months ago;
    ``"1y"``: from the day after the same date a year ago (month ends are clamped).
    """
    if preset == "4w":
        return today - timedelta(days=27)
    if preset == "3m":
        return _months_back(today, 3) + timedelta(days=1)
    if preset == "1y":
        return _months_back(today, 12) + timedelta(days=1)
    if preset == "all":
        return None
    raise ValueError(f"unknown range preset {preset!r}")


def filter_range(
    attempts: Iterable[AttemptRecord], start: date | None, end: date, zone: ZoneInfo
) -> list[AttemptRecord]:
    """Attempts (asks or not) whose local date of ``when`` is in ``start..end`` inclusive.

    ``start=None`` means no lower bound. Order is kept.
    """
    result = []
    for a in attempts:
        day = local_date(a.when, zone)
        if day <= end and (start is None or day >= start):
            result.append(a)
    return result


# --- tallies: exact, mergeable sums behind the range figures ------------------------------------

_OUTCOME_SLOTS: dict[Outcome | None, int] = {
    Outcome.REJECTED: 0,
    Outcome.ACCEPTED: 1,
    Outcome.PARTIAL: 2,
    Outcome.NO_REPLY: 3,
    Outcome.NOT_ATTEMPTED: 4,
    None: 5,
}
_NO_HALVES: dict[Outcome | None, int] = {o: round(2 * w) for o, w in NO_WEIGHT.items()}
"""``NO_WEIGHT`` in half-units, so sums of partial noes stay whole numbers."""

_MAX_RATING = 100


class Tally:
    """Whole-number sums over attempts from which every range figure is derived.

    ``add`` takes one attempt in O(1); ``merge`` adds another tally, so the figures of a long
    range can be assembled from cached tallies of its months (the Progress page does this to
    recompute in milliseconds after one change). Derived figures equal those of the plain
    functions above, which are themselves computed through a tally. ``band_width`` is the width
    of the calibration and badness bands.
    """

    __slots__ = (
        "after_n",
        "after_sum",
        "anxiety_rated",
        "band_width",
        "before_n",
        "before_sum",
        "disproved",
        "distress",
        "expected",
        "felt",
        "felt_better",
        "felt_n",
        "no_halves",
        "outcomes",
        "pairs",
        "predicted",
        "predicted_n",
        "rungs",
        "with_prediction",
    )

    def __init__(self, band_width: int = 20) -> None:
        _check_width(band_width, "band_width")
        bands = _band_count(band_width)
        self.band_width = band_width
        self.outcomes = [0] * len(_OUTCOME_SLOTS)
        self.predicted = [0] * bands  # sum of predicted_no per calibration band
        self.no_halves = [0] * bands  # sum of "how much of a no" in half-units
        self.predicted_n = [0] * bands
        self.with_prediction = 0  # asks that tested a prediction
        self.disproved = 0
        self.expected = [0] * bands  # per band of expected_badness
        self.felt = [0] * bands
        self.felt_n = [0] * bands
        self.felt_better = 0
        self.before_sum = self.before_n = self.after_sum = self.after_n = 0
        self.anxiety_rated = 0  # asks with either anxiety rating
        self.pairs: list[tuple[datetime, int, int, int]] = []  # (when, id, before, after)
        self.rungs: dict[int, list[Any]] = {}  # challenge -> [asks, tested, category, distress]
        self.distress = [0] * (_MAX_RATING + 1)  # asks per distress rating

    @classmethod
    def of(cls, attempts: Iterable[AttemptRecord], band_width: int = 20) -> Tally:
        tally = cls(band_width)
        for a in attempts:
            tally.add(a)
        return tally

    @classmethod
    def combine(cls, tallies: Iterable[Tally], band_width: int = 20) -> Tally:
        """A new tally holding the sum of ``tallies`` (in order: later rungs' details win)."""
        total = cls(band_width)
        for tally in tallies:
            total.merge(tally)
        return total

    @classmethod
    def combine_counts(cls, tallies: Iterable[Tally]) -> Tally:
        """A new tally with only the outcome counts and anxiety sums of ``tallies`` added up.

        Enough for ``outcome_period`` and ``anxiety_point`` (a chart period's bar and point) at a
        fraction of ``combine``'s cost; its other figures stay empty.
        """
        total = cls()
        for tally in tallies:
            total.outcomes = [x + y for x, y in zip(total.outcomes, tally.outcomes, strict=True)]
            total.before_sum += tally.before_sum
            total.before_n += tally.before_n
            total.after_sum += tally.after_sum
            total.after_n += tally.after_n
            total.anxiety_rated += tally.anxiety_rated
        return total

    # adding ----------------------------------------------------------------------------------
    def add(self, a: AttemptRecord) -> None:
        """Count one attempt (asks feed every figure; other attempts only the outcome counts)."""
        outcome = a.outcome
        self.outcomes[_OUTCOME_SLOTS[outcome]] += 1
        if outcome is None or outcome is Outcome.NOT_ATTEMPTED:
            return
        width, last = self.band_width, len(self.predicted) - 1
        predicted, expected, felt = a.predicted_no, a.expected_badness, a.actual_badness
        halves = _NO_HALVES.get(outcome)
        if predicted is not None and halves is not None:
            i = min(max(predicted, 0) // width, last)
            self.predicted[i] += predicted
            self.no_halves[i] += halves
            self.predicted_n[i] += 1
        tested = (predicted is not None or expected is not None) \
            and outcome is not Outcome.NO_REPLY
        if tested:
            self.with_prediction += 1
            self.disproved += is_disproved(a)
        if expected is not None and felt is not None:
            i = min(max(expected, 0) // width, last)
            self.expected[i] += expected
            self.felt[i] += felt
            self.felt_n[i] += 1
            self.felt_better += felt < expected
        before, after = a.anxiety_before, a.anxiety_after
        if before is not None or after is not None:
            self.anxiety_rated += 1
            if before is not None:
                self.before_sum += before
                self.before_n += 1
            if after is not None:
                self.after_sum += after
                self.after_n += 1
            if before is not None and after is not None:
                self.pairs.append((a.when, a.id, before, after))
        rung = self.rungs.get(a.challenge_id)
        if rung is None:
            self.rungs[a.challenge_id] = [1, int(tested), a.category, a.distress]
        else:
            rung[0] += 1
            rung[1] += tested
            rung[2], rung[3] = a.category, a.distress
        self.distress[min(max(a.distress, 0), _MAX_RATING)] += 1

    def merge(self, other: Tally) -> None:
        """Add ``other``'s sums to this tally (same band width)."""
        if other.band_width != self.band_width:
            raise ValueError("cannot merge tallies with different band widths")
        for name in ("outcomes", "predicted", "no_halves", "predicted_n", "expected", "felt",
                     "felt_n", "distress"):
            mine = getattr(self, name)
            setattr(self, name, [x + y for x, y in zip(mine, getattr(other, name), strict=True)])
        self.with_prediction += other.with_prediction
        self.disproved += other.disproved
        self.felt_better += other.felt_better
        self.before_sum += other.before_sum
        self.before_n += other.before_n
        self.after_sum += other.after_sum
        self.after_n += other.after_n
        self.anxiety_rated += other.anxiety_rated
        self.pairs.extend(other.pairs)
        rungs = self.rungs
        for challenge_id, theirs in other.rungs.items():
            mine = rungs.get(challenge_id)
            if mine is None:
                rungs[challenge_id] = list(theirs)
            else:
                mine[0] += theirs[0]
                mine[1] += theirs[1]
                mine[2], mine[3] = theirs[2], theirs[3]

    # figures ---------------------------------------------------------------------------------
    @property
    def asks(self) -> int:
        return sum(self.outcomes[:4])

    def outcome_counts(self) -> OutcomeCounts:
        r, a, p, n, x, planned = self.outcomes
        return OutcomeCounts(rejected=r, accepted=a, partial=p, no_reply=n, not_attempted=x,
                             planned=planned)

    def outcome_period(self, start: date) -> OutcomePeriod:
        r, a, p, n = self.outcomes[:4]
        return OutcomePeriod(start, accepted=a, partial=p, rejected=r, no_reply=n)

    def calibration(self) -> list[CalibrationBucket]:
        count = len(self.predicted)
        return [
            CalibrationBucket(*_band_bounds(i, self.band_width, count), self.predicted[i] / n,
                              50.0 * self.no_halves[i] / n, n)
            for i, n in enumerate(self.predicted_n)
            if n
        ]

    def overall_prediction(self) -> PredictionSummary:
        n = sum(self.predicted_n)
        return PredictionSummary(
            mean_predicted_no=_mean(sum(self.predicted), n),
            actual_no_rate=_mean(50.0 * sum(self.no_halves), n),
            count=n,
        )

    def disproved_summary(self) -> DisprovedSummary:
        return DisprovedSummary(count=self.disproved, of_total=self.with_prediction)

    def badness_summary(self) -> BadnessSummary:
        n = sum(self.felt_n)
        return BadnessSummary(
            mean_expected=_mean(sum(self.expected), n),
            mean_actual=_mean(sum(self.felt), n),
            count=n,
            felt_better=self.felt_better,
        )

    def badness_bands(self) -> list[BadnessBand]:
        count = len(self.expected)
        return [
            BadnessBand(*_band_bounds(i, self.band_width, count), self.expected[i] / n,
                        self.felt[i] / n, n)
            for i, n in enumerate(self.felt_n)
            if n
        ]

    def anxiety_point(self, start: date) -> AnxietyPoint:
        return AnxietyPoint(start, _mean(self.before_sum, self.before_n),
                            _mean(self.after_sum, self.after_n), self.anxiety_rated)

    def anxiety_summary(self) -> AnxietySummary:
        before = [pair[2] for pair in sorted(self.pairs)]
        n = len(before)
        half = n // 2
        trend = n >= MIN_TREND_PAIRS
        return AnxietySummary(
            mean_before=_mean(sum(before), n),
            mean_after=_mean(sum(pair[3] for pair in self.pairs), n),
            early_before=_mean(sum(before[:half]), half) if trend else None,
            late_before=_mean(sum(before[half:]), n - half) if trend else None,
            count=n,
        )

    def category_ladder(self, reps_to_climb: int) -> list[CategoryLadder]:
        _check_width(reps_to_climb, "reps_to_climb")
        rows: dict[str, list[int]] = {}  # category -> [asks, tried, done, highest, highest done]
        for made, tested, category, distress in self.rungs.values():
            row = rows.setdefault(category, [0, 0, 0, distress, -1])
            row[0] += made
            row[1] += 1
            row[3] = max(row[3], distress)
            if tested >= reps_to_climb:
                row[2] += 1
                row[4] = max(row[4], distress)
        return [
            CategoryLadder(category, row[0], row[1], row[2], row[3],
                           None if row[4] < 0 else row[4])
            for category, row in sorted(rows.items(), key=lambda kv: _category_order(kv[0]))
        ]

    def courage(self, start: date, end: date, previous_highest: int | None) -> Courage:
        """Courage over the asks of this tally, which must be those of ``start..end``."""
        hardest = max((d for d, n in enumerate(self.distress) if n), default=None)
        harder = 0 if previous_highest is None else sum(self.distress[previous_highest + 1:])
        return Courage(
            start=start,
            end=end,
            asks_made=self.asks,
            harder_rungs_attempted=harder,
            predictions_tested=self.with_prediction,
            previous_highest=previous_highest,
            highest_in_window=hardest,
            challenges_tried=len(self.rungs),
        )


def tallies_by_period(
    attempts: Iterable[AttemptRecord], zone: ZoneInfo, period: Period
) -> dict[date, Tally]:
    """One tally per week, month or quarter (keyed by its start) of the local day of ``when``."""
    tallies: dict[date, Tally] = {}
    for a in attempts:
        key = period_start(local_date(a.when, zone), period)
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = Tally()
        tally.add(a)
    return tallies
