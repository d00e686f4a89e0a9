"""Consistent copies of the live database through the SQLite online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from rejection_desktop.db.connection import secure_dir, secure_file


def backup_database(source: peewee.SqliteDatabase | Path, destination: Path) -> Path:
    """Copy ``source`` to ``destination`` with the backup API, atomically; returns the path.

    ``source`` is an open peewee database or the path of a database file. A file copy of a
    WAL database can miss committed pages; the backup API cannot. The copy is written under
    a temporary name and renamed into place, so a crash never leaves half a backup.
    """
    secure_dir(destination.parent)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(partial)
    try:
        if isinstance(source, Path):
            origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                origin.backup(target)
            finally:
                origin.close()
        else:
            source.connection().backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
        target.commit()
    finally:
        target.close()
    secure_file(partial)
    os.replace(partial, destination)
    return destination
