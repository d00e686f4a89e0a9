"""Start-up after the first paint, as ordered steps over one ``Opening``.

``JournalStart`` (``app.startup``) has already started the journal's check on a thread (for a
plain journal); here the steps run in order: unlock (an encrypted journal), recover (when the
check failed), open the journal, build the window's pages and paint Today, then wire
reminders, tray and backups around them, listen for a second launch, welcome. A step
stops start-up by raising ``Stop`` with the exit code; whatever was opened is closed again.
``--smoke`` runs the same steps and stops after the report.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from rejection_desktop.app import stop_text
from rejection_desktop.app.assemble import build_shell, smoke, wire_features
from rejection_desktop.app.context import open_context
from rejection_desktop.app.startup import JournalStart, Options, fail, fail_on_disk
from rejection_desktop.db.files import DatabaseError, DiskFaultError
from rejection_desktop.services.container import AppContext
from rejection_desktop.ui.shell import Shell

if TYPE_CHECKING:
    from datetime import datetime

    from rejection_desktop.app.reminders import ReminderRuntime
    from rejection_desktop.db.cipher import JournalKey
    from rejection_desktop.services.encryption import Secret
    from rejection_desktop.services.recovery import RecoveryResult

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Running:
    """The app once its journal is open."""

    context: AppContext
    shell: Shell
    runtime: ReminderRuntime

    def close(self) -> None:
        self.context.close()


class Stop(Exception):  # noqa: N818 - a signal to stop, not an error
    """Start-up ends here with ``code``."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class Opening:
    """What the steps have opened so far."""

    def __init__(self, start: JournalStart) -> None:
        self.start = start
        self.key: JournalKey | None = None
        self.told_until: datetime | None = None  # reminders announced while still locked
        self.recovery: RecoveryResult | None = None
        self.context: AppContext | None = None
        self.shell: Shell | None = None
        self.runtime: ReminderRuntime | None = None

    def stop(self, message: str, exit_code: int = 1, shown: str | None = None) -> Stop:
        """Report ``message`` in one English line (and unless smoke a dialog saying ``shown``,
        the same in the user's language); stop with ``exit_code``."""
        return Stop(fail(message, smoke=self.start.options.smoke, exit_code=exit_code,
                         shown=shown))

    def close(self) -> None:
        if self.context is not None:
            self.context.close()


def tidy(opening: Opening) -> None:
    """Remove the temporaries a killed export or backup left behind."""
    opening.start.paths.temporaries.remove_stale()


def unlock(opening: Opening) -> None:
    """Tidy an interrupted encryption change; then the key of an encrypted journal: from
    standard input (``--passphrase-stdin``, ``--recovery-code-stdin``, required by
    ``--smoke``) or from the unlock screen in the window. A plain journal loads no cipher code."""
    start = opening.start
    paths, options = start.paths, start.options
    if not paths.key_file.exists() and not Path(f"{paths.database}.previous").exists() \
            and not Path(f"{paths.database}.converting").exists():
        return
    from rejection_desktop.domain.problems import Problem  # noqa: PLC0415
    from rejection_desktop.services import encryption  # noqa: PLC0415
    from rejection_desktop.ui.problem_text import problem_text, sentence  # noqa: PLC0415

    if start.check.unlocks:  # the secret was on stdin: unlocked on the check's thread
        from rejection_desktop.db.keyfile import KeyFileError, WrongSecretError  # noqa: PLC0415

        try:
            opening.key = start.check.unlocked()  # type: ignore[assignment]
        except WrongSecretError:
            typed = encryption.Secret(passphrase="" if options.passphrase_stdin else None)
            raise opening.stop(typed.wrong_message(),
                               shown=sentence(typed.wrong_problem())) from None
        except KeyFileError as exc:
            raise opening.stop(str(exc), shown=sentence(Problem.KEY_FILE)) from exc
        encryption.settle(paths)  # a leftover ``key.tmp`` or half-converted backup
        return
    encryption.settle(paths)
    if encryption.state(paths) is encryption.EncryptionState.PLAIN:
        return
    secret = secret_from_stdin(options)
    if secret is None:
        if options.smoke:
            raise opening.stop("the journal is encrypted; give --passphrase-stdin or "
                               "--recovery-code-stdin")
        key = wait_locked(opening)
        if key is None:
            raise Stop(0)
    else:
        try:
            key = encryption.unlock(paths, secret)
        except encryption.EncryptionError as exc:
            raise opening.stop(str(exc), shown=problem_text(exc)) from exc
    opening.key = start.check.key = key
    start.check.start()  # checked on a thread from now on; ``recover`` waits for it


