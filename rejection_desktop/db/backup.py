"""Consistent copies of the live database through the SQLite online backup API, and checks.

Never a file copy: a file copy of a WAL database can miss committed pages. Backups are
written under a temporary name, checked with ``PRAGMA quick_check`` and renamed into place,
so a crash or a bad copy never leaves a backup that looks good but is not. Files given to us
(backups to restore, damaged journals) are only ever opened read-only.

A backup of an encrypted journal is encrypted with the journal's key and carries a copy of the
key file beside it (``<backup>.key``), so it opens elsewhere with the passphrase or the
recovery code. Restoring between a plain and an encrypted file (or two keys) goes through a
converted copy, as the backup API copies pages as they are.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from rejection_desktop.db.files import (
    DatabaseError,
    connect_read_only,
    connect_to_inspect,
    driver_errors,
    quick_check_connection,
    read_header_version,
    read_version,
)
from rejection_desktop.domain.problems import Problem, ProblemError
from rejection_desktop.platform.paths import (
    Temporaries,
    make_private_dir,
    partial_path,
    write_private_file,
)

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey

log = logging.getLogger(__name__)

COUNTED_TABLES = ("challenge", "attempt", "reflection")
"""Tables whose row counts describe a backup to the user."""

COPY_PATIENCE_S = 20.0
"""How long the backup API may keep restarting before a snapshot copy is made instead."""

BACKUP_PAGES = 1024
"""Pages copied per step when progress is reported (4 MiB with SQLite's default page)."""


KEY_COPY_SUFFIX = ".key"
COPY_CHUNK = 1 << 20


class BackupFileError(ProblemError):
    """A file that cannot be used as a backup, with a message (and a code) for the user."""


class BackupEncryptedError(BackupFileError):
    """An encrypted backup whose key is not known yet (ask for its passphrase)."""


def key_copy_path(backup: Path) -> Path:
    """Where the copy of the key file that opens ``backup`` lives."""
    return backup.with_name(backup.name + KEY_COPY_SUFFIX)


def remove_backup_file(backup: Path) -> None:
    """Delete a backup and its key copy (the copy first: a key alone opens nothing)."""
    key_copy_path(backup).unlink(missing_ok=True)
    backup.unlink()


def backup_database(source: peewee.SqliteDatabase | Path, destination: Path, *,
                    key: JournalKey | None = None, key_copy: bool = True,
                    progress: Callable[[int, int], None] | None = None,
                    temporaries: Temporaries | None = None) -> Path:
    """Copy ``source`` to ``destination`` with the backup API, atomically; returns the path.

    ``source`` is an open peewee database (plain or keyed) or the path of a database file
    (opened read-only with ``key``, so this works from any thread while the app writes). The
    copy is written to a hidden temporary file, 0600 from its first byte (recorded in
    ``temporaries``, so a killed copy is removed at the next start), checked with
    ``quick_check`` and renamed into place; a failed copy raises and leaves nothing. A missing
    folder is created 0700; an existing one is left as it is. An encrypted copy gets the key
    file beside it unless ``key_copy`` is False (a backup copied in as the journal uses the
    journal's own key file). ``progress(pages_done, pages_total)`` is called after every
    ``BACKUP_PAGES`` pages; an exception it raises stops the copy (nothing is left). An
    encrypted journal is not decrypted and encrypted again (``_copy_encrypted``).
    """
    from rejection_desktop.db.cipher import database_key  # noqa: PLC0415

    if not isinstance(source, Path):
        key = database_key(source)
    make_private_dir(destination.parent)
    partial = partial_path(destination)
    tracked: AbstractContextManager[None] = (
        nullcontext() if temporaries is None else temporaries.tracking(partial))
    with tracked:
        write_backup(source, partial, key, progress)
        try:
            if key is not None and key_copy:
                write_private_file(key_copy_path(destination), key.key_file)
            os.replace(partial, destination)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return destination


def write_backup(source: peewee.SqliteDatabase | Path, partial: Path, key: JournalKey | None,
                 progress: Callable[[int, int], None] | None) -> None:
    """The checked copy of ``source`` at ``partial`` (removed again when anything fails)."""
    from rejection_desktop.db.cipher import create_private  # noqa: PLC0415

    partial.unlink(missing_ok=True)
    try:
        create_private(partial)
        problem = (_copy_pages(source, partial, progress) if key is None
                   else _copy_encrypted(source, partial, key))
        if problem is not None:
            raise BackupFileError.of(Problem.BACKUP_COPY_CHECK, reason=problem)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


class _KeptChanging(Exception):  # noqa: N818 - a signal to change method, not an error
    """The backup API kept restarting (another connection writes without pause)."""


def _copy_pages(source: peewee.SqliteDatabase | Path, partial: Path,
                progress: Callable[[int, int], None] | None) -> str | None:
    """A plain copy with the backup API, left in rollback mode; its ``quick_check`` result.

    The backup API starts again whenever another connection writes between its steps; should
    that go on for ``COPY_PATIENCE_S`` (a writer that never pauses), the copy is made with
    ``VACUUM INTO`` instead, which reads one consistent snapshot and never restarts.
    """
    from rejection_desktop.db.cipher import connect  # noqa: PLC0415

    pages = -1 if progress is None else BACKUP_PAGES
    deadline = time.monotonic() + COPY_PATIENCE_S

    def report(_status: int, left: int, total: int) -> None:
        if progress is not None:
            progress(total - left, total)
        if time.monotonic() > deadline:
            raise _KeptChanging

    target = connect(partial, None)
    try:
        try:
            if isinstance(source, Path):
                origin = connect_read_only(source, None)
                try:
                    origin.backup(target, pages=pages, progress=report)
                finally:
                    origin.close()
            else:
                source.connection().backup(target, pages=pages, progress=report)
        except _KeptChanging:
            log.warning("the journal kept changing during the backup; copying a snapshot")
            target.close()
            partial.unlink()
            _vacuum_into(source, partial)
            target = connect(partial, None)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
        return quick_check_connection(target)
    finally:
        target.close()


def _vacuum_into(source: peewee.SqliteDatabase | Path, partial: Path) -> None:
    """A consistent copy of ``source`` at ``partial`` (which must not exist), private."""
    from rejection_desktop.db.cipher import create_private  # noqa: PLC0415

    create_private(partial)  # 0600 from the first byte: VACUUM INTO writes into it
    if isinstance(source, Path):
        origin = connect_read_only(source, None)
        try:
            origin.execute("VACUUM INTO ?", (str(partial),))
        finally:
            origin.close()
    else:
        source.execute_sql("VACUUM INTO ?", (str(partial),))


def _copy_encrypted(source: peewee.SqliteDatabase | Path, partial: Path, key: JournalKey
                    ) -> str | None:
    """An encrypted copy with the same key, synced; None when it opens with ``key`` and has
    the source's schema version, else what is wrong.

    The open journal's pages are copied as they are on disk, still encrypted, while it is
    whole and cannot change: its WAL checkpointed into the file and emptied, and its write
    lock held for the copy (so this is not the file copy of a live WAL database that can miss
    committed pages). Every copied page keeps its HMAC, checked whenever it is read, and the
    journal itself is checked at each start; the copy is not decrypted again here. When the
    WAL cannot be emptied (another reader), and for a file given by path, ``VACUUM INTO``
    with the same key rebuilds every table from its rows into a new encrypted file instead.
    """
    from rejection_desktop.db.cipher import fsync_file  # noqa: PLC0415

    if isinstance(source, Path):
        origin = connect_read_only(source, key)
        try:
            origin.execute("VACUUM INTO ?", (str(partial),))
            version = int(origin.execute("PRAGMA user_version").fetchone()[0])
        finally:
            origin.close()
    else:
        version = int(source.execute_sql("PRAGMA user_version").fetchone()[0])
        if not _copy_whole_file(source, partial):
            source.execute_sql("VACUUM INTO ?", (str(partial),))
    fsync_file(partial)  # VACUUM INTO does not sync its output
    try:
        copy = connect_to_inspect(partial, key)
        try:
            tables = copy.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            copied = int(copy.execute("PRAGMA user_version").fetchone()[0])
        finally:
            copy.close()
    except driver_errors(key) as exc:
        return f"the copy cannot be read with the journal's key ({exc})"
    if copied != version or not tables:
        return f"the copy has schema {copied} and {tables} entries (the journal: {version})"
    return None


def _copy_whole_file(database: peewee.SqliteDatabase, partial: Path) -> bool:
    """Copy the bytes of the open ``database``'s file into ``partial`` when its WAL can be
    emptied first; False (nothing copied) when it cannot."""
    if database.in_transaction() or database.connect_params.get("uri"):
        return False  # a read-only connection (``open_db_read_only``) cannot checkpoint
    busy = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        return False
    live = Path(database.database)
    wal = Path(f"{live}-wal")
    database.execute_sql("BEGIN IMMEDIATE")  # no writer until the copy is done
    try:
        if wal.exists() and wal.stat().st_size:  # written between the checkpoint and the lock
            return False
        with live.open("rb") as origin, partial.open("r+b") as target:
            shutil.copyfileobj(origin, target, COPY_CHUNK)
    finally:
        database.execute_sql("ROLLBACK")
    return True


@dataclass(frozen=True)
class DatabaseFileInfo:
    """What a backup file holds: its schema version and how many rows of each kind."""

    schema_version: int
    counts: dict[str, int]


def is_encrypted_backup(path: Path) -> bool:
    """True for a file that is not plain SQLite and has a key copy beside it."""
    try:
        read_header_version(path)
    except (DatabaseError, OSError):
        return key_copy_path(path).is_file()
    return False


def inspect_database_file(path: Path, *, latest_version: int, check: bool = True,
                          key: JournalKey | None = None) -> DatabaseFileInfo:
    """Describe a journal file, read-only; raises BackupFileError saying what is wrong.

    ``check`` also runs ``quick_check`` (a full read of the file). An encrypted file needs its
    ``key`` (BackupEncryptedError without it).
    """
    if not path.is_file():
        raise BackupFileError.of(Problem.BACKUP_MISSING, name=path.name)
    if key is None and is_encrypted_backup(path):
        raise BackupEncryptedError.of(Problem.BACKUP_ENCRYPTED, name=path.name)
    try:
        version = read_version(path, key)
    except DatabaseError as exc:
        raise BackupFileError.of(Problem.BACKUP_UNREADABLE, name=path.name,
                                 reason=str(exc)) from exc
    if version is None:
        raise BackupFileError.of(Problem.BACKUP_MISSING, name=path.name)
    if version > latest_version:
        raise BackupFileError.of(Problem.BACKUP_NEWER, name=path.name, version=version,
                                 latest=latest_version)
    try:
        connection = connect_to_inspect(path, key)
        try:
            if check and (problem := quick_check_connection(connection)) is not None:
                raise BackupFileError.of(Problem.BACKUP_DAMAGED, name=path.name, reason=problem)
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            missing = [table for table in COUNTED_TABLES if table not in tables]
            if missing or version < 1:
                raise BackupFileError.of(Problem.BACKUP_NOT_JOURNAL, name=path.name)
            counts = {table: int(connection.execute(
                f"SELECT count(*) FROM {table}").fetchone()[0]) for table in COUNTED_TABLES}
        finally:
            connection.close()
    except driver_errors(key) as exc:
        raise BackupFileError.of(Problem.BACKUP_CANNOT_READ, name=path.name,
                                 reason=str(exc)) from exc
    return DatabaseFileInfo(version, counts)


def restore_database(source: Path, database: peewee.SqliteDatabase, *,
                     key: JournalKey | None = None) -> None:
    """Replace the content of the open ``database`` with the journal file ``source`` (opened
    with ``key``).

    Uses the backup API in reverse: one write transaction on the live database, so the
    journal is either entirely the old one or entirely the restored one, and the live
    connection (and the WAL mode) stay as they are. A source encrypted differently from the
    journal is first converted, beside the journal, to the journal's key. The caller migrates
    afterwards when the source has an older schema.
    """
    from rejection_desktop.db.cipher import (  # noqa: PLC0415
        ConversionError,
        database_key,
        export_database,
    )

    live_key = database_key(database)
    same = (key is None and live_key is None) or (
        key is not None and live_key is not None and key.raw == live_key.raw)
    converted = Path(f"{database.database}.restoring")
    errors: tuple[type[Exception], ...] = (ConversionError, *driver_errors(key),
                                           *driver_errors(live_key))
    try:
        if not same:
            export_database(source, key, converted, live_key)
            source, key = converted, live_key
        origin = connect_to_inspect(source, key)
        try:
            origin.backup(database.connection())
        finally:
            origin.close()
    except errors as exc:
        raise BackupFileError.of(Problem.RESTORE_FAILED, name=source.name,
                                 reason=str(exc)) from exc
    finally:
        for suffix in ("", "-journal"):
            Path(f"{converted}{suffix}").unlink(missing_ok=True)
