"""A streak walked in two parts (the days before a Monday kept as a ``StreakState``, then the
later days only) is the streak walked over the whole journal, for every goal and rest rule."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rejection_desktop.domain.stats.calendar import (
    StreakState,
    streak,
    streak_state,
    weekly_state,
    weekly_streak,
)

FIRST = date(2024, 1, 1)  # a Monday
SPAN = 150

days = st.dictionaries(st.integers(0, SPAN - 1), st.integers(0, 3), max_size=SPAN)
kept = st.sets(st.integers(0, SPAN - 1), max_size=20)


def dated(offsets):
    return {FIRST + timedelta(days=o): n for o, n in offsets.items()}


def later(daily, cut):
    return {d: n for d, n in daily.items() if d >= cut}


@given(offsets=days, kept_offsets=kept, goal=st.integers(1, 3), rest=st.integers(0, 6),
       today_offset=st.integers(0, SPAN - 1), cut_weeks=st.integers(0, 30))
# a rest day used before the cut, in the week before it: the miss just before the cut breaks
@example(offsets={7: 1, 9: 1, 10: 1, 11: 1, 12: 1, 14: 1}, kept_offsets=set(), goal=1, rest=1,
         today_offset=14, cut_weeks=0)
@settings(max_examples=300)
def test_a_daily_streak_resumed_at_a_monday_equals_the_whole_walk(
        *, offsets, kept_offsets, goal, rest, today_offset, cut_weeks):
    daily = dated(offsets)
    kept_days = {FIRST + timedelta(days=o) for o in kept_offsets}
    today = FIRST + timedelta(days=today_offset)
    cut = max(FIRST, today - timedelta(days=today.weekday(), weeks=cut_weeks))
    whole = streak(daily, today, goal, rest, kept_days)
    state = streak_state(daily, cut, goal, rest, kept_days)
    assert streak(later(daily, cut), today, goal, rest, {d for d in kept_days if d >= cut},
                  resume=state) == whole


@given(days, kept, st.integers(1, 5), st.integers(0, SPAN - 1), st.integers(0, 30))
def test_a_weekly_streak_resumed_at_a_monday_equals_the_whole_walk(
        offsets, kept_offsets, goal, today_offset, cut_weeks):
    daily = dated(offsets)
    kept_days = {FIRST + timedelta(days=o) for o in kept_offsets}
    today = FIRST + timedelta(days=today_offset)
    cut = max(FIRST, today - timedelta(days=today.weekday(), weeks=cut_weeks))
    whole = weekly_streak(daily, today, goal, kept_days)
    state = weekly_state(daily, cut, goal, kept_days)
    assert weekly_streak(later(daily, cut), today, goal, {d for d in kept_days if d >= cut},
                         resume=state) == whole


def test_a_walk_stops_only_at_a_monday_and_resumes_no_later_than_today():
    with pytest.raises(ValueError, match="Monday"):
        streak_state({}, date(2024, 1, 2))
    with pytest.raises(ValueError, match="today"):
        streak({}, date(2024, 1, 1), resume=StreakState(date(2024, 1, 8)))
