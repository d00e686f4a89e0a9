"""Schema version 6: a per-day summary of asks for start-up, and indexes for the ladder and the
newest open attempts.

- ``ask_day``: how many asks (an outcome other than "did not ask") fall on each *local* date
  of the user's zone, kept by triggers on ``attempt`` in the same transaction as every write
  (forms, undo, imports, commands), so the Today page reads one row per day with asks instead
  of every attempt.
- ``zone_offset``: the UTC offset (seconds) of that zone from each instant ``since`` on; the
  triggers place an ask by the last row at or before its ``attempted_at``.
- ``day_zone``: one row naming the zone the summary is counted in and the instant ``until``
  which its offsets are known. Without that row (a new or migrated journal, before the app
  built it) the triggers do nothing and the summary is not used; asks without an
  ``attempted_at`` or at or after ``until`` are never in it (readers count those apart: an
  index on ``attempted_at`` finds them).

A later migration that rebuilds ``attempt`` must create these triggers again and empty
``day_zone`` (the app then rebuilds the summary).
"""

ASK = "{row}.outcome IS NOT NULL AND {row}.outcome <> 'not_attempted'"
SUMMARISED = ("{row}.attempted_at IS NOT NULL "
              "AND {row}.attempted_at < (SELECT until FROM day_zone WHERE id = 1)")
# the fraction of a second is cut first: SQLite rounds it to milliseconds, which can carry an
# instant at 23:59:59.9996 local into the next day
LOCAL_DAY = ("date(substr({row}.attempted_at, 1, 19), (SELECT seconds FROM zone_offset "
             "WHERE since <= {row}.attempted_at ORDER BY since DESC LIMIT 1) || ' seconds')")


def _when(row: str) -> str:
    return f"{ASK.format(row=row)} AND {SUMMARISED.format(row=row)}"


def _add(row: str) -> str:
    return (f"INSERT INTO ask_day (day, asks) VALUES ({LOCAL_DAY.format(row=row)}, 1) "
            "ON CONFLICT (day) DO UPDATE SET asks = asks + 1;")


def _remove(row: str) -> str:
    day = LOCAL_DAY.format(row=row)
    return (f"UPDATE ask_day SET asks = asks - 1 WHERE day = {day}; "
            f"DELETE FROM ask_day WHERE day = {day} AND asks <= 0;")


MOVES = "UPDATE OF outcome, attempted_at ON attempt"

TABLES = [
    """CREATE TABLE day_zone (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        zone TEXT NOT NULL,
        until TEXT NOT NULL)""",
    "CREATE TABLE zone_offset (since TEXT PRIMARY KEY, seconds INTEGER NOT NULL) WITHOUT ROWID",
    """CREATE TABLE ask_day (
        day TEXT PRIMARY KEY,
        asks INTEGER NOT NULL) WITHOUT ROWID""",
]

TRIGGERS = [
    f"CREATE TRIGGER ask_day_insert AFTER INSERT ON attempt WHEN {_when('NEW')} "
    f"BEGIN {_add('NEW')} END",
    f"CREATE TRIGGER ask_day_delete AFTER DELETE ON attempt WHEN {_when('OLD')} "
    f"BEGIN {_remove('OLD')} END",
    f"CREATE TRIGGER ask_day_update_old AFTER {MOVES} WHEN {_when('OLD')} "
    f"BEGIN {_remove('OLD')} END",
    f"CREATE TRIGGER ask_day_update_new AFTER {MOVES} WHEN {_when('NEW')} "
    f"BEGIN {_add('NEW')} END",
]

RUNG_INDEX = ("CREATE INDEX attempt_rungs ON attempt (challenge_id, outcome, prediction_timing, "
              "predicted_no, expected_badness)")
"""Covers the ladder's "rungs done" count (one pass in challenge order, no table rows read)."""

OPEN_INDEX = "CREATE INDEX attempt_open ON attempt (outcome, created_at)"
"""The newest open plans and waiting asks (Today, the tray) without sorting every one of them."""

STATEMENTS = [*TABLES, *TRIGGERS, RUNG_INDEX, OPEN_INDEX]

REBUILD = [
    "DELETE FROM ask_day",
    f"""INSERT INTO ask_day (day, asks)
        SELECT {LOCAL_DAY.format(row='attempt')} AS day, count(*) FROM attempt
        WHERE {_when('attempt')} GROUP BY day""",
]
"""Count the summary afresh (after ``day_zone`` and ``zone_offset`` were written)."""
