"""Subcommands that work on the journal without a window (export, import, backup, restore).

Errors are one readable line on stderr, never a traceback (details go to the log file), and
an exit code: 1 in general, and one per disk fault (full, read-only, permission) and for a
data folder in use (``db.faults``; listed in the README). Commands that write (import,
restore) take the single-instance lock and refuse while the app or another command holds it.
Commands that only read (export, backup) also work while the app runs, through a read-only
connection, and on a disk so full or read-only that the lock cannot be written.

Long commands (export, import, backup, restore) show a progress line on stderr, rewritten in
place, when stderr is a terminal; otherwise they print nothing extra.

Imports of Qt and the services happen inside the handlers, so ``--version`` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import stat
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rejection_desktop import APP_EXECUTABLE
from rejection_desktop.services.steps import NO_STEPS, Phase, Steps

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey
    from rejection_desktop.platform.paths import DataPaths
    from rejection_desktop.services.backups import BackupService
    from rejection_desktop.services.data_transfer import DataTransferService
    from rejection_desktop.services.encryption import Secret

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]
HANDLERS: dict[str, Handler] = {}
QT_APP: list[Any] = []
"""Keeps the command's QCoreApplication alive while it runs."""


class CommandError(Exception):
    """A failure to report to the user in one line, with its exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def command(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        HANDLERS[name] = handler
        return handler

    return register


def run_command(args: argparse.Namespace) -> int:
    """Run the subcommand named in ``args``; returns the exit code."""
    try:
        return HANDLERS[args.command](args)
    except CommandError as exc:
        log.error("command %s stopped (exit code %s)", args.command, exc.exit_code)
        return fail(str(exc), exc.exit_code)
    except Exception as exc:
        log.exception("command %s failed", args.command)
        error = disk_fault_error(exc, args, f"{args.command} failed")
        if error is not None:
            return fail(str(error), error.exit_code)
        return fail(f"{args.command} failed: {exc}")


def disk_fault_error(exc: BaseException, args: argparse.Namespace, what: str,
                     where: Path | None = None) -> CommandError | None:
    """``what`` failed because of the disk: one line with the fault and where (``where``, the
    folder of the file named by the error, or the data folder); else None."""
    from rejection_desktop.db.faults import fault_of  # noqa: PLC0415
    from rejection_desktop.platform.paths import resolve_data_dir  # noqa: PLC0415

    where = where or next((Path(e.filename).parent for e in (exc, exc.__cause__, exc.__context__)
                           if isinstance(e, OSError) and isinstance(e.filename, str)), None)
    if where is None:
        try:
            where = resolve_data_dir(getattr(args, "data_dir", None))
        except Exception:
            where = None
    fault = fault_of(exc, where if where is None or where.is_dir() else where.parent)
    if fault is None:
        return None
    changed = "; the journal was not changed" if args.command in ("import", "restore") else ""
    place = f" ({where})" if where is not None else ""
    return CommandError(f"{what}: {fault.text}{place}{changed}", fault.exit_code)


def fail(message: str, exit_code: int = 1) -> int:
    if sys.stderr is not None:
        print(f"{APP_EXECUTABLE}: {message}", file=sys.stderr)
    return exit_code


def say(message: str) -> None:
    if sys.stdout is not None:
        print(message)


# the progress line ------------------------------------------------------------------------------
LINE_INTERVAL = 0.1
"""Seconds between two rewrites of the progress line."""


class TerminalSteps(Steps):
    """One line on a terminal kept up to date with ``\\r``: ``import: writing 40% (8,000 of
    20,000)``."""

    def __init__(self, what: str, stream: TextIO) -> None:
        super().__init__()
        self.what = what
        self.stream = stream
        self.width = 0
        self.last = 0.0
        self.last_phase: str | None = None

    def reported(self) -> None:
        now = time.monotonic()
        phase = str(self.phase_name or "")
        complete = bool(self.total) and self.done >= self.total
        if phase == self.last_phase and not complete and now - self.last < LINE_INTERVAL:
            return
        self.last, self.last_phase = now, phase
        text = f"{self.what}: {phase}"
        if self.total:
            text += f" {100 * self.done // self.total}% ({self.done:,} of {self.total:,})"
        else:
            text += "…"
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def clear(self) -> None:
        """Erase the line, so what follows starts on a clean one."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.stream.flush()
            self.width = 0


