"""Composition: the window's pages, reminders, tray, backups, import and export, wired to the
services of an open journal.

Start-up (``app.steps``) calls ``assemble`` once the journal is open; tests and scripts build
the same app through it.
"""

from __future__ import annotations

import logging
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from rejection_desktop import __version__
from rejection_desktop.services.container import AppContext
from rejection_desktop.ui.main_window import MainWindow
from rejection_desktop.ui.shell import Shell

if TYPE_CHECKING:
    from rejection_desktop.app.reminders import ReminderRuntime
    from rejection_desktop.services.importer import ImportResult
    from rejection_desktop.ui.lock_screen import LockScreen

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


def build_shell(context: AppContext, window: MainWindow | None = None) -> Shell:
    """The main window's pages and actions, wired to the services."""
    if window is None:
        window = MainWindow(QSettings(str(context.paths.ui_state), QSettings.Format.IniFormat))
    return Shell(context, window)


def assemble(app: QApplication, context: AppContext, window: MainWindow | None = None, *,
             told_until: datetime | None = None, watch_session: bool = True
             ) -> tuple[Shell, ReminderRuntime]:
    """The window with every feature wired in: reminders, tray, backups, import and export,
    privacy. ``told_until``: reminders already announced before the journal was unlocked."""
    shell = build_shell(context, window)
    return shell, wire_features(app, shell, context, told_until=told_until,
                                watch_session=watch_session)


def wire_features(app: QApplication, shell: Shell, context: AppContext, *,
                  told_until: datetime | None = None, watch_session: bool = True
                  ) -> ReminderRuntime:
    """Everything around the pages (start-up wires it once Today shows): reminders, tray,
    backups, import and export, privacy; then the services no page has asked for yet are
    built, on the GUI thread, before any job can run."""
    runtime = start_reminders(app, shell, context, told_until)
    wire_data(app, shell, runtime)
    notice_unusable_settings(shell)
    wire_privacy(shell, runtime, watch_session=watch_session)
    context.services.build_all()
    return runtime


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
            translate("MainWindow", "Some of your settings could not be read, so their "
                      "defaults are used for now. You can set them again in Settings."),
            translate("MainWindow", "Open Settings"), lambda: window.show_page("settings"))

    settings.invalid_found.connect(show)
    if settings.invalid_keys():
        show()


def start_reminders(app: QApplication, shell: Shell, context: AppContext,
                    told_until: datetime | None = None) -> ReminderRuntime:
    """Scheduler, notifier chain and tray, wired to the window and its pages; what opens a
    form waits for an unlock while the app is locked."""
    from rejection_desktop.app.reminders import ReminderRuntime  # noqa: PLC0415

    runtime = ReminderRuntime(app, shell.window, context, told_until=told_until)
    unlocked = shell.when_unlocked
    runtime.log_requested.connect(lambda: unlocked(shell.log_attempt))
    runtime.attempt_requested.connect(
        lambda attempt_id: unlocked(lambda: shell.log_existing_attempt(attempt_id)))
    runtime.plan_requested.connect(
        lambda attempt_id: unlocked(lambda: shell.open_plan(attempt_id)))
    runtime.plan_ask_requested.connect(lambda: unlocked(shell.plan_suggestion))
    runtime.suggestion_requested.connect(lambda: unlocked(shell.focus_suggestion))
    runtime.review_requested.connect(lambda: unlocked(shell.weekly_review))
    shell.suggested.connect(runtime.set_suggestion)
    runtime.missed_changed.connect(lambda count: shell.window.set_badge("today", count))
    shell.add_settings_section(translate("MainWindow", "Reminders"), runtime.settings_section)
    return runtime


def wire_data(app: QApplication, shell: Shell, runtime: ReminderRuntime) -> None:
    """Automatic backups (and one on quit), and a full refresh after an import or restore."""
    from rejection_desktop.ui.problem_text import problem_text  # noqa: PLC0415 - after Today

    services = shell.services
    services.backups.watch(services.challenges, services.attempts, services.reflections,
                           services.prompts, services.settings, services.reminders)
    app.aboutToQuit.connect(services.jobs.cancel_and_wait)  # before the last backup
    app.aboutToQuit.connect(services.backups.back_up_on_quit)
    services.backups.describe = problem_text  # a failure's reason in the user's language
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
        section = DataSettingsSection(transfer, services.backups, services.settings.zone,
                                      services.jobs)
        services.settings.setting_changed.connect(section.on_setting_changed)
        return section

    shell.add_settings_section(translate("MainWindow", "Your data"), data_section)


def wire_privacy(shell: Shell, runtime: ReminderRuntime, *, watch_session: bool = True
                 ) -> LockScreen:
    """Settings > Privacy, the lock over the window (now, when idle, when the session locks),
    generic reminders while locked, and the plain schedule of the next reminders kept beside
    an encrypted journal for a start before it is unlocked."""
    from rejection_desktop.services.privacy import PrivacyService  # noqa: PLC0415
    from rejection_desktop.ui.lock_screen import IdleLock, LockScreen  # noqa: PLC0415

    context, services = shell.context, shell.services
    privacy = PrivacyService(context.paths, context.reopen, parent=shell)
    lock = LockScreen(shell.window, privacy, shell.flush_drafts)
    shell.privacy, shell.lock_screen = privacy, lock
    shell.idle_lock = IdleLock(privacy, services.settings, parent=lock)
    privacy.locked_changed.connect(runtime.set_private)
    runtime.guard = lock.when_unlocked

    def keep_schedule(*_: object) -> None:
        if not privacy.encrypted:
            return
        from rejection_desktop.services.schedule_file import (  # noqa: PLC0415
            entries_from,
            write_schedule,
        )

        now = context.clock()
        try:
            write_schedule(context.paths.reminder_schedule,
                           entries_from(services.reminders.schedule_inputs(now), now))
        except OSError:
            log.exception("the reminder schedule could not be written")

    runtime.scheduler.round_done.connect(keep_schedule)
    privacy.encryption_changed.connect(keep_schedule)
    keep_schedule()

    def privacy_section() -> QWidget:
        from rejection_desktop.ui.widgets.privacy_settings import PrivacySection  # noqa: PLC0415

        return PrivacySection(privacy, services.settings)

    shell.add_settings_section(translate("MainWindow", "Privacy"), privacy_section)
    if watch_session and sys.platform.startswith("linux"):
        from rejection_desktop.platform.session_lock import SessionLockWatch  # noqa: PLC0415

        watch = SessionLockWatch(parent=lock)
        watch.locked.connect(lambda source: privacy.lock(f"session ({source})"))  # not-user-facing
        watch.start()
    return lock


def smoke(app: QApplication, shell: Shell, runtime: ReminderRuntime) -> int:
    """Show the window offscreen, visit every page, process events, report and exit 0."""
    from rejection_desktop.notifications.crossplatform import (  # noqa: PLC0415
        PLATFORMS,
        native_buttons,
    )
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
        "buttons": native_buttons() if sys.platform in PLATFORMS else notification_buttons(),
        "platform": app.platformName(),
    }
    runtime.shutdown()
    print("smoke ok: " + " ".join(f"{k}={v}" for k, v in report.items()))
    return 0
