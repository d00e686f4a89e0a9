"""Asks per day: the calendar's shades and the streak."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from rejection_desktop.domain.records import AttemptRecord
from rejection_desktop.domain.stats.asks import is_ask, local_date
from rejection_desktop.domain.stats.figures import check_width


def asks_per_day(attempts: Iterable[AttemptRecord], zone: ZoneInfo) -> dict[date, int]:
    """Asks per local date of ``when``; days without asks are absent."""
    counts: dict[date, int] = defaultdict(int)
    for a in attempts:
        if is_ask(a):
            counts[local_date(a.when, zone)] += 1
    return dict(counts)


def days_asked(daily_counts: Mapping[date, int], start: date, end: date) -> int:
    """How many local days in ``start..end`` (inclusive) had at least one ask."""
    return sum(1 for day, n in daily_counts.items() if n > 0 and start <= day <= end)


def heat_level(count: int, peak: int, levels: int = 4) -> int:
    """The shade (0 = none, ``levels`` = the busiest) of a day with ``count`` asks.

    ``peak`` is the busiest day's count in view; any ask gives at least level 1.
    """
    check_width(levels, "levels")
    if count <= 0 or peak <= 0:
        return 0
    return max(1, min(levels, -(-count * levels // peak)))


@dataclass(frozen=True, slots=True)
class Streak:
    """Consecutive days on which the daily goal was met (rest days bridge without counting)."""

    current: int
    longest: int
    today_count: int
    goal_met_today: bool
    rest_days_left_this_week: int
    unit: str = "day"  # "day", or "week" for a weekly goal (then today_count is the week's)


def _iso_week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


@dataclass(frozen=True, slots=True)
class StreakState:
    """Where a walk over the days (or weeks) that met the goal stands before ``until``: enough
    to go on from there with the later days only (``streak(..., resume=state)``), giving the
    same ``Streak`` as a walk over the whole journal.

    ``until`` is a Monday, so the weekly walk sees whole weeks on each side. ``week`` and
    ``rest_used`` are the ISO week of the daily walk's last rest day and how many it used in
    it: the misses just before ``until`` are only charged when the next met day comes, in that
    week (unused by the weekly walk)."""

    until: date
    current: int = 0
    longest: int = 0
    previous: date | None = None  # the last day (or week's Monday) that met the goal
    week: tuple[int, int] | None = None
    rest_used: int = 0


def _check_cut(until: date) -> None:
    """A walk stops only at a Monday (see ``StreakState``)."""
    if until.weekday() != 0:
        raise ValueError(f"a streak walk stops at a Monday, not {until.isoformat()}")


def streak(
    daily_counts: Mapping[date, int],
    today: date,
    daily_goal: int = 1,
    rest_days_per_week: int = 0,
    kept_days: Iterable[date] = (),
    *,
    resume: StreakState | None = None,
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
    - ``kept_days`` (an honest "did not ask" with a reflection) count as met: that is practice
      too (METHOD.md). They do not change ``today_count``.

    With ``resume`` (from ``streak_state``, ``until`` at or before ``today``'s Monday), only the
    days from ``resume.until`` on are read.
    """
    if daily_goal < 1:
        raise ValueError(f"daily_goal must be at least 1, got {daily_goal}")
    if not 0 <= rest_days_per_week <= 6:
        raise ValueError(f"rest_days_per_week must be 0-6, got {rest_days_per_week}")
    if resume is not None and resume.until > today:
        raise ValueError("a streak resumes from a day on or before today")
    first = None if resume is None else resume.until
    kept = {d for d in kept_days if d <= today and (first is None or d >= first)}
    state = _walk_days(_met_days(daily_counts, kept, daily_goal, first, today),
                       rest_days_per_week, resume or StreakState(date.min))
    current, week, rest_used = state.current, state.week, state.rest_used
    if state.previous is not None and current:  # the misses since the last met day
        survived, week, rest_used = _survive_misses(
            state.previous + timedelta(days=1), today - timedelta(days=1), week, rest_used,
            rest_days_per_week)
        current = current if survived else 0
    today_count = daily_counts.get(today, 0)
    used_this_week = rest_used if week == _iso_week(today) else 0
    return Streak(
        current=current,
        longest=state.longest,
        today_count=today_count,
        goal_met_today=today_count >= daily_goal or today in kept,
        rest_days_left_this_week=rest_days_per_week - used_this_week,
    )


def streak_state(
    daily_counts: Mapping[date, int],
    until: date,
    daily_goal: int = 1,
    rest_days_per_week: int = 0,
    kept_days: Iterable[date] = (),
) -> StreakState:
    """The daily walk (``streak``'s rule) over every day before the Monday ``until``."""
    _check_cut(until)
    kept = {d for d in kept_days if d < until}
    met = _met_days(daily_counts, kept, daily_goal, None, until - timedelta(days=1))
    return replace(_walk_days(met, rest_days_per_week, StreakState(date.min)), until=until)


