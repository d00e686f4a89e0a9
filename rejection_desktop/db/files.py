"""The journal as a file, before any ORM: its header and a read-only health check.

Nothing here imports peewee, so start-up can check the journal on a worker thread while the
window is being built (``PRAGMA quick_check`` runs in SQLite's C code, without the GIL). An
encrypted file is read through ``db.cipher`` with its key (its header is encrypted too).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey

from rejection_desktop.db.faults import Fault, fault_of

SQLITE_HEADER = b"SQLite format 3\x00"
USER_VERSION_OFFSET = 60


class DatabaseError(Exception):
    """A database problem with a message meant for the user."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer version of the app; we do not touch it."""


class DatabaseCorruptError(DatabaseError):
    """The file is not a readable SQLite database or fails its integrity check."""


class DatabaseUnreadableError(DatabaseError):
    """The file is there but cannot be read (permission, an I/O error)."""


class DiskFaultError(DatabaseError):
    """The journal is fine, but the disk refused: full, read-only, no permission. Not damage:
    never a reason for recovery."""

    def __init__(self, path: Path, fault: Fault) -> None:
        super().__init__(f"{path.name} cannot be used: {fault.text} ({path.parent}).")
        self.path, self.fault = path, fault


def raise_if_disk_fault(exc: BaseException, path: Path) -> None:
    """Raise DiskFaultError when ``exc`` (about the journal ``path``) is the disk's doing."""
    fault = fault_of(exc, path.parent)
    if fault is not None:
        raise DiskFaultError(path, fault) from exc


def has_plain_header(path: Path) -> bool | None:
    """True for a plain SQLite file, False when the first bytes are not SQLite's (encrypted, or
    not a database at all), None for a missing or empty file, or one that is no regular file
    or cannot be read (the journal's check says what is wrong with it)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # a folder or a FIFO: never opened here (a FIFO would block)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError:
        return None
    if not header:
        return None
    return header == SQLITE_HEADER


def read_header_version(path: Path) -> int | None:
    """Return the ``user_version`` from the file header without opening it through SQLite.

    Returns None only when there is no file (a new journal). Raises DatabaseCorruptError when
    ``path`` is empty, a folder, not a regular file or not a SQLite database, and
    DatabaseUnreadableError when it cannot be read. Reading the header writes nothing, which
    matters for a file from a newer version that we must leave byte-for-byte as it is. (The
    app never leaves an empty journal behind: ``open_db`` creates it with its header.)
    """
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            raise DatabaseCorruptError(f"{path.name} is a folder, not a journal file.")
        if not stat.S_ISREG(mode):
            raise DatabaseCorruptError(f"{path.name} is not a regular file.")
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        return None
    except PermissionError as exc:
        raise DatabaseUnreadableError(f"{path.name} cannot be read: permission denied.") from exc
    except OSError as exc:
        raise DatabaseUnreadableError(f"{path.name} cannot be read: {exc.strerror}.") from exc
    if not header:
        raise DatabaseCorruptError(f"{path.name} is empty (0 bytes).")
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise DatabaseCorruptError(f"{path.name} is not a SQLite database (bad header).")
    return int.from_bytes(header[USER_VERSION_OFFSET : USER_VERSION_OFFSET + 4], "big")


def read_only_uri(path: Path) -> str:
    """A SQLite URI opening ``path`` read-only (safe for any character in the path)."""
    return Path(path).resolve().as_uri() + "?mode=ro"


def driver_errors(key: JournalKey | None) -> tuple[type[Exception], ...]:
    """The exceptions a connection made with ``key`` raises."""
    if key is None:
        return (sqlite3.Error,)
    from rejection_desktop.db.cipher import DRIVER_ERRORS  # noqa: PLC0415

    return DRIVER_ERRORS


def _connect(uri: str, key: JournalKey | None) -> Any:
    if key is None:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    from rejection_desktop.db.cipher import connect  # noqa: PLC0415

    return connect(uri, key, uri=True, check_same_thread=False)


def connect_read_only(path: Path, key: JournalKey | None = None) -> Any:
    """A read-only connection: it never writes to, checkpoints or recovers the file."""
    return _connect(read_only_uri(path), key)


def read_version(path: Path, key: JournalKey | None) -> int | None:
    """The schema version: from the header of a plain file, through SQLite for an encrypted
    one (read-only). None for a missing file; an empty one is refused (DatabaseCorruptError)."""
    if key is None:
        return read_header_version(path)
    if not path.exists():
        return None
    if path.stat().st_size == 0:
        raise DatabaseCorruptError(f"{path.name} is empty (0 bytes).")
    try:
        connection = connect_read_only(path, key)
        try:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except driver_errors(key) as exc:
        raise DatabaseCorruptError(f"{path.name} cannot be opened: {exc}") from exc


def inspect_uri(path: Path) -> str:
    """A SQLite URI reading ``path``, a file nobody is writing (see ``connect_to_inspect``)."""
    try:
        wal_content = os.path.getsize(f"{path}-wal") > 0
    except OSError:
        wal_content = False
    if wal_content:
        return read_only_uri(path)
    return Path(path).resolve().as_uri() + "?immutable=1"


def connect_to_inspect(path: Path, key: JournalKey | None = None) -> Any:
    """A read-only connection to a file nobody is writing (a backup, a damaged journal, a
    journal on a disk too full or read-only for a lock); an encrypted one needs its ``key``.

    Without a ``-wal`` file (or with an empty one) the main file is the whole database, so it
    is opened as ``immutable``: SQLite then creates no ``-wal``/``-shm`` files next to it.
    With one, the WAL's content matters and is read (SQLite may add a ``-shm`` index; the data
    files stay unchanged).
    """
    return _connect(inspect_uri(path), key)


def quick_check_connection(connection: Any) -> str | None:
    """None when ``PRAGMA quick_check`` passes, else its first complaint."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first[:300]


def light_check_connection(connection: Any) -> str | None:
    """None when the schema can be read (no full read of the file)."""
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    connection.execute("PRAGMA schema_version").fetchone()
    return None


def check_database_file(path: Path, key: JournalKey | None = None, *,
                        full: bool = True) -> str | None:
    """Read-only health check of a database file: None when healthy, else what is wrong.

    ``full=False`` reads only the header and the schema instead of ``quick_check`` (for a
    journal that is exactly as a clean shutdown left it, ``db.clean_close``).

    A missing file is healthy (a new journal will be created); an empty one is not. The file
    is never written: the header is read directly and SQLite opens it with ``mode=ro``. An
    encrypted file needs its ``key``. When the disk keeps SQLite from reading (full,
    read-only: it may need to create ``-shm``), DiskFaultError is raised: that is no damage to
    recover from.
    """
    try:
        if read_version(path, key) is None:
            return None
    except DatabaseError as exc:
        return str(exc)
    errors = driver_errors(key)
    try:
        connection = connect_to_inspect(path, key)
    except errors as exc:
        raise_if_disk_fault(exc, path)
        return f"{path.name} cannot be opened: {exc}"
    try:
        return quick_check_connection(connection) if full else light_check_connection(connection)
    except errors as exc:
        raise_if_disk_fault(exc, path)
        return f"{path.name} cannot be read: {exc}"
    finally:
        connection.close()
