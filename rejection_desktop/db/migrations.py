"""Schema migrations: numbered steps, each in its own transaction, versioned by ``user_version``.

Register a step with ``@migration(N)``. ``migrate()`` refuses a database newer than the app,
backs up an existing file through the SQLite backup API before the first step, and runs every
missing step in order. A step that rebuilds a table declares ``foreign_keys_off=True``: the
pragma is switched off *outside* the transaction (inside one it does nothing), so dropping the
old table cannot cascade-delete child rows; ``foreign_key_check`` must pass before commit.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import peewee

from rejection_desktop.db import schema_evidence, schema_v1, schema_v2, schema_v3
from rejection_desktop.db.backup import backup_database
from rejection_desktop.db.files import DatabaseError, DatabaseTooNewError

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
def add_evidence_loop(database: peewee.SqliteDatabase) -> None:
    """Version 4 (the evidence loop): beliefs and their ratings, when each prediction was
    written (old entries classified by whether their plan was saved before the outcome), the
    coping line, dares and weekly reviews. See ``schema_evidence``."""
    run_all(database, schema_evidence.STATEMENTS)


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


def migrate(database: peewee.SqliteDatabase, backup_dir: Path | None = None) -> MigrationResult:
    """Bring ``database`` to the latest schema; see the module docstring for the guarantees."""
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
        backup = backup_database(database, backup_dir / f"pre-migration-v{start}-{stamp}.sqlite3")
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
