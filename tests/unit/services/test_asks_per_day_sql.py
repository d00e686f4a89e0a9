"""What Today reads in SQL (asks per local day, the ladder's facts) always equals a full recount
from every record, after random writes, deletes and restores, in zones with odd offsets and
daylight saving."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rejection_desktop.domain import ladder
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.stats.calendar import asks_per_day
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput

ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu",
         "Pacific/Chatham", "America/St_Johns", "Asia/Kolkata"]
EDGES = [datetime(2026, 3, 29, 0, 59, 59, tzinfo=UTC), datetime(2026, 3, 29, 1, 0, tzinfo=UTC),
         datetime(2026, 3, 8, 6, 59, 59, tzinfo=UTC), datetime(2026, 3, 8, 7, 0, tzinfo=UTC),
         datetime(2025, 10, 26, 0, 59, tzinfo=UTC), datetime(2025, 10, 26, 1, 0, tzinfo=UTC),
         datetime(2026, 4, 4, 14, 59, tzinfo=UTC), datetime(2026, 4, 4, 15, 0, tzinfo=UTC),
         datetime(2026, 1, 1, 18, 15, tzinfo=UTC), datetime(2026, 1, 1, 18, 14, 59, tzinfo=UTC),
         datetime(2026, 5, 31, 23, 59, 59, 999999, tzinfo=UTC)]
instants = st.one_of(
    st.sampled_from(EDGES),
    st.datetimes(min_value=datetime(2025, 9, 1), max_value=datetime(2026, 6, 1, 8),
                 timezones=st.just(UTC)))
outcomes = st.sampled_from([o.value for o in Outcome])
predictions = st.one_of(st.none(), st.integers(0, 100))
write = st.tuples(st.just("log"), st.integers(0, 4), instants, outcomes, predictions)
plan = st.tuples(st.just("plan"), st.integers(0, 4), st.one_of(st.none(), instants))
delete = st.tuples(st.just("delete"), st.integers(0, 10_000))
restore = st.tuples(st.just("restore"))


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(write, write, plan, delete, restore), max_size=25),
       zone_name=st.sampled_from(ZONES))
def test_sql_counts_equal_a_full_recount(services, clock, steps, zone_name):
    attempts = services.attempts
    challenges = [c.id for c in services.challenges.list_challenges()][:5]
    deleted = []
    for step in steps:
        if step[0] == "log":
            _, which, when, outcome, predicted = step
            before = BeforeInput(predicted_no=predicted,
                                 expected_badness=None if predicted is None else 50)
            attempts.log(challenges[which], before, OutcomeInput(outcome, attempted_at=when))
        elif step[0] == "plan":
            _, which, when = step
            clock.now = (when or clock.now) - timedelta(minutes=1)
            attempts.plan(challenges[which], BeforeInput(planned_at=when, predicted_no=40,
                                                         expected_badness=30))
        elif step[0] == "delete":
            ids = [r.id for r in attempts.records()]
            if ids:
                deleted.append(attempts.delete(ids[step[1] % len(ids)]))
        elif deleted:
            attempts.undo_delete(deleted.pop())
    zone = ZoneInfo(zone_name)
    clock.now = datetime(2026, 6, 1, 9, tzinfo=UTC)
    today = clock.now.astimezone(zone).date()
    records = attempts.records()
    assert attempts.asks_per_day(zone, today) == asks_per_day(records, zone)
    assert attempts.ladder_facts(zone, today) == ladder.ladder_facts(records, today, zone)
    assert services.progress.asks_per_day() == asks_per_day(records, services.settings.zone())
