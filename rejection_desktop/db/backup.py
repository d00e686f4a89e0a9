"""Consistent copies of the live database through the SQLite online backup API, and checks.

Never a file copy: a file copy of a WAL database can miss committed pages. Backups are
written under a temporary name, checked with ``PRAGMA quick_check`` and renamed into place,
so a crash or a bad copy never leaves a backup that looks good but is not. Files given to us
(backups to restore, damaged journals) are only ever opened read-only.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path

import peewee

from rejection_desktop.db.files import (
    DatabaseError,
    connect_read_only,
    connect_to_inspect,
    quick_check_connection,
    read_header_version,
)
from rejection_desktop.paths import Temporaries, create_private, make_private_dir, partial_path

COUNTED_TABLES = ("challenge", "attempt", "reflection")
"""Tables whose row counts describe a backup to the user."""


class BackupFileError(Exception):
    """A file that cannot be used as a backup, with a message for the user."""


def backup_database(source: peewee.SqliteDatabase | Path, destination: Path, *,
                    temporaries: Temporaries | None = None) -> Path:
    """Copy ``source`` to ``destination`` with the backup API, atomically; returns the path.

    ``source`` is an open peewee database or the path of a database file (opened read-only,
    so this works from any thread while the app writes). The copy is written to a hidden
    temporary file, 0600 from its first byte (recorded in ``temporaries``, so a killed copy is
    removed at the next start), checked with ``quick_check`` and renamed into place; a failed
    copy raises and leaves nothing. A missing folder is created 0700; an existing one is left
    as it is.
    """
    make_private_dir(destination.parent)
    partial = partial_path(destination)
    tracked: AbstractContextManager[None] = (
        nullcontext() if temporaries is None else temporaries.tracking(partial))
    with tracked:
        write_backup(source, partial, destination)
    return destination


def write_backup(source: peewee.SqliteDatabase | Path, partial: Path, destination: Path) -> None:
    partial.unlink(missing_ok=True)
    try:
        create_private(partial)
        target = sqlite3.connect(partial)
        try:
            if isinstance(source, Path):
                origin = connect_read_only(source)
                try:
                    origin.backup(target)
                finally:
                    origin.close()
            else:
                source.connection().backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
            target.commit()
            problem = quick_check_connection(target)
        finally:
            target.close()
        if problem is not None:
            raise BackupFileError(f"The backup copy failed its integrity check: {problem}")
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class DatabaseFileInfo:
    """What a backup file holds: its schema version and how many rows of each kind."""

    schema_version: int
    counts: dict[str, int]


def inspect_database_file(path: Path, *, latest_version: int, check: bool = True
                          ) -> DatabaseFileInfo:
    """Describe a journal file, read-only; raises BackupFileError saying what is wrong.

    ``check`` also runs ``quick_check`` (a full read of the file).
    """
    if not path.is_file():
        raise BackupFileError(f"{path.name} does not exist or is not a file.")
    try:
        version = read_header_version(path)
    except DatabaseError as exc:
        raise BackupFileError(str(exc)) from exc
    if version is None:
        raise BackupFileError(f"{path.name} does not exist or is not a file.")
    if version > latest_version:
        raise BackupFileError(
            f"{path.name} was saved by a newer version of Rejection Desktop (schema {version}; "
            f"this version knows up to {latest_version}). Please update the app first.")
    try:
        connection = connect_to_inspect(path)
        try:
            if check and (problem := quick_check_connection(connection)) is not None:
                raise BackupFileError(f"{path.name} is damaged: {problem}")
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [table for table in COUNTED_TABLES if table not in tables]
            if missing or version < 1:
                raise BackupFileError(f"{path.name} is not a Rejection Desktop journal.")
            counts = {table: int(connection.execute(
                f"SELECT count(*) FROM {table}").fetchone()[0]) for table in COUNTED_TABLES}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise BackupFileError(f"{path.name} cannot be read: {exc}") from exc
    return DatabaseFileInfo(version, counts)


def restore_database(source: Path, database: peewee.SqliteDatabase) -> None:
    """Replace the content of the open ``database`` with the journal file ``source``.

    Uses the backup API in reverse: one write transaction on the live database, so the
    journal is either entirely the old one or entirely the restored one, and the live
    connection (and the WAL mode) stay as they are. The caller migrates afterwards when the
    source has an older schema.
    """
    origin = connect_to_inspect(source)
    try:
        origin.backup(database.connection())
    except sqlite3.Error as exc:
        raise BackupFileError(f"{source.name} could not be restored: {exc}") from exc
    finally:
        origin.close()
