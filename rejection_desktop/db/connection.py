"""Opening the journal: the one place that makes its connections, plain or keyed (SQLCipher),
with its pragmas, text that never fails to read, files private from their first byte, and
refusing files we must not touch."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from rejection_desktop.db.files import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    driver_errors,
    raise_if_disk_fault,
    read_only_uri,
    read_version,
)
from rejection_desktop.db.text import TolerantTextMixin
from rejection_desktop.platform.paths import create_private, partial_path

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey

log = logging.getLogger(__name__)

class JournalDatabase(TolerantTextMixin, peewee.SqliteDatabase):
    """The plain journal: peewee over the standard driver, reading text tolerantly."""


def replaced_texts() -> int:
    """How many text values read from the bound journal so far were not valid UTF-8."""
    text = getattr(db.obj, "text", None)
    return text.replaced if text is not None else 0


db = peewee.DatabaseProxy()
"""The proxy every model is bound to; ``open_db`` initialises it."""

PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a journal is small and must survive power loss
    "busy_timeout": 5000,
}
"""In this order, and for a keyed journal only after the key and the cipher settings."""


def make_database(target: str, key: JournalKey | None, pragmas: dict[str, object], *,
                  uri: bool = False) -> peewee.SqliteDatabase:
    """A peewee database (not yet connected) over the standard driver or SQLCipher."""
    if key is None:
        return JournalDatabase(target, pragmas=pragmas, check_same_thread=False, uri=uri)
    from rejection_desktop.db.keyed import CipherDatabase  # noqa: PLC0415

    return CipherDatabase(target, key, pragmas=pragmas, check_same_thread=False, uri=uri)


def create_journal_file(path: Path) -> None:
    """A new, empty plain journal at ``path``: 0600, in WAL mode, with its header written under
    a temporary name and renamed into place, so an empty ``journal.sqlite3`` is never ours (a
    journal found empty was emptied by something else, and goes to recovery)."""
    partial = partial_path(path)
    partial.unlink(missing_ok=True)
    try:
        create_private(partial)
        with closing(sqlite3.connect(partial)) as connection:
            connection.execute("PRAGMA journal_mode = wal")
        os.replace(partial, path)
    except BaseException:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        raise


def open_db(path: Path, *, latest_version: int | None = None, key: JournalKey | None = None
            ) -> peewee.SqliteDatabase:
    """Open (or create) the database at ``path`` and bind the model proxy to it.

    A new file is created with mode 0600 (SQLite gives its ``-wal`` and ``-shm`` the same);
    an existing file that is empty or not SQLite is refused (DatabaseCorruptError). When
    ``latest_version`` is given, a file whose schema is newer is refused before any pragma
    writes to it. ``key`` opens (or creates) an encrypted journal.
    """
    path = Path(path)
    version = read_version(path, key)
    if latest_version is not None and version is not None and version > latest_version:
        raise DatabaseTooNewError(
            f"This journal was saved by a newer version of Rejection Desktop (schema {version}; "
            f"this version knows up to {latest_version}). Please update the app. "
            "The file has not been changed."
        )
    if version is None and key is None:
        create_journal_file(path)
    elif version is None:  # SQLCipher writes an encrypted header into the private file
        create_private(path)
    database = make_database(str(path), key, PRAGMAS)
    errors: tuple[type[Exception], ...] = (peewee.DatabaseError, *driver_errors(key))
    try:
        database.connect()
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except errors as exc:
        if not database.is_closed():
            database.close()
        raise_if_disk_fault(exc, path)
        raise DatabaseCorruptError(f"{path.name} cannot be opened: {exc}") from exc
    db.initialize(database)
    log.info("opened %s database %s (schema %s)", "an encrypted" if key else "the",
             path, version)
    return database


def open_db_read_only(path: Path, key: JournalKey | None = None) -> peewee.SqliteDatabase:
    """Bind the models to a read-only connection (while the app may be writing)."""
    database = make_database(read_only_uri(path), key, {"busy_timeout": 5000, "query_only": 1},
                             uri=True)
    database.connect()
    db.initialize(database)
    return database


def close_db() -> bool:
    """Checkpoint and close the bound database, if one is open; True when it was open and the
    checkpoint moved the whole WAL into the file."""
    database = db.obj
    if database is None or database.is_closed():
        return False
    checkpointed = False
    try:
        row = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        checkpointed = row is not None and row[0] == 0
    except peewee.DatabaseError:
        log.exception("WAL checkpoint on close failed")
    database.close()
    return checkpointed