@contextmanager
def progress_line(what: str) -> Iterator[Steps]:
    """A progress line on stderr for the duration of the block when stderr is a terminal,
    erased at its end (the result or the error then prints on a clean line); else nothing."""
    stream = sys.stderr
    if stream is None or not stream.isatty():
        yield NO_STEPS
        return
    steps = TerminalSteps(what, stream)
    try:
        yield steps
    finally:
        steps.clear()


# opening the journal ----------------------------------------------------------------------------
@dataclass
class Journal:
    """An open journal for a command, with the data services."""

    paths: DataPaths
    backups: BackupService
    transfer: DataTransferService
    read_only: bool


def start_qt() -> None:
    """A QCoreApplication (timers, the lock's socket) with the names QStandardPaths uses."""
    from PySide6.QtCore import QCoreApplication  # noqa: PLC0415

    if QCoreApplication.instance() is None:
        QCoreApplication.setApplicationName(APP_EXECUTABLE)
        QCoreApplication.setOrganizationName("")
        QT_APP.append(QCoreApplication([APP_EXECUTABLE]))


def log_to_file(paths: DataPaths) -> None:
    """Log to the data dir's log file only: stderr gets our one-line messages, no tracebacks."""
    from rejection_desktop.platform.logs import log_qt_messages, setup_logging  # noqa: PLC0415

    setup_logging(paths.logs, to_stderr=False)
    log_qt_messages()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.StreamHandler and getattr(handler, "_rejection_desktop",
                                                                False):
            root.removeHandler(handler)


def data_paths(args: argparse.Namespace, *, must_exist: bool) -> DataPaths:
    from rejection_desktop.platform.paths import DataPaths, resolve_data_dir  # noqa: PLC0415

    paths = DataPaths(resolve_data_dir(args.data_dir))
    if must_exist and not paths.database.exists():
        raise CommandError(f"there is no journal in {paths.root}")
    return paths


def read_stdin_line() -> str:
    """The next line of standard input, without its line break ('' at the end)."""
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def secret_from_args(args: argparse.Namespace) -> Secret | None:
    """The passphrase or recovery code named on the command line, read from stdin."""
    from rejection_desktop.services.encryption import Secret  # noqa: PLC0415

    if "_secret" not in vars(args):  # stdin is read once, however often this is asked
        secret = None
        if getattr(args, "passphrase_stdin", False):
            secret = Secret(passphrase=read_stdin_line())
        elif getattr(args, "recovery_code_stdin", False):
            secret = Secret(recovery_code=read_stdin_line())
        args._secret = secret
    return args._secret


def unlock_from_args(args: argparse.Namespace, paths: DataPaths) -> JournalKey | None:
    """The key of an encrypted journal from the secret on stdin; None for a plain journal.
    Refuses in one line when the journal is encrypted and no secret was given."""
    from rejection_desktop.services import encryption  # noqa: PLC0415

    if encryption.state(paths) is encryption.EncryptionState.PLAIN:
        return None
    secret = secret_from_args(args)
    if secret is None:
        raise CommandError("the journal is encrypted; give --passphrase-stdin or "
                           "--recovery-code-stdin")
    try:
        return encryption.unlock(paths, secret)
    except encryption.EncryptionError as exc:
        raise CommandError(str(exc)) from exc


def open_read_only(paths: DataPaths, key: JournalKey | None, *, nobody_writes: bool) -> Any:
    """Bind the models to a read-only connection (the app may be writing meanwhile).

    ``nobody_writes`` (no process holds the lock, which this one could not write either): the
    journal is opened as ``db.files.connect_to_inspect`` does, so SQLite needs to create
    nothing next to it (a full or read-only disk).
    """
    from rejection_desktop.db.connection import db, make_database  # noqa: PLC0415
    from rejection_desktop.db.files import inspect_uri, read_only_uri  # noqa: PLC0415
    from rejection_desktop.db.migrations import current_version, latest_version  # noqa: PLC0415

    uri = inspect_uri(paths.database) if nobody_writes else read_only_uri(paths.database)
    database = make_database(uri, key, {"busy_timeout": 5000, "query_only": 1}, uri=True)
    database.connect()
    db.initialize(database)
    if current_version(database) != latest_version():
        database.close()
        raise CommandError("the journal needs an upgrade; close Rejection Desktop and run the "
                           "command again")
    return database


