"""Figures kept in the journal at its revision (``db.derived``, ``schema_v7``): every write to an
attempt or a reflection moves the revision on, so a kept figure is never read after a change;
a hostile or unreadable one is not there; keeping one never waits for another writer."""

from __future__ import annotations

import json
import sqlite3
import time
from datetime import UTC, datetime

import pytest

from rejection_desktop.db import derived
from rejection_desktop.db.models import Attempt, Reflection
from rejection_desktop.services.attempts import BeforeInput, OutcomeInput
from rejection_desktop.services.progress import ProgressService
from rejection_desktop.services.reflections import Answer


def fresh_streak(services, clock):
    """Today's streak as a new start computes it (nothing read yet)."""
    return ProgressService(services.attempts, services.settings, services.challenges,
                           clock).streak()


def test_every_write_to_an_attempt_or_a_reflection_moves_the_revision_on(services):
    challenge = services.challenges.list_challenges()[0].id
    seen = [derived.revision()]

    def moved() -> None:
        seen.append(derived.revision())
        assert seen[-1] > seen[-2]

    attempt = services.attempts.log(challenge, BeforeInput(), OutcomeInput("accepted"))
    moved()
    Attempt.update(notes="changed").where(Attempt.id == attempt).execute()
    moved()
    services.reflections.save(attempt, [Answer("what", "What happened?", "A yes.")])
    moved()
    Reflection.update(answers="[]").where(Reflection.attempt == attempt).execute()
    moved()
    Reflection.delete().where(Reflection.attempt == attempt).execute()
    moved()
    Attempt.delete().where(Attempt.id == attempt).execute()
    moved()


def test_a_kept_value_is_read_only_at_its_revision_and_never_when_hostile(context):
    at = derived.revision()
    derived.store("k", at, {"a": [1, 2]})
    assert derived.load("k", at) == {"a": [1, 2]}
    assert derived.load("k", at + 1) is None
    derived.store("k", at + 5, 1)  # the journal is not at that revision: nothing kept
    assert derived.load("k", at) == {"a": [1, 2]}
    context.database.execute_sql("UPDATE derived SET value = '{not json' WHERE key = 'k'")
    assert derived.load("k", at) is None


@pytest.mark.parametrize("hostile", [
    '{"until": "2026-05-05", "current": 1, "longest": 1, "previous": null, "week": null, '
    '"rest_used": 0}',  # not a Monday
    '{"until": "x"}', "[1, 2]", '"text"', "null",
    '{"until": "2026-05-04", "current": -3, "longest": 1, "previous": null, "week": null, '
    '"rest_used": 0}'])
def test_a_hostile_kept_walk_is_walked_again(context, services, clock, hostile):
    expected = fresh_streak(services, clock)
    by = json.loads(context.database.execute_sql(
        "SELECT value FROM derived WHERE key = 'streak'").fetchone()[0])["by"]
    value = json.loads(hostile)
    if isinstance(value, dict):
        value["by"] = by  # walked by this pace and zone, but not a walk
    context.database.execute_sql("UPDATE derived SET value = ? WHERE key = 'streak'",
                                 (json.dumps(value),))
    assert fresh_streak(services, clock) == expected


def test_a_walk_kept_for_another_goal_is_not_used(services, clock):
    clock.now = datetime(2026, 6, 1, 9, tzinfo=UTC)
    challenge = services.challenges.list_challenges()[0].id
    for day in (13, 14, 15, 17):  # April 2026: before the cut, four weeks before Monday
        services.attempts.log(challenge, BeforeInput(), OutcomeInput(
            "accepted", attempted_at=datetime(2026, 4, day, 10, tzinfo=UTC)))
    services.settings.set("rest_days_per_week", 1)
    assert fresh_streak(services, clock).longest == 4  # the miss on the 16th is a rest day
    services.settings.set("rest_days_per_week", 0)  # kept walk: another pace
    assert fresh_streak(services, clock).longest == 3


def test_a_reflection_on_an_old_did_not_ask_reaches_a_kept_streak(services, clock):
    clock.now = datetime(2026, 6, 1, 9, tzinfo=UTC)
    challenge = services.challenges.list_challenges()[0].id
    for day, outcome in ((10, "accepted"), (11, "not_attempted"), (12, "accepted")):
        services.attempts.log(challenge, BeforeInput(), OutcomeInput(
            outcome, attempted_at=datetime(2026, 3, day, 10, tzinfo=UTC)))
    services.settings.set("rest_days_per_week", 0)
    assert fresh_streak(services, clock).longest == 1  # walked whole and kept
    assert fresh_streak(services, clock).longest == 1  # resumed from the kept walk
    skipped = Attempt.get(Attempt.outcome == "not_attempted").id
    services.reflections.save(skipped, [Answer("what", "What happened?", "I froze.")])
    assert fresh_streak(services, clock).longest == 3  # the kept day joins the two asks


def test_keeping_a_value_while_another_connection_writes_gives_up_at_once(context, data_dir):
    at = derived.revision()
    other = sqlite3.connect(data_dir / "journal.sqlite3", isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # a job's write transaction
        started = time.perf_counter()
        derived.store("k", at, 1)
        assert time.perf_counter() - started < 1.0  # busy_timeout is 5 s for other writes
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert derived.load("k", at) is None
    derived.store("k", at, 2)
    assert derived.load("k", at) == 2
    pragmas = [context.database.execute_sql(f"PRAGMA {name}").fetchone()[0]
               for name in ("busy_timeout", "synchronous")]
    assert pragmas == [5000, 2]  # put back: 5 s, FULL


def test_a_journal_without_its_revision_table_still_shows_its_streak(context, services, clock):
    expected = fresh_streak(services, clock)
    context.database.execute_sql("DROP TABLE journal_revision")  # a damaged schema
    assert derived.revision() is None
    assert fresh_streak(services, clock) == expected
    context.database.execute_sql("DROP TABLE derived")
    assert fresh_streak(services, clock) == expected
