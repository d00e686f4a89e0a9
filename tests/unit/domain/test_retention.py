"""Backup retention on a fake calendar: newest few, then one per day, week and month."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from rejection_desktop.domain.retention import DEFAULT_POLICY, RetentionPolicy, backups_to_keep

BERLIN = ZoneInfo("Europe/Berlin")
START = datetime(2025, 1, 1, 8, 0, tzinfo=UTC)


def calendar(days: int, times_per_day: tuple[int, ...] = (9, 13, 18), start=START):
    """Backups at the given UTC hours on each of ``days`` consecutive days."""
    return [start.replace(hour=h) + timedelta(days=d) for d in range(days) for h in times_per_day]


def thin_as_the_service_does(instants, zone, policy=DEFAULT_POLICY):
    """Add backups one by one, thinning after each, like the BackupService."""
    kept: set[datetime] = set()
    for instant in sorted(instants):
        kept.add(instant)
        kept = backups_to_keep(kept, zone, policy)
    return kept


def test_nothing_to_keep_when_there_are_no_backups():
    assert backups_to_keep([], UTC) == set()


def test_a_few_backups_are_all_kept():
    few = calendar(1)
    assert backups_to_keep(few, UTC) == set(few)


def test_two_years_of_backups_thin_to_the_policy():
    backups = calendar(730)
    kept = thin_as_the_service_does(backups, UTC)
    newest = max(backups)
    assert newest in kept
    assert len(kept) <= DEFAULT_POLICY.maximum
    ordered = sorted(kept, reverse=True)
    # the newest six, whatever their day
    assert set(sorted(backups, reverse=True)[:6]) <= kept
    # one backup (the day's last) for each of the last 12 days
    last_days = {(newest - timedelta(days=d)).date() for d in range(12)}
    for day in last_days:
        day_backups = [b for b in backups if b.date() == day]
        assert max(day_backups) in kept
    # 9 months are represented, the 10th most recent is not
    months = sorted({(b.year, b.month) for b in ordered}, reverse=True)
    assert len(months) == 9
    # 10 ISO weeks are represented by their last backup
    weeks = sorted({b.isocalendar()[:2] for b in backups}, reverse=True)[:10]
    for week in weeks:
        assert max(b for b in backups if b.isocalendar()[:2] == week) in kept


def test_thinning_step_by_step_equals_thinning_once():
    backups = calendar(200, (1, 7, 12, 23))
    assert thin_as_the_service_does(backups, BERLIN) == backups_to_keep(backups, BERLIN)


def test_days_are_the_users_local_days():
    # 22:30 and 23:30 UTC on 1 June are 00:30 and 01:30 on 2 June in Berlin (summer time)
    late = [datetime(2026, 6, 1, 22, 30, tzinfo=UTC), datetime(2026, 6, 1, 23, 30, tzinfo=UTC)]
    morning = [datetime(2026, 6, 1, 8, 0, tzinfo=UTC)]
    policy = RetentionPolicy(newest=0, daily=1, weekly=0, monthly=0)
    assert backups_to_keep(morning + late, UTC, policy) == {late[1]}
    assert backups_to_keep(morning + late, BERLIN, policy) == {late[1]}
    policy = RetentionPolicy(newest=0, daily=2, weekly=0, monthly=0)
    assert backups_to_keep(morning + late, UTC, policy) == {late[1]}  # one UTC day
    assert backups_to_keep(morning + late, BERLIN, policy) == {morning[0], late[1]}


def test_a_long_break_does_not_use_up_the_daily_allowance():
    before = calendar(20)
    after_break = calendar(3, start=START + timedelta(days=120))
    kept = backups_to_keep(before + after_break, UTC)
    kept_days_before = {b.date() for b in kept if b < after_break[0]}
    # 12 daily slots: 3 days after the break, 9 before it
    assert len({b.date() for b in kept if b >= after_break[0]}) == 3
    assert len(kept_days_before) >= 9


def test_an_iso_week_spanning_new_year_is_one_week():
    thursday = datetime(2026, 12, 31, 12, tzinfo=UTC)
    friday = datetime(2027, 1, 1, 12, tzinfo=UTC)
    policy = RetentionPolicy(newest=0, daily=0, weekly=1, monthly=0)
    assert backups_to_keep([thursday, friday], UTC, policy) == {friday}
    policy = RetentionPolicy(newest=0, daily=0, weekly=0, monthly=2)
    assert backups_to_keep([thursday, friday], UTC, policy) == {thursday, friday}


def test_dst_changes_do_not_lose_or_double_a_day():
    # around the autumn change in Berlin (25 October 2026), one backup every 30 minutes
    start = datetime(2026, 10, 24, 20, 0, tzinfo=UTC)
    backups = [start + timedelta(minutes=30 * i) for i in range(48 * 3)]
    policy = RetentionPolicy(newest=0, daily=5, weekly=0, monthly=0)
    kept = backups_to_keep(backups, BERLIN, policy)
    local_days = sorted(b.astimezone(BERLIN).date() for b in kept)
    assert len(local_days) == len(set(local_days)) == 4  # 24, 25, 26, 27 October
    for instant in kept:
        day = instant.astimezone(BERLIN).date()
        assert instant == max(b for b in backups if b.astimezone(BERLIN).date() == day)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1),
                             timezones=st.just(UTC)), max_size=120),
       st.sampled_from([UTC, BERLIN, ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata")]))
def test_kept_backups_are_a_bounded_subset_that_includes_the_newest(instants, zone):
    kept = backups_to_keep(instants, zone)
    assert kept <= set(instants)
    assert len(kept) <= DEFAULT_POLICY.maximum
    if instants:
        assert max(instants) in kept
    assert backups_to_keep(kept, zone) == kept  # thinning again removes nothing
