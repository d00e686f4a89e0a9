"""Start-up recovery: a journal that fails ``PRAGMA quick_check`` or cannot be opened is never
overwritten. The user is told what is wrong and offered the newest good backup; restoring it
first moves the damaged file (with its ``-wal`` and ``-shm``) aside under a dated name, byte
for byte, then copies the backup in through the SQLite backup API. Or they quit.

Call ``run_startup_recovery`` after taking the single-instance lock and before
``open_context``. The health check only reads: the header directly, then SQLite in
``mode=ro``. No Qt widgets here; the question is asked through the ``ask`` callback
(``ui.dialogs.recovery_dialog.ask_recovery`` in the app, None for ``--smoke``).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rejection_desktop import APP_EXECUTABLE
from rejection_desktop.db.backup import (
    BackupFileError,
    DatabaseFileInfo,
    backup_database,
    inspect_database_file,
)
from rejection_desktop.db.cipher import JournalKey
from rejection_desktop.db.files import check_database_file, has_plain_header
from rejection_desktop.db.keyfile import KeyFile
from rejection_desktop.db.migrations import latest_version
from rejection_desktop.platform.paths import DataPaths, fsync_dir, write_private_file
from rejection_desktop.services.backups import (
    STAMP,
    BackupInfo,
    backup_folders,
    backup_key,
    list_backup_files,
)
from rejection_desktop.services.clock import Clock, system_clock

log = logging.getLogger(__name__)

COMPANIONS = ("-wal", "-shm", "-journal")
"""Files SQLite keeps next to a database; they belong to it and move with it."""


@dataclass(frozen=True)
class GoodBackup:
    """A backup that passed ``quick_check``, with what it holds."""

    info: BackupInfo
    contents: DatabaseFileInfo


@dataclass(frozen=True)
class RecoveryOffer:
    """What the user is told: the problem, where the journal is, the best backup found."""

    database: Path
    problem: str
    backup: GoodBackup | None
    searched: tuple[Path, ...] = ()


@dataclass(frozen=True)
class RecoveryDecision:
    """The user's answer: a backup file to restore, or None to quit."""

    restore_from: Path | None


@dataclass(frozen=True)
class RecoveryResult:
    """Whether start-up may go on, and what recovery did."""

    proceed: bool
    message: str = ""  # why start-up stops (empty when the user chose to quit)
    restored_from: Path | None = None
    damaged_copy: Path | None = None
    problem: str = ""
    restore_error: Exception | None = None  # why the chosen backup could not be restored


Ask = Callable[[RecoveryOffer], RecoveryDecision]


def newest_good_backup(paths: DataPaths, key: JournalKey | None = None) -> GoodBackup | None:
    """The newest backup of this data dir that passes ``quick_check`` (read-only checks);
    encrypted ones count when they were made with the journal's ``key``."""
    for info in list_backup_files(*backup_folders(paths)):
        try:
            contents = inspect_database_file(info.path, latest_version=latest_version(),
                                             key=backup_key(info.path, key))
        except BackupFileError as exc:
            log.warning("backup %s unusable: %s", info.path.name, exc)
            continue
        return GoodBackup(info, contents)
    return None


def looks_encrypted(database: Path) -> bool:
    """An encrypted journal, by its look: not plain SQLite, whole pages, and a first block of
    bytes that is no text (a file written over by something else usually starts with text)."""
    if has_plain_header(database) is not False:
        return False
    try:
        size = database.stat().st_size
        with database.open("rb") as handle:
            start = handle.read(16)
    except OSError:
        return False
    return size >= 1024 and size % 1024 == 0 and any(b < 9 or b > 126 for b in start)


def backup_problem(path: Path) -> BackupFileError | None:
    """Why ``path`` cannot be restored (None when it is a good journal backup)."""
    try:
        inspect_database_file(path, latest_version=latest_version())
    except BackupFileError as exc:
        return exc
    return None


def stop_message(paths: DataPaths, problem: str, key: JournalKey | None = None) -> str:
    """One line for when the journal cannot be used and nobody can be asked (``--smoke``, the
    commands): what is wrong, and the restore command for the newest good backup."""
    backup = newest_good_backup(paths, key)
    if backup is None:
        return (f"{problem} There is no backup of it to restore; move the file away to start "
                "a new journal.")
    return (f"{problem} Restore the newest good backup with "
            f"`{APP_EXECUTABLE} restore {backup.info.path}`.")