@contextmanager
def journal(args: argparse.Namespace, *, write: bool, must_exist: bool) -> Iterator[Journal]:
    """Open the journal for a command, holding the instance lock while it runs.

    ``write``: refuse when the app is running. Otherwise, when it runs, open read-only.
    """
    start_qt()
    from rejection_desktop.app.context import open_context  # noqa: PLC0415
    from rejection_desktop.db.connection import close_db  # noqa: PLC0415
    from rejection_desktop.db.files import (  # noqa: PLC0415
        DatabaseCorruptError,
        DatabaseError,
        DatabaseUnreadableError,
        DiskFaultError,
        check_database_file,
    )
    from rejection_desktop.platform.single_instance import SingleInstance  # noqa: PLC0415
    from rejection_desktop.services.backups import BackupService  # noqa: PLC0415
    from rejection_desktop.services.data_transfer import DataTransferService  # noqa: PLC0415
    from rejection_desktop.services.encryption import align_backups, settle  # noqa: PLC0415
    from rejection_desktop.services.recovery import stop_message  # noqa: PLC0415
    from rejection_desktop.services.settings import SettingsService  # noqa: PLC0415

    paths = data_paths(args, must_exist=must_exist)
    prepare_data_dir(args, paths)
    log_to_file(paths)
    instance = SingleInstance(paths.root)
    locked = instance.acquire()
    holder = None if locked else instance.holder()
    if not locked and write:
        refuse_without_lock(args, paths, holder)
    try:
        if locked:
            settle(paths)
            paths.temporaries.remove_stale()
        key = unlock_from_args(args, paths)
        if locked:
            try:
                if write and (problem := check_database_file(paths.database, key)):
                    raise CommandError(stop_message(paths, problem, key))
                context = open_context(paths.root, key=key)
            except DiskFaultError as exc:
                raise CommandError(str(exc), exc.fault.exit_code) from exc
            except (DatabaseCorruptError, DatabaseUnreadableError) as exc:
                raise CommandError(stop_message(paths, str(exc), key)) from exc
            except DatabaseError as exc:
                raise CommandError(str(exc)) from exc
            if key is not None:
                align_backups(paths, key)
            settings, backups = context.services.settings, context.services.backups
        else:  # the app has the journal open: read it without the services that write
            open_read_only(paths, key, nobody_writes=holder is None)
            settings = SettingsService()
            backups = BackupService(paths, zone=settings.zone)
        transfer = DataTransferService(backups, zone=settings.zone)
        try:
            yield Journal(paths, backups, transfer, read_only=not locked)
        finally:
            if locked:
                context.close()
            else:
                close_db()
    finally:
        if locked:
            instance.release()


def prepare_data_dir(args: argparse.Namespace, paths: DataPaths) -> None:
    """Create the data folder if needed (0700); one line when that is impossible."""
    from rejection_desktop.platform.paths import folder_problem, make_private_dir  # noqa: PLC0415

    try:
        make_private_dir(paths.root)
    except OSError as exc:
        error = disk_fault_error(exc, args, f"cannot use the data folder {paths.root}")
        raise error or CommandError(folder_problem(paths.root, exc)) from exc


def refuse_without_lock(args: argparse.Namespace, paths: DataPaths, holder: int | None
                        ) -> None:
    """Raise the CommandError for a lock a writing command cannot take: held by the app or
    another command (exit code 6), or not writable at all (the disk's fault)."""
    from rejection_desktop.db.faults import EXIT_BUSY, Fault, probe  # noqa: PLC0415
    from rejection_desktop.platform.single_instance import holder_command  # noqa: PLC0415

    if holder is None:
        fault = probe(paths.root) or Fault.PERMISSION
        raise CommandError(f"{args.command} failed: {fault.text} ({paths.root}); the journal "
                           "was not changed", fault.exit_code)
    other = holder_command(holder, tuple(HANDLERS))
    if other is None:
        raise CommandError(f"Rejection Desktop is running with the journal in {paths.root}; "
                           "close it first (or use Settings > Data in the app)", EXIT_BUSY)
    raise CommandError(f"the command `{APP_EXECUTABLE} {other}` (process {holder}) is using "
                       f"the journal in {paths.root}; try again when it has finished",
                       EXIT_BUSY)