def _met_days(daily_counts: Mapping[date, int], kept: set[date], daily_goal: int,
              first: date | None, last: date) -> list[date]:
    """The days ``first..last`` that met the goal (asks or a kept day), in order."""
    return sorted(kept | {d for d, n in daily_counts.items()
                          if n >= daily_goal and d <= last and (first is None or d >= first)})


def _survive_misses(first: date, last: date, week: tuple[int, int] | None, rest_used: int,
                    rest_days_per_week: int) -> tuple[bool, tuple[int, int] | None, int]:
    """Use rest days for the misses ``first..last`` (inclusive); False when one breaks the
    streak. Returns that with the week and rest days used after."""
    day = first
    while day <= last:
        key = _iso_week(day)
        if key != week:
            week, rest_used = key, 0
        if rest_used >= rest_days_per_week:
            return False, week, rest_used
        rest_used += 1
        day += timedelta(days=1)  # at most 13 steps: a whole week of misses always breaks
    return True, week, rest_used


def _walk_days(met_days: list[date], rest_days_per_week: int, state: StreakState
               ) -> StreakState:
    """``state`` after the met days ``met_days`` (all on or after ``state.until``)."""
    current, longest, previous = state.current, state.longest, state.previous
    week, rest_used = state.week, state.rest_used
    one_day = timedelta(days=1)
    for day in met_days:
        if previous is not None and current and day - previous > one_day:
            # a miss in between (not the usual case of the next day)
            survived, week, rest_used = _survive_misses(previous + one_day, day - one_day, week,
                                                        rest_used, rest_days_per_week)
            current = current if survived else 0
        current += 1
        longest = max(longest, current)
        previous = day
    return StreakState(state.until, current, longest, previous, week, rest_used)


def weekly_streak(
    daily_counts: Mapping[date, int],
    today: date,
    weekly_goal: int = 3,
    kept_days: Iterable[date] = (),
    *,
    resume: StreakState | None = None,
) -> Streak:
    """Consecutive ISO weeks (Monday to Sunday) with at least ``weekly_goal`` asks.

    A kept day (an honest "did not ask" with a reflection) counts as one ask of its week. The
    week of ``today`` is in progress: not met yet, it neither breaks the run nor adds to it.
    ``today_count`` and ``goal_met_today`` are this week's. With ``resume`` (from
    ``weekly_state``), only the weeks from ``resume.until`` on are read.
    """
    if weekly_goal < 1:
        raise ValueError(f"weekly_goal must be at least 1, got {weekly_goal}")
    first = date.min if resume is None else resume.until
    weeks = _asks_per_week(daily_counts, kept_days, first, today)
    state = _walk_weeks(weeks, weekly_goal, resume or StreakState(date.min))
    this_week = today - timedelta(days=today.weekday())
    current = state.current
    if state.previous is not None and state.previous < this_week - timedelta(days=7):
        current = 0  # a whole week went by below the goal
    count = weeks.get(this_week, 0)
    return Streak(current=current, longest=state.longest, today_count=count,
                  goal_met_today=count >= weekly_goal, rest_days_left_this_week=0, unit="week")


def weekly_state(daily_counts: Mapping[date, int], until: date, weekly_goal: int = 3,
                 kept_days: Iterable[date] = ()) -> StreakState:
    """The weekly walk (``weekly_streak``'s rule) over every week before the Monday ``until``."""
    _check_cut(until)
    weeks = _asks_per_week(daily_counts, kept_days, date.min, until - timedelta(days=1))
    return replace(_walk_weeks(weeks, weekly_goal, StreakState(date.min)), until=until)


def _asks_per_week(daily_counts: Mapping[date, int], kept_days: Iterable[date], first: date,
                   last: date) -> dict[date, int]:
    """Asks (and kept days) per ISO week, by its Monday, over the days ``first..last``."""
    weeks: dict[date, int] = defaultdict(int)
    for day, n in daily_counts.items():
        if first <= day <= last:
            weeks[day - timedelta(days=day.weekday())] += n
    for day in kept_days:
        if first <= day <= last:
            weeks[day - timedelta(days=day.weekday())] += 1
    return weeks


def _walk_weeks(weeks: Mapping[date, int], weekly_goal: int, state: StreakState) -> StreakState:
    """``state`` after the weeks ``weeks`` (all from ``state.until`` on)."""
    current, longest, previous = state.current, state.longest, state.previous
    for week in sorted(w for w, n in weeks.items() if n >= weekly_goal):
        current = current + 1 if previous is not None and week - previous == timedelta(
            days=7) else 1
        longest = max(longest, current)
        previous = week
    return replace(state, current=current, longest=longest, previous=previous)
