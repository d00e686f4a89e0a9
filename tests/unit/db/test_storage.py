"""Storage round-trips on a real SQLite file."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime, timedelta, timezone

import peewee
import pytest

from rejection_desktop.db.connection import close_db, open_db
from rejection_desktop.db.migrations import latest_version, migrate
from rejection_desktop.db.models import (
    ALL_MODELS,
    Attempt,
    Challenge,
    Draft,
    Prompt,
    Reflection,
    Reminder,
    Setting,
)


@pytest.fixture
def database(tmp_path):
    database = open_db(tmp_path / "journal.sqlite3", latest_version=latest_version())
    migrate(database)
    yield database
    close_db()


def test_pragmas_make_the_journal_durable(database):
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_file_is_private(database, tmp_path):
    mode = stat.S_IMODE(os.stat(tmp_path / "journal.sqlite3").st_mode)
    assert mode == 0o600


def test_models_match_the_migrated_schema(database):
    for model in ALL_MODELS:
        columns = {row[1] for row in database.execute_sql(
            f"PRAGMA table_info({model._meta.table_name})")}
        assert columns == set(model._meta.columns), model.__name__


def test_every_model_round_trips_through_the_file(tmp_path):
    path = tmp_path / "journal.sqlite3"
    database = open_db(path, latest_version=latest_version())
    migrate(database)
    when = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=2)))
    challenge = Challenge.create(title="Ask for a discount 🎉", category="shops", distress=35,
                                 description="Just ask.\nNo reason.", audience="stranger")
    attempt = Attempt.create(challenge=challenge, planned_at=when, attempted_at=when,
                             context="Bakery on Main St", predicted_no=90, expected_badness=70,
                             anxiety_before=60, safety_behaviour="Over-apologising",
                             outcome="partial", actual_badness=20, anxiety_after=15,
                             asked_why=True, what_happened="10 % off", notes="مرحبا ✓")
    Reflection.create(attempt=attempt, answers=[{"key": "k", "prompt": "P?", "answer": "Ünï"}],
                      free_text="free")
    Prompt.create(key="p1", text="What now?", outcomes=["rejected"], position=3)
    Reminder.create(kind="daily", times=["09:00"], weekdays=31)
    Setting.create(key="daily_goal", value=2)
    Draft.create(key="reflection:new", payload={"free_text": "half a thought"})
    close_db()

    open_db(path, latest_version=latest_version())
    got = Attempt.get()
    assert got.attempted_at == when and got.attempted_at.tzinfo == UTC
    assert (got.predicted_no, got.outcome, got.asked_why, got.notes) == (90, "partial", True,
                                                                          "مرحبا ✓")
    assert got.challenge.title == "Ask for a discount 🎉"
    assert Reflection.get().answers[0]["answer"] == "Ünï"
    assert Prompt.get().outcomes == ["rejected"]
    assert Reminder.get().times == ["09:00"]
    assert Setting.get().value == 2
    assert Draft.get().payload == {"free_text": "half a thought"}
    close_db()


def test_naive_datetimes_are_refused(database):
    challenge = Challenge.create(title="t", category="social", distress=10)
    with pytest.raises(ValueError, match="naive"):
        Attempt.create(challenge=challenge, planned_at=datetime(2026, 1, 1))


def test_database_checks_refuse_out_of_range_ratings(database):
    challenge = Challenge.create(title="t", category="social", distress=10)
    with pytest.raises(peewee.IntegrityError):
        Attempt.create(challenge=challenge, predicted_no=101)
    with pytest.raises(peewee.IntegrityError):
        Attempt.create(challenge=challenge, outcome="maybe")


def test_fts_finds_a_reflection_by_a_word_in_its_answers_or_text(database):
    challenge = Challenge.create(title="t", category="social", distress=10)
    attempt = Attempt.create(challenge=challenge, outcome="rejected", notes="the baker smiled")
    first = Reflection.create(attempt=attempt, free_text="I felt brave",
                              answers=[{"key": "k", "prompt": "p", "answer": "croissant"}])
    Reflection.create(free_text="nothing to see")

    def match(table, query):
        return [r[0] for r in database.execute_sql(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (query,))]

    assert match("reflection_fts", "croissant") == [first.id]
    assert match("reflection_fts", "brave") == [first.id]
    assert match("attempt_fts", "baker") == [attempt.id]
    first.free_text = "I felt calm"
    first.save()
    assert match("reflection_fts", "brave") == []
    first.delete_instance()
    assert match("reflection_fts", "croissant") == []


def test_deleting_a_challenge_with_attempts_is_refused(database):
    challenge = Challenge.create(title="t", category="social", distress=10)
    Attempt.create(challenge=challenge)
    with pytest.raises(peewee.IntegrityError):
        challenge.delete_instance()
