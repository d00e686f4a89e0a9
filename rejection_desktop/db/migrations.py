"""Schema migrations: numbered steps, each in its own transaction, versioned by ``user_version``.

Register a step with ``@migration(N)``. ``migrate()`` refuses a database newer than the app,
backs up an existing file through the SQLite backup API before the first step, and runs every
missing step in order. A step that rebuilds a table declares ``foreign_keys_off=True``: the
pragma is switched off *outside* the transaction (inside one it does nothing), so dropping the
old table cannot cascade-delete child rows; ``foreign_key_check`` must pass before commit.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee

from rejection_desktop.db import (
    schema_v1,
    schema_v2,
    schema_v3,
    schema_v4,
    schema_v5,
    schema_v6,
    schema_v7,
)
from rejection_desktop.db.backup import backup_database
from rejection_desktop.db.fields import to_db_instant
from rejection_desktop.db.files import DatabaseError, DatabaseTooNewError
from rejection_desktop.platform.paths import Temporaries

log = logging.getLogger(__name__)

Step = Callable[[peewee.SqliteDatabase], None]


@dataclass(frozen=True)
class Migration:
    """One numbered schema step."""

    version: int
    step: Step
    foreign_keys_off: bool = False


MIGRATIONS: dict[int, Migration] = {}


def migration(version: int, *, foreign_keys_off: bool = False) -> Callable[[Step], Step]:
    """Register ``fn`` as the step that brings the schema to ``version``."""

    def register(fn: Step) -> Step:
        if version in MIGRATIONS:
            raise ValueError(f"migration {version} registered twice")
        MIGRATIONS[version] = Migration(version, fn, foreign_keys_off)
        return fn

    return register


def run_all(database: peewee.SqliteDatabase, statements: list[str]) -> None:
    """Execute SQL statements in order."""
    for sql in statements:
        database.execute_sql(sql)


@migration(1)
def create_initial_schema(database: peewee.SqliteDatabase) -> None:
    """Version 1: every table, the FTS5 indexes and the triggers that keep them current."""
    run_all(
        database,
        schema_v1.TABLES + schema_v1.REFLECTION_TRIGGERS + schema_v1.ATTEMPT_TRIGGERS,
    )


@migration(2, foreign_keys_off=True)
def rebuild_attempt_with_checks(database: peewee.SqliteDatabase) -> None:
    """Version 2: attempts gain ``context`` (where / with whom) and range checks.

    SQLite cannot add CHECK constraints in place, so the table is rebuilt: create the new
    table, copy (ratings clamped to 0-100, unknown outcomes cleared), drop the old one and
    rename. Reflections and reminders point at ``attempt``; with foreign keys off the drop
    does not cascade, and renaming the *new* table keeps their references valid.
    """
    columns = ", ".join(schema_v2.COPY_COLUMNS)
    values = ", ".join(schema_v2.copy_expression(c) for c in schema_v2.COPY_COLUMNS)
    run_all(
        database,
        [
            schema_v2.ATTEMPT_TABLE.replace("CREATE TABLE attempt", "CREATE TABLE attempt_v2", 1),
            f"INSERT INTO attempt_v2 ({columns}) SELECT {values} FROM attempt",
            "DROP TABLE attempt",
            "ALTER TABLE attempt_v2 RENAME TO attempt",
            *schema_v2.ATTEMPT_INDEXES,
            *schema_v2.ATTEMPT_TRIGGERS,
        ],
    )


@migration(3)
def add_journal_indexes(database: peewee.SqliteDatabase) -> None:
    """Version 3: indexes for the Journal page's newest-first paging and search."""
    run_all(database, schema_v3.JOURNAL_INDEXES)


