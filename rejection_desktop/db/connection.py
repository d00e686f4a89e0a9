"""Opening the journal: the one place that makes its connections, plain or keyed (SQLCipher),
with its pragmas, file permissions, and refusing files we must not touch."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from rejection_desktop.db.files import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    driver_errors,
    read_only_uri,
    read_version,
)
from rejection_desktop.platform.paths import secure_file

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey

log = logging.getLogger(__name__)

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
        return peewee.SqliteDatabase(target, pragmas=pragmas, check_same_thread=False, uri=uri)
    from rejection_desktop.db.cipher import CipherDatabase  # noqa: PLC0415

    return CipherDatabase(target, key, pragmas=pragmas, check_same_thread=False, uri=uri)


def open_db(path: Path, *, latest_version: int | None = None, key: JournalKey | None = None
            ) -> peewee.SqliteDatabase:
    """Open (or create) the database at ``path`` and bind the model proxy to it.

    The file is created with mode 0600. When ``latest_version`` is given, a file whose schema
    is newer is refused before any pragma writes to it. ``key`` opens (or creates) an
    encrypted journal.
    """
    path = Path(path)
    version = read_version(path, key)
    if latest_version is not None and version is not None and version > latest_version:
        raise DatabaseTooNewError(
            f"This journal was saved by a newer version of Rejection Desktop (schema {version}; "
            f"this version knows up to {latest_version}). Please update the app. "
            "The file has not been changed."
        )
    if version is None and not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    secure_file(path)
    database = make_database(str(path), key, PRAGMAS)
    errors: tuple[type[Exception], ...] = (peewee.DatabaseError, *driver_errors(key))
    try:
        database.connect()
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except errors as exc:
        if not database.is_closed():
            database.close()
        raise DatabaseCorruptError(f"{path.name} cannot be opened: {exc}") from exc
    for suffix in ("-wal", "-shm"):
        secure_file(path.with_name(path.name + suffix))
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


def close_db() -> None:
    """Checkpoint and close the bound database, if one is open."""
    database = db.obj
    if database is None or database.is_closed():
        return
    try:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except peewee.DatabaseError:
        log.exception("WAL checkpoint on close failed")
    database.close()
