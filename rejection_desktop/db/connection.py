"""Opening the SQLite file: pragmas, file permissions, and refusing files we must not touch."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import peewee

log = logging.getLogger(__name__)

db = peewee.DatabaseProxy()
"""The proxy every model is bound to; ``open_db`` initialises it."""

PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a journal is small and must survive power loss
    "busy_timeout": 5000,
}
SQLITE_HEADER = b"SQLite format 3\x00"
USER_VERSION_OFFSET = 60


class DatabaseError(Exception):
    """A database problem with a message meant for the user."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer version of the app; we do not touch it."""


class DatabaseCorruptError(DatabaseError):
    """The file is not a readable SQLite database or fails its integrity check."""


def read_header_version(path: Path) -> int | None:
    """Return the ``user_version`` from the file header without opening it through SQLite.

    Returns None for a missing or empty file. Raises DatabaseCorruptError when the file is
    not a SQLite database. Reading the header writes nothing, which matters for a file from a
    newer version that we must leave byte-for-byte as it is.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    if not header:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DatabaseCorruptError(f"{path.name} is not a SQLite database (bad header).")
    return int.from_bytes(header[USER_VERSION_OFFSET : USER_VERSION_OFFSET + 4], "big")


def secure_file(path: Path) -> None:
    """Make ``path`` readable and writable by its owner only (POSIX)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def secure_dir(path: Path) -> None:
    """Create ``path`` if needed and make it private to its owner (POSIX)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, stat.S_IRWXU)


def open_db(path: Path, *, latest_version: int | None = None) -> peewee.SqliteDatabase:
    """Open (or create) the database at ``path`` and bind the model proxy to it.

    The file is created with mode 0600. When ``latest_version`` is given, a file whose schema
    is newer is refused before any pragma writes to it.
    """
    path = Path(path)
    version = read_header_version(path)
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
    database = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        database.connect()
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if not database.is_closed():
            database.close()
        raise DatabaseCorruptError(f"{path.name} cannot be opened: {exc}") from exc
    for suffix in ("-wal", "-shm"):
        secure_file(path.with_name(path.name + suffix))
    db.initialize(database)
    log.info("opened database %s (schema %s)", path, version)
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