def wait_locked(opening: Opening) -> JournalKey | None:
    """The unlock screen in the window, or, for a start at login with a tray, a tray icon that
    opens it. Meanwhile the reminders of the plain schedule file fire with generic texts (the
    journal cannot be read yet); tray actions that would write open the unlock screen."""
    from rejection_desktop.notifications.delivery import (  # noqa: PLC0415
        NotifierChain,
        PlyerBackend,
        TrayBackend,
    )
    from rejection_desktop.services.schedule_file import LockedNudges, read_schedule  # noqa: PLC0415
    from rejection_desktop.ui.dialogs.unlock import wait_for_unlock  # noqa: PLC0415
    from rejection_desktop.ui.tray import ReminderTray  # noqa: PLC0415

    start = opening.start
    window, paths = start.window, start.paths
    tray = ReminderTray() if ReminderTray.available() else None
    if tray is not None:
        tray.show()
        for signal in (tray.today_requested, tray.log_requested, tray.snooze_requested,
                       tray.pause_requested, tray.resume_requested, tray.open_requested,
                       tray.message_clicked):
            signal.connect(window.bring_to_front)
        tray.quit_requested.connect(window.quit_requested.emit)
    chain = NotifierChain([PlyerBackend(),
                           TrayBackend(lambda: tray.icon if tray else None,
                                       lambda: tray is not None)])
    nudges = LockedNudges(read_schedule(paths.reminder_schedule), chain.notify)
    nudges.start()
    try:
        key = wait_for_unlock(window, paths,
                              show=not (start.options.hidden and tray is not None))
    finally:
        nudges.stop()
        if tray is not None:
            tray.hide()
    opening.told_until = nudges.told_until
    return key


def secret_from_stdin(options: Options) -> Secret | None:
    """The passphrase or recovery code the command line says is on standard input."""
    from rejection_desktop.app.commands import read_stdin_line  # noqa: PLC0415
    from rejection_desktop.services.encryption import Secret  # noqa: PLC0415

    if options.passphrase_stdin:
        return Secret(passphrase=read_stdin_line())
    if options.recovery_code_stdin:
        return Secret(recovery_code=read_stdin_line())
    return None


def recover(opening: Opening) -> None:
    """When the journal's check found damage: offer a backup (never asked in ``--smoke``)."""
    start = opening.start
    problem = start.check.result()
    if problem is None:
        return  # healthy or new: the recovery code is not even loaded
    from rejection_desktop.services.recovery import run_startup_recovery  # noqa: PLC0415

    ask = start.hooks.ask_recovery
    if ask is None and not start.options.smoke:
        from rejection_desktop.ui.dialogs.recovery_dialog import ask_recovery  # noqa: PLC0415

        ask = ask_recovery
    recovery = run_startup_recovery(start.paths, None if start.options.smoke else ask,
                                    check=lambda _database: problem,
                                    key=opening.key)
    if not recovery.proceed:
        if not recovery.message:
            raise Stop(1)  # the user chose to quit
        shown = None if recovery.restore_error is None \
            else stop_text.restore_text(recovery.restore_error)
        raise opening.stop(recovery.message, shown=shown)
    opening.recovery = recovery


