"""The journal as a file, before any ORM: its header and a read-only health check.

Nothing here imports peewee, so start-up can check the journal on a worker thread while the
window is being built (``PRAGMA quick_check`` runs in SQLite's C code, without the GIL). An
encrypted file is read through ``db.cipher`` with its key (its header is encrypted too).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey

SQLITE_HEADER = b"SQLite format 3\x00"
USER_VERSION_OFFSET = 60


class DatabaseError(Exception):
    """A database problem with a message meant for the user."""


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer version of the app; we do not touch it."""


class DatabaseCorruptError(DatabaseError):
    """The file is not a readable SQLite database or fails its integrity check."""


def has_plain_header(path: Path) -> bool | None:
    """True for a plain SQLite file, False when the first bytes are not SQLite's (encrypted, or
    not a database at all), None for a missing or empty file."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    if not header:
        return None
    return header == SQLITE_HEADER


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
    one (read-only). None for a missing or empty file."""
    if key is None:
        return read_header_version(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = connect_read_only(path, key)
        try:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])
        finally:
            connection.close()
    except driver_errors(key) as exc:
        raise DatabaseCorruptError(f"{path.name} cannot be opened: {exc}") from exc


def connect_to_inspect(path: Path, key: JournalKey | None = None) -> Any:
    """A read-only connection to a file nobody is writing (a backup, a damaged journal).

    Without a ``-wal`` file the main file is the whole database, so it is opened as
    ``immutable``: SQLite then creates no ``-wal``/``-shm`` files next to it. With one, the
    WAL's content matters and is read (SQLite may add a ``-shm`` index; the data files stay
    unchanged).
    """
    if Path(f"{path}-wal").exists():
        return connect_read_only(path, key)
    return _connect(Path(path).resolve().as_uri() + "?immutable=1", key)


def quick_check_connection(connection: Any) -> str | None:
    """None when ``PRAGMA quick_check`` passes, else its first complaint."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first[:300]


def check_database_file(path: Path, key: JournalKey | None = None) -> str | None:
    """Read-only health check of a database file: None when healthy, else what is wrong.

    A missing or empty file is healthy (a new journal will be created). The file is never
    written: the header is read directly and SQLite opens it with ``mode=ro``. An encrypted
    file needs its ``key``.
    """
    try:
        if read_version(path, key) is None:
            return None
    except DatabaseCorruptError as exc:
        return str(exc)
    errors = driver_errors(key)
    try:
        connection = connect_to_inspect(path, key)
    except errors as exc:
        return f"{path.name} cannot be opened: {exc}"
    try:
        return quick_check_connection(connection)
    except errors as exc:
        return f"{path.name} cannot be read: {exc}"
    finally:
        connection.close()
