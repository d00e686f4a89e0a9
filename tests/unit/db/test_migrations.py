"""Migrations: every step keeps every row and every word; newer files are never touched.

Each registered migration N needs a test here named ``test_migration_vN_...``;
``test_every_migration_has_a_test`` fails otherwise.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys

import pytest

from rejection_desktop.app.context import open_context
from rejection_desktop.db.connection import close_db, open_db
from rejection_desktop.db.files import DatabaseCorruptError, DatabaseTooNewError
from rejection_desktop.db.migrations import (
    MIGRATIONS,
    apply,
    current_version,
    latest_version,
    migrate,
)

TEXTS = ["Asked for a discount — got 10 %!", "مرحبا بالعالم", "emoji 🙈🙉🙊", "x" * 50_000,
         "line one\nline two", "combining e\u0301 and RTL \u202e text"]


def build_v1(path):
    """A schema-1 database with real rows, as version 0.1 of the app would have left it."""
    database = open_db(path, latest_version=latest_version())
    apply(database, MIGRATIONS[1])
    sql = database.execute_sql
    now = "2026-01-02 03:04:05.000000"
    sql("INSERT INTO challenge (id, uid, title, category, distress, created_at, updated_at) "
        "VALUES (1, 'c1', 'Ask for a refill', 'shops', 30, ?, ?)", (now, now))
    for i, text in enumerate(TEXTS, start=1):
        sql("INSERT INTO attempt (id, uid, challenge_id, predicted_no, expected_badness, outcome, "
            "actual_badness, asked_why, notes, created_at, updated_at) "
            "VALUES (?, ?, 1, 80, 60, 'rejected', 20, 1, ?, ?, ?)", (i, f"a{i}", text, now, now))
        sql("INSERT INTO reflection (uid, attempt_id, answers, free_text, created_at, updated_at) "
            "VALUES (?, ?, json_array(json_object('key', 'k', 'prompt', 'p', 'answer', ?)), ?, "
            "?, ?)", (f"r{i}", i, text, text, now, now))
        sql("INSERT INTO reminder (uid, kind, attempt_id, created_at, updated_at) "
            "VALUES (?, 'followup', ?, ?, ?)", (f"m{i}", i, now, now))
    sql("INSERT INTO attempt (id, uid, challenge_id, predicted_no, created_at, updated_at) "
        "VALUES (99, 'a99', 1, 130, ?, ?)", (now, now))
    sql("INSERT INTO reflection (uid, free_text, created_at, updated_at) "
        "VALUES ('standalone', 'just a note', ?, ?)", (now, now))
    close_db()


def snapshot(path):
    with sqlite3.connect(path) as conn:
        return {
            "attempts": conn.execute("SELECT id, uid, notes FROM attempt ORDER BY id").fetchall(),
            "reflections": conn.execute(
                "SELECT uid, attempt_id, answers, free_text FROM reflection ORDER BY uid"
            ).fetchall(),
            "reminders": conn.execute("SELECT uid, attempt_id FROM reminder ORDER BY uid"
                                      ).fetchall(),
        }


def test_migration_v1_creates_every_table(tmp_path):
    database = open_db(tmp_path / "j.sqlite3", latest_version=latest_version())
    apply(database, MIGRATIONS[1])
    names = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master")}
    assert {"challenge", "attempt", "reflection", "prompt", "reminder", "setting", "draft",
            "reflection_fts", "attempt_fts"} <= names
    assert current_version(database) == 1
    close_db()


def test_migration_v2_keeps_every_row_and_text_through_the_table_rebuild(tmp_path):
    path = tmp_path / "journal.sqlite3"
    build_v1(path)
    before = snapshot(path)
    database = open_db(path, latest_version=latest_version())
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1  # the trap is armed
    result = migrate(database, tmp_path / "backups")
    assert (result.from_version, result.to_version) == (1, latest_version())
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    # the new column and checks exist
    columns = {r[1] for r in database.execute_sql("PRAGMA table_info(attempt)")}
    assert "context" in columns
    assert database.execute_sql("SELECT predicted_no FROM attempt WHERE id = 99").fetchone()[0] \
        == 100  # an out-of-range v1 value is clamped, not dropped
    # FTS still works on the rebuilt table and on the reflections
    hits = database.execute_sql("SELECT rowid FROM attempt_fts WHERE attempt_fts MATCH 'refill'"
                                " OR attempt_fts MATCH 'discount'").fetchall()
    assert hits
    close_db()
    assert snapshot(path) == before
    # the backup holds the version-1 data
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(result.backup) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM reflection").fetchone()[0] == len(TEXTS) + 1


def test_migration_v3_adds_the_journal_indexes_and_keeps_every_row(tmp_path):
    path = tmp_path / "journal.sqlite3"
    build_v1(path)
    database = open_db(path, latest_version=latest_version())
    apply(database, MIGRATIONS[2])
    close_db()
    before = snapshot(path)
    database = open_db(path, latest_version=latest_version())
    result = migrate(database, tmp_path / "backups")
    assert (result.from_version, result.to_version) == (2, latest_version())
    indexes = {r[0] for r in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"attempt_journal_at", "reflection_id_attempt"} <= indexes
    plan = " ".join(str(r) for r in database.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM attempt "
        "ORDER BY coalesce(attempted_at, planned_at, created_at) DESC LIMIT 5"))
    assert "attempt_journal_at" in plan
    close_db()
    assert snapshot(path) == before


NOW = "2026-03-04 05:06:07.000000"


def build_v3(path, settings, daily=()):
    """A schema-3 journal as version 3 of the app left it: attempts, reflections, their
    reminders, the given settings (JSON text by key) and daily nudges (times, weekdays, on)."""
    build_v1(path)
    database = open_db(path, latest_version=latest_version())
    for version in (2, 3):
        apply(database, MIGRATIONS[version])
    sql = database.execute_sql
    sql("INSERT INTO reminder (uid, kind, attempt_id, due_at, created_at, updated_at) "
        "VALUES ('planned-1', 'planned', 1, '2026-03-05 09:00:00.000000', ?, ?)", (NOW, NOW))
    for index, (times, weekdays, enabled) in enumerate(daily, start=1):
        sql("INSERT INTO reminder (uid, kind, times, weekdays, enabled, created_at, updated_at) "
            "VALUES (?, 'daily', ?, ?, ?, ?, ?)",
            (f"daily-{index}", json.dumps(times), weekdays, int(enabled), NOW, NOW))
    for key, value in {"theme": '"dark"', "daily_goal": "2", **settings}.items():
        sql("INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?)", (key, value, NOW))
    assert current_version(database) == 3
    close_db()


def settings_of(path):
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())


def daily_of(path):
    with sqlite3.connect(path) as conn:
        return [(json.loads(times), weekdays, enabled) for times, weekdays, enabled in conn.execute(
            "SELECT times, weekdays, enabled FROM reminder WHERE kind = 'daily' ORDER BY id")]


def test_migration_v4_keeps_the_daily_rows_and_drops_the_mirrored_settings(tmp_path, clock):
    """The usual journal: the rows were the truth, the two settings only mirrored the first."""
    data = tmp_path / "data"
    data.mkdir()
    path = data / "journal.sqlite3"
    build_v3(path, {"onboarding_done": "true", "reminder_time": '"07:45"',
                    "reminder_weekdays": "0"},
             daily=[(["07:45", "12:00"], 31, False), (["20:00"], 96, True)])
    before = snapshot(path)
    context = open_context(data, clock)  # the app's own start: migrate, seed, services
    try:
        nudges = context.services.reminders.daily_nudges()
        assert [(n.times, n.weekdays, n.enabled) for n in nudges] == [
            (("07:45", "12:00"), 31, False), (("20:00",), 96, True)]
        assert context.migration.from_version == 3
    finally:
        context.close()
    stored = settings_of(path)
    assert "reminder_time" not in stored and "reminder_weekdays" not in stored
    assert (stored["theme"], stored["daily_goal"], stored["onboarding_done"]) == (
        '"dark"', "2", "true")
    assert snapshot(path) == before  # every attempt, reflection and reminder kept
    assert list(data.glob("backups/pre-migration-v3-*.sqlite3"))


@pytest.mark.parametrize(("settings", "expected"), [
    ({"onboarding_done": "true", "reminder_time": '"06:30"', "reminder_weekdays": "31"},
     [(["06:30"], 31, 1)]),
    ({"onboarding_done": "true", "reminder_time": '"25:99"', "reminder_weekdays": "127"},
     [(["18:00"], 127, 1)]),  # read as version 3 read it: the default time
    ({"onboarding_done": "true", "reminder_weekdays": '"often"'}, [(["18:00"], 127, 1)]),
    ({"onboarding_done": "true", "reminder_time": '"06:30"', "reminder_weekdays": "0"}, []),
    ({"onboarding_done": "true"}, []),  # nothing chosen: nothing to move
    ({"onboarding_done": "false", "reminder_time": '"06:30"', "reminder_weekdays": "127"}, []),
    ({"reminder_time": "not json", "reminder_weekdays": "127"}, []),
], ids=["chosen", "bad-time", "bad-days", "removed", "never-chosen", "not-onboarded",
        "unreadable"])
def test_migration_v4_moves_a_nudge_only_the_settings_held(tmp_path, settings, expected):
    path = tmp_path / "journal.sqlite3"
    build_v3(path, settings)
    before = snapshot(path)
    database = open_db(path, latest_version=latest_version())
    migrate(database, tmp_path / "backups")
    assert current_version(database) == latest_version()
    close_db()
    assert daily_of(path) == expected
    stored = settings_of(path)
    assert "reminder_time" not in stored and "reminder_weekdays" not in stored
    assert stored["theme"] == '"dark"'
    after = snapshot(path)
    assert after["attempts"] == before["attempts"]
    assert after["reflections"] == before["reflections"]
def build_v3_with_timings(path):
    """A schema-3 journal holding one attempt of each kind the evidence migration classifies.

    Instants as the app stores them; ``created_at`` is when the row was first saved (the plan,
    or the log of an unplanned ask), ``attempted_at`` when the ask was made.
    """
    database = open_db(path, latest_version=latest_version())
    for version in (1, 2, 3):
        apply(database, MIGRATIONS[version])
    sql = database.execute_sql
    t = "2026-05-0{0} 1{1}:00:00.000000".format
    sql("INSERT INTO challenge (id, uid, title, category, audience, distress, created_at, "
        "updated_at) VALUES (1, 'c1', 'Ask for a refill', 'shops', 'stranger', 30, ?, ?)",
        (t(1, 0), t(1, 0)))
    sql("INSERT INTO challenge (id, uid, title, category, audience, distress, created_at, "
        "updated_at) VALUES (2, 'c2', 'Dance alone', 'public', 'anyone', 75, ?, ?)",
        (t(1, 0), t(1, 0)))
    sql("INSERT INTO challenge (id, uid, title, category, audience, distress, created_at, "
        "updated_at) VALUES (3, 'c3', 'High-fives', 'public', 'stranger', 40, ?, ?)",
        (t(1, 0), t(1, 0)))
    rows = {  # uid: (planned_at, attempted_at, outcome, created_at, updated_at)
        "still-planned": (None, None, None, t(2, 0), t(2, 0)),
        "planned-with-time": (t(3, 5), t(3, 5), "rejected", t(3, 0), t(3, 6)),
        "planned-then-logged": (None, t(4, 5), "accepted", t(4, 0), t(4, 6)),
        "logged-in-one-go": (None, t(5, 0), "rejected", t(5, 0), t(5, 0)),
        "logged-later-for-earlier": (None, t(5, 2), "partial", t(5, 4), t(5, 4)),
        "planned-then-skipped": (None, None, "not_attempted", t(6, 0), t(6, 3)),
        "skipped-in-one-go": (None, None, "not_attempted", t(7, 0), t(7, 0)),
    }
    for uid, (planned, attempted, outcome, created, updated) in rows.items():
        sql("INSERT INTO attempt (uid, challenge_id, planned_at, attempted_at, outcome, "
            "predicted_no, expected_badness, notes, created_at, updated_at) "
            "VALUES (?, 1, ?, ?, ?, 70, 60, ?, ?, ?)",
            (uid, planned, attempted, outcome, f"notes of {uid}", created, updated))
    close_db()
    return {
        "still-planned": "before", "planned-with-time": "before",
        "planned-then-logged": "before", "logged-in-one-go": "hindsight",
        "logged-later-for-earlier": "hindsight", "planned-then-skipped": "before",
        "skipped-in-one-go": "hindsight",
    }


def test_migration_v5_classifies_old_predictions_by_whether_the_plan_came_first(tmp_path):
    path = tmp_path / "journal.sqlite3"
    expected = build_v3_with_timings(path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT * FROM attempt ORDER BY id").fetchall()
    database = open_db(path, latest_version=latest_version())
    result = migrate(database, tmp_path / "backups")
    assert result.from_version == 3 and result.backup is not None
    close_db()
    with sqlite3.connect(path) as conn:
        timings = dict(conn.execute("SELECT uid, prediction_timing FROM attempt"))
        after = conn.execute("SELECT * FROM attempt ORDER BY id").fetchall()
        dares = dict(conn.execute("SELECT uid, dare FROM challenge"))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        kinds = {r[0] for r in conn.execute("SELECT DISTINCT kind FROM reflection")}
    assert timings == expected
    # every old column keeps its value; the new ones are added at the end
    assert [row[:len(before[0])] for row in after] == before
    assert dares == {"c1": 0, "c2": 1, "c3": 0}  # a public dare to "anyone" needs no "no"
    assert {"belief", "belief_rating"} <= tables
    assert kinds <= {"reflection"}


def test_migration_v5_refuses_what_the_new_columns_cannot_hold(tmp_path):
    path = tmp_path / "journal.sqlite3"
    build_v3_with_timings(path)
    database = open_db(path, latest_version=latest_version())
    migrate(database, tmp_path / "backups")
    close_db()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        for bad in ("UPDATE attempt SET prediction_timing = 'later'",
                    "INSERT INTO reflection (uid, kind, created_at, updated_at) "
                    "VALUES ('r', 'diary', 'x', 'x')",
                    "INSERT INTO belief (uid, text, created_at, updated_at) "
                    "VALUES ('b', '  ', 'x', 'x')",
                    "INSERT INTO belief_rating (uid, belief_id, rating, source, rated_at, "
                    "created_at, updated_at) VALUES ('r', 999, 50, 'before', 'x', 'x', 'x')"):
            with pytest.raises(sqlite3.IntegrityError):
                conn.execute(bad)


def migrate_v3_with_timings(path):
    """Build the version 3 journal with timings at ``path`` and migrate it to the latest
    schema; returns its attempt rows from before."""
    build_v3_with_timings(path)
    with sqlite3.connect(path) as conn:
        before = conn.execute("SELECT * FROM attempt ORDER BY id").fetchall()
    database = open_db(path, latest_version=latest_version())
    migrate(database, path.parent / "backups")
    close_db()
    return before


def test_migration_v6_adds_an_empty_day_summary_that_the_app_fills_in_the_users_zone(
        tmp_path, clock):
    from zoneinfo import ZoneInfo

    from rejection_desktop.domain.stats.calendar import asks_per_day
    from rejection_desktop.services.attempts import rebuild_day_summary

    path = tmp_path / "journal.sqlite3"
    before = migrate_v3_with_timings(path)
    with sqlite3.connect(path) as conn:
        after = conn.execute("SELECT * FROM attempt ORDER BY id").fetchall()
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        # not built yet: no zone, so the triggers leave the summary alone on a write
        conn.execute("UPDATE attempt SET attempted_at = '2026-05-09 10:00:00.000000' "
                     "WHERE uid = 'logged-in-one-go'")
        assert conn.execute("SELECT count(*) FROM ask_day").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM day_zone").fetchone() == (0,)
    assert [row[:len(before[0])] for row in after] == before
    assert {"ask_day", "zone_offset", "day_zone", "attempt_rungs", "ask_day_insert"} <= indexes
    context = open_context(tmp_path, clock)
    try:
        attempts = context.services.attempts
        zone = ZoneInfo("Pacific/Chatham")
        today = clock.now.date()
        counted = attempts.asks_per_day(zone, today)  # a small journal: counted, not built
        assert counted == asks_per_day(attempts.records(), zone)
        rebuild_day_summary(zone, today)  # as the app does once it holds SUMMARY_MIN_ASKS
        assert attempts.asks_per_day(zone, today) == counted
        assert sum(counted.values()) == 4  # every ask of the old journal, none of the others
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT zone FROM day_zone").fetchone() == ("Pacific/Chatham",)
            assert conn.execute("SELECT sum(asks) FROM ask_day").fetchone() == (4,)
    finally:
        context.close()


def test_migration_v7_adds_the_revision_its_triggers_and_the_kept_days_index(tmp_path):
    path = tmp_path / "journal.sqlite3"
    before = migrate_v3_with_timings(path)
    with sqlite3.connect(path) as conn:
        after = conn.execute("SELECT * FROM attempt ORDER BY id").fetchall()
        assert [row[:len(before[0])] for row in after] == before
        assert conn.execute("SELECT n FROM journal_revision").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM derived").fetchone() == (0,)
        conn.execute("UPDATE attempt SET notes = 'x' WHERE id = (SELECT min(id) FROM attempt)")
        conn.execute("INSERT INTO reflection (uid, attempt_id, answers, created_at, updated_at) "
                     "SELECT 'r1', min(id), '[]', created_at, created_at FROM attempt")
        conn.execute("DELETE FROM reflection WHERE uid = 'r1'")
        assert conn.execute("SELECT n FROM journal_revision").fetchone() == (3,)
        plan = conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM attempt WHERE outcome = 'not_attempted' "
            "AND coalesce(attempted_at, planned_at, created_at) >= '2026-01-01'").fetchall()
        assert "attempt_kept_when" in str(plan)


def test_a_rebuild_with_foreign_keys_on_would_have_emptied_the_children(tmp_path):
    """Proof that the cascade trap is real, so the migration's precaution matters."""
    path = tmp_path / "journal.sqlite3"
    build_v1(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("BEGIN")
    conn.execute("CREATE TABLE attempt_v2 AS SELECT * FROM attempt")
    conn.execute("DROP TABLE attempt")
    assert conn.execute("SELECT count(*) FROM reflection WHERE attempt_id IS NOT NULL"
                        ).fetchone()[0] == 0
    conn.execute("ROLLBACK")
    conn.close()


def test_a_failing_step_rolls_back_and_keeps_the_old_version(tmp_path, monkeypatch):
    path = tmp_path / "journal.sqlite3"
    build_v1(path)
    before = snapshot(path)

    def broken(database):
        database.execute_sql("DROP TABLE attempt")
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(MIGRATIONS, 2, MIGRATIONS[2].__class__(2, broken, True))
    database = open_db(path, latest_version=latest_version())
    with pytest.raises(RuntimeError):
        migrate(database, tmp_path / "backups")
    assert current_version(database) == 1
    close_db()
    assert snapshot(path) == before


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_database_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "journal.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    before = digest(path)
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_db(path, latest_version=latest_version())
    assert digest(path) == before
    assert not (tmp_path / "journal.sqlite3-wal").exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is my shopping list, not a database" * 10)
    before = digest(path)
    with pytest.raises(DatabaseCorruptError):
        open_db(path, latest_version=latest_version())
    assert digest(path) == before


def test_every_migration_has_a_test():
    module = sys.modules[__name__]
    tested = {int(name.split("_")[2][1:]) for name in dir(module)
              if name.startswith("test_migration_v")}
    missing = set(MIGRATIONS) - tested
    assert not missing, f"migrations without a test: {sorted(missing)}"
