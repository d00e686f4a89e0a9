"""What Today reads in SQL (asks per local day, kept days, the ladder's facts, the records of a
recent span) and what it reuses from the journal at its revision (the streak's walk up to a
recent Monday, the rungs done: ``db.derived``) always equals a full recount of every record
through the domain functions, after random plans, logs (hindsight predictions, pending
replies, dares), reflections, deletes, undos, reverts and imports, in zones with odd offsets
and daylight saving."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rejection_desktop.domain import ladder
from rejection_desktop.domain.outcomes import Outcome
from rejection_desktop.domain.stats.asks import local_date
from rejection_desktop.domain.stats.calendar import asks_per_day
from rejection_desktop.services.attempts import (
    IS_ASK,
    BeforeInput,
    OutcomeInput,
    local_day_counts,
    rebuild_day_summary,
    summary_until,
)
from rejection_desktop.services.backups import BackupService
from rejection_desktop.services.data_transfer import DataTransferService, ImportMode
from rejection_desktop.services.progress import ProgressService, kept_days
from rejection_desktop.services.reflections import Answer
from rejection_desktop.services.undo import UndoConflictError

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
which = st.integers(0, 2)  # few challenges, so rungs fill up; the last one is a dare
pick = st.integers(0, 10_000)
log_unplanned = st.tuples(st.just("log"), which, instants, outcomes, predictions)
plan = st.tuples(st.just("plan"), which, st.one_of(st.none(), instants))
log_planned = st.tuples(st.just("log_plan"), pick, instants, outcomes, st.booleans())
reflect = st.tuples(st.just("reflect"), pick)
delete = st.tuples(st.just("delete"), pick)
restore = st.tuples(st.just("restore"))
revert = st.tuples(st.just("revert"), pick, outcomes)
import_back = st.tuples(st.just("import"))
steps_strategy = st.lists(st.one_of(log_unplanned, log_unplanned, plan, log_planned, log_planned,
                                    reflect, delete, restore, revert, import_back), max_size=25)


def check_figures(services, zone_name: str) -> None:
    """Every SQL figure against the domain's recount of every record."""
    attempts = services.attempts
    records = attempts.records()
    today = services.progress.today()
    for name in (zone_name, "Pacific/Chatham"):
        zone = ZoneInfo(name)
        assert attempts.kept_days(zone, today) == kept_days(records, zone)
        # the first zone's counts the rungs done and keeps them; the second reuses them
        facts = attempts.ladder_facts(zone, today)
        assert facts == ladder.ladder_facts(records, today, zone)
        # Today's suggestion, ranked from a narrow read, is the one the whole library gives
        library = services.challenges.list_challenges(include_archived=False)
        for shown in ([], [c.id for c in library[:2]]):
            for personal in (True, False):
                assert services.challenges.suggest(facts, exclude=shown,
                                                   personal_track=personal) == \
                    ladder.suggest(library, records, today, zone, exclude=shown,
                                   personal_track=personal)
        # counted without the summary (another zone than the one it is kept in)
        assert local_day_counts(IS_ASK, zone, today) == asks_per_day(records, zone)
    zone = ZoneInfo(zone_name)
    assert summary_until(zone) is not None  # the summary, kept by the triggers since it was built
    assert attempts.asks_per_day(zone, today) == asks_per_day(records, zone)
    progress = services.progress
    assert not progress.loaded  # the SQL path, with what it cached since the last change
    zone = progress.zone()
    assert progress.asks_per_day() == asks_per_day(records, zone)
    assert progress.days_kept() == kept_days(records, zone)
    since = progress.today() - timedelta(days=40)
    assert progress.records_from(since) == [r for r in records
                                            if local_date(r.when, zone) >= since]
    whole = progress.pace().streak(asks_per_day(records, zone), today, kept_days(records, zone))
    for _ in range(2):  # walked whole and kept at this revision, then resumed from it
        fresh = ProgressService(attempts, services.settings, services.challenges, progress._clock)
        assert fresh.streak() == whole
        assert fresh.asks_since(today - timedelta(days=9)) == {
            day: n for day, n in asks_per_day(records, zone).items()
            if day >= today - timedelta(days=9)}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps_strategy, zone_name=st.sampled_from(ZONES))
# a reply still pending tests nothing: two plans on a rung, one answered, one waiting
@example(steps=[("plan", 0, None), ("plan", 0, None), ("log_plan", 0, EDGES[0], "no_reply", False),
                ("log_plan", 1, EDGES[1], "rejected", False)], zone_name="Europe/Berlin")
