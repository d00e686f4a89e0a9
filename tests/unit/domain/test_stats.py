"""Tests for rejection_desktop.domain.stats: asks, streaks, calibration and progress numbers.

The tallies are checked against literal figures and against a naive recount written here.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.records import AttemptRecord
from rejection_desktop.domain.stats.asks import is_ask, is_disproved, local_date
from rejection_desktop.domain.stats.calendar import (
    Streak,
    asks_per_day,
    days_asked,
    heat_level,
    streak,
)
from rejection_desktop.domain.stats.figures import (
    AnxietyPoint,
    AnxietySummary,
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
    period_starts,
    range_start,
)
from rejection_desktop.domain.stats.tally import (
    Tally,
    anxiety_points,
    outcome_timeline,
    tallies_by_period,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
TOKYO = ZoneInfo("Asia/Tokyo")

R, A, P, N, X = (
    Outcome.REJECTED,
    Outcome.ACCEPTED,
    Outcome.PARTIAL,
    Outcome.NO_REPLY,
    Outcome.NOT_ATTEMPTED,
)


def local(text: str, zone: ZoneInfo = BERLIN) -> datetime:
    """An aware UTC instant from a local wall-clock time such as "2026-03-29T23:30"."""
    return datetime.fromisoformat(text).replace(tzinfo=zone).astimezone(UTC)


def make(
    attempt_id: int = 1,
    when: datetime | str = "2026-03-10T12:00",
    outcome: Outcome | None = R,
    *,
    category: str = "everyday",
    distress: int = 20,
    challenge_id: int | None = None,
    predicted_no: int | None = None,
    expected_badness: int | None = None,
    actual_badness: int | None = None,
    anxiety_before: int | None = None,
    anxiety_after: int | None = None,
    hindsight: bool = False,
    dare: bool = False,
) -> AttemptRecord:
    """An attempt: logged at ``when`` (local Berlin time if a string), or planned then."""
    instant = local(when) if isinstance(when, str) else when
    return AttemptRecord(
        id=attempt_id,
        challenge_id=attempt_id if challenge_id is None else challenge_id,
        category=category,
        distress=distress,
        created_at=instant - timedelta(days=1),
        planned_at=instant if outcome is None else None,
        attempted_at=instant if outcome is not None else None,
        outcome=outcome,
        predicted_no=predicted_no,
        expected_badness=expected_badness,
        actual_badness=actual_badness,
        anxiety_before=anxiety_before,
        anxiety_after=anxiety_after,
        hindsight=hindsight,
        dare=dare,
    )


def series(*outcomes: Outcome | None, **fields: int | None) -> list[AttemptRecord]:
    """One attempt per outcome, a day apart, sharing ``fields``."""
    start = local("2026-03-02T12:00")
    return [
        make(i + 1, start + timedelta(days=i), o, **fields)  # type: ignore[arg-type]
        for i, o in enumerate(outcomes)
    ]


# --- a naive recount: the figures computed the plain way, to check the tallies against -------
# The honest rules (METHOD.md, "Counting evidence honestly"), written out again independently:
# - a forecast is a prediction written before the outcome (``hindsight`` ones never count);
# - "no reply yet" tests nothing until it is resolved;
# - how bad a no felt is compared only after a no or a partial (a dare: once done);
# - a dare done is practice, never a yes.

NO_SHARE = {R: 1.0, P: 0.5, A: 0.0}


def naive_is_ask(a: AttemptRecord) -> bool:
    return a.outcome in (R, A, P, N)


def naive_outcome_counts(attempts: list[AttemptRecord]) -> OutcomeCounts:
    def count(outcome: Outcome | None) -> int:
        return sum(1 for a in attempts if a.outcome is outcome
                   and not (a.dare and outcome in (A, P)))

    return OutcomeCounts(rejected=count(R), accepted=count(A), partial=count(P),
                         no_reply=count(N), not_attempted=count(X), planned=count(None),
                         dares_done=sum(1 for a in attempts if a.dare and a.outcome in (A, P)))


def _answered_with_prediction(attempts: list[AttemptRecord]) -> list[AttemptRecord]:
    return [a for a in attempts if a.outcome in NO_SHARE and a.predicted_no is not None
            and not a.hindsight and not a.dare]


def naive_overall_prediction(attempts: list[AttemptRecord]) -> PredictionSummary:
    rated = _answered_with_prediction(attempts)
    if not rated:
        return PredictionSummary(None, None, 0)
    return PredictionSummary(sum(a.predicted_no for a in rated) / len(rated),
                             100 * sum(NO_SHARE[a.outcome] for a in rated) / len(rated),
                             len(rated))


def naive_calibration(attempts: list[AttemptRecord], width: int) -> list[CalibrationBucket]:
    buckets = []
    for low in range(0, 100, width):
        high = 100 if low + width >= 100 else low + width - 1
        inside = [a for a in _answered_with_prediction(attempts) if low <= a.predicted_no <= high]
        if inside:
            buckets.append(CalibrationBucket(
                low, high, sum(a.predicted_no for a in inside) / len(inside),
                100 * sum(NO_SHARE[a.outcome] for a in inside) / len(inside), len(inside)))
    return buckets


def naive_tested(a: AttemptRecord) -> bool:
    """A prediction tested: written before, and the ask has an answer (or the dare was done)."""
    return (a.outcome in (R, A, P) and not a.hindsight
            and (a.predicted_no is not None or a.expected_badness is not None))


def naive_badness_compared(a: AttemptRecord) -> bool:
    felt_a_no = a.outcome in ((A, P) if a.dare else (R, P))
    return (felt_a_no and not a.hindsight and a.expected_badness is not None
            and a.actual_badness is not None)


def naive_disproved(attempts: list[AttemptRecord]) -> DisprovedSummary:
    tested = [a for a in attempts if naive_tested(a)]
    disproved = [
        a for a in tested
        if (a.predicted_no is not None and a.predicted_no >= 50 and a.outcome in (A, P)
            and not a.dare)
        or (naive_badness_compared(a) and a.actual_badness < a.expected_badness)
    ]
    return DisprovedSummary(len(disproved), len(tested))


def naive_badness_summary(attempts: list[AttemptRecord]) -> BadnessSummary:
    rated = [a for a in attempts if naive_badness_compared(a)]
    if not rated:
        return BadnessSummary(None, None, 0, 0)
    return BadnessSummary(sum(a.expected_badness for a in rated) / len(rated),
                          sum(a.actual_badness for a in rated) / len(rated), len(rated),
                          sum(1 for a in rated if a.actual_badness < a.expected_badness))


def naive_anxiety_summary(attempts: list[AttemptRecord]) -> AnxietySummary:
    rated = sorted((a for a in attempts if naive_is_ask(a) and a.anxiety_before is not None
                    and a.anxiety_after is not None), key=lambda a: (a.when, a.id))
    n = len(rated)
    if not n:
        return AnxietySummary(None, None, None, None, 0)
    before = [a.anxiety_before for a in rated]
    early, late = before[: n // 2], before[n // 2:]
    trend = n >= 4
    return AnxietySummary(sum(before) / n, sum(a.anxiety_after for a in rated) / n,
                          sum(early) / len(early) if trend else None,
                          sum(late) / len(late) if trend else None, n)


def naive_category_ladder(attempts: list[AttemptRecord], reps: int) -> list[CategoryLadder]:
    asked = sorted((a for a in attempts if naive_is_ask(a)), key=lambda a: (a.when, a.id))
    latest = {a.challenge_id: a for a in asked}  # category and distress of the last attempt
    rows = []
    for category in dict.fromkeys(a.category for a in latest.values()):
        rungs = [c for c, a in latest.items() if a.category == category]
        made = {c: [a for a in asked if a.challenge_id == c] for c in rungs}
        done = [c for c in rungs if sum(1 for a in made[c] if naive_tested(a)) >= reps]
        rows.append(CategoryLadder(
            category, sum(len(m) for m in made.values()), len(rungs), len(done),
            max(latest[c].distress for c in rungs),
            max((latest[c].distress for c in done), default=None)))
    known = ["everyday", "shops", "social", "work", "family", "public", "online"]
    return sorted(rows, key=lambda r: (known.index(r.category), "") if r.category in known
                  else (len(known), r.category))


def courage_in_window(attempts: list[AttemptRecord], start: date, end: date) -> Courage:
    """Courage as the Progress page computes it: a tally of the window's asks, measured against
    the hardest ask before the window."""
    asked = [a for a in attempts if naive_is_ask(a)]
    before = [a.distress for a in asked if a.when.astimezone(BERLIN).date() < start]
    window = [a for a in asked if start <= a.when.astimezone(BERLIN).date() <= end]
    return Tally.of(window).courage(start, end, max(before, default=None))


# --- basics -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [(R, True), (A, True), (P, True), (N, True), (X, False), (None, False)],
)
def test_is_ask(outcome: Outcome | None, expected: bool) -> None:
    assert is_ask(make(outcome=outcome)) is expected


@pytest.mark.parametrize(
    ("wall_clock", "zone", "expected_local", "expected_utc"),
    [
        # Spring forward in Berlin: 02:00 CET -> 03:00 CEST.
        ("2026-03-29T23:30", BERLIN, date(2026, 3, 29), date(2026, 3, 29)),
        ("2026-03-29T00:30", BERLIN, date(2026, 3, 29), date(2026, 3, 28)),
        ("2026-03-29T03:30", BERLIN, date(2026, 3, 29), date(2026, 3, 29)),
        # Fall back in Berlin: 03:00 CEST -> 02:00 CET.
        ("2026-10-25T23:30", BERLIN, date(2026, 10, 25), date(2026, 10, 25)),
        ("2026-10-25T00:30", BERLIN, date(2026, 10, 25), date(2026, 10, 24)),
        ("2026-10-25T02:30", BERLIN, date(2026, 10, 25), date(2026, 10, 25)),
        # West of UTC the local date lags the UTC one in the evening.
        ("2026-03-08T23:30", NEW_YORK, date(2026, 3, 8), date(2026, 3, 9)),
        ("2026-01-01T08:00", TOKYO, date(2026, 1, 1), date(2025, 12, 31)),
    ],
)
def test_local_date_across_dst_and_zones(
    wall_clock: str, zone: ZoneInfo, expected_local: date, expected_utc: date
) -> None:
    instant = local(wall_clock, zone)
    assert instant.date() == expected_utc
    assert local_date(instant, zone) == expected_local


def test_local_date_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        local_date(datetime(2026, 3, 1, 12, 0), BERLIN)


# --- asks per day and period --------------------------------------------------------------------


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, TOKYO])
def test_asks_either_side_of_local_midnight_fall_on_different_days(zone: ZoneInfo) -> None:
    late = local("2026-06-10T23:59", zone)
    early = local("2026-06-11T00:01", zone)
    assert late.date() == early.date()  # the same UTC date ...
    attempts = [make(1, late), make(2, early)]
    # ... but two local days.
    assert asks_per_day(attempts, zone) == {date(2026, 6, 10): 1, date(2026, 6, 11): 1}


@pytest.mark.parametrize(
    ("wall_clocks", "expected"),
    [
        ([], {}),
        (["2026-03-29T23:30"], {date(2026, 3, 29): 1}),
        (["2026-03-29T00:30", "2026-03-29T23:30"], {date(2026, 3, 29): 2}),
        (["2026-03-28T23:30", "2026-03-29T23:30"], {date(2026, 3, 28): 1, date(2026, 3, 29): 1}),
        (["2026-10-25T23:30"], {date(2026, 10, 25): 1}),
        (["2026-10-24T23:30", "2026-10-25T00:30"], {date(2026, 10, 24): 1, date(2026, 10, 25): 1}),
    ],
)
def test_asks_per_day_on_dst_days(wall_clocks: list[str], expected: dict[date, int]) -> None:
    attempts = [make(i, w) for i, w in enumerate(wall_clocks)]
    assert asks_per_day(attempts, BERLIN) == expected


def test_asks_per_day_counts_no_reply_but_not_skipped_or_planned() -> None:
    attempts = [make(i, "2026-03-10T12:00", o) for i, o in enumerate([R, A, P, N, X, None])]
    assert asks_per_day(attempts, BERLIN) == {date(2026, 3, 10): 4}


@pytest.mark.parametrize(
    ("period", "wall_clocks", "bounds", "expected"),
    [
        ("week", [], (None, None), []),
        # Sunday 23:30 and Monday 00:30 local belong to different ISO weeks.
        (
            "week",
            ["2026-03-29T23:30", "2026-03-30T00:30"],
            (None, None),
            [(date(2026, 3, 23), 1), (date(2026, 3, 30), 1)],
        ),
        # Empty weeks between asks are filled with 0.
        (
            "week",
            ["2026-03-02T12:00", "2026-03-03T12:00", "2026-03-20T12:00"],
            (None, None),
            [(date(2026, 3, 2), 2), (date(2026, 3, 9), 0), (date(2026, 3, 16), 1)],
        ),
        # A range wider than the data gives every week of the range.
        (
            "week",
            ["2026-03-11T12:00"],
            (date(2026, 3, 1), date(2026, 3, 17)),
            [
                (date(2026, 2, 23), 0),
                (date(2026, 3, 2), 0),
                (date(2026, 3, 9), 1),
                (date(2026, 3, 16), 0),
            ],
        ),
        ("week", [], (date(2026, 3, 4), date(2026, 3, 4)), [(date(2026, 3, 2), 0)]),
        (
            "month",
            ["2025-11-30T23:30", "2025-12-01T00:30", "2026-02-28T10:00"],
            (None, None),
            [
                (date(2025, 11, 1), 1),
                (date(2025, 12, 1), 1),
                (date(2026, 1, 1), 0),
                (date(2026, 2, 1), 1),
            ],
        ),
    ],
)
def test_asks_per_period_in_the_outcome_timeline(
    period: Period,
    wall_clocks: list[str],
    bounds: tuple[date | None, date | None],
    expected: list[tuple[date, int]],
) -> None:
    attempts = [make(i, w) for i, w in enumerate(wall_clocks)]
    result = outcome_timeline(tallies_by_period(attempts, BERLIN, period), period, *bounds)
    assert [(p.start, p.asks) for p in result] == expected


@pytest.mark.parametrize(
    ("day", "period", "expected"),
    [
        (date(2026, 3, 29), "week", date(2026, 3, 23)),  # Sunday
        (date(2026, 3, 30), "week", date(2026, 3, 30)),  # Monday
        (date(2026, 1, 1), "week", date(2025, 12, 29)),  # ISO week 1 of 2026 starts in 2025
        (date(2026, 3, 29), "month", date(2026, 3, 1)),
    ],
)
def test_period_start(day: date, period: Period, expected: date) -> None:
    assert period_start(day, period) == expected


# --- empty data ---------------------------------------------------------------------------------


def test_everything_is_empty_or_none_without_data() -> None:
    today = date(2026, 3, 10)
    assert asks_per_day([], BERLIN) == {}
    assert outcome_timeline({}, "month", None, None) == []
    assert Tally.of([]).outcome_counts() == OutcomeCounts()
    assert Tally.of([]).outcome_counts().acceptance_rate is None
    assert streak({}, today) == Streak(0, 0, 0, False, 0)
    assert Tally.of([]).calibration() == []
    assert Tally.of([]).overall_prediction() == PredictionSummary(None, None, 0)
    assert Tally.of([]).badness_summary() == BadnessSummary(None, None, 0, 0)
    assert anxiety_points(tallies_by_period([], BERLIN, "week")) == []
    assert Tally.of([]).disproved_summary() == DisprovedSummary(0, 0)
    assert Tally.of([]).disproved_summary().share is None
    assert Tally.of([]).category_ladder(2) == []
    assert Tally().courage(date(2026, 2, 11), today, None) == Courage(
        start=date(2026, 2, 11),
        end=today,
        asks_made=0,
        harder_rungs_attempted=0,
        predictions_tested=0,
        previous_highest=None,
        highest_in_window=None,
    )


# --- outcomes -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcomes", "rate"),
    [
        ([], None),
        ([A], 100.0),
        ([R], 0.0),
        ([P], 50.0),  # a partial yes is half a yes
        ([A, P], 75.0),
        ([A, R, R, P], 37.5),
        ([N], None),  # no reply is not in the denominator
        ([X, None], None),
        ([A, R, N, N, X, None], 50.0),
    ],
)
def test_acceptance_rate(outcomes: list[Outcome | None], rate: float | None) -> None:
    attempts = series(*outcomes)
    assert Tally.of(attempts).outcome_counts().acceptance_rate == rate
    assert Tally.of(attempts).outcome_counts().acceptance_rate == rate


def test_outcome_counts() -> None:
    counts = Tally.of(series(R, R, A, P, N, N, N, X, None, None)).outcome_counts()
    assert counts == OutcomeCounts(
        rejected=2, accepted=1, partial=1, no_reply=3, not_attempted=1, planned=2
    )
    assert (counts.asks, counts.answered, counts.open, counts.total) == (7, 4, 5, 10)
    assert [counts.of(o) for o in (R, A, P, N, X, None)] == [2, 1, 1, 3, 1, 2]


# --- streak -------------------------------------------------------------------------------------

# March 2026: Mondays are the 2nd, 9th, 16th, 23rd and 30th.


def march(*days: int, count: int = 1) -> dict[date, int]:
    return {date(2026, 3, d): count for d in days}


@pytest.mark.parametrize(
    ("counts", "today", "goal", "rest", "expected"),
    [
        pytest.param({}, 13, 1, 0, (0, 0), id="empty"),
        pytest.param(march(13), 13, 1, 0, (1, 1), id="one ask today"),
        pytest.param(march(12), 13, 1, 0, (1, 1), id="today not yet met keeps it"),
        pytest.param(march(10, 11, 12), 13, 1, 0, (3, 3), id="three days, today in progress"),
        pytest.param(march(10, 11), 13, 1, 0, (0, 2), id="yesterday missed breaks it"),
        pytest.param(march(9, 10, 12), 12, 1, 0, (1, 2), id="one miss without rest days"),
        pytest.param(march(9, 10, 12), 12, 1, 1, (3, 3), id="one rest day bridges one miss"),
        pytest.param(march(9, 12), 12, 1, 1, (1, 1), id="one rest day not two misses a week"),
        pytest.param(march(9, 12), 12, 1, 2, (2, 2), id="two rest days bridge two misses"),
        pytest.param(
            march(12, 14, 15, 17), 17, 1, 1, (4, 4), id="one rest day in each of two weeks"
        ),
        pytest.param(march(9, 10), 12, 1, 1, (2, 2), id="trailing rest day, today in progress"),
        pytest.param(march(9, 10), 12, 1, 0, (0, 2), id="trailing miss without rest"),
        pytest.param(march(9), 13, 1, 1, (0, 1), id="trailing misses exhaust rest"),
        pytest.param(
            march(9, 12), 14, 1, 1, (0, 1), id="rest used before a break is gone that week"
        ),
        pytest.param(march(2, 3, 4, 5, 6, 10, 11), 11, 1, 0, (2, 5), id="longest beats current"),
        pytest.param(march(2, 3, 9, 10, 11), 11, 1, 0, (3, 3), id="current is the longest"),
        pytest.param(march(10, 11, 20, 21, 22), 11, 1, 0, (2, 2), id="days after today ignored"),
        pytest.param(march(9, 10, 11, 12, 13, 16, 17), 17, 1, 2, (7, 7), id="weekend rest days"),
        pytest.param(march(6, 14), 14, 1, 6, (2, 2), id="six rest days bridge a week boundary gap"),
        pytest.param(march(1, 15), 15, 1, 6, (1, 1), id="a full week of misses always breaks"),
    ],
)
def test_streak(
    counts: dict[date, int], today: int, goal: int, rest: int, expected: tuple[int, int]
) -> None:
    result = streak(counts, date(2026, 3, today), daily_goal=goal, rest_days_per_week=rest)
    assert (result.current, result.longest) == expected


@pytest.mark.parametrize(
    ("counts", "goal", "expected"),
    [
        pytest.param({10: 2, 11: 2, 12: 2}, 2, (3, 3, 2, True), id="goal 2 met every day"),
        pytest.param({10: 2, 11: 1, 12: 2}, 2, (1, 1, 2, True), id="one below goal breaks it"),
        pytest.param({10: 3, 11: 5, 12: 2}, 3, (2, 2, 2, False), id="today below goal 3"),
        pytest.param({10: 1, 11: 1, 12: 1}, 1, (3, 3, 1, True), id="goal 1"),
        pytest.param({10: 1, 11: 1, 12: 1}, 2, (0, 0, 1, False), id="goal 2 never met"),
    ],
)
def test_streak_with_daily_goal(
    counts: dict[int, int], goal: int, expected: tuple[int, int, int, bool]
) -> None:
    by_date = {date(2026, 3, d): n for d, n in counts.items()}
    result = streak(by_date, date(2026, 3, 12), daily_goal=goal)
    assert result == Streak(*expected, rest_days_left_this_week=0)


@pytest.mark.parametrize(
    ("counts", "today", "rest", "left"),
    [
        (march(9, 10, 11), 12, 1, 1),  # nothing used yet
        (march(9, 10), 12, 1, 0),  # Wednesday used it
        (march(9), 12, 2, 0),  # Tue and Wed used both
        (march(6), 10, 2, 1),  # Sat/Sun rest in the previous week, Monday uses one of this week
        (march(9), 13, 1, 0),  # streak broke this week
    ],
)
def test_rest_days_left_this_week(
    counts: dict[date, int], today: int, rest: int, left: int
) -> None:
    result = streak(counts, date(2026, 3, today), rest_days_per_week=rest)
    assert result.rest_days_left_this_week == left


@pytest.mark.parametrize(("goal", "rest"), [(0, 0), (1, -1), (1, 7)])
def test_streak_refuses_bad_settings(goal: int, rest: int) -> None:
    with pytest.raises(ValueError):
        streak({}, date(2026, 3, 1), daily_goal=goal, rest_days_per_week=rest)


def test_streak_over_dst_days_from_late_evening_asks() -> None:
    wall_clocks = ["2026-03-28T23:30", "2026-03-29T23:30", "2026-03-30T23:30"]
    days = asks_per_day([make(i, w) for i, w in enumerate(wall_clocks)], BERLIN)
    assert streak(days, date(2026, 3, 30)).current == 3
    wall_clocks = ["2026-10-24T23:30", "2026-10-25T23:30", "2026-10-26T00:30"]
    days = asks_per_day([make(i, w) for i, w in enumerate(wall_clocks)], BERLIN)
    assert streak(days, date(2026, 10, 26)) == Streak(3, 3, 1, True, 0)


# --- calibration --------------------------------------------------------------------------------


def predicted(*pairs: tuple[int | None, Outcome | None]) -> list[AttemptRecord]:
    start = local("2026-03-02T12:00")
    return [
        make(i, start + timedelta(hours=i), o, predicted_no=p) for i, (p, o) in enumerate(pairs)
    ]


@pytest.mark.parametrize(
    ("pairs", "width", "expected"),
    [
        pytest.param([], 20, [], id="empty"),
        pytest.param([(70, R)], 20, [(60, 79, 70.0, 100.0, 1)], id="one ask"),
        pytest.param(
            [(10, A), (15, R), (90, R), (100, A), (85, P), (50, N), (None, R), (60, X), (60, None)],
            20,
            [(0, 19, 12.5, 50.0, 2), (80, 100, 275 / 3, 50.0, 3)],
            id="partial is half a no, no reply excluded, 100 in the top bucket",
        ),
        pytest.param([(19, R), (20, A)], 20, [(0, 19, 19, 100, 1), (20, 39, 20, 0, 1)], id="edge"),
        pytest.param([(100, R), (90, A)], 30, [(90, 100, 95.0, 50.0, 2)], id="uneven width"),
        pytest.param([(0, A), (100, P)], 100, [(0, 100, 50.0, 25.0, 2)], id="one bucket"),
        pytest.param([(40, P), (45, P)], 10, [(40, 49, 42.5, 50.0, 2)], id="partials only"),
    ],
)
def test_calibration(
    pairs: list[tuple[int | None, Outcome | None]],
    width: int,
    expected: list[tuple[int, int, float, float, int]],
) -> None:
    buckets = Tally.of(predicted(*pairs), band_width=width).calibration()
    got = [(b.low, b.high, b.predicted_mean, b.actual_no_rate, b.count) for b in buckets]
    assert got == [pytest.approx(e) for e in expected]


def test_calibration_refuses_zero_width() -> None:
    with pytest.raises(ValueError):
        Tally.of([], band_width=0).calibration()


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([(80, R)], (80.0, 100.0, 1)),
        ([(80, A), (60, P), (90, N), (None, R)], (70.0, 25.0, 2)),
        ([(90, R), (80, A), (70, A), (72, A), (78, R)], (78.0, 40.0, 5)),
        ([(50, N)], (None, None, 0)),
    ],
)
def test_overall_prediction(
    pairs: list[tuple[int | None, Outcome | None]],
    expected: tuple[float | None, float | None, int],
) -> None:
    summary = Tally.of(predicted(*pairs)).overall_prediction()
    assert (summary.mean_predicted_no, summary.actual_no_rate, summary.count) == expected


@pytest.mark.parametrize(
    ("outcome", "fields", "counted", "disproved"),
    [
        pytest.param(A, {"predicted_no": 80}, True, True, id="feared no, got yes"),
        pytest.param(P, {"predicted_no": 80}, True, True, id="feared no, got partial"),
        pytest.param(A, {"predicted_no": 50}, True, True, id="50 % counts as expecting a no"),
        pytest.param(R, {"predicted_no": 80}, True, False, id="feared no, got no"),
        pytest.param(A, {"predicted_no": 40}, True, False, id="expected a yes"),
        pytest.param(R, {"expected_badness": 70, "actual_badness": 30}, True, True, id="hurt less"),
        pytest.param(
            R, {"expected_badness": 30, "actual_badness": 30}, True, False, id="hurt as expected"
        ),
        pytest.param(R, {"expected_badness": 30}, True, False, id="badness not rated yet"),
        pytest.param(N, {"predicted_no": 80}, False, False, id="no reply is still open"),
        pytest.param(
            N, {"expected_badness": 80, "actual_badness": 10}, False, False,
            id="no reply tests nothing yet"
        ),
        pytest.param(A, {"expected_badness": 70, "actual_badness": 5}, True, False,
                     id="a yes says nothing about how bad a no would feel"),
        pytest.param(P, {"expected_badness": 70, "actual_badness": 30}, True, True,
                     id="a partial no hurt less"),
        pytest.param(R, {"predicted_no": 80, "hindsight": True}, False, False,
                     id="hindsight is not a test"),
        pytest.param(A, {"predicted_no": 80, "hindsight": True}, False, False,
                     id="hindsight yes is not disproved"),
        pytest.param(A, {}, False, False, id="no prediction"),
        pytest.param(X, {"predicted_no": 80}, False, False, id="not attempted"),
        pytest.param(None, {"predicted_no": 80}, False, False, id="planned"),
    ],
)
def test_predictions_disproved(
    outcome: Outcome | None, fields: dict[str, int], counted: bool, disproved: bool
) -> None:
    attempt = make(outcome=outcome, **fields)  # type: ignore[arg-type]
    assert is_disproved(attempt) is disproved
    summary = Tally.of([attempt]).disproved_summary()
    assert summary == DisprovedSummary(int(disproved), int(counted))


def test_predictions_disproved_share() -> None:
    attempts = predicted((80, A), (80, R), (80, P), (20, A))
    summary = Tally.of(attempts).disproved_summary()
    assert summary == DisprovedSummary(2, 4)
    assert summary.share == 50.0


# --- badness and anxiety ------------------------------------------------------------------------


def test_badness_summary_compares_only_real_noes_rated_before_and_after() -> None:
    attempts = [
        make(3, "2026-03-12T12:00", R, expected_badness=60, actual_badness=20),
        make(6, "2026-03-12T12:00", P, expected_badness=40, actual_badness=50),
        make(1, "2026-03-10T12:00", A, expected_badness=80, actual_badness=10),  # a yes
        make(2, "2026-03-11T12:00", N, expected_badness=40, actual_badness=50),  # no answer
        make(4, "2026-03-12T12:00", R, expected_badness=60),  # not rated after
        make(5, "2026-03-12T12:00", X, expected_badness=60, actual_badness=0),  # not an ask
        make(7, "2026-03-12T12:00", R, expected_badness=90, actual_badness=0,
             hindsight=True),  # "expected" typed in after the no
        make(8, "2026-03-12T12:00", A, expected_badness=70, actual_badness=30,
             dare=True),  # a dare done: its own "how bad will it feel"
    ]
    assert Tally.of(attempts).badness_summary() == BadnessSummary(170 / 3, 100 / 3, 3, 2)


def test_anxiety_summary_and_trend() -> None:
    attempts = [
        make(1, "2026-03-02T12:00", R, anxiety_before=80, anxiety_after=40),
        make(2, "2026-03-08T23:30", A, anxiety_before=60, anxiety_after=20),  # Sunday night
        make(3, "2026-03-09T00:30", R, anxiety_before=50),  # Monday: next week
        make(4, "2026-03-10T12:00", R, anxiety_after=30),
        make(5, "2026-03-10T12:00", R),  # no ratings
        make(6, "2026-03-11T12:00", X, anxiety_before=90, anxiety_after=90),  # not an ask
        make(7, "2026-03-30T12:00", P, anxiety_before=30, anxiety_after=10),
    ]
    assert Tally.of(attempts).anxiety_summary().count == 3  # asks 1, 2 and 7
    assert anxiety_points(tallies_by_period(attempts, BERLIN, "week")) == [
        AnxietyPoint(date(2026, 3, 2), 70.0, 30.0, 2),
        AnxietyPoint(date(2026, 3, 9), 50.0, 30.0, 2),
        AnxietyPoint(date(2026, 3, 30), 30.0, 10.0, 1),
    ]
    assert anxiety_points(tallies_by_period(attempts, BERLIN, "month")) == [
        AnxietyPoint(date(2026, 3, 1), 55.0, 25.0, 5),
    ]


# --- ladder progress ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        pytest.param([], (0, 0, None, None), id="empty"),
        pytest.param(
            [("2026-03-20T12:00", 30, R)], (1, 0, None, 30), id="no baseline, nothing harder"
        ),
        pytest.param(
            [
                ("2026-01-10T12:00", 40, R),
                ("2026-02-01T12:00", 60, X),  # skipped asks are not a baseline
                ("2026-03-01T12:00", 50, A),
                ("2026-03-02T12:00", 60, P),
                ("2026-03-20T12:00", 40, N),  # as hard as before: not harder
                ("2026-03-28T23:30", 90, R),  # the last day of the window, late evening
                ("2026-03-29T00:30", 95, R),  # tomorrow: ignored
                ("2026-03-10T12:00", 99, None),  # planned: not an ask
            ],
            (4, 3, 40, 90),
            id="window of 28 days",
        ),
        pytest.param(
            [("2026-02-28T23:30", 40, R), ("2026-03-01T00:30", 30, R)],
            (1, 0, 40, 30),
            id="window starts at local midnight",
        ),
    ],
)
def test_courage(
    history: list[tuple[str, int, Outcome | None]],
    expected: tuple[int, int, int | None, int | None],
) -> None:
    attempts = [make(i, w, o, distress=d, predicted_no=50) for i, (w, d, o) in enumerate(history)]
    result = courage_in_window(attempts, date(2026, 3, 1), date(2026, 3, 28))
    assert result.start == date(2026, 3, 1)
    assert result.end == date(2026, 3, 28)
    assert (
        result.asks_made,
        result.harder_rungs_attempted,
        result.previous_highest,
        result.highest_in_window,
    ) == expected
    resolved = [a for a in attempts if a.outcome in (R, A, P)
                and date(2026, 3, 1) <= a.when.astimezone(BERLIN).date() <= date(2026, 3, 28)]
    assert result.predictions_tested == len(resolved)  # "no reply yet" tests nothing yet


# --- ranges -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preset", "today", "expected"),
    [
        ("4w", date(2026, 3, 28), date(2026, 3, 1)),
        ("3m", date(2026, 3, 28), date(2025, 12, 29)),
        ("3m", date(2026, 5, 31), date(2026, 3, 1)),  # Feb 28 + 1 day
        ("1y", date(2026, 3, 28), date(2025, 3, 29)),
        ("1y", date(2028, 2, 29), date(2027, 3, 1)),
        ("all", date(2026, 3, 28), None),
    ],
)
def test_range_start(preset: RangePreset, today: date, expected: date | None) -> None:
    assert range_start(preset, today) == expected


# --- volume -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_everything_on_twenty_thousand_attempts() -> None:
    rng = random.Random(20_000)
    outcomes: list[Outcome | None] = [R, A, P, N, X, None]
    start = datetime(2023, 1, 1, tzinfo=UTC)
    categories = ["everyday", "shops", "social", "work", "family", "public", "online"]

    def maybe() -> int | None:
        return rng.randint(0, 100) if rng.random() < 0.8 else None

    attempts = [
        make(
            i,
            start + timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60)),
            rng.choice(outcomes),
            category=rng.choice(categories),
            distress=rng.randint(0, 100),
            challenge_id=rng.randint(1, 300),
            predicted_no=maybe(),
            expected_badness=maybe(),
            actual_badness=maybe(),
            anxiety_before=maybe(),
            anxiety_after=maybe(),
        )
        for i in range(20_000)
    ]
    today = date(2025, 12, 31)
    days = asks_per_day(attempts, BERLIN)
    counts = Tally.of(attempts).outcome_counts()
    assert sum(days.values()) == counts.asks
    assert counts.total == 20_000
    for period in ("week", "month"):
        timeline = outcome_timeline(tallies_by_period(attempts, BERLIN, period), period, None, None)
        assert sum(p.asks for p in timeline) == counts.asks
    assert Tally.of(attempts).outcome_counts().acceptance_rate is not None
    s = streak(days, today, daily_goal=2, rest_days_per_week=1)
    assert 0 <= s.current <= s.longest
    buckets = Tally.of(attempts).calibration()
    assert sum(b.count for b in buckets) == Tally.of(attempts).overall_prediction().count
    assert Tally.of(attempts).badness_summary() == naive_badness_summary(attempts)
    trend = anxiety_points(tallies_by_period(attempts, BERLIN, "month"))
    assert len(trend) == 36
    disproved = Tally.of(attempts).disproved_summary()
    assert 0 < disproved.count < disproved.of_total
    assert sum(row.asks for row in Tally.of(attempts).category_ladder(2)) == counts.asks
    window = courage_in_window(attempts, range_start("3m", today), today)
    assert 0 < window.asks_made < counts.asks


# --- periods, outcomes per period and the calendar ------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 1), date(2026, 1, 1)),
        (date(2026, 3, 31), date(2026, 1, 1)),
        (date(2026, 4, 1), date(2026, 4, 1)),
        (date(2026, 9, 30), date(2026, 7, 1)),
        (date(2026, 12, 31), date(2026, 10, 1)),
    ],
)
def test_period_start_of_a_quarter(day: date, expected: date) -> None:
    assert period_start(day, "quarter") == expected


@pytest.mark.parametrize(
    ("period", "keys", "bounds", "expected"),
    [
        pytest.param("week", [], (None, None), [], id="nothing at all"),
        pytest.param("month", [], (date(2026, 3, 9), None), [date(2026, 3, 1)], id="start only"),
        pytest.param(
            "quarter",
            [date(2025, 10, 1)],
            (None, date(2026, 5, 2)),
            [date(2025, 10, 1), date(2026, 1, 1), date(2026, 4, 1)],
            id="quarters across a year end",
        ),
        pytest.param(
            "month",
            [date(2026, 12, 1)],
            (date(2026, 11, 30), None),
            [date(2026, 11, 1), date(2026, 12, 1)],
            id="months across a year end",
        ),
    ],
)
def test_period_starts(
    period: Period,
    keys: list[date],
    bounds: tuple[date | None, date | None],
    expected: list[date],
) -> None:
    assert period_starts(keys, period, *bounds) == expected


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        (1, "week"),
        (28, "week"),
        (92, "week"),
        (26 * 7, "week"),
        (26 * 7 + 1, "month"),
        (366, "month"),
        (4 * 366, "month"),
        (4 * 366 + 1, "quarter"),
        (3653, "quarter"),
    ],
)
def test_period_for_span(days: int, expected: Period) -> None:
    start = date(2020, 1, 1)
    assert period_for_span(start, start + timedelta(days=days - 1)) == expected


@pytest.mark.parametrize(
    ("period", "history", "bounds", "expected"),
    [
        pytest.param("week", [], (None, None), [], id="empty"),
        pytest.param(
            "week", [], (date(2026, 3, 4), date(2026, 3, 10)),
            [(date(2026, 3, 2), 0, 0, 0, 0), (date(2026, 3, 9), 0, 0, 0, 0)],
            id="empty range filled with zeros",
        ),
        pytest.param(
            "week", [("2026-03-11T12:00", A)], (None, None),
            [(date(2026, 3, 9), 1, 0, 0, 0)], id="one ask",
        ),
        pytest.param(
            "week",
            [("2026-03-11T12:00", o) for o in (R, A, P, N, X, None, R)],
            (None, None),
            [(date(2026, 3, 9), 1, 1, 2, 1)],
            id="skipped and planned are not asks",
        ),
        pytest.param(
            "week",
            [("2026-03-29T23:30", R), ("2026-03-30T00:30", A)],
            (None, None),
            [(date(2026, 3, 23), 0, 0, 1, 0), (date(2026, 3, 30), 1, 0, 0, 0)],
            id="DST Sunday night and Monday morning in different weeks",
        ),
        pytest.param(
            "month",
            [("2026-10-31T23:30", P), ("2026-11-01T00:10", N)],
            (None, None),
            [(date(2026, 10, 1), 0, 1, 0, 0), (date(2026, 11, 1), 0, 0, 0, 1)],
            id="midnight at a month end after the autumn change",
        ),
        pytest.param(
            "quarter",
            [("2026-02-01T12:00", A), ("2026-08-01T12:00", R)],
            (None, None),
            [(date(2026, 1, 1), 1, 0, 0, 0), (date(2026, 4, 1), 0, 0, 0, 0),
             (date(2026, 7, 1), 0, 0, 1, 0)],
            id="quarters with an empty one between",
        ),
    ],
)
def test_outcomes_per_period(
    period: Period,
    history: list[tuple[str, Outcome | None]],
    bounds: tuple[date | None, date | None],
    expected: list[tuple[date, int, int, int, int]],
) -> None:
    attempts = [make(i, w, o) for i, (w, o) in enumerate(history)]
    result = outcome_timeline(tallies_by_period(attempts, BERLIN, period), period, *bounds)
    assert [(p.start, p.accepted, p.partial, p.rejected, p.no_reply) for p in result] == expected


def test_outcome_period_of() -> None:
    period = OutcomePeriod(date(2026, 3, 2), accepted=3, partial=2, rejected=1, no_reply=4)
    assert [period.of(o) for o in (A, P, R, N, X)] == [3, 2, 1, 4, 0]
    assert period.asks == 10


@pytest.mark.parametrize(
    ("counts", "bounds", "expected"),
    [
        ({}, (1, 31), 0),
        ({date(2026, 3, 5): 2}, (1, 31), 1),
        ({date(2026, 3, 5): 2, date(2026, 3, 6): 0, date(2026, 3, 7): 1}, (1, 31), 2),
        ({date(2026, 3, 5): 2, date(2026, 3, 20): 1}, (6, 31), 1),
        ({date(2026, 3, 5): 2, date(2026, 3, 20): 1}, (5, 20), 2),
    ],
)
def test_days_asked(counts: dict[date, int], bounds: tuple[int, int], expected: int) -> None:
    start, end = (date(2026, 3, d) for d in bounds)
    assert days_asked(counts, start, end) == expected


@pytest.mark.parametrize(
    ("count", "peak", "expected"),
    [
        (0, 0, 0),
        (0, 10, 0),
        (3, 0, 0),
        (1, 1, 4),
        (1, 10, 1),
        (2, 10, 1),
        (3, 10, 2),
        (5, 10, 2),
        (6, 10, 3),
        (8, 10, 4),
        (10, 10, 4),
        (12, 10, 4),
    ],
)
def test_heat_level(count: int, peak: int, expected: int) -> None:
    assert heat_level(count, peak) == expected


def test_heat_level_refuses_no_levels() -> None:
    with pytest.raises(ValueError):
        heat_level(1, 1, levels=0)


def test_local_date_still_refuses_naive_datetimes_when_memoised() -> None:
    naive = datetime(2026, 3, 1, 12, 0)
    for _ in range(2):
        with pytest.raises(ValueError, match="naive"):
            local_date(naive, BERLIN)


# --- badness by expectation and the anxiety summary ---------------------------------------------


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        pytest.param([], [], id="empty"),
        pytest.param([(R, 70, 20)], [(60, 79, 70.0, 20.0, 1)], id="one no"),
        pytest.param([(A, 70, 20)], [], id="a yes is not compared"),
        pytest.param(
            [(R, 90, 40), (P, 100, 20), (N, 85, 60), (R, 10, 30), (X, 90, 0), (None, 90, 0),
             (R, 50, None), (A, 90, 0)],
            [(0, 19, 10.0, 30.0, 1), (80, 100, 95.0, 30.0, 2)],
            id="no and partial count; yes, no reply, skipped, planned and unrated do not",
        ),
        pytest.param([(R, 19, 5), (R, 20, 5)], [(0, 19, 19, 5, 1), (20, 39, 20, 5, 1)],
                     id="band edge"),
    ],
)
def test_badness_by_expectation(
    ratings: list[tuple[Outcome | None, int, int | None]],
    expected: list[tuple[int, int, float, float, int]],
) -> None:
    attempts = [
        make(i, "2026-03-10T12:00", o, expected_badness=e, actual_badness=a)
        for i, (o, e, a) in enumerate(ratings)
    ]
    bands = Tally.of(attempts).badness_bands()
    got = [(b.low, b.high, b.mean_expected, b.mean_actual, b.count) for b in bands]
    assert got == [pytest.approx(e) for e in expected]
    assert sum(b.count for b in bands) == Tally.of(attempts).badness_summary().count


def test_badness_by_expectation_refuses_zero_width() -> None:
    with pytest.raises(ValueError):
        Tally.of([], band_width=0).badness_bands()


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        pytest.param([], (None, None, None, None, 0), id="empty"),
        pytest.param([(80, 30)], (80.0, 30.0, None, None, 1), id="one ask: no trend"),
        pytest.param([(80, 30), (60, 20), (50, 10)], (190 / 3, 20.0, None, None, 3),
                     id="three asks: still no trend"),
        pytest.param([(80, 30), (60, 20), (50, 10), (30, 20)], (55.0, 20.0, 70.0, 40.0, 4),
                     id="four asks split in halves"),
        pytest.param([(90, 0), (70, 0), (50, 0), (40, 0), (20, 0)], (54.0, 0.0, 80.0, 110 / 3, 5),
                     id="odd count: the middle ask joins the newer half"),
        pytest.param([(80, None), (None, 10), (60, 20)], (60.0, 20.0, None, None, 1),
                     id="asks missing a rating are left out"),
    ],
)
def test_anxiety_summary(
    ratings: list[tuple[int | None, int | None]],
    expected: tuple[float | None, float | None, float | None, float | None, int],
) -> None:
    start = local("2026-03-02T12:00")
    attempts = [
        make(i, start + timedelta(days=i), R, anxiety_before=b, anxiety_after=a)
        for i, (b, a) in enumerate(ratings)
    ]
    attempts.reverse()  # order of the input does not matter: time does
    summary = Tally.of(attempts).anxiety_summary()
    got = (summary.mean_before, summary.mean_after, summary.early_before, summary.late_before,
           summary.count)
    assert got == pytest.approx(expected)


# --- the ladder per category and courage over a range -------------------------------------------


@pytest.mark.parametrize(
    ("asks", "reps", "expected"),
    [
        pytest.param([], 2, [], id="empty"),
        pytest.param([(1, "work", 40, 80)], 2, [("work", 1, 1, 0, 40, None)], id="one ask"),
        pytest.param([(1, "work", 40, 80)], 1, [("work", 1, 1, 1, 40, 40)], id="one rep climbs"),
        pytest.param(
            [(1, "work", 40, 80), (1, "work", 40, None), (2, "work", 70, 50), (2, "work", 70, 60)],
            2,
            [("work", 4, 2, 1, 70, 70)],
            id="untested asks do not count towards done",
        ),
        pytest.param(
            [(5, "zz-mine", 90, 50), (3, "shops", 20, 50), (3, "shops", 20, 50),
             (4, "everyday", 10, 50)],
            2,
            [("everyday", 1, 1, 0, 10, None), ("shops", 2, 1, 1, 20, 20),
             ("zz-mine", 1, 1, 0, 90, None)],
            id="built-in categories first, custom ones after",
        ),
    ],
)
def test_category_ladder(
    asks: list[tuple[int, str, int, int | None]],
    reps: int,
    expected: list[tuple[str, int, int, int, int, int | None]],
) -> None:
    attempts = [
        make(i, "2026-03-10T12:00", R, challenge_id=c, category=cat, distress=d, predicted_no=p)
        for i, (c, cat, d, p) in enumerate(asks)
    ]
    attempts.append(make(99, "2026-03-10T12:00", X, challenge_id=7, category="work",
                         distress=99, predicted_no=80))  # a skipped ask climbs nothing
    rows = Tally.of(attempts).category_ladder(reps)
    assert [
        (r.category, r.asks, r.rungs_tried, r.rungs_done, r.highest_tried, r.highest_done)
        for r in rows
    ] == expected


def test_category_ladder_refuses_zero_reps() -> None:
    with pytest.raises(ValueError):
        Tally.of([]).category_ladder(0)


@pytest.mark.slow
def test_new_functions_on_twenty_thousand_attempts() -> None:
    rng = random.Random(8)
    start = datetime(2016, 1, 1, tzinfo=UTC)
    attempts = [
        make(
            i,
            start + timedelta(minutes=rng.randint(0, 10 * 365 * 24 * 60)),
            rng.choice([R, A, P, N, X, None]),
            category=rng.choice(["everyday", "work", "social", "mine"]),
            distress=rng.randint(0, 100),
            challenge_id=rng.randint(1, 1000),
            predicted_no=rng.choice([None, rng.randint(0, 100)]),
            expected_badness=rng.randint(0, 100),
            actual_badness=rng.choice([None, rng.randint(0, 100)]),
            anxiety_before=rng.randint(0, 100),
            anxiety_after=rng.choice([None, rng.randint(0, 100)]),
        )
        for i in range(20_000)
    ]
    asks_made = Tally.of(attempts).outcome_counts().asks
    period = period_for_span(date(2016, 1, 1), date(2025, 12, 31))
    assert period == "quarter"
    timeline = outcome_timeline(tallies_by_period(attempts, BERLIN, period), period, None, None)
    assert len(timeline) == 40
    assert sum(p.asks for p in timeline) == asks_made
    assert sum(b.count for b in Tally.of(attempts).badness_bands()) == (
        Tally.of(attempts).badness_summary().count)
    anxiety = Tally.of(attempts).anxiety_summary()
    assert anxiety == naive_anxiety_summary(attempts)
    assert anxiety.early_before is not None
    ladder_rows = Tally.of(attempts).category_ladder(2)
    assert sum(r.asks for r in ladder_rows) == asks_made
    assert [r.category for r in ladder_rows] == ["everyday", "social", "work", "mine"]
    whole = courage_in_window(attempts, date(2016, 1, 1), date(2025, 12, 31))
    assert whole.asks_made == asks_made
    assert whole.challenges_tried == len({a.challenge_id for a in attempts if naive_is_ask(a)})
    days = asks_per_day(attempts, BERLIN)
    assert days_asked(days, date(2016, 1, 1), date(2025, 12, 31)) == len(days)


# --- tallies ------------------------------------------------------------------------------------


def _random_attempts(n: int, seed: int) -> list[AttemptRecord]:
    """Random attempts on 40 challenges, each with its own category and distress."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    challenges = {c: (rng.choice(["everyday", "work", "mine"]), rng.randint(0, 100))
                  for c in range(1, 41)}
    chosen = [rng.randint(1, 40) for _ in range(n)]
    return [
        make(
            i,
            start + timedelta(minutes=rng.randint(0, 400 * 24 * 60)),
            rng.choice([R, A, P, N, X, None]),
            category=challenges[chosen[i]][0],
            distress=challenges[chosen[i]][1],
            challenge_id=chosen[i],
            predicted_no=rng.choice([None, rng.randint(0, 100)]),
            expected_badness=rng.choice([None, rng.randint(0, 100)]),
            actual_badness=rng.choice([None, rng.randint(0, 100)]),
            anxiety_before=rng.choice([None, rng.randint(0, 100)]),
            anxiety_after=rng.choice([None, rng.randint(0, 100)]),
            hindsight=rng.random() < 0.3,
            dare=challenges[chosen[i]][1] % 7 == 0,  # about one challenge in seven is a dare
        )
        for i in range(n)
    ]


