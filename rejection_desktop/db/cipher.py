"""SQLCipher: keyed connections, and crash-safe conversion of a file between plain and encrypted.

Every keyed connection is made here, in one order: ``PRAGMA key`` (a raw 256-bit key, so no
SQLCipher KDF runs), then the cipher settings, and only then anything that reads or writes
(``journal_mode`` and the other pragmas come later, from peewee's connection hooks). A cipher
setting sent after ``journal_mode`` would be silently ignored for a new file.

A conversion writes the new file beside the old one (``<name>.converting``) with
``sqlcipher_export``, checks it, makes it durable, and swaps it in: the old file is hard-linked
to ``<name>.previous``, the new one renamed over it, the folder synced, then the link removed.
``settle_conversion`` tidies whatever a kill left behind; at every moment one complete file
holds the journal under its own name.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import peewee

from rejection_desktop.db.clean_close import forget_clean_close
from rejection_desktop.platform.paths import fsync_dir

log = logging.getLogger(__name__)



def sqlcipher_driver() -> Any:
    """sqlcipher3's DB-API module, loaded at the first keyed connection: a plain journal never
    loads it nor OpenSSL (about 8 MiB less resident, 5 ms less start-up)."""
    from sqlcipher3 import dbapi2  # noqa: PLC0415

    return dbapi2


def __getattr__(name: str) -> Any:
    """``sqlcipher`` (the driver) and ``DRIVER_ERRORS`` (what either SQLite driver raises:
    sqlcipher3's errors are not sqlite3's), both loaded on first use."""
    if name == "sqlcipher":
        return sqlcipher_driver()
    if name == "DRIVER_ERRORS":
        return (sqlite3.Error, sqlcipher_driver().Error)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

CIPHER_SETTINGS = ("PRAGMA cipher_compatibility = 4",)
"""Sent right after the key: pins SQLCipher 4's format (AES-256, HMAC-SHA512, 4 KiB pages)."""
KEYED_CACHE_KIB = 64 * 1024
"""Page cache of a keyed connection (SQLite's default is 2 MiB): every page read from disk is
decrypted and its HMAC checked, so a journal that fits stays decrypted in memory (pages are
allocated only as they are read) and each page is decrypted once per connection."""
CONVERTING = ".converting"
PREVIOUS = ".previous"
COMPANIONS = ("-wal", "-shm", "-journal")

Connection = Any
"""A DB-API connection of either driver (``sqlite3`` or ``sqlcipher3``)."""


@dataclass(frozen=True)
class JournalKey:
    """An unlocked journal key: the raw SQLCipher key and the key file that wraps it (carried
    with every backup so a backup opens on another computer)."""

    raw: bytes = field(repr=False)
    key_id: str
    key_file: bytes = field(repr=False)

    def pragma_value(self) -> str:
        """The value of ``PRAGMA key`` for a raw key: ``x'<64 hex digits>'``."""
        return f"x'{self.raw.hex()}'"


def key_value(key: JournalKey | None) -> str:
    """The ``KEY`` of an ``ATTACH``: the raw key, or '' for a plain file."""
    return "" if key is None else key.pragma_value()


def apply_key(connection: Connection, key: JournalKey) -> None:
    """Key a fresh sqlcipher3 connection: the key first, then the cipher settings."""
    connection.execute("PRAGMA cipher_log_level = NONE")  # errors are ours to report
    # Wiping and locking every allocation costs 3-4x on each page read (measured: a journal's
    # quick_check 410 ms instead of 110 ms); it guards memory that holds the key anyway.
    # Process-wide; some builds default to ON.
    connection.execute("PRAGMA cipher_memory_security = OFF")
    connection.execute(f'PRAGMA key = "{key.pragma_value()}"')
    for statement in CIPHER_SETTINGS:
        connection.execute(statement)
    connection.execute(f"PRAGMA cache_size = -{KEYED_CACHE_KIB}")


def connect(target: str | Path, key: JournalKey | None, *, uri: bool = False,
            check_same_thread: bool = True) -> Connection:
    """A DB-API connection: the standard ``sqlite3`` for a plain file, keyed SQLCipher else."""
    if key is None:
        return sqlite3.connect(target, uri=uri, check_same_thread=check_same_thread)
    connection = sqlcipher_driver().connect(str(target), uri=uri,
                                            check_same_thread=check_same_thread)
    try:
        apply_key(connection, key)
    except BaseException:
        connection.close()
        raise
    return connection


def database_key(database: peewee.SqliteDatabase) -> JournalKey | None:
    """The key of an open peewee database (None for a plain one)."""
    return getattr(database, "journal_key", None)


# the file's state ------------------------------------------------------------------------------
def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def create_private(path: Path) -> None:
    """An empty file with mode 0600, so SQLite writes into a file private from its first byte."""
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))