@migration(4)
def move_daily_nudge_settings(database: peewee.SqliteDatabase) -> None:
    """Version 4: the reminder table is the one place daily nudges are kept.

    Version 3 kept the first nudge twice: as a reminder row and in the settings
    ``reminder_time`` / ``reminder_weekdays``. Where rows exist they already agree with the
    settings, which are simply dropped. Where there are none, the settings are moved into a row
    only if onboarding was finished and they ask for a nudge (``reminder_weekdays`` stored and
    not 0, the value that meant "removed"): that is the nudge version 3 would have created at
    its next start. An unreadable value is read as version 3 did (its default), with a warning.
    """
    if database.execute_sql(schema_v4.COUNT_DAILY).fetchone()[0] == 0:
        done = _stored_setting(database, "onboarding_done")
        weekdays = _stored_setting(database, "reminder_weekdays")
        if done is True and weekdays is not None:
            if not (isinstance(weekdays, int) and not isinstance(weekdays, bool)
                    and 0 <= weekdays <= schema_v4.ALL_WEEKDAYS):
                log.warning("stored setting reminder_weekdays is invalid; reading every day")
                weekdays = schema_v4.ALL_WEEKDAYS
            if weekdays:
                at = _stored_setting(database, "reminder_time")
                if not (isinstance(at, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", at)):
                    if at is not None:
                        log.warning("stored setting reminder_time is invalid; reading %s",
                                    schema_v4.DEFAULT_TIME)
                    at = schema_v4.DEFAULT_TIME
                now = to_db_instant(datetime.now(UTC))
                database.execute_sql(schema_v4.INSERT_DAILY, (
                    uuid.uuid4().hex, json.dumps([at]), weekdays, now, now))
                log.info("moved the daily nudge from the settings into the reminder table")
    database.execute_sql(schema_v4.DELETE_RETIRED, schema_v4.RETIRED_SETTINGS)


def _stored_setting(database: peewee.SqliteDatabase, key: str) -> Any:
    """A setting's stored JSON value; None when it is missing or not JSON."""
    row = database.execute_sql(schema_v4.READ_SETTING, (key,)).fetchone()
    if row is None:
        return None
    try:
        return json.loads(row[0])
    except (TypeError, ValueError):
        log.warning("stored setting %s is not JSON; ignoring it", key)
        return None


@migration(5)
def add_evidence_loop(database: peewee.SqliteDatabase) -> None:
    """Version 5 (the evidence loop): beliefs and their ratings, when each prediction was
    written (old entries classified by whether their plan was saved before the outcome), the
    coping line, dares and weekly reviews. See ``schema_v5``."""
    run_all(database, schema_v5.STATEMENTS)


@migration(6)
def add_day_summary(database: peewee.SqliteDatabase) -> None:
    """Version 6 (start-up that does not grow with the journal): the asks-per-local-day summary
    kept by triggers (filled by the app once it knows the user's zone) and an index covering
    the ladder's count of rungs done. See ``schema_v6``."""
    run_all(database, schema_v6.STATEMENTS)


@migration(7)
def add_journal_revision(database: peewee.SqliteDatabase) -> None:
    """Version 7 (start-up that does not grow with the journal): the journal's revision, kept
    by triggers, and figures derived from the whole journal at a revision. See ``schema_v7``."""
    run_all(database, schema_v7.STATEMENTS)


def latest_version() -> int:
    """The schema version this app writes."""
    return max(MIGRATIONS)


def current_version(database: peewee.SqliteDatabase) -> int:
    """The schema version stored in the open database."""
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


@dataclass(frozen=True)
class MigrationResult:
    """What ``migrate`` did."""

    from_version: int
    to_version: int
    backup: Path | None


def migrate(database: peewee.SqliteDatabase, backup_dir: Path | None = None, *,
            temporaries: Temporaries | None = None) -> MigrationResult:
    """Bring ``database`` to the latest schema; see the module docstring for the guarantees.

    ``temporaries`` records the backup's temporary file (see ``backup_database``)."""
    start = current_version(database)
    latest = latest_version()
    if start > latest:
        raise DatabaseTooNewError(
            f"This journal was saved by a newer version of Rejection Desktop (schema {start}; "
            f"this version knows up to {latest}). Please update the app."
        )
    if start == latest:
        return MigrationResult(start, start, None)
    backup = None
    if start > 0 and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = backup_database(database, backup_dir / f"pre-migration-v{start}-{stamp}.sqlite3",
                                 temporaries=temporaries)
        log.info("backed up schema %s to %s before migrating", start, backup)
    for version in range(start + 1, latest + 1):
        apply(database, MIGRATIONS[version])
    return MigrationResult(start, latest, backup)


def apply(database: peewee.SqliteDatabase, step: Migration) -> None:
    """Run one migration step in its own transaction and stamp its version."""
    log.info("migrating schema to version %s", step.version)
    if step.foreign_keys_off:
        database.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        with database.atomic():
            step.step(database)
            if step.foreign_keys_off:
                problems = database.execute_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise DatabaseError(
                        f"Migration {step.version} would break {len(problems)} references."
                    )
            database.execute_sql(f"PRAGMA user_version = {int(step.version)}")
    finally:
        if step.foreign_keys_off:
            database.execute_sql("PRAGMA foreign_keys = ON")