def _figures(tally: Tally) -> tuple[object, ...]:
    return (
        tally.outcome_counts(),
        tally.calibration(),
        tally.overall_prediction(),
        tally.disproved_summary(),
        tally.badness_summary(),
        tally.badness_bands(),
        tally.anxiety_summary(),
        tally.anxiety_point(date(2025, 1, 1)),
        tally.category_ladder(2),
        tally.courage(date(2025, 1, 1), date(2026, 2, 1), 60),
    )


@pytest.mark.parametrize("chunks", [1, 2, 7, 50])
def test_merged_tallies_give_the_same_figures_as_one_tally(chunks: int) -> None:
    attempts = _random_attempts(1_000, chunks)
    size = -(-len(attempts) // chunks)
    parts = [Tally.of(attempts[i:i + size]) for i in range(0, len(attempts), size)]
    assert _figures(Tally.combine(parts)) == _figures(Tally.of(attempts))


@pytest.mark.parametrize("seed", [3, 5, 11])
def test_tally_figures_match_a_naive_recount(seed: int) -> None:
    attempts = _random_attempts(500, seed)
    tally = Tally.of(attempts)
    assert tally.outcome_counts() == naive_outcome_counts(attempts)
    assert tally.overall_prediction() == naive_overall_prediction(attempts)
    assert tally.calibration() == naive_calibration(attempts, 20)
    assert tally.disproved_summary() == naive_disproved(attempts)
    assert tally.badness_summary() == naive_badness_summary(attempts)
    assert tally.anxiety_summary() == naive_anxiety_summary(attempts)
    assert tally.category_ladder(2) == naive_category_ladder(attempts, 2)
    window = courage_in_window(attempts, date(2025, 3, 1), date(2025, 9, 30))
    in_window = [a for a in attempts if naive_is_ask(a)
                 and date(2025, 3, 1) <= a.when.astimezone(BERLIN).date() <= date(2025, 9, 30)]
    assert window.asks_made == len(in_window)
    assert window.highest_in_window == max(a.distress for a in in_window)


def test_combine_counts_keeps_bars_and_anxiety_points() -> None:
    attempts = _random_attempts(300, 4)
    parts = [Tally.of(attempts[:100]), Tally.of(attempts[100:])]
    light = Tally.combine_counts(parts)
    full = Tally.of(attempts)
    day = date(2025, 3, 1)
    assert light.outcome_period(day) == full.outcome_period(day)
    assert light.anxiety_point(day) == full.anxiety_point(day)
    assert light.calibration() == []  # only counts are carried


def test_tallies_of_different_band_widths_do_not_merge() -> None:
    with pytest.raises(ValueError, match="band widths"):
        Tally(20).merge(Tally(10))


@pytest.mark.parametrize(
    ("distress", "previous", "expected"),
    [
        ([], None, (0, 0, None)),
        ([30, 50, 70], None, (3, 0, 70)),
        ([30, 50, 70], 50, (3, 1, 70)),
        ([30, 50, 70], 29, (3, 3, 70)),
        ([100, 0], 99, (2, 1, 100)),
    ],
)
def test_tally_courage(distress: list[int], previous: int | None,
                       expected: tuple[int, int, int | None]) -> None:
    tally = Tally.of(make(i, outcome=R, distress=d) for i, d in enumerate(distress))
    courage = tally.courage(date(2026, 3, 1), date(2026, 3, 28), previous)
    assert (courage.asks_made, courage.harder_rungs_attempted, courage.highest_in_window) == (
        expected)
