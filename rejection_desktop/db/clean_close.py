"""A clean shutdown's fingerprint of the journal, so the next start may skip reading it all.

When the app closes the journal after a full WAL checkpoint, it records the file's size,
modification and change times (ns), inode, device and the absence of a ``-journal`` and of WAL
content in a small private file beside it (``journal.sqlite3.clean-close``). At the next start
the full ``PRAGMA quick_check`` (it reads the whole file: ~0.3 s at 40 years) is skipped only
when the journal still has exactly that fingerprint; a crash, a kill, a change by another
program, a restore, a missing or unreadable stamp: the full check runs, as without this file.
The stamp is removed before the journal is opened for writing.

Timestamps are coarse (a clock tick, a few ms): a change in the same tick as the recorded one
would keep the mtime. So the stamp's own mtime must be later than the journal's recorded times
(the writer waits for the next tick), and a change after the stamp lands in a later tick.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from rejection_desktop.platform.paths import fsync_dir, write_private_file

log = logging.getLogger(__name__)

STAMP_SUFFIX = ".clean-close"
FORMAT = "rejection-desktop clean-close 1"
TICK_WAIT_S = 0.002
TICK_TRIES = 100


def stamp_path(database: Path) -> Path:
    """The stamp beside ``database``."""
    return database.with_name(f"{database.name}{STAMP_SUFFIX}")


def fingerprint(database: Path) -> str | None:
    """The journal's identity and state on disk, or None when it cannot be trusted as closed
    (missing, a ``-journal`` left, WAL content)."""
    try:
        info = os.stat(database)
    except OSError:
        return None
    if Path(f"{database}-journal").exists():
        return None
    try:
        wal = os.stat(f"{database}-wal").st_size
    except FileNotFoundError:
        wal = -1
    except OSError:
        return None
    if wal > 0:
        return None
    return (f"size={info.st_size} mtime_ns={info.st_mtime_ns} ctime_ns={info.st_ctime_ns} "
            f"ino={info.st_ino} dev={info.st_dev} wal={wal}")


def forget_clean_close(database: Path) -> None:
    """Remove the stamp (before the journal is opened for writing)."""
    stamp = stamp_path(database)
    try:
        stamp.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("could not remove %s: %s", stamp.name, exc.strerror)
        return
    fsync_dir(stamp.parent)


def record_clean_close(database: Path) -> bool:
    """After a checkpointed close: write the stamp; False (and none) when the journal is not in
    a state to trust. Waits (a few ms at most) until the stamp's mtime is past the journal's."""
    stamp = stamp_path(database)
    seen = fingerprint(database)
    if seen is None:
        forget_clean_close(database)
        return False
    info = os.stat(database)
    latest = max(info.st_mtime_ns, info.st_ctime_ns)
    try:
        write_private_file(stamp, f"{FORMAT}\n{seen}\n".encode("ascii"))
        for _ in range(TICK_TRIES):
            if os.stat(stamp).st_mtime_ns > latest:
                log.info("journal closed cleanly; fingerprint recorded")
                return True
            time.sleep(TICK_WAIT_S)
            os.utime(stamp)
    except OSError as exc:
        log.warning("could not record the clean close: %s", exc.strerror)
    forget_clean_close(database)
    return False


def closed_cleanly(database: Path) -> bool:
    """True only when the stamp is there, well formed, later than the journal's times and
    equal to the journal's fingerprint now. Any doubt is False (the full check runs)."""
    stamp = stamp_path(database)
    try:
        written = os.stat(stamp).st_mtime_ns
        text = stamp.read_text(encoding="ascii")
    except FileNotFoundError:
        return False
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("clean-close stamp unreadable (%s): full check", exc)
        return False
    lines = text.splitlines()
    now = fingerprint(database)
    if len(lines) != 2 or lines[0] != FORMAT or now is None or lines[1] != now:
        log.info("journal not as it was closed (or no clean close recorded): full check")
        return False
    info = os.stat(database)
    if written <= max(info.st_mtime_ns, info.st_ctime_ns):
        log.info("clean-close stamp not later than the journal: full check")
        return False
    return True
