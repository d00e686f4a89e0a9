"""Composition root: builds the application, services, window and wiring, then runs it."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from rejection_desktop import APP_EXECUTABLE, APP_ID, APP_NAME, __version__
from rejection_desktop.context import AppContext, open_context
from rejection_desktop.crash import install_excepthook
from rejection_desktop.db.connection import DatabaseError, secure_dir
from rejection_desktop.logging_setup import setup_logging
from rejection_desktop.paths import DataPaths, resolve_data_dir
from rejection_desktop.resources import resource
from rejection_desktop.single_instance import SingleInstance
from rejection_desktop.ui.first_paint import FirstPaint
from rejection_desktop.ui.shell import Shell
from rejection_desktop.ui.theme import apply_theme
from rejection_desktop.unix_signals import SignalWakeup

if TYPE_CHECKING:
    from rejection_desktop.reminders_runtime import ReminderRuntime

log = logging.getLogger(__name__)

EXIT_WHEN_SHOWN = "REJECTION_DESKTOP_EXIT_WHEN_SHOWN"
"""Benchmarks set this: the app quits as soon as its main window has been shown."""


def peak_rss_kb() -> int:
    """Peak resident set size of this process in KiB (0 where the OS cannot say).

    Linux: ``VmHWM`` from /proc, which starts afresh at exec; ``ru_maxrss`` would carry over
    the peak of the parent that forked us.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import resource  # noqa: PLC0415 - POSIX only

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    except ImportError:
        return 0


def set_application_names() -> None:
    """Names used by QStandardPaths and the desktop (set in main, not at import time)."""
    QCoreApplication.setApplicationName(APP_EXECUTABLE)
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationVersion(__version__)


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with names, icon and desktop file name."""
    set_application_names()
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    icon_path = resource("icons/rejection-desktop.svg")
    if icon_path.exists():
        app.setWindowIcon(QIcon(str(icon_path)))
    app.setQuitOnLastWindowClosed(False)
    return app


def show_crash_dialog(summary: str) -> None:
    """A friendly message for an unexpected error (the details are in the log)."""
    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "crash",
            "Something went wrong and Rejection Desktop could not finish what it was doing. "
            "Everything you saved is safe.\n\nDetails were written to the log file.\n\n{0}",
        ).format(summary[:300]),
    )


def build_shell(context: AppContext) -> Shell:
    """The main window with its pages and actions, wired to the services."""
    ui_state = QSettings(str(context.paths.ui_state), QSettings.Format.IniFormat)
    return Shell(context, ui_state)


def fail(message: str, *, smoke: bool) -> int:
    """Report a start-up failure in one readable line (and a dialog unless smoke); exit 1."""
    log.error("start-up failed: %s", message)
    if sys.stderr is not None:
        print(f"{APP_EXECUTABLE}: {message}", file=sys.stderr)
    if not smoke:
        QMessageBox.critical(None, APP_NAME, message)
    return 1


def run_app(args: argparse.Namespace) -> int:
    """Start the GUI (or the ``--smoke`` check); returns the exit code."""
    if os.name == "posix":
        os.umask(0o077)
    headless = sys.platform.startswith("linux") and not os.environ.get("DISPLAY") \
        and not os.environ.get("WAYLAND_DISPLAY")
    if (args.smoke or args.test_notification) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application(sys.argv[:1])
    data_dir = resolve_data_dir(args.data_dir)
    try:
        secure_dir(data_dir)
    except OSError as exc:
        return fail(f"cannot use the data folder {data_dir}: {exc.strerror}", smoke=args.smoke)
    paths = DataPaths(data_dir)
    setup_logging(paths.logs)
    install_excepthook(None if args.smoke else show_crash_dialog)
    log.info("%s %s starting, data dir %s", APP_NAME, __version__, data_dir)
    if args.test_notification:  # works while the app runs: needs no journal and no lock
        from rejection_desktop.reminders_runtime import run_test_notification  # noqa: PLC0415

        return run_test_notification()

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if args.smoke:
            return fail("another instance is using this data folder", smoke=True)
        reached = instance.activate_running()
        log.info("another instance is running; hand-over %s", "sent" if reached else "failed")
        return 0 if reached else fail(
            "Rejection Desktop is already running but did not answer.", smoke=False)
    try:
        return run_with_lock(app, args, paths, instance)
    finally:
        instance.release()


def run_with_lock(app: QApplication, args: argparse.Namespace, paths: DataPaths,
                  instance: SingleInstance) -> int:
    """Everything after the instance lock is held."""
    from rejection_desktop.recovery import run_startup_recovery  # noqa: PLC0415
    from rejection_desktop.ui.dialogs.recovery_dialog import ask_recovery  # noqa: PLC0415

    recovery = run_startup_recovery(paths, None if args.smoke else ask_recovery)
    if not recovery.proceed:
        return fail(recovery.message, smoke=args.smoke) if recovery.message else 1
    try:
        context = open_context(paths.root)
    except DatabaseError as exc:
        return fail(str(exc), smoke=args.smoke)
    try:
        apply_theme(app, context.services.settings.get("theme"))
        shell, runtime = assemble(app, context)
        window = shell.window
        instance.activation_requested.connect(window.bring_to_front)
        instance.activation_requested.connect(
            lambda: log.info("activation requested by a second launch"))
        if recovery.restored_from is not None:
            window.banner.show_message(window.tr(
                "Your journal could not be read, so it was restored from the backup {0}. The "
                "damaged file was kept as {1}.").format(
                recovery.restored_from.name,
                recovery.damaged_copy.name if recovery.damaged_copy else "-"))
        if args.smoke:
            return smoke(app, shell, runtime)
        window.quit_requested.connect(app.quit)
        if os.name == "posix":
            SignalWakeup(app.quit, window)
        window.restore_state()
        if not os.environ.get(EXIT_WHEN_SHOWN):
            # when started hidden (at login), these wait until the window is first opened
            window.first_shown.connect(shell.show_onboarding_if_new)
            window.first_shown.connect(shell.offer_drafts)
        if not runtime.should_start_hidden(args.hidden):
            window.show()
            log.info("main window shown")
            if os.environ.get(EXIT_WHEN_SHOWN):
                FirstPaint(window, lambda: report_shown_and_quit(app))
        return app.exec()
    finally:
        context.close()


def report_shown_and_quit(app: QApplication) -> None:
    """Benchmark probe: print one line once the window has been painted, then quit."""
    print(f"shown rss_kb={peak_rss_kb()}", flush=True)
    app.quit()


def assemble(app: QApplication, context: AppContext) -> tuple[Shell, ReminderRuntime]:
    """The window with every feature wired in: reminders, tray, backups, import and export."""
    shell = build_shell(context)
    runtime = start_reminders(app, shell, context)
    wire_data(app, shell, runtime)
    return shell, runtime


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
        return DataSettingsSection(transfer, services.backups, services.settings.zone)

    shell.add_settings_section(shell.window.tr("Your data"), data_section)


def smoke(app: QApplication, shell: Shell, runtime: ReminderRuntime) -> int:
    """Show the window offscreen, visit every page, process events, report and exit 0."""
    from rejection_desktop.notifications import resolve_plyer_backend  # noqa: PLC0415

    window = shell.window
    window.restore_state()
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
