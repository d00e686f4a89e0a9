"""Schema version 7: the journal's revision, and figures derived from the whole journal that
start-up may reuse while it has not changed.

- ``journal_revision``: one row whose ``n`` every insert, change or delete of an attempt or a
  reflection adds 1 to, by triggers in the same transaction as the write (forms, undo,
  imports, commands), so no write can leave it behind.
- ``derived``: a value (JSON) per key with the revision it was computed at; a reader uses it
  only while that is still the journal's revision (``db.derived``), else computes afresh.
- ``attempt_kept_when``: the "did not ask" attempts by when they happened, so the recent days
  kept by one are found without reading the others.

A later migration that rebuilds ``attempt`` or ``reflection`` must create these triggers again.
"""

TABLES = [
    """CREATE TABLE journal_revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n INTEGER NOT NULL)""",
    "INSERT INTO journal_revision (id, n) VALUES (1, 0)",
    """CREATE TABLE derived (
        key TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        value TEXT NOT NULL) WITHOUT ROWID""",
]

TRIGGERS = [
    f"CREATE TRIGGER revision_{table}_{event.lower()} AFTER {event} ON {table} "
    "BEGIN UPDATE journal_revision SET n = n + 1 WHERE id = 1; END"
    for table in ("attempt", "reflection") for event in ("INSERT", "UPDATE", "DELETE")
]

KEPT_INDEX = ("CREATE INDEX attempt_kept_when ON attempt "
              "(outcome, coalesce(attempted_at, planned_at, created_at)) "
              "WHERE outcome = 'not_attempted'")
"""Must say ``services.attempts.ASK_WHEN`` word for word: SQLite matches the expression. The
outcome leads so the planner prefers it to ``attempt_outcome`` (an equality and a range)."""

STATEMENTS = [*TABLES, *TRIGGERS, KEPT_INDEX]
