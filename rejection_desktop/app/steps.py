"""Start-up after the first paint, as ordered steps over one ``Opening``.

``JournalStart`` (``app.startup``) has already started the journal's check on a thread (for a
plain journal); here the steps run in order: unlock (an encrypted journal), recover (when the
check failed), open the journal, assemble the window's pages with reminders, tray and backups,
listen for a second launch, welcome. A step
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

from rejection_desktop.app.assemble import assemble, smoke
from rejection_desktop.app.context import open_context
from rejection_desktop.app.reminders import ReminderRuntime
from rejection_desktop.app.startup import JournalStart, Options, fail
from rejection_desktop.db.files import DatabaseError
from rejection_desktop.services.container import AppContext
from rejection_desktop.services.recovery import RecoveryResult, run_startup_recovery
from rejection_desktop.ui.shell import Shell

if TYPE_CHECKING:
    from rejection_desktop.db.cipher import JournalKey
    from rejection_desktop.services.encryption import Secret

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
        self.recovery: RecoveryResult | None = None
        self.context: AppContext | None = None
        self.shell: Shell | None = None
        self.runtime: ReminderRuntime | None = None

    def stop(self, message: str) -> Stop:
        """Report ``message`` in one line (and a dialog unless smoke); exit code 1."""
        return Stop(fail(message, smoke=self.start.options.smoke))

    def close(self) -> None:
        if self.context is not None:
            self.context.close()


def unlock(opening: Opening) -> None:
    """Tidy an interrupted encryption change; then the key of an encrypted journal: from
    standard input (``--passphrase-stdin``, ``--recovery-code-stdin``, required by
    ``--smoke``) or from the unlock screen in the window. A plain journal loads no cipher code."""
    start = opening.start
    paths, options = start.paths, start.options
    if not paths.key_file.exists() and not Path(f"{paths.database}.previous").exists() \
            and not Path(f"{paths.database}.converting").exists():
        return
    from rejection_desktop.services import encryption  # noqa: PLC0415

    encryption.settle(paths)
    if encryption.state(paths) is encryption.EncryptionState.PLAIN:
        return
    secret = secret_from_stdin(options)
    if secret is None:
        if options.smoke:
            raise opening.stop("the journal is encrypted; give --passphrase-stdin or "
                               "--recovery-code-stdin")
        from rejection_desktop.ui.dialogs.unlock import wait_for_unlock  # noqa: PLC0415

        key = wait_for_unlock(start.window, paths)
        if key is None:
            raise Stop(0)
    else:
        try:
            key = encryption.unlock(paths, secret)
        except encryption.EncryptionError as exc:
            raise opening.stop(str(exc)) from exc
    opening.key = start.check.key = key


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
    ask = start.hooks.ask_recovery
    if ask is None and not start.options.smoke:
        from rejection_desktop.ui.dialogs.recovery_dialog import ask_recovery  # noqa: PLC0415

        ask = ask_recovery
    recovery = run_startup_recovery(start.paths, None if start.options.smoke else ask,
                                    check=lambda _database: start.check.result(),
                                    key=opening.key)
    if not recovery.proceed:
        raise opening.stop(recovery.message) if recovery.message else Stop(1)
    opening.recovery = recovery


def open_journal_file(opening: Opening) -> None:
    """Open (or create), migrate and seed the journal; build its services."""
    paths = opening.start.paths
    try:
        opening.context = open_context(paths.root, key=opening.key)
    except DatabaseError as exc:
        raise opening.stop(str(exc)) from exc
    if opening.key is not None:  # backups left plain by an interrupted change
        from rejection_desktop.services.encryption import align_backups  # noqa: PLC0415

        align_backups(paths, opening.key)


def assemble_window(opening: Opening) -> None:
    """The pages in the window, reminders, tray, backups, import and export wired in."""
    start = opening.start
    assert opening.context is not None
    opening.shell, opening.runtime = assemble(start.app, opening.context, start.window)


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
    unlock, recover, open_journal_file, assemble_window, say_what_recovery_did, listen,
    smoke_report, welcome)
"""The order of start-up after the first paint (the journal's check is already running)."""


def open_journal(start: JournalStart) -> Running | int:
    """Run the steps; the running app, or an exit code when start-up stops."""
    opening = Opening(start)
    try:
        for step in STEPS:
            step(opening)
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