def open_journal_file(opening: Opening) -> None:
    """Open (or create), migrate and seed the journal; build its services."""
    paths = opening.start.paths
    opening.context = open_context(paths.root, key=opening.key)
    if opening.key is not None:  # backups left plain by an interrupted change
        from rejection_desktop.services.encryption import align_backups  # noqa: PLC0415

        align_backups(paths, opening.key)


def build_pages(opening: Opening) -> None:
    """The pages in the window: the current one (Today) built and showing its figures."""
    assert opening.context is not None
    opening.shell = build_shell(opening.context, opening.start.window)


def today_shown(opening: Opening) -> None:
    """Paint the filled-in window now (the user sees Today), then say so; what is wired next
    (reminders, tray, backups) is not needed to read it."""
    window = opening.start.window
    if window.isVisible():
        window.repaint()
    opening.start.hooks.today_shown()


def wire_around(opening: Opening) -> None:
    """Reminders, tray, backups, import and export, privacy, wired to the pages."""
    start = opening.start
    assert opening.context is not None and opening.shell is not None
    opening.runtime = wire_features(start.app, opening.shell, opening.context,
                                    told_until=opening.told_until)


def say_what_recovery_did(opening: Opening) -> None:
    """After a restore at start-up, a banner says from which backup and where the damaged
    file was kept."""
    recovery, window = opening.recovery, opening.start.window
    if recovery is None or recovery.restored_from is None:
        return
    window.banner.show_message(translate("RestoreNotice",
        "Your journal could not be read, so it was restored from the backup {0}. The "
        "damaged file was kept as {1}.").format(
        recovery.restored_from.name,
        recovery.damaged_copy.name if recovery.damaged_copy else "-"))


def listen(opening: Opening) -> None:
    """A second launch may hand over now (it waited while the journal was opening)."""
    opening.start.instance.listen()


def smoke_report(opening: Opening) -> None:
    """``--smoke``: visit every page, print the report, stop with its exit code."""
    start = opening.start
    if start.options.smoke:
        assert opening.shell is not None and opening.runtime is not None
        raise Stop(smoke(start.app, opening.shell, opening.runtime))


def welcome(opening: Opening) -> None:
    """Onboarding and drafts when first shown; a hidden start shows the window without a tray."""
    start = opening.start
    assert opening.shell is not None and opening.runtime is not None
    start.hooks.welcome(opening.shell)
    if start.options.hidden and not opening.runtime.should_start_hidden(True):
        start.window.show()


STEPS: tuple[Callable[[Opening], None], ...] = (
    tidy, unlock, recover, open_journal_file, build_pages, say_what_recovery_did, today_shown,
    wire_around, listen, smoke_report, welcome)
"""The order of start-up after the first paint (the journal's check is already running)."""


def open_journal(start: JournalStart) -> Running | int:
    """Run the steps; the running app, or an exit code when start-up stops. A disk fault (full,
    read-only, no permission) stops with its own line and exit code, never as damage."""
    opening = Opening(start)
    try:
        for step in STEPS:
            try:
                step(opening)
            except Stop:
                raise
            except DiskFaultError as exc:
                raise opening.stop(str(exc), exc.fault.exit_code,
                                   stop_text.journal_text(exc)) from exc
            except DatabaseError as exc:  # newer than this app, or unreadable
                raise opening.stop(str(exc), shown=stop_text.journal_text(exc)) from exc
            except Exception as exc:
                code = fail_on_disk(exc, start.paths.root, "cannot open the journal",
                                    smoke=start.options.smoke, shown=stop_text.disk_text)
                if code is None:
                    raise
                raise Stop(code) from exc
    except Stop as stop:
        opening.close()
        return stop.code
    except BaseException:
        opening.close()
        raise
    assert opening.context is not None and opening.shell is not None
    assert opening.runtime is not None
    log.info("journal open, window filled in")
    return Running(opening.context, opening.shell, opening.runtime)
