"""Composition root: opens the journal and builds the services, pages and wiring.

``startup.run_app`` shows the window first; ``open_journal`` runs right after its first paint
(directly for ``--smoke``) and fills it in. Tests and scripts build the same app through
``assemble``.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from rejection_desktop import __version__
from rejection_desktop.context import AppContext, open_context
from rejection_desktop.db.files import DatabaseError
from rejection_desktop.recovery import run_startup_recovery
from rejection_desktop.startup import EXIT_WHEN_SHOWN, fail
from rejection_desktop.ui.dialogs.recovery_dialog import ask_recovery
from rejection_desktop.ui.main_window import MainWindow
from rejection_desktop.ui.shell import Shell
from rejection_desktop.unix_signals import SignalWakeup

if TYPE_CHECKING:
    from rejection_desktop.reminders_runtime import ReminderRuntime
    from rejection_desktop.services.importer import ImportResult
    from rejection_desktop.startup import JournalStart

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Running:
    """The app once its journal is open."""

    context: AppContext
    shell: Shell
    runtime: ReminderRuntime

    def close(self) -> None:
        self.context.close()


def open_journal(start: JournalStart) -> Running | int:
    """Recovery if the check failed, then the journal and every page and feature.

    Returns the running app, or an exit code when start-up stops (``--smoke`` always stops).
    """
    app, window, args = start.app, start.window, start.args
    recovery = run_startup_recovery(start.paths, None if args.smoke else ask_recovery,
                                    check=lambda _database: start.check.result())
    if not recovery.proceed:
        return fail(recovery.message, smoke=args.smoke) if recovery.message else 1
    try:
        context = open_context(start.paths.root)
    except DatabaseError as exc:
        return fail(str(exc), smoke=args.smoke)
    try:
        shell, runtime = assemble(app, context, window)
        start.instance.listen()
        if recovery.restored_from is not None:
            window.banner.show_message(window.tr(
                "Your journal could not be read, so it was restored from the backup {0}. The "
                "damaged file was kept as {1}.").format(
                recovery.restored_from.name,
                recovery.damaged_copy.name if recovery.damaged_copy else "-"))
        if args.smoke:
            code = smoke(app, shell, runtime)
            context.close()
            return code
    except BaseException:
        context.close()
        raise
    if os.name == "posix":
        SignalWakeup(app.quit, window)
    if not os.environ.get(EXIT_WHEN_SHOWN):
        # when started hidden (at login), these wait until the window is first opened
        window.when_first_shown(shell.show_onboarding_if_new)
        window.when_first_shown(shell.offer_drafts)
    if args.hidden and not runtime.should_start_hidden(True):
        window.show()
    log.info("journal open, window filled in")
    return Running(context, shell, runtime)


def build_shell(context: AppContext, window: MainWindow | None = None) -> Shell:
    """The main window's pages and actions, wired to the services."""
    if window is None:
        window = MainWindow(QSettings(str(context.paths.ui_state), QSettings.Format.IniFormat))
    return Shell(context, window)


def assemble(app: QApplication, context: AppContext, window: MainWindow | None = None
             ) -> tuple[Shell, ReminderRuntime]:
    """The window with every feature wired in: reminders, tray, backups, import and export."""
    shell = build_shell(context, window)
    runtime = start_reminders(app, shell, context)
    wire_data(app, shell, runtime)
    notice_unusable_settings(shell)
    return shell, runtime


def notice_unusable_settings(shell: Shell) -> None:
    """Say once, in the window's banner, that stored settings could not be used (their
    defaults are), whether found during start-up or later."""
    settings, window = shell.services.settings, shell.window
    shown: list[bool] = []

    def show(*_: object) -> None:
        if shown:
            return
        shown.append(True)
        window.banner.show_message(
            window.tr("Some of your settings could not be read, so their defaults are used "
                      "for now. You can set them again in Settings."),
            window.tr("Open Settings"), lambda: window.show_page("settings"))

    settings.invalid_found.connect(show)
    if settings.invalid_keys():
        show()


def start_reminders(app: QApplication, shell: Shell, context: AppContext) -> ReminderRuntime:
    """Scheduler, notifier chain and tray, wired to the window and its pages."""
    from rejection_desktop.reminders_runtime import ReminderRuntime  # noqa: PLC0415

    runtime = ReminderRuntime(app, shell.window, context)
    runtime.log_requested.connect(shell.log_attempt)
    runtime.attempt_requested.connect(shell.log_existing_attempt)
    runtime.missed_changed.connect(lambda count: shell.window.set_badge("today", count))
    shell.suggestion_changed.connect(runtime.set_today_title)
    shell.add_settings_section(shell.window.tr("Reminders"), runtime.settings_section)
    return runtime


def wire_data(app: QApplication, shell: Shell, runtime: ReminderRuntime) -> None:
    """Automatic backups (and one on quit), and a full refresh after an import or restore."""
    services = shell.services
    services.backups.watch(services.challenges, services.attempts, services.reflections,
                           services.prompts, services.settings, services.reminders)
    app.aboutToQuit.connect(services.backups.back_up_on_quit)
    services.backups.backup_failed.connect(shell.window.banner.show_message)

    def after_data_replaced(*_: object) -> None:
        services.progress.reload()
        services.reminders.settle_all(shell.context.clock())  # no re-announced old nudges
        services.reminders.arm_open_plans()  # imported and restored plans remind
        runtime.scheduler.replan("import")
        shell.reload_pages()

    def after_import(result: ImportResult) -> None:
        if result.changed:  # a merge that added nothing changed nothing
            after_data_replaced()

    services.backups.restored.connect(after_data_replaced)

    def data_section() -> QWidget:
        """Export and import load only when the Settings page is first opened."""
        from rejection_desktop.services.data_transfer import DataTransferService  # noqa: PLC0415
        from rejection_desktop.ui.widgets.data_settings import DataSettingsSection  # noqa: PLC0415

        transfer = DataTransferService(services.backups, services.settings.zone,
                                       shell.context.clock, parent=shell)
        transfer.imported.connect(after_import)
        return DataSettingsSection(transfer, services.backups, services.settings.zone)

    shell.add_settings_section(shell.window.tr("Your data"), data_section)


def smoke(app: QApplication, shell: Shell, runtime: ReminderRuntime) -> int:
    """Show the window offscreen, visit every page, process events, report and exit 0."""
    from rejection_desktop.notifications import resolve_plyer_backend  # noqa: PLC0415

    window = shell.window
    window.show()
    for key in window.page_keys():
        window.show_page(key)
        app.processEvents()
    window.hide()
    context = shell.context
    next_due = runtime.scheduler.next_at
    report = {
        "version": __version__,
        "schema": context.migration.to_version,
        "challenges": len(context.services.challenges.list_challenges()),
        "data_dir": str(context.paths.root),
        "daily_nudges": len(context.services.reminders.daily_nudges()),
        "next_reminder": next_due.isoformat() if next_due else "none",
        "notifier": resolve_plyer_backend().replace(" ", "_"),
        "platform": app.platformName(),
    }
    runtime.shutdown()
    print("smoke ok: " + " ".join(f"{k}={v}" for k, v in report.items()))
    return 0