# conversions -----------------------------------------------------------------------------------
def make_self_contained(path: Path, key: JournalKey | None) -> None:
    """Checkpoint the WAL into the file and leave WAL mode, so the file alone is the whole
    database and no ``-wal`` can be replayed onto a file swapped in later."""
    connection = connect(path, key)
    try:
        connection.execute("PRAGMA busy_timeout = 5000")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            if suffix == "-wal" and companion.stat().st_size:
                raise OSError(f"{companion.name} still holds changes; is the app running?")
            companion.unlink()


def table_counts(connection: Connection, schema: str = "main") -> dict[str, int]:
    """Rows in each ordinary table of ``schema`` (the FTS tables included)."""
    names = [row[0] for row in connection.execute(
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {name: int(connection.execute(
        f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]) for name in names}


def export_database(source: Path, source_key: JournalKey | None, destination: Path,
                    destination_key: JournalKey | None) -> dict[str, int]:
    """Write a new ``destination`` with everything in ``source`` (schema, rows, full-text
    indexes, ``user_version``), encrypted with ``destination_key`` or plain; returns the row
    counts of ``source``. The new file is private, checked and synced to disk."""
    for suffix in ("", "-journal"):
        Path(f"{destination}{suffix}").unlink(missing_ok=True)
    create_private(destination)
    connection = sqlcipher_driver().connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        if source_key is not None:
            apply_key(connection, source_key)
        counts = table_counts(connection)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        connection.execute("ATTACH DATABASE ? AS converted KEY ?",
                           (str(destination), key_value(destination_key)))
        for statement in CIPHER_SETTINGS if destination_key is not None else ():
            connection.execute(statement.replace("PRAGMA ", "PRAGMA converted."))
        connection.execute("SELECT sqlcipher_export('converted')")
        connection.execute(f"PRAGMA converted.user_version = {version}")
        connection.commit()
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()
    check_copy(destination, destination_key, counts, version)
    fsync_file(destination)
    return counts


class ConversionError(Exception):
    """A converted copy did not match its source (the source is left as it was)."""


def check_copy(path: Path, key: JournalKey | None, counts: dict[str, int], version: int) -> None:
    """Open ``path`` the way the app will and compare it with what it was made from."""
    connection = connect(f"{path.resolve().as_uri()}?mode=ro", key, uri=True)
    try:
        problem = connection.execute("PRAGMA quick_check").fetchone()[0]
        if problem != "ok":
            raise ConversionError(f"the converted copy failed its check: {str(problem)[:200]}")
        if int(connection.execute("PRAGMA user_version").fetchone()[0]) != version \
                or table_counts(connection) != counts:
            raise ConversionError("the converted copy does not hold the same rows")
    finally:
        connection.close()


def swap_in(new: Path, live: Path) -> None:
    """Put the complete file ``new`` in place of ``live``; the old file keeps a second name
    until the rename is on disk."""
    previous = Path(f"{live}{PREVIOUS}")
    previous.unlink(missing_ok=True)
    linked = False
    if live.exists():
        try:
            os.link(live, previous)
            linked = True
            fsync_dir(live.parent)
        except OSError:  # no hard links on this file system: the rename alone is atomic
            log.info("no hard link for the swap; renaming only")
    os.replace(new, live)
    fsync_dir(live.parent)
    if linked:
        previous.unlink()
        fsync_dir(live.parent)


def convert_file(path: Path, key: JournalKey | None, new_key: JournalKey | None) -> None:
    """Re-write the closed database ``path`` from ``key`` (None: plain) to ``new_key``,
    crash-safely. The caller holds the only connection (none is open)."""
    forget_clean_close(path)  # the file changes: the next start checks it whole
    make_self_contained(path, key)
    converting = Path(f"{path}{CONVERTING}")
    try:
        export_database(path, key, converting, new_key)
        swap_in(converting, path)
    except BaseException:
        for suffix in ("", "-journal"):
            Path(f"{converting}{suffix}").unlink(missing_ok=True)
        raise


def settle_conversion(path: Path) -> None:
    """Tidy what an interrupted conversion of ``path`` left: a half-written copy goes; a second
    name of the old file goes once ``path`` is in place (or is renamed back if it is not)."""
    for suffix in (CONVERTING, f"{CONVERTING}-journal"):
        leftover = Path(f"{path}{suffix}")
        if leftover.exists():
            log.warning("removing an interrupted conversion's %s", leftover.name)
            leftover.unlink()
    previous = Path(f"{path}{PREVIOUS}")
    if previous.exists():
        if path.exists():
            previous.unlink()
        else:
            os.replace(previous, path)
        fsync_dir(path.parent)