# the commands ------------------------------------------------------------------------------------
@command("export")
def export_command(args: argparse.Namespace) -> int:
    with journal(args, write=False, must_exist=True) as j:
        output = args.output.expanduser()
        if output.is_dir():
            raise CommandError(f"{output} is a folder; give a file name")
        try:
            with progress_line("export") as steps:
                summary = j.transfer.export(args.format, output, steps)
        except OSError as exc:
            raise disk_fault_error(exc, args, f"cannot write {output}",
                                   output.parent) or CommandError(
                f"cannot write {output}: {exc.strerror or exc}") from exc
    counts = ", ".join(f"{n:,} {name}" for name, n in summary.counts.items())
    say(f"exported {counts} to {summary.path} ({summary.size:,} bytes)")
    if summary.replaced:
        say(summary.repair_note())
    if summary.problem:
        return fail(summary.problem)
    return 0


@command("import")
def import_command(args: argparse.Namespace) -> int:
    from rejection_desktop.services.importer import (  # noqa: PLC0415
        ImportMode,
        ImportRefusedError,
        not_a_file,
    )

    mode = ImportMode.REPLACE if args.replace else ImportMode.MERGE
    source = args.file.expanduser()
    try:  # not a file at all (a FIFO, a folder): refused before the journal is touched
        if source.exists() and not stat.S_ISREG(source.stat().st_mode):
            raise not_a_file(source)
    except ImportRefusedError as exc:
        raise CommandError(f"cannot import {source}: {exc}") from exc
    with journal(args, write=True, must_exist=False) as j:
        if args.max_size_mb:
            j.transfer.max_import_bytes = args.max_size_mb * 1024 * 1024
        try:
            if args.dry_run:
                with progress_line("import --dry-run"):
                    result = j.transfer.preview(source, mode)
                say(f"{source} is a valid export; importing it ({mode.value}) would: "
                    f"{result.summary()}")
                return 0
            with progress_line("import") as steps:
                result = j.transfer.import_file(source, mode, steps)
        except ImportRefusedError as exc:
            raise CommandError(f"cannot import {source}: {exc}") from exc
    say(f"imported {source} ({mode.value}): {result.summary()}")
    if result.backup is not None:
        say(f"the journal as it was before is backed up in {result.backup}")
    return 0


@command("backup")
def backup_command(args: argparse.Namespace) -> int:
    from rejection_desktop.db.backup import BackupFileError, backup_database  # noqa: PLC0415
    from rejection_desktop.db.connection import db  # noqa: PLC0415

    with journal(args, write=False, must_exist=True) as j:
        if args.list:
            print_backups(j)
            return 0
        try:
            with progress_line("backup") as steps:
                if args.output is not None:
                    steps.phase(Phase.BACKING_UP)
                    path = backup_database(db.obj, args.output.expanduser().resolve(),
                                           progress=steps.at, temporaries=j.paths.temporaries)
                else:
                    path = j.backups.back_up_now(steps).path
        except (OSError, BackupFileError) as exc:
            raise disk_fault_error(exc, args, "backup failed") or CommandError(
                f"backup failed: {exc}") from exc
    say(f"backed up to {path}")
    return 0


def print_backups(j: Journal) -> None:
    from rejection_desktop.services.settings import SettingsService  # noqa: PLC0415

    zone = SettingsService().zone()
    backups = j.backups.list_backups()
    if not backups:
        say(f"no backups yet in {j.backups.folder()}")
    for info in backups:
        details = j.backups.details(info)
        counts = "unreadable" if details is None else ", ".join(
            f"{n:,} {name}s" for name, n in details.counts.items())
        when = info.created.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        say(f"{when}  {info.kind.value:<14} {counts}  {info.path}")


