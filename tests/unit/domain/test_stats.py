"""Tests for rejection_desktop.domain.stats: asks, streaks, calibration and progress numbers."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from rejection_desktop.domain import stats
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.records import AttemptRecord

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
    )


def series(*outcomes: Outcome | None, **fields: int | None) -> list[AttemptRecord]:
    """One attempt per outcome, a day apart, sharing ``fields``."""
    start = local("2026-03-02T12:00")
    return [
        make(i + 1, start + timedelta(days=i), o, **fields)  # type: ignore[arg-type]
        for i, o in enumerate(outcomes)
    ]


# --- basics -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [(R, True), (A, True), (P, True), (N, True), (X, False), (None, False)],
)
def test_is_ask(outcome: Outcome | None, expected: bool) -> None:
    assert stats.is_ask(make(outcome=outcome)) is expected


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
    assert stats.local_date(instant, zone) == expected_local


def test_local_date_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        stats.local_date(datetime(2026, 3, 1, 12, 0), BERLIN)


# --- asks per day and period --------------------------------------------------------------------


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, TOKYO])
def test_asks_either_side_of_local_midnight_fall_on_different_days(zone: ZoneInfo) -> None:
    late = local("2026-06-10T23:59", zone)
    early = local("2026-06-11T00:01", zone)
    assert late.date() == early.date()  # the same UTC date ...
    attempts = [make(1, late), make(2, early)]
    # ... but two local days.
    assert stats.asks_per_day(attempts, zone) == {date(2026, 6, 10): 1, date(2026, 6, 11): 1}


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
    assert stats.asks_per_day(attempts, BERLIN) == expected


def test_asks_per_day_counts_no_reply_but_not_skipped_or_planned() -> None:
    attempts = [make(i, "2026-03-10T12:00", o) for i, o in enumerate([R, A, P, N, X, None])]
    assert stats.asks_per_day(attempts, BERLIN) == {date(2026, 3, 10): 4}


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
def test_asks_per_period(
    period: stats.Period,
    wall_clocks: list[str],
    bounds: tuple[date | None, date | None],
    expected: list[tuple[date, int]],
) -> None:
    attempts = [make(i, w) for i, w in enumerate(wall_clocks)]
    result = stats.asks_per_period(attempts, BERLIN, period, start=bounds[0], end=bounds[1])
    assert [(p.start, p.count) for p in result] == expected


@pytest.mark.parametrize(
    ("day", "period", "expected"),
    [
        (date(2026, 3, 29), "week", date(2026, 3, 23)),  # Sunday
        (date(2026, 3, 30), "week", date(2026, 3, 30)),  # Monday
        (date(2026, 1, 1), "week", date(2025, 12, 29)),  # ISO week 1 of 2026 starts in 2025
        (date(2026, 3, 29), "month", date(2026, 3, 1)),
    ],
)
def test_period_start(day: date, period: stats.Period, expected: date) -> None:
    assert stats.period_start(day, period) == expected


# --- empty data ---------------------------------------------------------------------------------


def test_everything_is_empty_or_none_without_data() -> None:
    today = date(2026, 3, 10)
    assert stats.asks_per_day([], BERLIN) == {}
    assert stats.asks_per_period([], BERLIN, "month") == []
    assert stats.outcome_counts([]) == stats.OutcomeCounts()
    assert stats.acceptance_rate([]) is None
    assert stats.streak({}, today) == stats.Streak(0, 0, 0, False, 0)
    assert stats.calibration([]) == []
    assert stats.overall_prediction([]) == stats.PredictionSummary(None, None, 0)
    assert stats.badness_pairs([]) == []
    assert stats.badness_summary([]) == stats.BadnessSummary(None, None, 0, 0)
    assert stats.anxiety_pairs([]) == []
    assert stats.anxiety_trend([], BERLIN, "week") == []
    assert stats.predictions_disproved([]) == stats.DisprovedSummary(0, 0)
    assert stats.predictions_disproved([]).share is None
    assert stats.category_progress([]) == []
    assert all(r.asks == 0 for r in stats.rung_progress([]))
    assert stats.courage([], BERLIN, today) == stats.Courage(
        start=date(2026, 2, 11),
        end=today,
        asks_made=0,
        harder_rungs_attempted=0,
        predictions_tested=0,
        previous_highest=None,
        highest_in_window=None,
    )
    assert stats.filter_range([], None, today, BERLIN) == []


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
    assert stats.acceptance_rate(attempts) == rate
    assert stats.outcome_counts(attempts).acceptance_rate == rate


def test_outcome_counts() -> None:
    counts = stats.outcome_counts(series(R, R, A, P, N, N, N, X, None, None))
    assert counts == stats.OutcomeCounts(
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
    result = stats.streak(counts, date(2026, 3, today), daily_goal=goal, rest_days_per_week=rest)
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
    result = stats.streak(by_date, date(2026, 3, 12), daily_goal=goal)
    assert result == stats.Streak(*expected, rest_days_left_this_week=0)


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
    result = stats.streak(counts, date(2026, 3, today), rest_days_per_week=rest)
    assert result.rest_days_left_this_week == left


@pytest.mark.parametrize(("goal", "rest"), [(0, 0), (1, -1), (1, 7)])
def test_streak_refuses_bad_settings(goal: int, rest: int) -> None:
    with pytest.raises(ValueError):
        stats.streak({}, date(2026, 3, 1), daily_goal=goal, rest_days_per_week=rest)


def test_streak_over_dst_days_from_late_evening_asks() -> None:
    wall_clocks = ["2026-03-28T23:30", "2026-03-29T23:30", "2026-03-30T23:30"]
    days = stats.asks_per_day([make(i, w) for i, w in enumerate(wall_clocks)], BERLIN)
    assert stats.streak(days, date(2026, 3, 30)).current == 3
    wall_clocks = ["2026-10-24T23:30", "2026-10-25T23:30", "2026-10-26T00:30"]
    days = stats.asks_per_day([make(i, w) for i, w in enumerate(wall_clocks)], BERLIN)
    assert stats.streak(days, date(2026, 10, 26)) == stats.Streak(3, 3, 1, True, 0)


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
    buckets = stats.calibration(predicted(*pairs), bucket_width=width)
    got = [(b.low, b.high, b.predicted_mean, b.actual_no_rate, b.count) for b in buckets]
    assert got == [pytest.approx(e) for e in expected]


def test_calibration_refuses_zero_width() -> None:
    with pytest.raises(ValueError):
        stats.calibration([], bucket_width=0)


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
    summary = stats.overall_prediction(predicted(*pairs))
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
        pytest.param(N, {"predicted_no": 80}, True, False, id="no reply is still open"),
        pytest.param(
            N, {"expected_badness": 80, "actual_badness": 10}, True, True, id="no reply hurt less"
        ),
        pytest.param(A, {}, False, False, id="no prediction"),
        pytest.param(X, {"predicted_no": 80}, False, False, id="not attempted"),
        pytest.param(None, {"predicted_no": 80}, False, False, id="planned"),
    ],
)
def test_predictions_disproved(
    outcome: Outcome | None, fields: dict[str, int], counted: bool, disproved: bool
) -> None:
    attempt = make(outcome=outcome, **fields)  # type: ignore[arg-type]
    assert stats.is_disproved(attempt) is disproved
    summary = stats.predictions_disproved([attempt])
    assert summary == stats.DisprovedSummary(int(disproved), int(counted))


def test_predictions_disproved_share() -> None:
    attempts = predicted((80, A), (80, R), (80, P), (20, A))
    summary = stats.predictions_disproved(attempts)
    assert summary == stats.DisprovedSummary(2, 4)
    assert summary.share == 50.0


# --- badness and anxiety ------------------------------------------------------------------------


def test_badness_pairs_and_summary() -> None:
    attempts = [
        make(3, "2026-03-12T12:00", R, expected_badness=60, actual_badness=20),
        make(1, "2026-03-10T12:00", A, expected_badness=80, actual_badness=10),
        make(2, "2026-03-11T12:00", N, expected_badness=40, actual_badness=50),
        make(4, "2026-03-12T12:00", R, expected_badness=60),  # not rated after
        make(5, "2026-03-12T12:00", X, expected_badness=60, actual_badness=0),  # not an ask
    ]
    pairs = stats.badness_pairs(attempts)
    assert [(p.attempt_id, p.expected, p.actual) for p in pairs] == [
        (1, 80, 10),
        (2, 40, 50),
        (3, 60, 20),
    ]
    assert stats.badness_summary(attempts) == stats.BadnessSummary(60.0, 80 / 3, 3, 2)


def test_anxiety_pairs_and_trend() -> None:
    attempts = [
        make(1, "2026-03-02T12:00", R, anxiety_before=80, anxiety_after=40),
        make(2, "2026-03-08T23:30", A, anxiety_before=60, anxiety_after=20),  # Sunday night
        make(3, "2026-03-09T00:30", R, anxiety_before=50),  # Monday: next week
        make(4, "2026-03-10T12:00", R, anxiety_after=30),
        make(5, "2026-03-10T12:00", R),  # no ratings
        make(6, "2026-03-11T12:00", X, anxiety_before=90, anxiety_after=90),  # not an ask
        make(7, "2026-03-30T12:00", P, anxiety_before=30, anxiety_after=10),
    ]
    assert [(p.attempt_id, p.before, p.after) for p in stats.anxiety_pairs(attempts)] == [
        (1, 80, 40),
        (2, 60, 20),
        (7, 30, 10),
    ]
    assert stats.anxiety_trend(attempts, BERLIN, "week") == [
        stats.AnxietyPoint(date(2026, 3, 2), 70.0, 30.0, 2),
        stats.AnxietyPoint(date(2026, 3, 9), 50.0, 30.0, 2),
        stats.AnxietyPoint(date(2026, 3, 30), 30.0, 10.0, 1),
    ]
    assert stats.anxiety_trend(attempts, BERLIN, "month") == [
        stats.AnxietyPoint(date(2026, 3, 1), 55.0, 25.0, 5),
    ]


# --- ladder progress ----------------------------------------------------------------------------


def test_category_progress() -> None:
    attempts = [
        make(1, outcome=A, category="work", distress=70),
        make(2, outcome=R, category="work", distress=40),
        make(3, outcome=P, category="everyday", distress=10),
        make(4, outcome=N, category="my-own", distress=90),
        make(5, outcome=X, category="family", distress=95),  # not an ask
        make(6, outcome=None, category="social", distress=95),  # planned
        make(7, outcome=R, category="aardvark", distress=5),
        make(8, outcome=R, category="everyday", distress=30),
    ]
    assert stats.category_progress(attempts) == [
        stats.CategoryProgress("everyday", 2, 0, 1, 1, 0, 30),
        stats.CategoryProgress("work", 2, 1, 1, 0, 0, 70),
        stats.CategoryProgress("aardvark", 1, 0, 1, 0, 0, 5),
        stats.CategoryProgress("my-own", 1, 0, 0, 0, 1, 90),
    ]


@pytest.mark.parametrize(
    ("width", "bounds"),
    [
        (10, [*((low, low + 9) for low in range(0, 90, 10)), (90, 100)]),
        (25, [(0, 24), (25, 49), (50, 74), (75, 100)]),
        (30, [(0, 29), (30, 59), (60, 89), (90, 100)]),
        (100, [(0, 100)]),
    ],
)
def test_rung_progress_bands(width: int, bounds: list[tuple[int, int]]) -> None:
    assert [(r.low, r.high) for r in stats.rung_progress([], rung_width=width)] == bounds


def test_rung_progress_counts_asks_and_predictions() -> None:
    attempts = [
        make(1, outcome=R, distress=5, predicted_no=80),
        make(2, outcome=N, distress=9, expected_badness=50),
        make(3, outcome=A, distress=9),
        make(4, outcome=R, distress=100, predicted_no=90),
        make(5, outcome=X, distress=5, predicted_no=80),
        make(6, outcome=None, distress=5, predicted_no=80),
    ]
    rungs = {(r.low, r.high): (r.asks, r.predictions_tested) for r in stats.rung_progress(attempts)}
    assert rungs[(0, 9)] == (3, 2)
    assert rungs[(90, 100)] == (1, 1)
    assert sum(asks for asks, _ in rungs.values()) == 4


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
    result = stats.courage(attempts, BERLIN, date(2026, 3, 28))
    assert result.start == date(2026, 3, 1)
    assert result.end == date(2026, 3, 28)
    assert (
        result.asks_made,
        result.harder_rungs_attempted,
        result.previous_highest,
        result.highest_in_window,
    ) == expected
    assert result.predictions_tested == result.asks_made


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
def test_range_start(preset: stats.RangePreset, today: date, expected: date | None) -> None:
    assert stats.range_start(preset, today) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected_ids"),
    [
        (None, date(2026, 3, 31), [1, 2, 3, 4]),
        (date(2026, 3, 29), date(2026, 3, 29), [2, 3]),
        (date(2026, 3, 30), date(2026, 3, 31), [4]),
        (None, date(2026, 3, 28), [1]),
        (date(2026, 4, 1), date(2026, 4, 30), []),
    ],
)
def test_filter_range_uses_local_dates(
    start: date | None, end: date, expected_ids: list[int]
) -> None:
    attempts = [
        make(1, "2026-03-28T23:59", R),
        make(2, "2026-03-29T00:01", None),  # planned attempts are kept too
        make(3, "2026-03-29T23:30", X),
        make(4, "2026-03-30T00:01", A),
    ]
    assert [a.id for a in stats.filter_range(attempts, start, end, BERLIN)] == expected_ids


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
    days = stats.asks_per_day(attempts, BERLIN)
    counts = stats.outcome_counts(attempts)
    assert sum(days.values()) == counts.asks
    assert counts.total == 20_000
    weeks = stats.asks_per_period(attempts, BERLIN, "week")
    months = stats.asks_per_period(attempts, BERLIN, "month")
    assert sum(p.count for p in weeks) == sum(p.count for p in months) == counts.asks
    assert stats.acceptance_rate(attempts) is not None
    s = stats.streak(days, today, daily_goal=2, rest_days_per_week=1)
    assert 0 <= s.current <= s.longest
    buckets = stats.calibration(attempts)
    assert sum(b.count for b in buckets) == stats.overall_prediction(attempts).count
    assert stats.badness_summary(attempts).count == len(stats.badness_pairs(attempts))
    assert stats.anxiety_pairs(attempts)
    trend = stats.anxiety_trend(attempts, BERLIN, "month")
    assert len(trend) == 36
    disproved = stats.predictions_disproved(attempts)
    assert 0 < disproved.count < disproved.of_total
    assert sum(c.asks for c in stats.category_progress(attempts)) == counts.asks
    assert sum(r.asks for r in stats.rung_progress(attempts)) == counts.asks
    assert stats.courage(attempts, BERLIN, today).asks_made > 0
    window = stats.filter_range(attempts, stats.range_start("3m", today), today, BERLIN)
    assert 0 < len(window) < len(attempts)


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
    assert stats.period_start(day, "quarter") == expected


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
    period: stats.Period,
    keys: list[date],
    bounds: tuple[date | None, date | None],
    expected: list[date],
) -> None:
    assert stats.period_starts(keys, period, *bounds) == expected


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
def test_period_for_span(days: int, expected: stats.Period) -> None:
    start = date(2020, 1, 1)
    assert stats.period_for_span(start, start + timedelta(days=days - 1)) == expected


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
    period: stats.Period,
    history: list[tuple[str, Outcome | None]],
    bounds: tuple[date | None, date | None],
    expected: list[tuple[date, int, int, int, int]],
) -> None:
    attempts = [make(i, w, o) for i, (w, o) in enumerate(history)]
    result = stats.outcomes_per_period(attempts, BERLIN, period, start=bounds[0], end=bounds[1])
    assert [(p.start, p.accepted, p.partial, p.rejected, p.no_reply) for p in result] == expected
    assert [p.asks for p in result] == [
        p.count
        for p in stats.asks_per_period(attempts, BERLIN, period, start=bounds[0], end=bounds[1])
    ]


def test_outcome_period_of() -> None:
    period = stats.OutcomePeriod(date(2026, 3, 2), accepted=3, partial=2, rejected=1, no_reply=4)
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
    assert stats.days_asked(counts, start, end) == expected


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
    assert stats.heat_level(count, peak) == expected


def test_heat_level_refuses_no_levels() -> None:
    with pytest.raises(ValueError):
        stats.heat_level(1, 1, levels=0)


def test_local_date_still_refuses_naive_datetimes_when_memoised() -> None:
    naive = datetime(2026, 3, 1, 12, 0)
    for _ in range(2):
        with pytest.raises(ValueError, match="naive"):
            stats.local_date(naive, BERLIN)


# --- badness by expectation and the anxiety summary ---------------------------------------------


@pytest.mark.parametrize(
    ("ratings", "expected"),
    [
        pytest.param([], [], id="empty"),
        pytest.param([(A, 70, 20)], [(60, 79, 70.0, 20.0, 1)], id="one ask"),
        pytest.param(
            [(R, 90, 40), (A, 100, 20), (N, 85, 60), (R, 10, 30), (X, 90, 0), (None, 90, 0),
             (R, 50, None)],
            [(0, 19, 10.0, 30.0, 1), (80, 100, 275 / 3, 40.0, 3)],
            id="no reply counts, skipped, planned and unrated do not",
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
    bands = stats.badness_by_expectation(attempts)
    got = [(b.low, b.high, b.mean_expected, b.mean_actual, b.count) for b in bands]
    assert got == [pytest.approx(e) for e in expected]
    assert sum(b.count for b in bands) == stats.badness_summary(attempts).count


def test_badness_by_expectation_refuses_zero_width() -> None:
    with pytest.raises(ValueError):
        stats.badness_by_expectation([], band_width=0)


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
    summary = stats.anxiety_summary(attempts)
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
    rows = stats.category_ladder(attempts, reps)
    assert [
        (r.category, r.asks, r.rungs_tried, r.rungs_done, r.highest_tried, r.highest_done)
        for r in rows
    ] == expected


def test_category_ladder_refuses_zero_reps() -> None:
    with pytest.raises(ValueError):
        stats.category_ladder([], 0)


@pytest.mark.parametrize(
    ("start", "baseline", "expected"),
    [
        pytest.param(None, None, (date(2026, 3, 1), 4, 0, None, 3), id="all time: no baseline"),
        pytest.param(date(2026, 3, 5), None, (date(2026, 3, 5), 3, 2, 40, 2),
                     id="window after the first ask"),
        pytest.param(date(2026, 3, 5), 65, (date(2026, 3, 5), 3, 1, 65, 2),
                     id="baseline from attempts not passed in"),
        pytest.param(date(2026, 3, 5), 20, (date(2026, 3, 5), 3, 2, 40, 2),
                     id="a lower outside baseline does not hide a higher passed one"),
        pytest.param(None, 99, (date(2026, 3, 1), 4, 0, None, 3),
                     id="all time ignores a baseline"),
        pytest.param(date(2026, 4, 1), None, (date(2026, 4, 1), 0, 0, 95, 0), id="empty window"),
    ],
)
def test_courage_between(
    start: date | None,
    baseline: int | None,
    expected: tuple[date, int, int, int | None, int],
) -> None:
    attempts = [
        make(1, "2026-03-01T12:00", R, distress=40, challenge_id=1),
        make(2, "2026-03-05T00:10", A, distress=70, challenge_id=2),  # just after local midnight
        make(3, "2026-03-06T12:00", N, distress=30, challenge_id=2),
        make(4, "2026-03-08T23:50", P, distress=50, challenge_id=3),
        make(5, "2026-03-09T00:10", R, distress=95, challenge_id=4),  # after the end: ignored
        make(6, "2026-03-06T12:00", X, distress=99, challenge_id=5),  # skipped: not an ask
    ]
    result = stats.courage_between(attempts, BERLIN, start, date(2026, 3, 8),
                                   previous_highest=baseline)
    assert (result.start, result.asks_made, result.harder_rungs_attempted,
            result.previous_highest, result.challenges_tried) == expected
    assert result.end == date(2026, 3, 8)


def test_courage_between_with_no_asks_starts_at_the_end() -> None:
    assert stats.courage_between([], BERLIN, None, date(2026, 3, 8)).start == date(2026, 3, 8)


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
    asks_made = stats.outcome_counts(attempts).asks
    period = stats.period_for_span(date(2016, 1, 1), date(2025, 12, 31))
    assert period == "quarter"
    timeline = stats.outcomes_per_period(attempts, BERLIN, period)
    assert len(timeline) == 40
    assert sum(p.asks for p in timeline) == asks_made
    assert sum(b.count for b in stats.badness_by_expectation(attempts)) == (
        stats.badness_summary(attempts).count)
    anxiety = stats.anxiety_summary(attempts)
    assert anxiety.count == len(stats.anxiety_pairs(attempts))
    assert anxiety.early_before is not None
    ladder_rows = stats.category_ladder(attempts, 2)
    assert sum(r.asks for r in ladder_rows) == asks_made
    assert [r.category for r in ladder_rows] == ["everyday", "social", "work", "mine"]
    whole = stats.courage_between(attempts, BERLIN, None, date(2025, 12, 31))
    assert whole.asks_made == asks_made
    assert whole.challenges_tried <= 1000
    days = stats.asks_per_day(attempts, BERLIN)
    assert stats.days_asked(days, date(2016, 1, 1), date(2025, 12, 31)) == len(days)


# --- tallies ------------------------------------------------------------------------------------


def _random_attempts(n: int, seed: int) -> list[AttemptRecord]:
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    return [
        make(
            i,
            start + timedelta(minutes=rng.randint(0, 400 * 24 * 60)),
            rng.choice([R, A, P, N, X, None]),
            category=rng.choice(["everyday", "work", "mine"]),
            distress=rng.randint(0, 100),
            challenge_id=rng.randint(1, 40),
            predicted_no=rng.choice([None, rng.randint(0, 100)]),
            expected_badness=rng.choice([None, rng.randint(0, 100)]),
            actual_badness=rng.choice([None, rng.randint(0, 100)]),
            anxiety_before=rng.choice([None, rng.randint(0, 100)]),
            anxiety_after=rng.choice([None, rng.randint(0, 100)]),
        )
        for i in range(n)
    ]


def _figures(tally: stats.Tally) -> tuple[object, ...]:
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
    parts = [stats.Tally.of(attempts[i:i + size]) for i in range(0, len(attempts), size)]
    assert _figures(stats.Tally.combine(parts)) == _figures(stats.Tally.of(attempts))


def test_tally_figures_match_the_plain_functions() -> None:
    attempts = _random_attempts(500, 3)
    tally = stats.Tally.of(attempts)
    assert tally.calibration() == stats.calibration(attempts)
    assert tally.badness_summary() == stats.badness_summary(attempts)
    assert tally.anxiety_summary().count == len(stats.anxiety_pairs(attempts))
    assert tally.badness_summary().count == len(stats.badness_pairs(attempts))
    assert tally.courage(date(2025, 1, 1), date(2026, 2, 1), None).asks_made == len(
        stats.asks(attempts))


def test_combine_counts_keeps_bars_and_anxiety_points() -> None:
    attempts = _random_attempts(300, 4)
    parts = [stats.Tally.of(attempts[:100]), stats.Tally.of(attempts[100:])]
    light = stats.Tally.combine_counts(parts)
    full = stats.Tally.of(attempts)
    day = date(2025, 3, 1)
    assert light.outcome_period(day) == full.outcome_period(day)
    assert light.anxiety_point(day) == full.anxiety_point(day)
    assert light.calibration() == []  # only counts are carried


def test_tallies_of_different_band_widths_do_not_merge() -> None:
    with pytest.raises(ValueError, match="band widths"):
        stats.Tally(20).merge(stats.Tally(10))


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
    tally = stats.Tally.of(make(i, outcome=R, distress=d) for i, d in enumerate(distress))
    courage = tally.courage(date(2026, 3, 1), date(2026, 3, 28), previous)
    assert (courage.asks_made, courage.harder_rungs_attempted, courage.highest_in_window) == (
        expected)
