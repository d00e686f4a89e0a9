"""Upgrades tested on the real thing: a journal written by version 0.1.0 opens in this version.

``tests/fixtures/journal-0.1.0.sqlite3`` was written by 0.1.0 itself (see
``tests/fixtures/make_journal_0_1_0.py``). Every migration from schema 3 on runs over it here,
and every row and every word it held must still be there afterwards.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from rejection_desktop.app.context import open_context
from rejection_desktop.db.migrations import latest_version

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "journal-0.1.0.sqlite3"
TABLES = ("challenge", "attempt", "reflection", "prompt", "draft")
USERS_OWN = {"challenge": "builtin_key IS NULL OR user_edited",
             "prompt": "NOT builtin OR user_edited"}
"""The rows of library tables that are the user's own (seeding leaves them alone)."""


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture
def upgraded(tmp_path, clock):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(FIXTURE, data / "journal.sqlite3")
    before = {table: rows(FIXTURE, f"SELECT * FROM {table} ORDER BY rowid") for table in TABLES}
    context = open_context(data, clock)
    yield context, before
    context.close()


def test_the_fixture_is_what_0_1_0_wrote():
    assert rows(FIXTURE, "PRAGMA user_version") == [(3,)]
    assert rows(FIXTURE, "SELECT count(*) FROM attempt") == [(18,)]


def test_a_0_1_0_journal_opens_at_the_latest_schema_with_every_row(upgraded):
    context, before = upgraded
    assert context.migration.to_version == latest_version()
    database = context.paths.database
    for table in before:
        # built-ins the user never edited take the library's new wording (seeding) and new
        # built-ins are added; the user's own rows, and every row of the other tables, stay
        where = f"WHERE {USERS_OWN[table]} " if table in USERS_OWN else ""
        query = f"SELECT * FROM {table} {where}ORDER BY rowid"
        old_rows, new_rows = rows(FIXTURE, query), rows(database, query)
        assert len(new_rows) == len(old_rows), table
        # every text a row held is still somewhere in the same row (columns may be added)
        for old, new in zip(old_rows, new_rows, strict=True):
            texts = [value for value in old if isinstance(value, str)]
            assert all(text in new for text in texts), (table, old[0])
    uids = {uid for (uid,) in rows(FIXTURE, "SELECT uid FROM challenge")}
    assert uids <= {uid for (uid,) in rows(database, "SELECT uid FROM challenge")}


def test_old_predictions_keep_their_meaning(upgraded):
    """0.1.0 saved every one of these asks through the plan form (each has a planned time), so
    their predictions were written before the outcome; none becomes hindsight."""
    context, before = upgraded
    database = context.paths.database
    timings = rows(database, "SELECT planned_at IS NOT NULL, outcome IS NULL, prediction_timing "
                             "FROM attempt ORDER BY id")
    assert len(timings) == len(before["attempt"])
    assert {t[2] for t in timings} == {"before"}
    records = context.services.attempts.records()
    assert not any(r.hindsight for r in records)
    assert rows(database, "SELECT count(*) FROM belief") == [(0,)]
    assert rows(database, "SELECT DISTINCT kind FROM reflection") == [("reflection",)]


def test_the_services_read_the_upgraded_journal(upgraded):
    context, before = upgraded
    services = context.services
    assert len(services.attempts.records()) == len(before["attempt"])
    titles = {challenge.title for challenge in services.challenges.list_challenges()}
    assert "My own wording 🙂" in titles
    assert services.settings.get("theme") == "dark"
    assert services.settings.get("timezone") == "Europe/Berlin"
    nudge_times = [time for nudge in services.reminders.daily_nudges() for time in nudge.times]
    assert "07:45" in nudge_times  # the daily nudge 0.1.0 kept in its settings survives