@command("restore")
def restore_command(args: argparse.Namespace) -> int:
    start_qt()
    from rejection_desktop.db.backup import BackupFileError  # noqa: PLC0415
    from rejection_desktop.db.files import check_database_file  # noqa: PLC0415
    from rejection_desktop.platform.single_instance import SingleInstance  # noqa: PLC0415
    from rejection_desktop.services.recovery import restore_after_damage  # noqa: PLC0415

    source = args.file.expanduser().resolve()
    paths = data_paths(args, must_exist=False)
    secret = secret_from_args(args)
    ask = None if secret is None else secret.unlock  # for a backup made with another key
    log_to_file(paths)
    key = unlock_from_args(args, paths) if paths.database.exists() else None
    if os.path.lexists(paths.database) and (
            problem := check_database_file(paths.database, key)):
        instance = SingleInstance(paths.root)
        if not instance.acquire():
            refuse_without_lock(args, paths, instance.holder())
        try:
            damaged = restore_after_damage(paths, source, key=key, ask=ask)
        except BackupFileError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            instance.release()
        say(f"the journal could not be used ({problem.rstrip('.')}); it was kept unchanged "
            f"as {damaged}")
        say(f"restored from {source}")
        return 0
    with journal(args, write=True, must_exist=False) as j:
        try:
            with progress_line("restore") as steps:
                safety = j.backups.restore(source, ask, steps)
        except BackupFileError as exc:
            raise CommandError(str(exc)) from exc
    say(f"restored from {source}")
    say(f"the journal as it was before is backed up in {safety.path}")
    return 0


@command("encryption")
def encryption_command(args: argparse.Namespace) -> int:
    """``encryption status|enable|disable|change-passphrase`` (all but status take the lock)."""
    from rejection_desktop.services import encryption  # noqa: PLC0415

    paths = data_paths(args, must_exist=args.action in ("disable", "change-passphrase"))
    if args.action == "status":
        say(encryption.state(paths).value)
        return 0
    start_qt()
    from rejection_desktop.platform.single_instance import SingleInstance  # noqa: PLC0415

    paths.root.mkdir(parents=True, exist_ok=True)
    log_to_file(paths)
    instance = SingleInstance(paths.root)
    if not instance.acquire():
        raise CommandError(f"Rejection Desktop is running with the journal in {paths.root}; "
                           "close it first (or use Settings > Privacy in the app)")
    try:
        encryption.settle(paths)
        handler = {"enable": enable_encryption, "disable": disable_encryption,
                   "change-passphrase": change_passphrase}[args.action]
        try:
            handler(args, paths)
        except encryption.EncryptionError as exc:
            raise CommandError(str(exc)) from exc
    finally:
        instance.release()
    return 0


def enable_encryption(args: argparse.Namespace, paths: DataPaths) -> None:
    from rejection_desktop.app.context import open_context  # noqa: PLC0415
    from rejection_desktop.services import encryption  # noqa: PLC0415

    if encryption.state(paths) is encryption.EncryptionState.ENCRYPTED:
        raise CommandError("the journal is already encrypted")
    if not getattr(args, "passphrase_stdin", False):
        raise CommandError("give the new passphrase on stdin with --passphrase-stdin")
    secret = secret_from_args(args)
    assert secret is not None and secret.passphrase is not None
    made = encryption.new_key(secret.passphrase)
    if not paths.database.exists():  # a new journal, encrypted from the start
        open_context(paths.root).close()
    encryption.enable(paths, made)
    say(f"recovery code: {made.recovery_code}")
    say("the journal is encrypted; keep the recovery code somewhere safe (not on this "
        "computer): it opens the journal and its backups if the passphrase is forgotten")


def disable_encryption(args: argparse.Namespace, paths: DataPaths) -> None:
    from rejection_desktop.services import encryption  # noqa: PLC0415

    key = unlock_from_args(args, paths)
    if key is None:
        raise CommandError("the journal is not encrypted")
    encryption.disable(paths, key)
    say("the journal and its backups are no longer encrypted")


def change_passphrase(args: argparse.Namespace, paths: DataPaths) -> None:
    from rejection_desktop.services import encryption  # noqa: PLC0415

    if encryption.state(paths) is encryption.EncryptionState.PLAIN:
        raise CommandError("the journal is not encrypted")
    secret = secret_from_args(args)
    if secret is None:
        raise CommandError("the journal is encrypted; give --passphrase-stdin or "
                           "--recovery-code-stdin (the current one on the first line of stdin, "
                           "the new passphrase on the second)")
    new = read_stdin_line()
    if not new:
        raise CommandError("give the new passphrase on the second line of stdin")
    encryption.change_passphrase(paths, secret, new)
    say("passphrase changed (the recovery code stays the same)")
