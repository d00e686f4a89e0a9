"""Automatic and manual backups, the backup folder, retention and restore.

Automatic backups are driven by changes, not polling: a service signal marks the journal as
changed and arms ONE single-shot QTimer for the next allowed slot (at most one backup every
30 minutes); quitting backs up once more if anything changed since. Every backup goes through
the SQLite backup API and is checked before it is kept. Automatic backups are thinned by
``domain.retention``; manual ones are never deleted by the app; safety backups (taken before a
restore or a replacing import) keep the newest ten.

Taking a backup and restoring are split into the part that copies (``write_backup``,
``write_restore``: any thread, no signals, reporting to a ``Steps``) and the part that tells
the app (``finish_*``: the GUI thread). ``back_up``/``restore`` do both at once; the
``*_job`` methods make a ``Job`` for the window's job runner.

The backup folder is a property of this computer, so it is stored next to the database in
``backup-location.json`` rather than in the journal: it survives a restore, is not exported,
and start-up recovery can find backups without reading the (maybe damaged) database.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from rejection_desktop.db.backup import (
    BackupEncryptedError,
    BackupFileError,
    DatabaseFileInfo,
    backup_database,
    inspect_database_file,
    is_encrypted_backup,
    key_copy_path,
    remove_backup_file,
    restore_database,
)
from rejection_desktop.db.cipher import JournalKey, database_key
from rejection_desktop.db.connection import db
from rejection_desktop.db.keyfile import KeyFile, KeyFileError, WrongSecretError
from rejection_desktop.db.migrations import latest_version, migrate
from rejection_desktop.db.models import Draft, as_dicts
from rejection_desktop.db.seed import seed_library
from rejection_desktop.domain.problems import Problem
from rejection_desktop.domain.retention import DEFAULT_POLICY, RetentionPolicy, backups_to_keep
from rejection_desktop.platform.paths import (
    DataPaths,
    create_private,
    make_private_dir,
    partial_path,
    write_private,
)
from rejection_desktop.platform.resources import resource
from rejection_desktop.services.clock import Clock, system_clock
from rejection_desktop.services.drafts import DraftService
from rejection_desktop.services.jobs import Job, JobRunner, JobState
from rejection_desktop.services.steps import NO_STEPS, Cancelled, Phase, Steps
from rejection_desktop.services.synced_folders import risky_location

log = logging.getLogger(__name__)

LOCATION_FILE = "backup-location.json"
STAMP = "%Y%m%dT%H%M%SZ"
BACKUP_NAME = re.compile(
    r"^journal-(?P<stamp>\d{8}T\d{6}Z)-(?P<kind>auto|manual|before-restore|before-import)"
    r"(?:-\d+)?\.sqlite3$")
MIGRATION_NAME = re.compile(r"^pre-migration-v\d+-(?P<stamp>\d{8}T\d{6}Z)\.sqlite3$")
INTERVAL = timedelta(minutes=30)
MIN_DELAY = timedelta(minutes=1)
SAFETY_KEPT = 10


class BackupKind(StrEnum):
    AUTO = "auto"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"
    BEFORE_IMPORT = "before-import"
    BEFORE_UPGRADE = "before-upgrade"  # written by migrations

    @property
    def is_safety(self) -> bool:
        return self in (BackupKind.BEFORE_RESTORE, BackupKind.BEFORE_IMPORT)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken (UTC), why, and its size."""

    path: Path
    created: datetime
    kind: BackupKind
    size: int
    warning: str = ""  # set when it had to go somewhere else than the chosen folder
    second_failed: bool = False  # a second folder is chosen and this backup is not in it


def parse_backup_name(path: Path) -> BackupInfo | None:
    """The BackupInfo for a file named by this app, or None for any other file."""
    match = BACKUP_NAME.fullmatch(path.name)
    if match is not None:
        kind = BackupKind(match["kind"])
    elif (match := MIGRATION_NAME.fullmatch(path.name)) is not None:
        kind = BackupKind.BEFORE_UPGRADE
    else:
        return None
    try:
        created = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, kind, size)


