"""Subcommands that work on the journal without a window (export, import, backup, restore).

Errors are one readable line on stderr and exit code 1, never a traceback (details go to the
log file). Commands that write (import, restore) take the single-instance lock and refuse
while the app is running on the same data dir. Commands that only read (export, backup)
also work while it runs, through a read-only connection.

Imports of Qt and the services happen inside the handlers, so ``--version`` stays fast.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rejection_desktop import APP_EXECUTABLE

if TYPE_CHECKING:
    from rejection_desktop.paths import DataPaths
    from rejection_desktop.services.backups import BackupService
    from rejection_desktop.services.data_transfer import DataTransferService
    from rejection_desktop.single_instance import SingleInstance

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]
HANDLERS: dict[str, Handler] = {}
QT_APP: list[Any] = []
"""Keeps the command's QCoreApplication alive while it runs."""


class CommandError(Exception):
    """A failure to report to the user in one line."""


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
        return fail(str(exc))
    except Exception as exc:
        log.exception("command %s failed", args.command)
        return fail(f"{args.command} failed: {exc}")


def fail(message: str) -> int:
    if sys.stderr is not None:
        print(f"{APP_EXECUTABLE}: {message}", file=sys.stderr)
    return 1


def say(message: str) -> None:
    if sys.stdout is not None:
        print(message)


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
    from rejection_desktop.logging_setup import setup_logging  # noqa: PLC0415

    setup_logging(paths.logs)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.StreamHandler and getattr(handler, "_rejection_desktop",
                                                                False):
            root.removeHandler(handler)


def data_paths(args: argparse.Namespace, *, must_exist: bool) -> DataPaths:
    from rejection_desktop.paths import DataPaths, resolve_data_dir  # noqa: PLC0415

    paths = DataPaths(resolve_data_dir(args.data_dir))
    if must_exist and not paths.database.exists():
        raise CommandError(f"there is no journal in {paths.root}")
    return paths


def open_read_only(paths: DataPaths) -> Any:
    """Bind the models to a read-only connection (the app may be writing meanwhile)."""
    import peewee  # noqa: PLC0415

    from rejection_desktop.db.connection import db  # noqa: PLC0415
    from rejection_desktop.db.files import read_only_uri  # noqa: PLC0415
    from rejection_desktop.db.migrations import current_version, latest_version  # noqa: PLC0415

    database = peewee.SqliteDatabase(read_only_uri(paths.database), uri=True,
                                     pragmas={"busy_timeout": 5000, "query_only": 1})
    database.connect()
    db.initialize(database)
    if current_version(database) != latest_version():
        database.close()
        raise CommandError("the journal needs an upgrade; close Rejection Desktop and run the "
                           "command again")
    return database


def in_use(instance: SingleInstance, paths: DataPaths) -> str:
    """Why a command that writes cannot have the journal: the app or another command."""
    if instance.held_by_command():
        return (f"another {APP_EXECUTABLE} command is using the journal in {paths.root}; "
                "try again when it has finished")
    return (f"Rejection Desktop is running with the journal in {paths.root}; close it first "
            "(or use Settings > Data in the app)")


@contextmanager
def journal(args: argparse.Namespace, *, write: bool, must_exist: bool) -> Iterator[Journal]:
    """Open the journal for a command, holding the instance lock while it runs.

    ``write``: refuse when the app is running. Otherwise, when it runs, open read-only.
    """
    start_qt()
    from rejection_desktop.context import open_context  # noqa: PLC0415
    from rejection_desktop.db.connection import close_db  # noqa: PLC0415
    from rejection_desktop.db.files import DatabaseError, check_database_file  # noqa: PLC0415
    from rejection_desktop.services.backups import BackupService  # noqa: PLC0415
    from rejection_desktop.services.data_transfer import DataTransferService  # noqa: PLC0415
    from rejection_desktop.services.settings import SettingsService  # noqa: PLC0415
    from rejection_desktop.single_instance import SingleInstance  # noqa: PLC0415

    paths = data_paths(args, must_exist=must_exist)
    paths.root.mkdir(parents=True, exist_ok=True)
    log_to_file(paths)
    instance = SingleInstance(paths.root, command=True)
    locked = instance.acquire()
    if not locked and write:
        raise CommandError(in_use(instance, paths))
    try:
        if locked:
            if write and (problem := check_database_file(paths.database)):
                raise CommandError(f"the journal is damaged ({problem}); restore a backup with "
                                   f"`{APP_EXECUTABLE} restore FILE`")
            try:
                context = open_context(paths.root)
            except DatabaseError as exc:
                raise CommandError(str(exc)) from exc
            settings, backups = context.services.settings, context.services.backups
        else:  # the app has the journal open: read it without the services that write
            open_read_only(paths)
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


# the commands ------------------------------------------------------------------------------------
@command("export")
def export_command(args: argparse.Namespace) -> int:
    with journal(args, write=False, must_exist=True) as j:
        output = args.output.expanduser()
        if output.is_dir():
            raise CommandError(f"{output} is a folder; give a file name")
        try:
            summary = j.transfer.export(args.format, output)
        except OSError as exc:
            raise CommandError(f"cannot write {output}: {exc.strerror or exc}") from exc
    counts = ", ".join(f"{n:,} {name}" for name, n in summary.counts.items())
    say(f"exported {counts} to {summary.path} ({summary.size:,} bytes)")
    if summary.problem:
        return fail(summary.problem)
    return 0


@command("import")
def import_command(args: argparse.Namespace) -> int:
    from rejection_desktop.services.importer import (  # noqa: PLC0415
        ImportMode,
        ImportRefusedError,
    )

    mode = ImportMode.REPLACE if args.replace else ImportMode.MERGE
    source = args.file.expanduser()
    with journal(args, write=True, must_exist=False) as j:
        if args.max_size_mb:
            j.transfer.max_import_bytes = args.max_size_mb * 1024 * 1024
        try:
            if args.dry_run:
                result = j.transfer.preview(source, mode)
                say(f"{source} is a valid export; importing it ({mode.value}) would: "
                    f"{result.summary()}")
                return 0
            result = j.transfer.import_file(source, mode)
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
            if args.output is not None:
                path = backup_database(db.obj, args.output.expanduser().resolve())
            else:
                path = j.backups.back_up_now().path
        except (OSError, BackupFileError) as exc:
            raise CommandError(f"the backup failed: {exc}") from exc
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
    from rejection_desktop.recovery import restore_after_damage  # noqa: PLC0415
    from rejection_desktop.single_instance import SingleInstance  # noqa: PLC0415

    source = args.file.expanduser().resolve()
    paths = data_paths(args, must_exist=False)
    if paths.database.exists() and (problem := check_database_file(paths.database)):
        paths.root.mkdir(parents=True, exist_ok=True)
        log_to_file(paths)
        instance = SingleInstance(paths.root, command=True)
        if not instance.acquire():
            raise CommandError(in_use(instance, paths))
        try:
            damaged = restore_after_damage(paths, source)
        except BackupFileError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            instance.release()
        say(f"the journal was damaged ({problem}); it was kept unchanged as {damaged}")
        say(f"restored from {source}")
        return 0
    with journal(args, write=True, must_exist=False) as j:
        try:
            safety = j.backups.restore(source)
        except BackupFileError as exc:
            raise CommandError(str(exc)) from exc
    say(f"restored from {source}")
    say(f"the journal as it was before is backed up in {safety.path}")
    return 0
