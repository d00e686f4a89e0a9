"""What went wrong with the disk, from an OSError or an SQLite error: full, read-only, no
permission. Each fault has one plain sentence and its own exit code (README, "Exit codes").

SQLite often reports a disk problem vaguely ("disk I/O error", "unable to open database
file"), and peewee wraps its errors, and a failed rollback hides the error that caused it; so
the whole chain of an exception is searched, and for a vague SQLite error the folder is
examined (``probe``). No Qt and no peewee here.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from enum import Enum
from pathlib import Path


class Fault(Enum):
    """A reason the disk refused, with its exit code and its sentence."""

    DISK_FULL = (3, "the disk is full")
    READ_ONLY = (4, "the disk is read-only")
    PERMISSION = (5, "permission denied")

    def __init__(self, exit_code: int, text: str) -> None:
        self.exit_code = exit_code
        self.text = text


EXIT_BUSY = 6
"""Exit code when another process (the app or a command) is using the data folder."""

ERRNO_FAULTS = {
    errno.ENOSPC: Fault.DISK_FULL,
    errno.EDQUOT: Fault.DISK_FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.PERMISSION,
    errno.EPERM: Fault.PERMISSION,
}
VAGUE_SQLITE = ("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY")
MIN_FREE_BYTES = 64 * 1024
"""Less free space than this in a folder where writing failed counts as a full disk."""


def chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, the exception peewee wrapped in it, and their causes and contexts."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [e for e in (*current.args[:1], current.__cause__, current.__context__)
                 if isinstance(e, BaseException)]


def probe(folder: Path) -> Fault | None:
    """What stops writing in ``folder`` (or its nearest existing parent), if anything."""
    folder = Path(folder)
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return None
    if info.f_flag & getattr(os, "ST_RDONLY", 1):
        return Fault.READ_ONLY
    if info.f_bavail * info.f_frsize < MIN_FREE_BYTES:
        return Fault.DISK_FULL
    if not os.access(folder, os.W_OK):
        return Fault.PERMISSION
    return None


def fault_of(exc: BaseException, folder: Path | None = None) -> Fault | None:
    """The disk fault behind ``exc``, or None when it is something else.

    ``folder`` is where the failed write went (the data folder, for the journal); it is
    examined when SQLite only says that input/output failed.
    """
    vague = False
    for current in chain(exc):
        if isinstance(getattr(current, "fault", None), Fault):  # already told (DiskFaultError)
            return current.fault  # type: ignore[attr-defined]
        if isinstance(current, OSError) and current.errno in ERRNO_FAULTS:
            return ERRNO_FAULTS[current.errno]
        if isinstance(current, sqlite3.Error):
            name = getattr(current, "sqlite_errorname", "")
            if name == "SQLITE_FULL" or "database or disk is full" in str(current):
                return Fault.DISK_FULL
            vague = vague or name.startswith(VAGUE_SQLITE) or any(
                words in str(current) for words in ("disk I/O error", "unable to open",
                                                    "readonly database"))
    if vague and folder is not None:
        return probe(folder)
    return None