def list_backup_files(*folders: Path) -> list[BackupInfo]:
    """Backups in ``folders`` (missing folders are skipped), newest first."""
    found: dict[Path, BackupInfo] = {}
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            info = parse_backup_name(entry)
            if info is not None:
                found[entry.resolve()] = info
    return sorted(found.values(), key=lambda b: (b.created, b.path.name), reverse=True)


def backup_key(path: Path, live_key: JournalKey | None,
               ask: Callable[[KeyFile], bytes] | None = None) -> JournalKey | None:
    """The key that opens the backup ``path``: None for a plain one, the journal's own key
    when it was made with it, else one unlocked from its key copy through ``ask`` (which
    raises WrongSecretError). BackupEncryptedError without ``ask``; BackupFileError when its
    key copy is damaged or the secret is wrong."""
    if not is_encrypted_backup(path):
        return None
    try:
        key_file = KeyFile.read(key_copy_path(path))
    except KeyFileError as exc:
        raise BackupFileError.of(Problem.BACKUP_KEY_COPY, name=path.name, reason=str(exc)
                                 ) from exc
    if live_key is not None and key_file.key_id == live_key.key_id:
        return live_key
    if ask is None:
        raise BackupEncryptedError.of(Problem.BACKUP_OTHER_KEY, name=path.name)
    try:
        return JournalKey(ask(key_file), key_file.key_id, key_file.to_bytes())
    except WrongSecretError:
        raise BackupFileError.of(Problem.BACKUP_WRONG_SECRET, name=path.name) from None


SAME_DISK_DAYS = 30
"""After this many days with every backup on the journal's own disk, Today says so (once)."""


