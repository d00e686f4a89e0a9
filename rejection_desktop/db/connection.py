"""Opening the SQLite file: pragmas, file permissions, and refusing files we must not touch."""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import peewee

from rejection_desktop.db.files import (
    DatabaseCorruptError,
    DatabaseTooNewError,
    raise_if_disk_fault,
    read_header_version,
)
from rejection_desktop.paths import create_private, partial_path

log = logging.getLogger(__name__)

class TolerantText:
    """Decodes the TEXT read from the journal. Bytes that are not UTF-8 (written by another
    tool, or a damaged page that still passes ``quick_check``) become U+FFFD instead of an
    error that would quote the text; ``replaced`` counts the values repaired so."""

    def __init__(self) -> None:
        self.replaced = 0

    def __call__(self, raw: bytes) -> str:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            self.replaced += 1
            return raw.decode("utf-8", "replace")


class JournalDatabase(peewee.SqliteDatabase):
    """A peewee database whose connections read text with ``TolerantText``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.text = TolerantText()

    def _add_conn_hooks(self, conn: sqlite3.Connection) -> None:
        super()._add_conn_hooks(conn)  # type: ignore[misc]  # not in peewee's stubs
        conn.text_factory = self.text


def replaced_texts() -> int:
    """How many text values read from the bound journal so far were not valid UTF-8."""
    database = db.obj
    return database.text.replaced if isinstance(database, JournalDatabase) else 0


db = peewee.DatabaseProxy()
"""The proxy every model is bound to; ``open_db`` initialises it."""

PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a journal is small and must survive power loss
    "busy_timeout": 5000,
}


def create_journal_file(path: Path) -> None:
    """A new, empty journal at ``path``: 0600, in WAL mode, with its header written under a
    temporary name and renamed into place, so an empty ``journal.sqlite3`` is never ours (a
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


def open_db(path: Path, *, latest_version: int | None = None) -> peewee.SqliteDatabase:
    """Open (or create) the database at ``path`` and bind the model proxy to it.

    A new file is created with mode 0600 (SQLite gives its ``-wal`` and ``-shm`` the same);
    an existing file that is empty or not SQLite is refused (DatabaseCorruptError). When
    ``latest_version`` is given, a file whose schema is newer is refused before any pragma
    writes to it.
    """
    path = Path(path)
    version = read_header_version(path)
    if latest_version is not None and version is not None and version > latest_version:
        raise DatabaseTooNewError(
            f"This journal was saved by a newer version of Rejection Desktop (schema {version}; "
            f"this version knows up to {latest_version}). Please update the app. "
            "The file has not been changed."
        )
    if version is None:
        create_journal_file(path)
    database = JournalDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    try:
        database.connect()
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if not database.is_closed():
            database.close()
        raise_if_disk_fault(exc, path)
        raise DatabaseCorruptError(f"{path.name} cannot be opened: {exc}") from exc
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