# a prediction rewritten with the outcome is hindsight; a dare done is practice, its plan counts
@example(steps=[("plan", 2, None), ("plan", 2, None), ("log_plan", 0, EDGES[2], "accepted", True),
                ("log_plan", 1, EDGES[3], "accepted", False), ("log", 0, EDGES[4], "rejected", 70),
                ("log", 0, EDGES[5], "partial", 70)], zone_name="America/New_York")
# a "did not ask" with a reflection keeps its day; deleting it and undoing brings it back
@example(steps=[("log", 1, EDGES[6], "not_attempted", None), ("reflect", 0), ("delete", 0),
                ("restore",), ("import",)], zone_name="Australia/Lord_Howe")
# a reflection on an old "did not ask" joins two runs: the kept walk must not outlive it
@example(steps=[("log", 0, datetime(2026, 3, 10, 10, tzinfo=UTC), "accepted", None),
                ("log", 1, datetime(2026, 3, 11, 10, tzinfo=UTC), "not_attempted", None),
                ("log", 0, datetime(2026, 3, 12, 10, tzinfo=UTC), "accepted", None),
                ("reflect", 1)], zone_name="UTC")
# the last microsecond of a day stays in that day (SQLite rounds fractions to milliseconds)
@example(steps=[("log", 0, EDGES[10], "accepted", None)], zone_name="UTC")
def test_sql_counts_equal_a_full_recount(context, clock, tmp_path, steps, zone_name):
    services = context.services
    attempts = services.attempts
    everyday = [c for c in services.challenges.list_challenges() if not c.dare]
    dares = [c for c in services.challenges.list_challenges() if c.dare]
    assert dares  # the library's public dares
    challenges = [c.id for c in everyday[:2]] + [dares[0].id]
    services.settings.set("timezone", zone_name)
    clock.now = datetime(2026, 6, 1, 9, tzinfo=UTC)
    # built now (the app builds it once a journal holds SUMMARY_MIN_ASKS); kept from here on
    rebuild_day_summary(ZoneInfo(zone_name), services.progress.today())
    transfer = DataTransferService(BackupService(context.paths, clock), services.settings.zone,
                                   clock)
    deleted = []
    for step in steps:
        clock.now = datetime(2026, 6, 1, 9, tzinfo=UTC)
        ids = [r.id for r in attempts.records()]
        kind = step[0]
        if kind == "log":
            _, index, when, outcome, predicted = step
            before = BeforeInput(predicted_no=predicted,
                                 expected_badness=None if predicted is None else 50)
            attempts.log(challenges[index], before, OutcomeInput(outcome, attempted_at=when))
        elif kind == "plan":
            _, index, when = step
            clock.now = (when or clock.now) - timedelta(minutes=1)
            attempts.plan(challenges[index], BeforeInput(planned_at=when, predicted_no=40,
                                                         expected_badness=30))
        elif kind == "log_plan":
            _, index, when, outcome, rewrite = step
            open_ids = sorted(a.id for a in attempts.open_attempts())  # plans, pending replies
            if open_ids:
                chosen = attempts.get(open_ids[index % len(open_ids)])
                # rewriting the prediction with the outcome makes it hindsight
                before = BeforeInput(planned_at=chosen.before.planned_at, predicted_no=90,
                                     expected_badness=90) if rewrite else None
                attempts.log(chosen.challenge_id, before,
                             OutcomeInput(outcome, attempted_at=when), attempt_id=chosen.id)
        elif kind == "reflect" and ids:
            services.reflections.save(ids[step[1] % len(ids)],
                                      [Answer("what", "What happened?", "I stayed home.")])
        elif kind == "delete" and ids:
            deleted.append(attempts.delete(ids[step[1] % len(ids)]))
        elif kind == "restore" and deleted:
            with contextlib.suppress(UndoConflictError):  # its id was taken again: no write
                attempts.undo_delete(deleted.pop())
        elif kind == "revert" and ids:
            target = ids[step[1] % len(ids)]
            snapshot = attempts.snapshot(target)
            attempts.log(attempts.get(target).challenge_id, None,
                         OutcomeInput(step[2]), attempt_id=target)
            attempts.revert(snapshot)
        elif kind == "import":
            export = tmp_path / "journal.json"
            transfer.export("json", export)
            transfer.import_file(export, ImportMode.REPLACE)
            services.progress.reload()  # as the app does after an import (wire_data)
            deleted.clear()  # ids of the deleted may be taken again
        if kind in ("log", "log_plan", "reflect", "delete", "import"):
            check_figures(services, zone_name)  # the cached SQL figures follow every change
    check_figures(services, zone_name)