def _location(paths: DataPaths) -> dict[str, object]:
    """``backup-location.json`` as a dict (empty when missing or unreadable)."""
    try:
        stored = json.loads((paths.root / LOCATION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return stored if isinstance(stored, dict) else {}


def _write_location(paths: DataPaths, values: dict[str, object]) -> None:
    location = paths.root / LOCATION_FILE
    kept = {k: v for k, v in values.items() if v not in (None, "", False)}
    if not kept:
        location.unlink(missing_ok=True)
    else:
        write_private(location, json.dumps(kept).encode("utf-8"))


def configured_folder(paths: DataPaths) -> Path:
    """The backup folder chosen for this data dir (default: the data dir's ``backups/``)."""
    folder = _location(paths).get("folder")
    return Path(folder) if isinstance(folder, str) and folder else paths.backups


def configured_second_folder(paths: DataPaths) -> Path | None:
    """The second backup folder (another disk, a synced folder), None when not chosen."""
    folder = _location(paths).get("second_folder")
    return Path(folder) if isinstance(folder, str) and folder else None


def backup_folders(paths: DataPaths) -> list[Path]:
    """Where backups of this data dir may be: the chosen folder, the default one, the second."""
    chosen = configured_folder(paths)
    folders = [chosen] if chosen == paths.backups else [chosen, paths.backups]
    second = configured_second_folder(paths)
    return folders if second is None or second in folders else [*folders, second]


def unique_destination(folder: Path, created: datetime, kind: BackupKind) -> Path:
    stem = f"journal-{created.strftime(STAMP)}-{kind.value}"
    destination = folder / f"{stem}.sqlite3"
    number = 1
    while destination.exists() or partial_path(destination).exists():
        number += 1
        destination = folder / f"{stem}-{number}.sqlite3"
    return destination


class BackupService(QObject):
    """Backs up the open journal: on changes (at most every 30 minutes), on quit, on demand."""

    backup_created = Signal(object)  # BackupInfo
    backup_failed = Signal(str)  # a message for the user
    restored = Signal(object)  # the BackupInfo of the safety copy taken first
    folder_changed = Signal(str)

    def __init__(self, paths: DataPaths, clock: Clock = system_clock,
                 zone: Callable[[], tzinfo] = lambda: UTC,
                 policy: RetentionPolicy = DEFAULT_POLICY, *,
                 interval: timedelta = INTERVAL, min_delay: timedelta = MIN_DELAY,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._clock = clock
        self._zone = zone
        self._policy = policy
        self._interval = interval
        self._min_delay = min_delay
        self._changed = False
        self._changes = 0  # counts note_change calls, so a backup knows what it missed
        self._details: dict[tuple[Path, int, float], DatabaseFileInfo | None] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer)
        self._jobs: JobRunner | None = None
        self._stopped = False
        self._second_missing_said = False
        self._last = self._newest_regular_backup()
        self.describe: Callable[[BaseException], str] = str
        """Why a backup failed, for people: the interface sets its own translated wording."""

    # watching for changes -----------------------------------------------------------------------
    def watch(self, *sources: QObject) -> None:
        """Treat every signal declared on each source's class as "the journal changed"."""
        for source in sources:
            if source is self or isinstance(source, DraftService):
                continue  # drafts are not journal data; our own signals would loop
            for name, attribute in vars(type(source)).items():
                if isinstance(attribute, Signal):
                    getattr(source, name).connect(self.note_change)

    def note_change(self, *_args: object) -> None:
        """Something in the journal changed: arm the timer for the next allowed backup."""
        self._changed = True
        self._changes += 1
        if not self._timer.isActive() and not self._stopped:
            self._timer.start(self.delay_ms())

    @property
    def has_unsaved_changes(self) -> bool:
        """True when the journal changed since the last backup."""
        return self._changed

    def delay_ms(self) -> int:
        """Milliseconds until the next automatic backup may run (1 to 30 minutes)."""
        now = self._clock()
        due = now + self._min_delay if self._last is None else self._last + self._interval
        delay = min(max(due - now, self._min_delay), self._interval)
        return int(delay.total_seconds() * 1000)

    def pending_ms(self) -> int | None:
        """Milliseconds left on the armed timer, or None when no backup is scheduled."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    def stop(self) -> None:
        """The journal is closing: no automatic backup from now on. (A timer left armed would
        start one later, against whatever journal is open then.)"""
        self._stopped = True
        self._timer.stop()

    def run_in(self, jobs: JobRunner) -> None:
        """Take automatic backups as jobs of ``jobs`` (off the GUI thread) from now on."""
        self._jobs = jobs

    def _on_timer(self) -> None:
        if self._stopped:
            return
        if self._jobs is None:
            self.back_up_if_changed()
        elif self._changed and self._jobs.active is not None:  # try again after that job
            self._timer.start(int(self._min_delay.total_seconds() * 1000))
        elif self._changed:
            job = self.backup_job(BackupKind.AUTO)
            job.finished.connect(lambda: self._auto_backup_ended(job),
                                 Qt.ConnectionType.SingleShotConnection)  # then the job can go
            self._jobs.start(job)

    def _auto_backup_ended(self, job: Job) -> None:
        if job.state is JobState.FAILED:  # logged by the job
            self.backup_failed.emit(self.tr("The automatic backup failed: {0}").format(
                self.describe(job.error) if job.error is not None else ""))

    # taking backups -------------------------------------------------------------------------------
    @property
    def paths(self) -> DataPaths:
        """The data dir whose journal this service backs up."""
        return self._paths

    def folder(self) -> Path:
        """Where new backups go."""
        return configured_folder(self._paths)

    def default_folder(self) -> Path:
        """The data dir's ``backups/``."""
        return self._paths.backups

    def back_up(self, kind: BackupKind, *, thin: bool = True, steps: Steps = NO_STEPS
                ) -> BackupInfo:
        """Take a backup of ``kind`` now; raises OSError or BackupFileError on failure.

        ``thin`` applies the retention policy afterwards. When the chosen folder is
        unavailable (an unplugged drive), the backup goes to the data dir's ``backups/``
        instead and ``backup_failed`` says so.
        """
        changes = self._changes
        return self.finish_backup(self.write_backup(kind, thin=thin, steps=steps), changes)

    def backup_job(self, kind: BackupKind = BackupKind.MANUAL) -> Job:
        """A job taking a backup of ``kind``; its result is the BackupInfo."""
        changes = self._changes
        return Job(self.tr("the backup"), lambda steps: self.write_backup(kind, steps=steps),
                   done=lambda info: self.finish_backup(info, changes))

    def write_backup(self, kind: BackupKind, *, thin: bool = True,
                     steps: Steps = NO_STEPS) -> BackupInfo:
        """Copy the journal (through this thread's connection) and thin old backups; any
        thread, no signals. A cancel seen by ``steps`` leaves no file."""
        created = self._clock()
        folder = self.folder()
        temporaries = self._paths.temporaries

        def copy(destination_folder: Path) -> Path:
            steps.phase(Phase.BACKING_UP)
            return backup_database(db.obj, unique_destination(destination_folder, created, kind),
                                   progress=steps.at, temporaries=temporaries)

        warning = ""
        try:
            path = copy(folder)
        except OSError as exc:
            if folder == self._paths.backups:
                raise
            log.warning("backup folder unavailable (%s); using the default", exc.strerror)
            path = copy(self._paths.backups)
            warning = self.tr(
                "The backup folder {0} is not available, so this backup was saved in {1}."
            ).format(folder, self._paths.backups)
        info = BackupInfo(path, created, kind, path.stat().st_size, warning,
                          not self._copy_to_second(path, created, kind))
        log.info("backup (%s) written: %s bytes", kind.value, info.size)
        if thin:
            self.apply_retention()
        return info

    def _copy_to_second(self, backup: Path, created: datetime, kind: BackupKind) -> bool:
        """Copy a finished backup into the second folder; False when one is chosen and the
        copy failed (logged; the backup itself stands)."""
        second = configured_second_folder(self._paths)
        if second is None:
            return True
        try:
            if not second.is_dir():
                raise FileNotFoundError(2, "the folder is not there", str(second))
            backup_database(backup, unique_destination(second, created, kind),
                            key=self.live_key(), temporaries=self._paths.temporaries)
        except (OSError, BackupFileError) as exc:
            log.warning("second backup folder unavailable (%s)",
                        getattr(exc, "strerror", None) or type(exc).__name__)
            return False
        return True

    def finish_backup(self, info: BackupInfo, changes_before: int) -> BackupInfo:
        """Tell the app about a backup written by ``write_backup`` (the GUI thread).

        ``changes_before`` is ``note_change``'s count when the backup started: a change made
        while it was being copied keeps the journal marked as changed."""
        if info.kind in (BackupKind.AUTO, BackupKind.MANUAL):
            self._last = info.created
        self._changed = self._changes != changes_before
        if not self._changed:
            self._timer.stop()
        if info.warning:
            self.backup_failed.emit(info.warning)
        if info.second_failed and not self._second_missing_said:
            self._second_missing_said = True  # said once, until a copy gets through again
            self.backup_failed.emit(self.tr(
                "The second backup folder {0} is not available (an unplugged disk?). Backups "
                "still go to {1}; they will be copied there again once it is back.").format(
                configured_second_folder(self._paths), info.path.parent))
        elif not info.second_failed:
            self._second_missing_said = False
        self.backup_created.emit(info)
        return info

    def back_up_now(self, steps: Steps = NO_STEPS) -> BackupInfo:
        """The "Back up now" button: a manual backup the app never deletes."""
        return self.back_up(BackupKind.MANUAL, steps=steps)

    def back_up_if_changed(self) -> BackupInfo | None:
        """An automatic backup when something changed since the last one; never raises."""
        if not self._changed:
            return None
        try:
            return self.back_up(BackupKind.AUTO)
        except Exception as exc:  # a failed backup must never crash the app
            log.exception("automatic backup failed")
            self.backup_failed.emit(self.tr("The automatic backup failed: {0}").format(
                self.describe(exc)))
            return None

    def back_up_on_quit(self) -> BackupInfo | None:
        """Call when the app quits: one last backup if anything changed."""
        return self.back_up_if_changed()

    # listing and thinning -------------------------------------------------------------------------
    def list_backups(self) -> list[BackupInfo]:
        """Every backup of this journal, newest first; a backup also copied to the second
        folder is listed once (the first folder's copy while it is there)."""
        listed: dict[str, BackupInfo] = {}
        for info in list_backup_files(*backup_folders(self._paths)):
            first = listed.setdefault(info.path.name, info)
            if info.path.parent == self.folder() and first.path.parent != self.folder():
                listed[info.path.name] = info
        return sorted(listed.values(), key=lambda b: (b.created, b.path.name), reverse=True)

    def details(self, info: BackupInfo) -> DatabaseFileInfo | None:
        """Schema and row counts of a backup (None when it cannot be read); cached."""
        try:
            stat = info.path.stat()
        except OSError:
            return None
        cached = (info.path, stat.st_size, stat.st_mtime)
        if cached not in self._details:
            try:
                self._details[cached] = inspect_database_file(
                    info.path, latest_version=latest_version(), check=False,
                    key=backup_key(info.path, self.live_key()))
            except BackupFileError:
                self._details[cached] = None
        return self._details[cached]

    def live_key(self) -> JournalKey | None:
        """The open journal's key (None while it is plain)."""
        return database_key(db.obj) if db.obj is not None else None

    def apply_retention(self) -> list[Path]:
        """Delete automatic backups the policy does not keep, and old safety backups, in the
        backup folder and in the second one (each folder is thinned on its own)."""
        second = self.second_folder()
        folders = [self.folder()] if second is None else [self.folder(), second]
        return [path for folder in folders for path in self._thin(folder)]

    def _thin(self, folder: Path) -> list[Path]:
        backups = list_backup_files(folder)
        autos = [b for b in backups if b.kind is BackupKind.AUTO]
        keep = backups_to_keep([b.created for b in autos], self._zone(), self._policy)
        doomed = [b for b in autos if b.created not in keep]
        doomed += [b for b in backups if b.kind.is_safety][SAFETY_KEPT:]
        removed = []
        for backup in doomed:
            try:
                remove_backup_file(backup.path)
                removed.append(backup.path)
            except OSError:
                log.warning("could not delete an old backup: %s", backup.path.name)
        return removed

    def _newest_regular_backup(self) -> datetime | None:
        regular = [b.created for b in list_backup_files(self.folder())
                   if b.kind in (BackupKind.AUTO, BackupKind.MANUAL)]
        return max(regular, default=None)

    # the folder -----------------------------------------------------------------------------------
    def _check_writable(self, folder: Path) -> None:
        try:
            make_private_dir(folder)
            probe = folder / ".rejection-desktop-write-test"
            probe.unlink(missing_ok=True)
            create_private(probe)
            probe.unlink()
        except OSError as exc:
            raise BackupFileError.of(Problem.FOLDER_NOT_WRITABLE, folder=folder,
                                     reason=exc.strerror or str(exc)) from exc

    def set_folder(self, folder: Path | None) -> None:
        """Use ``folder`` for backups from now on (None: back to the default)."""
        if folder is not None:
            folder = Path(folder).expanduser().resolve()
            self._check_writable(folder)
        values = _location(self._paths)
        values["folder"] = None if folder is None or folder == self._paths.backups \
            else str(folder)
        _write_location(self._paths, values)
        self._last = self._newest_regular_backup()
        self.folder_changed.emit(str(self.folder()))

    def second_folder(self) -> Path | None:
        """The second backup folder, None when not chosen."""
        return configured_second_folder(self._paths)

    def set_second_folder(self, folder: Path | None) -> None:
        """Also write every backup to ``folder`` (None: no second folder). Refuses the data
        dir itself and folders inside it: backup files only, never beside the live journal."""
        if folder is not None:
            folder = Path(folder).expanduser().resolve()
            root = self._paths.root.resolve()
            if folder == root or root in folder.parents:
                raise BackupFileError.of(Problem.FOLDER_INSIDE_JOURNAL, folder=root)
            self._check_writable(folder)
        values = _location(self._paths)
        values["second_folder"] = None if folder is None else str(folder)
        _write_location(self._paths, values)
        self._second_missing_said = False
        self.folder_changed.emit(str(self.folder()))

    def same_disk_notice_due(self) -> bool:
        """True once when, with no second folder, every backup has been on the journal's own
        disk for ``SAME_DISK_DAYS`` days (the first backup is that old) and Today has not said
        so yet; call ``same_disk_notice_shown`` after saying it."""
        values = _location(self._paths)
        if values.get("same_disk_said") or self.second_folder() is not None:
            return False
        try:
            same = self.folder().stat().st_dev == self._paths.root.stat().st_dev
        except OSError:
            return False
        regular = [b.created for b in list_backup_files(self.folder())]
        oldest = min(regular, default=None)
        return same and oldest is not None and (
            self._clock() - oldest >= timedelta(days=SAME_DISK_DAYS))

    def same_disk_notice_shown(self) -> None:
        """Today said it: never again on this computer."""
        values = _location(self._paths)
        values["same_disk_said"] = True
        _write_location(self._paths, values)

    def live_location_warning(self) -> str | None:
        """A warning when the live journal sits in a synced or network folder, else None."""
        reason = risky_location(self._paths.root)
        if reason is None:
            return None
        return self.tr(
            "Your journal ({0}) is stored where it can be damaged: {1}. Sync and network "
            "folders can copy the database while it is being written. Keep the journal on "
            "this computer (start the app with --data-dir) and choose the synced folder for "
            "backups instead.").format(self._paths.root, reason)

    # restoring ------------------------------------------------------------------------------------
    def restore(self, source: Path, ask: Callable[[KeyFile], bytes] | None = None,
                steps: Steps = NO_STEPS) -> BackupInfo:
        """Replace the journal with the backup ``source``, after backing up the current state.

        Raises BackupFileError (nothing changed) when ``source`` is not a good journal, or when
        it cannot be brought up to this version (the journal is then put back from the safety
        backup); BackupEncryptedError when it is encrypted with another key and ``ask`` (for
        its passphrase or recovery code) is not given. The restored journal keeps the
        journal's encryption. Returns the safety backup of the state before the restore.
        """
        return self.finish_restore(self.write_restore(Path(source), steps, ask))

    def restore_job(self, source: Path, ask: Callable[[KeyFile], bytes] | None = None) -> Job:
        """A job restoring ``source``; its result is the safety BackupInfo. ``ask`` (for an
        encrypted backup's secret) is called before the job starts."""
        key = backup_key(Path(source), self.live_key(), ask)
        return Job(self.tr("the restore"),
                   lambda steps: self.write_restore(Path(source), steps, key=key),
                   done=self.finish_restore)

    def write_restore(self, source: Path, steps: Steps = NO_STEPS,
                      ask: Callable[[KeyFile], bytes] | None = None, *,
                      key: JournalKey | None = None) -> BackupInfo:
        """The restore itself (any thread, no signals). Cancellable until the safety backup
        is written; the journal is then replaced in one step. ``key`` opens an encrypted
        ``source`` (found through ``ask`` when not given)."""
        steps.phase(Phase.CHECKING)
        if key is None:
            key = backup_key(source, self.live_key(), ask)
        inspect_database_file(source, latest_version=latest_version(), key=key)
        safety = self.write_backup(BackupKind.BEFORE_RESTORE, thin=False,  # keeps ``source``
                                   steps=steps)
        try:
            steps.commit_point()
        except Cancelled:
            safety.path.unlink(missing_ok=True)
            raise
        steps.phase(Phase.RESTORING)
        database = db.obj
        drafts = as_dicts(Draft.select())  # unsaved text is not part of what is restored
        restore_database(source, database, key=key)
        try:
            migrate(database, self._paths.backups, temporaries=self._paths.temporaries)
            seed_library(database, resource("challenges.json"), resource("prompts.json"),
                         self._clock())
            with database.atomic():
                for draft in drafts:
                    Draft.insert(draft).on_conflict_replace().execute()
        except Exception as exc:
            log.exception("restored journal could not be brought up to date; putting it back")
            restore_database(safety.path, database, key=self.live_key())
            raise BackupFileError.of(Problem.RESTORE_NOT_UPGRADED, name=source.name,
                                     reason=str(exc)) from exc
        log.info("journal restored from a backup")
        return safety

    def finish_restore(self, safety: BackupInfo) -> BackupInfo:
        """Tell the app the journal was restored (the GUI thread)."""
        self.finish_backup(safety, self._changes)
        self._changed = False
        self.restored.emit(safety)
        return safety
