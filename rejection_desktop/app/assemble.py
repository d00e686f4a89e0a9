"""Composition: the window's pages, reminders, tray, backups, import and export, wired to the
services of an open journal.

Start-up (``app.steps``) calls ``assemble`` once the journal is open; tests and scripts build
the same app through it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from rejection_desktop import __version__
from rejection_desktop.services.container import AppContext
from rejection_desktop.ui.main_window import MainWindow
from rejection_desktop.ui.shell import Shell

if TYPE_CHECKING:
    from rejection_desktop.app.reminders import ReminderRuntime

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


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
    return shell, runtime


def start_reminders(app: QApplication, shell: Shell, context: AppContext) -> ReminderRuntime:
    """Scheduler, notifier chain and tray, wired to the window and its pages."""
    from rejection_desktop.app.reminders import ReminderRuntime  # noqa: PLC0415

    runtime = ReminderRuntime(app, shell.window, context)
    runtime.log_requested.connect(shell.log_attempt)
    runtime.attempt_requested.connect(shell.log_existing_attempt)
    runtime.plan_requested.connect(shell.open_plan)
    runtime.plan_ask_requested.connect(shell.plan_suggestion)
    runtime.suggestion_requested.connect(shell.focus_suggestion)
    shell.suggested.connect(runtime.set_suggestion)
    runtime.missed_changed.connect(lambda count: shell.window.set_badge("today", count))
    shell.add_settings_section(translate("MainWindow", "Reminders"), runtime.settings_section)
    return runtime


def wire_data(app: QApplication, shell: Shell, runtime: ReminderRuntime) -> None:
    """Automatic backups (and one on quit), and a full refresh after an import or restore."""
    services = shell.services
    services.backups.watch(services.challenges, services.attempts, services.reflections,
                           services.prompts, services.settings, services.reminders)
    app.aboutToQuit.connect(services.jobs.cancel_and_wait)  # before the last backup
    app.aboutToQuit.connect(services.backups.back_up_on_quit)
    services.backups.backup_failed.connect(shell.window.banner.show_message)

    def after_data_replaced(*_: object) -> None:
        services.progress.reload()
        services.reminders.settle_all(shell.context.clock())  # no re-announced old nudges
        runtime.scheduler.replan("import")
        shell.reload_pages()

    services.backups.restored.connect(after_data_replaced)

    def data_section() -> QWidget:
        """Export and import load only when the Settings page is first opened."""
        from rejection_desktop.services.data_transfer import DataTransferService  # noqa: PLC0415
        from rejection_desktop.ui.widgets.data_settings import DataSettingsSection  # noqa: PLC0415

        transfer = DataTransferService(services.backups, services.settings.zone,
                                       shell.context.clock, parent=shell)
        transfer.imported.connect(after_data_replaced)
        return DataSettingsSection(transfer, services.backups, services.settings.zone,
                                   services.jobs)

    shell.add_settings_section(translate("MainWindow", "Your data"), data_section)


def smoke(app: QApplication, shell: Shell, runtime: ReminderRuntime) -> int:
    """Show the window offscreen, visit every page, process events, report and exit 0."""
    from rejection_desktop.notifications.delivery import resolve_plyer_backend  # noqa: PLC0415
    from rejection_desktop.notifications.freedesktop import notification_buttons  # noqa: PLC0415

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
        "buttons": notification_buttons(),
        "platform": app.platformName(),
    }
    runtime.shutdown()
    print("smoke ok: " + " ".join(f"{k}={v}" for k, v in report.items()))
    return 0
