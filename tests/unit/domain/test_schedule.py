"""Tests for rejection_desktop.domain.schedule: daily rules, DST, quiet hours and plan()."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rejection_desktop.domain.schedule import (
    ALL_DAYS,
    MAX_TIMER_MS,
    WORKDAYS,
    DailyRule,
    Plan,
    QuietHours,
    ReminderSpec,
    deliver_at,
    follow_up_due,
    next_daily,
    occurrences,
    plan,
    planned_due,
    quiet_until,
    timer_delay_ms,
)

BERLIN = "Europe/Berlin"
NEW_YORK = "America/New_York"
SYDNEY = "Australia/Sydney"
KOLKATA = "Asia/Kolkata"
ZONES = [BERLIN, NEW_YORK, SYDNEY, KOLKATA, "UTC"]


# --------------------------------------------------------------------------- helpers


def local(
    y: int, m: int, d: int, h: int = 0, mi: int = 0, *, zone: str = BERLIN, fold: int = 0
) -> datetime:
    """The UTC instant of a local wall-clock time (``fold=1`` = second pass of a repeated hour)."""
    return datetime(y, m, d, h, mi, tzinfo=ZoneInfo(zone), fold=fold).astimezone(UTC)


def utc(y: int, m: int, d: int, h: int = 0, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=UTC)


def wall(instant: datetime, zone: str) -> datetime:
    """``instant`` as an aware local datetime in ``zone``."""
    return instant.astimezone(ZoneInfo(zone))


def hm(text: str) -> time:
    return time.fromisoformat(text)


def daily(*times: str, weekdays: frozenset[int] = ALL_DAYS) -> DailyRule:
    return DailyRule.of((hm(t) for t in times), weekdays)


def step(rule: DailyRule, start: datetime, end: datetime, zone: str) -> list[datetime]:
    """Every due instant in (start, end] found by calling next_daily repeatedly."""
    found: list[datetime] = []
    cursor = start
    while (following := next_daily(rule, cursor, ZoneInfo(zone))) is not None and following <= end:
        found.append(following)
        cursor = following
    return found


@dataclass
class FakeScheduler:
    """Does what the Qt scheduler does: plan, notify once for all due items, persist last_fired."""

    specs: list[ReminderSpec]
    zone: str = BERLIN
    quiet: QuietHours | None = None
    paused_until: datetime | None = None
    notifications: list[tuple[datetime, tuple[tuple[int, datetime], ...]]] = field(
        default_factory=list
    )

    def tick(self, now: datetime) -> Plan:
        result = plan(
            self.specs, now, ZoneInfo(self.zone), quiet=self.quiet, paused_until=self.paused_until
        )
        assert result.next_at is None or result.next_at > now
        if result.due:
            self.notifications.append((now, result.due))
            fired = {rid for rid, _ in result.due}
            self.specs = [replace(s, last_fired=now) if s.id in fired else s for s in self.specs]
        return result

    def run(self, start: datetime, end: datetime) -> None:
        """Jump the clock from one planned wake-up to the next until ``end``."""
        now = start
        while True:
            result = self.tick(now)
            if result.next_at is None or result.next_at > end:
                return
            now = result.next_at

    @property
    def fired(self) -> list[tuple[int, datetime]]:
        return [item for _, due in self.notifications for item in due]


def daily_spec(rid: int, *times: str, created: datetime, **kwargs: Any) -> ReminderSpec:
    return ReminderSpec(id=rid, kind="daily", rule=daily(*times), created_at=created, **kwargs)


# --------------------------------------------------------------------------- a simulated year


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("method", ["next_daily", "occurrences"])
def test_year_of_daily_0900_fires_365_times_at_0900_local(zone: str, method: str) -> None:
    rule = daily("09:00")
    start, end = local(2026, 1, 1, zone=zone), local(2027, 1, 1, zone=zone)
    if method == "next_daily":
        instants = step(rule, start, end, zone)
    else:
        instants = occurrences(rule, start, end, ZoneInfo(zone))

    assert len(instants) == 365
    assert len(set(instants)) == 365
    assert instants == sorted(instants)
    assert all(t.tzinfo is UTC for t in instants)
    assert {wall(t, zone).time() for t in instants} == {time(9, 0)}
    assert len({wall(t, zone).date() for t in instants}) == 365


@pytest.mark.parametrize("zone", [BERLIN, NEW_YORK, SYDNEY])
def test_year_through_the_scheduler_notifies_once_a_day(zone: str) -> None:
    scheduler = FakeScheduler([daily_spec(1, "09:00", created=local(2026, 1, 1, zone=zone))], zone)
    scheduler.run(local(2026, 1, 1, zone=zone), local(2027, 1, 1, zone=zone))

    assert len(scheduler.notifications) == 365
    assert all(len(due) == 1 and due[0][1] == now for now, due in scheduler.notifications)
    assert {wall(now, zone).time() for now, _ in scheduler.notifications} == {time(9, 0)}


# --------------------------------------------------------------------------- DST


# (zone, transition date, rule time, the one local wall time it fires at, its UTC offset)
SPRING_FORWARD = [
    (BERLIN, (2026, 3, 29), "02:30", time(3, 30), timedelta(hours=2)),
    (NEW_YORK, (2026, 3, 8), "02:30", time(3, 30), timedelta(hours=-4)),
    (SYDNEY, (2026, 10, 4), "02:30", time(3, 30), timedelta(hours=11)),
    (BERLIN, (2026, 3, 29), "02:00", time(3, 0), timedelta(hours=2)),
    (BERLIN, (2026, 3, 29), "03:00", time(3, 0), timedelta(hours=2)),
]
FALL_BACK = [
    (NEW_YORK, (2026, 11, 1), "01:30", time(1, 30), timedelta(hours=-4)),
    (BERLIN, (2026, 10, 25), "02:30", time(2, 30), timedelta(hours=2)),
    (SYDNEY, (2026, 4, 5), "02:30", time(2, 30), timedelta(hours=11)),
    (BERLIN, (2026, 10, 25), "02:00", time(2, 0), timedelta(hours=2)),
]


@pytest.mark.parametrize("method", ["next_daily", "occurrences"])
@pytest.mark.parametrize(("zone", "day", "at", "fires_at", "offset"), SPRING_FORWARD + FALL_BACK)
def test_transition_day_fires_exactly_once(
    *,
    zone: str,
    day: tuple[int, int, int],
    at: str,
    fires_at: time,
    offset: timedelta,
    method: str,
) -> None:
    rule = daily(at)
    y, m, d = day
    # The transition day and one day either side.
    the_day = date(y, m, d)
    start = local(y, m, d, zone=zone) - timedelta(days=1)
    end = local(y, m, d, zone=zone) + timedelta(days=2)
    if method == "next_daily":
        instants = step(rule, start, end, zone)
    else:
        instants = occurrences(rule, start, end, ZoneInfo(zone))

    assert len(instants) == 3
    assert [wall(t, zone).date() - the_day for t in instants] == [
        timedelta(days=-1),
        timedelta(0),
        timedelta(days=1),
    ]
    on_the_day = wall(instants[1], zone)
    assert on_the_day.time() == fires_at
    assert on_the_day.utcoffset() == offset
    # Same as resolving the local time with fold=0.
    assert instants[1] == local(y, m, d, hm(at).hour, hm(at).minute, zone=zone, fold=0)


@pytest.mark.parametrize(("zone", "day", "at", "fires_at", "offset"), FALL_BACK)
def test_second_pass_of_repeated_hour_does_not_fire_again(
    zone: str, day: tuple[int, int, int], at: str, fires_at: time, offset: timedelta
) -> None:
    y, m, d = day
    t = hm(at)
    first = local(y, m, d, t.hour, t.minute, zone=zone, fold=0)
    second = local(y, m, d, t.hour, t.minute, zone=zone, fold=1)
    assert second - first == timedelta(hours=1)

    rule = daily(at)
    following = next_daily(rule, first, ZoneInfo(zone))
    assert following is not None
    assert wall(following, zone).date() == date(y, m, d) + timedelta(days=1)
    assert next_daily(rule, second - timedelta(minutes=1), ZoneInfo(zone)) == following
    assert occurrences(rule, first, second + timedelta(minutes=1), ZoneInfo(zone)) == []


def test_gap_time_and_its_shifted_twin_are_one_instant() -> None:
    # 02:30 does not exist on 2026-03-29 in Berlin and resolves to 03:30, which is also a rule time.
    rule = daily("02:30", "03:30")
    instants = occurrences(rule, local(2026, 3, 29), local(2026, 3, 30), ZoneInfo(BERLIN))
    assert instants == [local(2026, 3, 29, 3, 30)]
    assert step(rule, local(2026, 3, 29), local(2026, 3, 30), BERLIN) == instants


def test_gap_time_sorted_among_later_times_on_transition_day() -> None:
    # 02:30 resolves to 03:30 CEST, after the 03:15 occurrence of the same day.
    rule = daily("02:30", "03:15")
    expected = [local(2026, 3, 29, 3, 15), local(2026, 3, 29, 3, 30)]
    assert occurrences(rule, local(2026, 3, 29), local(2026, 3, 30), ZoneInfo(BERLIN)) == expected
    assert step(rule, local(2026, 3, 29), local(2026, 3, 30), BERLIN) == expected


def test_rule_time_with_fold_is_normalised_to_first_occurrence() -> None:
    rule = DailyRule.of([time(2, 30, fold=1)])
    assert rule.times == (time(2, 30),)
    instants = occurrences(rule, local(2026, 10, 25), local(2026, 10, 26), ZoneInfo(BERLIN))
    assert instants == [local(2026, 10, 25, 2, 30, fold=0)]


@settings(max_examples=60, deadline=None, database=None)
@given(
    zone=st.sampled_from([BERLIN, NEW_YORK, SYDNEY, KOLKATA, "America/Santiago"]),
    times=st.sets(st.times().map(lambda t: t.replace(microsecond=0)), min_size=1, max_size=4),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1),
    start=st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 1), timezones=st.just(UTC)),
)
def test_stepping_next_daily_matches_occurrences(
    zone: str, times: set[time], weekdays: frozenset[int], start: datetime
) -> None:
    rule = DailyRule.of(times, weekdays)
    end = start + timedelta(days=40)
    stepped = step(rule, start, end, zone)
    assert stepped == occurrences(rule, start, end, ZoneInfo(zone))
    assert len(set(stepped)) == len(stepped)
    assert all(wall(t, zone).weekday() in weekdays for t in stepped)


# --------------------------------------------------------------------------- weekdays and times


@pytest.mark.parametrize(
    ("weekdays", "per_four_weeks"),
    [
        (ALL_DAYS, 28),
        (WORKDAYS, 20),
        (frozenset({5, 6}), 8),
        (frozenset({6}), 4),
        (frozenset(), 0),
    ],
)
def test_weekdays(weekdays: frozenset[int], per_four_weeks: int) -> None:
    rule = daily("09:00", weekdays=weekdays)
    # 2026-06-01 is a Monday.
    instants = occurrences(rule, local(2026, 6, 1), local(2026, 6, 29), ZoneInfo(BERLIN))
    assert len(instants) == per_four_weeks
    assert all(wall(t, BERLIN).weekday() in weekdays for t in instants)


def test_empty_weekdays_or_times_never_fire() -> None:
    for rule in (daily("09:00", weekdays=frozenset()), DailyRule.of([], ALL_DAYS)):
        assert rule.never
        assert next_daily(rule, local(2026, 6, 1), ZoneInfo(BERLIN)) is None
        assert occurrences(rule, local(2026, 1, 1), local(2027, 1, 1), ZoneInfo(BERLIN)) == []


def test_several_times_a_day() -> None:
    rule = daily("18:00", "08:00", "12:30", "08:00")
    assert rule.times == (time(8, 0), time(12, 30), time(18, 0))
    instants = occurrences(rule, local(2026, 6, 1), local(2026, 6, 8), ZoneInfo(BERLIN))
    assert len(instants) == 21
    assert [wall(t, BERLIN).time() for t in instants[:3]] == list(rule.times)


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (local(2026, 6, 1, 8, 59), local(2026, 6, 1, 9, 0)),
        (local(2026, 6, 1, 9, 0), local(2026, 6, 8, 9, 0)),  # strictly after
        (local(2026, 6, 2, 0, 0), local(2026, 6, 8, 9, 0)),  # six days ahead
        (local(2026, 5, 31, 23, 59), local(2026, 6, 1, 9, 0)),
    ],
)
def test_next_daily_mondays_only(after: datetime, expected: datetime) -> None:
    assert next_daily(daily("09:00", weekdays=frozenset({0})), after, ZoneInfo(BERLIN)) == expected


def test_next_daily_accepts_other_aware_zones_and_returns_utc() -> None:
    after = datetime(2026, 6, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    result = next_daily(daily("09:00"), after, ZoneInfo(BERLIN))
    assert result == local(2026, 6, 1, 9, 0)
    assert result is not None and result.tzinfo is UTC


def test_occurrences_of_empty_or_reversed_interval() -> None:
    rule = daily("09:00")
    assert occurrences(rule, local(2026, 6, 1, 9), local(2026, 6, 1, 9), ZoneInfo(BERLIN)) == []
    assert occurrences(rule, local(2026, 6, 2), local(2026, 6, 1), ZoneInfo(BERLIN)) == []


@pytest.mark.parametrize(
    "build",
    [
        lambda: DailyRule.of([time(9)], [7]),
        lambda: DailyRule.of([time(9)], [-1]),
        lambda: DailyRule.of([time(9, tzinfo=UTC)], ALL_DAYS),
        lambda: QuietHours(time(22, tzinfo=UTC), time(7)),
        lambda: ReminderSpec(id=1, kind="weekly", rule=daily("09:00")),
        lambda: ReminderSpec(id=1, kind="daily"),
        lambda: ReminderSpec(id=1, kind="planned"),
        lambda: ReminderSpec(id=1, kind="followup", rule=daily("09:00")),
        lambda: planned_due(utc(2026, 6, 1), -5),
        lambda: follow_up_due(utc(2026, 6, 1), -5),
        lambda: plan([], utc(2026, 6, 1), ZoneInfo(BERLIN), max_lookback=timedelta(-1)),
    ],
)
def test_invalid_values_raise(build: Callable[[], object]) -> None:
    with pytest.raises(ValueError):
        build()


# --------------------------------------------------------------------------- quiet hours


@pytest.mark.parametrize(
    ("start", "end", "at", "until"),
    [
        # spanning midnight
        ("22:00", "07:00", (2026, 6, 1, 23, 0), (2026, 6, 2, 7, 0)),
        ("22:00", "07:00", (2026, 6, 1, 22, 0), (2026, 6, 2, 7, 0)),  # start inclusive
        ("22:00", "07:00", (2026, 6, 2, 3, 0), (2026, 6, 2, 7, 0)),
        ("22:00", "07:00", (2026, 6, 2, 7, 0), None),  # end exclusive
        ("22:00", "07:00", (2026, 6, 2, 12, 0), None),
        ("22:00", "07:00", (2026, 6, 1, 21, 59), None),
        # within one day
        ("12:00", "14:00", (2026, 6, 1, 13, 0), (2026, 6, 1, 14, 0)),
        ("12:00", "14:00", (2026, 6, 1, 12, 0), (2026, 6, 1, 14, 0)),
        ("12:00", "14:00", (2026, 6, 1, 11, 59), None),
        ("12:00", "14:00", (2026, 6, 1, 14, 0), None),
        ("12:00", "14:00", (2026, 6, 1, 23, 0), None),
        # start == end: disabled
        ("09:00", "09:00", (2026, 6, 1, 9, 0), None),
        ("00:00", "00:00", (2026, 6, 1, 3, 0), None),
        # DST: an end inside the gap resolves with fold=0 (03:30 CEST), like daily times
        ("01:00", "02:30", (2026, 3, 29, 1, 30), (2026, 3, 29, 3, 30)),
        # quiet across the fall-back night ends at the (single) 07:00
        ("22:00", "07:00", (2026, 10, 25, 2, 30), (2026, 10, 25, 7, 0)),
    ],
)
def test_quiet_until(
    start: str,
    end: str,
    at: tuple[int, int, int, int, int],
    until: tuple[int, int, int, int, int] | None,
) -> None:
    quiet = QuietHours(hm(start), hm(end))
    instant = local(*at)
    expected = None if until is None else local(*until)
    assert quiet_until(quiet, instant, ZoneInfo(BERLIN)) == expected
    assert deliver_at(instant, quiet, ZoneInfo(BERLIN)) == (expected or instant)


def test_quiet_until_in_second_pass_of_repeated_hour_returns_a_later_instant() -> None:
    quiet = QuietHours(time(2, 0), time(2, 45))
    second_pass = local(2026, 10, 25, 2, 40, fold=1)
    assert quiet_until(quiet, second_pass, ZoneInfo(BERLIN)) == local(2026, 10, 25, 2, 45, fold=1)


def test_no_quiet_hours() -> None:
    instant = local(2026, 6, 1, 3, 0)
    assert quiet_until(None, instant, ZoneInfo(BERLIN)) is None
    assert deliver_at(instant, None, ZoneInfo(BERLIN)) == instant
    assert not QuietHours(time(9), time(9)).enabled


@pytest.mark.parametrize(
    ("quiet", "reminder", "delivered_at"),
    [
        (("22:00", "07:00"), "23:00", time(7, 0)),
        (("22:00", "07:00"), "06:59", time(7, 0)),
        (("22:00", "07:00"), "22:00", time(7, 0)),
        (("22:00", "07:00"), "07:00", time(7, 0)),
        (("22:00", "07:00"), "12:00", time(12, 0)),
        (("12:00", "14:00"), "13:00", time(14, 0)),
        (("09:00", "09:00"), "09:00", time(9, 0)),
    ],
)
def test_reminder_inside_quiet_hours_is_delivered_once_at_their_end(
    quiet: tuple[str, str], reminder: str, delivered_at: time
) -> None:
    scheduler = FakeScheduler(
        [daily_spec(1, reminder, created=local(2026, 6, 1))],
        quiet=QuietHours(hm(quiet[0]), hm(quiet[1])),
    )
    scheduler.run(local(2026, 6, 1), local(2026, 6, 8, 0, 0))

    times = [wall(now, BERLIN).time() for now, _ in scheduler.notifications]
    assert set(times) == {delivered_at}
    fired = scheduler.fired
    assert len(fired) == len(set(fired))
    assert all(len(due) == 1 for _, due in scheduler.notifications)
    assert 6 <= len(fired) <= 7


# --------------------------------------------------------------------------- plan()

CREATED = local(2026, 6, 1, 8, 0)


def test_sleep_across_three_reminders_returns_three_due_items_in_one_plan() -> None:
    specs = [
        daily_spec(3, "15:00", created=CREATED),
        daily_spec(1, "09:00", created=CREATED),
        daily_spec(2, "12:00", created=CREATED),
    ]
    result = plan(specs, local(2026, 6, 1, 16, 0), ZoneInfo(BERLIN))
    assert result.due == (
        (1, local(2026, 6, 1, 9, 0)),
        (2, local(2026, 6, 1, 12, 0)),
        (3, local(2026, 6, 1, 15, 0)),
    )
    assert result.next_at == local(2026, 6, 2, 9, 0)


def test_restarting_at_the_due_time_ten_times_notifies_once() -> None:
    scheduler = FakeScheduler(
        [
            daily_spec(1, "09:00", created=CREATED),
            ReminderSpec(id=2, kind="planned", at=local(2026, 6, 1, 9, 0)),
        ]
    )
    now = local(2026, 6, 1, 9, 0)
    for _ in range(10):
        result = scheduler.tick(now)
        assert result.next_at == local(2026, 6, 2, 9, 0)
    assert len(scheduler.notifications) == 1
    assert scheduler.fired == [(1, now), (2, now)]


def test_plan_is_idempotent_after_persisting_last_fired() -> None:
    now = local(2026, 6, 3, 12, 0)
    specs = [daily_spec(1, "09:00", "11:00", created=CREATED)]
    first = plan(specs, now, ZoneInfo(BERLIN))
    assert len(first.due) == 6  # 09:00 and 11:00 on 06-01, 06-02 and 06-03
    persisted = [replace(s, last_fired=now) for s in specs]
    again = plan(persisted, now, ZoneInfo(BERLIN))
    assert again == Plan(due=(), next_at=local(2026, 6, 4, 9, 0))


# Clock scripts for one daily 09:00 reminder: each is the sequence of "now" values the scheduler
# sees (wakes, sleeps, manual clock changes, NTP jumps).
CLOCK_SCRIPTS = {
    "forward 3h over the due time": [(8, 0), (11, 0), (11, 0), (12, 0)],
    "back 3h after firing": [(9, 0), (6, 0), (8, 59), (9, 0), (9, 30), (12, 0)],
    "back 3h then forward again": [(9, 30), (6, 30), (9, 30), (12, 30), (9, 30)],
    "forward then back then forward": [(8, 0), (11, 0), (8, 0), (11, 0), (14, 0)],
}


@pytest.mark.parametrize("script", CLOCK_SCRIPTS.values(), ids=CLOCK_SCRIPTS.keys())
def test_clock_jumps_fire_each_occurrence_at_most_once(script: list[tuple[int, int]]) -> None:
    scheduler = FakeScheduler([daily_spec(1, "09:00", created=local(2026, 6, 1, 8, 0))])
    for hour, minute in script:
        result = scheduler.tick(local(2026, 6, 1, hour, minute))
        # Never plans to wake for the occurrence that already fired.
        assert result.next_at == local(2026, 6, 2, 9, 0) or not scheduler.notifications
    assert scheduler.fired == [(1, local(2026, 6, 1, 9, 0))]


def test_clock_jump_back_does_not_replan_the_fired_occurrence() -> None:
    fired = daily_spec(1, "09:00", created=CREATED, last_fired=local(2026, 6, 1, 9, 0))
    result = plan([fired], local(2026, 6, 1, 6, 0), ZoneInfo(BERLIN))
    assert result == Plan(due=(), next_at=local(2026, 6, 2, 9, 0))


@pytest.mark.parametrize(
    ("last_fired", "paused_until", "now", "expected_next"),
    [
        # 09:00 is pending while paused: nothing due, wake at the end of the pause
        (local(2026, 6, 1, 8, 30), local(2026, 6, 1, 11, 0), (10, 0), local(2026, 6, 1, 11, 0)),
        # nothing pending, next occurrence falls inside the pause: wake at its end
        (local(2026, 6, 1, 9, 0), local(2026, 6, 2, 10, 0), (10, 0), local(2026, 6, 2, 10, 0)),
        # nothing pending, next occurrence after the pause
        (local(2026, 6, 1, 9, 0), local(2026, 6, 1, 12, 0), (10, 0), local(2026, 6, 2, 9, 0)),
    ],
)
def test_paused(
    last_fired: datetime, paused_until: datetime, now: tuple[int, int], expected_next: datetime
) -> None:
    spec = daily_spec(1, "09:00", created=CREATED, last_fired=last_fired)
    result = plan([spec], local(2026, 6, 1, *now), ZoneInfo(BERLIN), paused_until=paused_until)
    assert result == Plan(due=(), next_at=expected_next)


def test_pending_items_are_delivered_once_when_the_pause_ends() -> None:
    scheduler = FakeScheduler(
        [daily_spec(1, "09:00", "10:00", created=CREATED)],
        paused_until=local(2026, 6, 1, 11, 0),
    )
    scheduler.run(local(2026, 6, 1, 8, 0), local(2026, 6, 1, 23, 0))
    assert scheduler.notifications == [
        (local(2026, 6, 1, 11, 0), ((1, local(2026, 6, 1, 9, 0)), (1, local(2026, 6, 1, 10, 0))))
    ]


def test_expired_pause_has_no_effect() -> None:
    spec = daily_spec(1, "09:00", created=CREATED)
    now = local(2026, 6, 1, 9, 0)
    result = plan([spec], now, ZoneInfo(BERLIN), paused_until=now)
    assert result.due == ((1, now),)


def test_pause_ending_inside_quiet_hours_wakes_when_quiet_hours_end() -> None:
    spec = daily_spec(1, "21:00", created=CREATED)
    result = plan(
        [spec],
        local(2026, 6, 1, 21, 30),
        ZoneInfo(BERLIN),
        quiet=QuietHours(time(22), time(7)),
        paused_until=local(2026, 6, 1, 23, 0),
    )
    assert result == Plan(due=(), next_at=local(2026, 6, 2, 7, 0))


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # inside quiet hours with the 23:00 occurrence pending: wake when they end
        (local(2026, 6, 1, 23, 30), Plan(due=(), next_at=local(2026, 6, 2, 7, 0))),
        # inside quiet hours, nothing pending: the 23:00 occurrence is deferred to their end
        (local(2026, 6, 1, 22, 30), Plan(due=(), next_at=local(2026, 6, 2, 7, 0))),
        # quiet hours over: the deferred occurrence is due
        (
            local(2026, 6, 2, 7, 0),
            Plan(due=((1, local(2026, 6, 1, 23, 0)),), next_at=local(2026, 6, 3, 7, 0)),
        ),
    ],
)
def test_plan_inside_quiet_hours(now: datetime, expected: Plan) -> None:
    spec = daily_spec(1, "23:00", created=CREATED)
    quiet = QuietHours(time(22), time(7))
    assert plan([spec], now, ZoneInfo(BERLIN), quiet=quiet) == expected


def test_disabled_specs_are_ignored() -> None:
    specs = [
        daily_spec(1, "09:00", created=CREATED, enabled=False),
        ReminderSpec(id=2, kind="planned", at=local(2026, 6, 1, 9, 0), enabled=False),
        ReminderSpec(id=3, kind="followup", at=local(2026, 6, 9, 9, 0), enabled=False),
    ]
    assert plan(specs, local(2026, 6, 5), ZoneInfo(BERLIN)) == Plan(due=(), next_at=None)
    assert plan([], local(2026, 6, 5), ZoneInfo(BERLIN)) == Plan(due=(), next_at=None)


AT = local(2026, 6, 1, 12, 0)


@pytest.mark.parametrize("kind", ["planned", "followup"])
@pytest.mark.parametrize(
    ("now", "last_fired", "expected"),
    [
        (AT - timedelta(minutes=1), None, Plan(due=(), next_at=AT)),
        (AT, None, Plan(due=((7, AT),), next_at=None)),
        (AT + timedelta(days=30), None, Plan(due=((7, AT),), next_at=None)),
        (AT + timedelta(hours=1), AT, Plan(due=(), next_at=None)),
        (AT + timedelta(hours=1), AT + timedelta(minutes=5), Plan(due=(), next_at=None)),
        # fired, then rescheduled to a later `at`
        (AT + timedelta(hours=1), AT - timedelta(days=1), Plan(due=((7, AT),), next_at=None)),
        (AT - timedelta(hours=1), AT - timedelta(days=1), Plan(due=(), next_at=AT)),
        # fired, clock jumped back before `at`: stays fired
        (AT - timedelta(hours=1), AT, Plan(due=(), next_at=None)),
    ],
)
def test_one_shots(kind: str, now: datetime, last_fired: datetime | None, expected: Plan) -> None:
    spec = ReminderSpec(id=7, kind=kind, at=AT, last_fired=last_fired)
    assert plan([spec], now, ZoneInfo(BERLIN)) == expected


@pytest.mark.parametrize("kind", ["planned", "followup"])
def test_a_one_shot_inside_quiet_hours_is_delivered_at_its_time(kind: str) -> None:
    """Quiet hours hold only daily nudges: an ask the user timed at 23:00 is reminded then."""
    spec = ReminderSpec(id=7, kind=kind, at=local(2026, 6, 1, 23, 0))
    quiet = QuietHours(time(22), time(7))
    before = plan([spec], local(2026, 6, 1, 21, 0), ZoneInfo(BERLIN), quiet=quiet)
    assert before == Plan(due=(), next_at=local(2026, 6, 1, 23, 0))
    at_time = plan([spec], local(2026, 6, 1, 23, 0), ZoneInfo(BERLIN), quiet=quiet)
    assert at_time.due == ((7, local(2026, 6, 1, 23, 0)),)
    assert at_time.held == ()


def test_quiet_hours_hold_the_nudge_but_not_the_timed_ask_due_with_it() -> None:
    nudge = daily_spec(1, "22:30", created=CREATED)
    ask = ReminderSpec(id=2, kind="planned", at=local(2026, 6, 1, 22, 30))
    quiet = QuietHours(time(22), time(7))
    now = local(2026, 6, 1, 22, 30)
    result = plan([nudge, ask], now, ZoneInfo(BERLIN), quiet=quiet)
    assert result.due == ((2, now),)
    assert result.held == ((1, now),)
    assert result.held_until == result.next_at == local(2026, 6, 2, 7, 0)


def test_what_is_held_and_until_when() -> None:
    nudge = daily_spec(1, "23:00", created=CREATED)
    ask = ReminderSpec(id=2, kind="followup", at=local(2026, 6, 1, 22, 45))
    quiet = QuietHours(time(22), time(7))
    zone = ZoneInfo(BERLIN)
    evening = plan([nudge, ask], local(2026, 6, 1, 21, 0), zone, quiet=quiet)
    assert (evening.held, evening.held_until) == ((), None)
    assert evening.next_due == local(2026, 6, 1, 22, 45)  # when to look again for a hold
    night = plan([nudge], local(2026, 6, 1, 23, 30), zone, quiet=quiet)
    assert night.held == ((1, local(2026, 6, 1, 23, 0)),)
    assert night.held_until == local(2026, 6, 2, 7, 0)
    assert night.next_due == local(2026, 6, 2, 23, 0)
    # a pause holds every kind; after it the nudge still waits for the end of quiet hours
    paused = plan([nudge, ask], local(2026, 6, 1, 23, 30), zone, quiet=quiet,
                  paused_until=local(2026, 6, 2, 0, 0))
    assert {item[0] for item in paused.held} == {1, 2}
    assert paused.held_until == paused.next_at == local(2026, 6, 2, 0, 0)


@pytest.mark.parametrize(
    ("planned_at", "minutes", "due", "func"),
    [
        (AT, 30, AT - timedelta(minutes=30), planned_due),
        (AT, 0, AT, planned_due),
        (AT, 120, AT + timedelta(hours=2), follow_up_due),
        (AT, 0, AT, follow_up_due),
    ],
)
def test_one_shot_due_times(
    planned_at: datetime, minutes: int, due: datetime, func: Callable[[datetime, int], datetime]
) -> None:
    assert func(planned_at, minutes) == due


def test_one_shot_due_times_convert_to_utc() -> None:
    planned = datetime(2026, 6, 1, 14, 0, tzinfo=ZoneInfo(BERLIN))
    due = planned_due(planned, 30)
    assert due == utc(2026, 6, 1, 11, 30)
    assert due.tzinfo is UTC


@pytest.mark.parametrize(
    ("max_lookback", "due_count"),
    [
        (timedelta(days=7), 7),
        (timedelta(days=1), 1),
        (timedelta(hours=12), 1),
        (timedelta(minutes=30), 0),
        (timedelta(days=3, hours=2), 4),
        (timedelta(0), 0),
    ],
)
def test_max_lookback_caps_the_catch_up(max_lookback: timedelta, due_count: int) -> None:
    spec = daily_spec(1, "09:00", created=local(2026, 1, 1), last_fired=local(2026, 5, 1, 9, 0))
    now = local(2026, 6, 15, 10, 0)
    result = plan([spec], now, ZoneInfo(BERLIN), max_lookback=max_lookback)
    assert len(result.due) == due_count
    assert all(now - max_lookback < t <= now for _, t in result.due)
    assert result.next_at == local(2026, 6, 16, 9, 0)


@pytest.mark.parametrize(
    ("created", "due"),
    [
        (local(2026, 6, 15, 9, 30), ()),
        (local(2026, 6, 15, 8, 30), ((1, local(2026, 6, 15, 9, 0)),)),
        (local(2026, 6, 13, 12, 0), ((1, local(2026, 6, 14, 9, 0)), (1, local(2026, 6, 15, 9, 0)))),
    ],
)
def test_created_at_prevents_firing_for_earlier_occurrences(
    created: datetime, due: tuple[tuple[int, datetime], ...]
) -> None:
    spec = daily_spec(1, "09:00", created=created)
    result = plan([spec], local(2026, 6, 15, 10, 0), ZoneInfo(BERLIN))
    assert result == Plan(due=due, next_at=local(2026, 6, 16, 9, 0))


def test_created_in_the_future_waits_for_the_next_occurrence_after_it() -> None:
    # The clock jumped back after the reminder was created.
    spec = daily_spec(1, "09:00", created=local(2026, 6, 15, 9, 30))
    result = plan([spec], local(2026, 6, 15, 6, 0), ZoneInfo(BERLIN))
    assert result == Plan(due=(), next_at=local(2026, 6, 16, 9, 0))


def test_next_at_is_the_earliest_over_all_reminders() -> None:
    specs = [
        daily_spec(1, "09:00", created=CREATED),
        ReminderSpec(id=2, kind="planned", at=local(2026, 6, 1, 10, 15)),
        ReminderSpec(id=3, kind="followup", at=local(2026, 6, 1, 10, 45)),
    ]
    result = plan(specs, local(2026, 6, 1, 10, 0), ZoneInfo(BERLIN))
    assert result == Plan(due=((1, local(2026, 6, 1, 9, 0)),), next_at=local(2026, 6, 1, 10, 15))


# --------------------------------------------------------------------------- timer delay

NOW = utc(2026, 6, 1)


@pytest.mark.parametrize(
    ("delay", "expected_ms"),
    [
        (timedelta(0), 0),
        (timedelta(seconds=-5), 0),
        (timedelta(microseconds=1), 1),  # rounds up: never fire before next_at
        (timedelta(microseconds=1500), 2),
        (timedelta(seconds=1), 1000),
        (timedelta(hours=1), 3_600_000),
        (timedelta(milliseconds=MAX_TIMER_MS - 2), MAX_TIMER_MS - 2),
        (timedelta(milliseconds=MAX_TIMER_MS - 1), MAX_TIMER_MS - 1),
        (timedelta(milliseconds=MAX_TIMER_MS), MAX_TIMER_MS - 1),
        (timedelta(days=365), MAX_TIMER_MS - 1),
    ],
)
def test_timer_delay_ms(delay: timedelta, expected_ms: int) -> None:
    assert timer_delay_ms(NOW, NOW + delay) == expected_ms


# --------------------------------------------------------------------------- naive datetimes

NAIVE = datetime(2026, 6, 1, 9, 0)
AWARE = utc(2026, 6, 1, 9, 0)
Z = ZoneInfo(BERLIN)
QUIET = QuietHours(time(22), time(7))


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: occurrences(daily("09:00"), NAIVE, AWARE, Z), id="occurrences-start"),
        pytest.param(lambda: occurrences(daily("09:00"), AWARE, NAIVE, Z), id="occurrences-end"),
        pytest.param(lambda: next_daily(daily("09:00"), NAIVE, Z), id="next_daily"),
        pytest.param(lambda: quiet_until(QUIET, NAIVE, Z), id="quiet_until"),
        pytest.param(lambda: quiet_until(None, NAIVE, Z), id="quiet_until-none"),
        pytest.param(lambda: deliver_at(NAIVE, QUIET, Z), id="deliver_at"),
        pytest.param(lambda: deliver_at(NAIVE, None, Z), id="deliver_at-none"),
        pytest.param(lambda: planned_due(NAIVE, 10), id="planned_due"),
        pytest.param(lambda: follow_up_due(NAIVE, 10), id="follow_up_due"),
        pytest.param(lambda: plan([], NAIVE, Z), id="plan-now"),
        pytest.param(lambda: plan([], AWARE, Z, paused_until=NAIVE), id="plan-paused_until"),
        pytest.param(lambda: ReminderSpec(id=1, kind="planned", at=NAIVE), id="spec-at"),
        pytest.param(
            lambda: ReminderSpec(id=1, kind="planned", at=AWARE, last_fired=NAIVE),
            id="spec-last_fired",
        ),
        pytest.param(
            lambda: ReminderSpec(id=1, kind="daily", rule=daily("09:00"), created_at=NAIVE),
            id="spec-created_at",
        ),
        pytest.param(lambda: timer_delay_ms(NAIVE, AWARE), id="timer-now"),
        pytest.param(lambda: timer_delay_ms(AWARE, NAIVE), id="timer-next_at"),
    ],
)
def test_naive_datetimes_raise(call: Callable[[], object]) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        call()