def aside_name(database: Path, clock: Clock) -> Path:
    """A free name next to ``database`` for keeping a damaged journal."""
    stem = f"{database.stem}-damaged-{clock().strftime(STAMP)}"
    candidate = database.with_name(f"{stem}{database.suffix}")
    number = 1
    while any(Path(f"{candidate}{s}").exists() for s in ("", *COMPANIONS)):
        number += 1
        candidate = database.with_name(f"{stem}-{number}{database.suffix}")
    return candidate


def rename_all(moves: list[tuple[Path, Path]]) -> None:
    """Rename each existing source in order; on failure undo the renames done and raise."""
    done: list[tuple[Path, Path]] = []
    try:
        for source, destination in moves:
            if source.exists():
                os.rename(source, destination)
                done.append((source, destination))
    except OSError:
        for source, destination in reversed(done):
            os.rename(destination, source)
        raise


def journal_files(database: Path, target: Path) -> list[tuple[Path, Path]]:
    """(from, to) for a database and its companions, companions first."""
    moves = [(Path(f"{database}{s}"), Path(f"{target}{s}")) for s in COMPANIONS]
    return [*moves, (database, target)]


def move_aside(database: Path, clock: Clock = system_clock) -> Path:
    """Rename the damaged journal and its companion files to a dated name; returns it.

    Companions move first, so a stale ``-wal`` can never be left next to a restored journal.
    Renaming keeps every byte; if a rename fails, the ones done are undone and OSError raised.
    """
    target = aside_name(database, clock)
    rename_all(journal_files(database, target))
    log.warning("damaged journal moved aside as %s", target.name)
    return target


def restore_after_damage(paths: DataPaths, source: Path, clock: Clock = system_clock, *,
                         key: JournalKey | None = None,
                         ask: Callable[[KeyFile], bytes] | None = None) -> Path:
    """Put the damaged journal aside and copy the backup ``source`` in; returns the aside path.

    ``source`` is checked first (BackupFileError, nothing moved, when it is not a good journal;
    an encrypted one opens with the journal's ``key`` or through ``ask``). An encrypted backup
    brings its key file along; a damaged encrypted journal keeps a copy of its key file.
    """
    source_key = backup_key(source, key, ask)
    inspect_database_file(source, latest_version=latest_version(), key=source_key)
    had_key = paths.key_file.exists()
    damaged = move_aside(paths.database, clock)
    try:
        if had_key:
            write_private_file(Path(f"{damaged}.key"), paths.key_file.read_bytes())
        if source_key is not None:
            write_private_file(paths.key_file, source_key.key_file)
        elif had_key:
            paths.key_file.unlink()
            fsync_dir(paths.root)
        backup_database(source, paths.database, key=source_key, key_copy=False,
                        temporaries=paths.temporaries)
    except BaseException:
        rename_all([(to, back) for back, to in reversed(journal_files(paths.database, damaged))])
        raise
    log.info("journal restored from backup %s", source.name)
    return damaged


def run_startup_recovery(paths: DataPaths, ask: Ask | None, clock: Clock = system_clock, *,
                         check: Callable[[Path], str | None] = check_database_file,
                         key: JournalKey | None = None) -> RecoveryResult:
    """Check the journal before opening it; offer a restore when it is damaged.

    Returns ``proceed=True`` when ``open_context`` may run (healthy, new, or just restored).
    With ``ask=None`` (``--smoke``) a damaged journal stops start-up with its problem.
    ``check`` may hand over the result of a check already run (start-up runs it on a thread).
    """
    problem = check(paths.database)
    if problem is None:
        return RecoveryResult(proceed=True)
    if key is None and not paths.key_file.exists() and looks_encrypted(paths.database):
        problem = (f"{paths.database.name} looks encrypted, but its key file "
                   f"{paths.key_file.name} is missing ({problem}). Put the key file back "
                   "beside it, or restore a backup.")
    log.error("journal failed its start-up check: %s", problem)
    if ask is None:
        return RecoveryResult(proceed=False, message=stop_message(paths, problem, key),
                              problem=problem)
    offer = RecoveryOffer(paths.database, problem, newest_good_backup(paths, key),
                          tuple(backup_folders(paths)))
    decision = ask(offer)
    if decision.restore_from is None:
        log.info("user chose to quit; the damaged journal was left as it is")
        return RecoveryResult(proceed=False, problem=problem)
    try:
        damaged = restore_after_damage(paths, decision.restore_from, clock, key=key)
    except (BackupFileError, OSError) as exc:
        log.error("restore at start-up failed: %s", exc)
        return RecoveryResult(proceed=False, problem=problem,
                              message=f"The backup could not be restored: {exc}",
                              restore_error=exc)
    return RecoveryResult(proceed=True, restored_from=decision.restore_from,
                          damaged_copy=damaged, problem=problem)
