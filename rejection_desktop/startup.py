"""Start-up, fast: the window is on screen before the journal is opened.

``run_app`` does only what must come first and is cheap: the QApplication, the data folder,
logging, the single-instance lock, and the main window with its sidebar, menus and each page's
title (in the look saved in ``ui-state.ini``). Right after the first paint a worker thread
starts checking the journal (``PRAGMA quick_check`` runs in SQLite without the GIL) while
``app.open_journal`` loads the rest of the app; then it runs recovery if the check failed,
opens the journal and fills the window in. A second launch stops at the lock and never opens
the journal. Keep this module's imports light: they are the start-up time.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from rejection_desktop import APP_EXECUTABLE, APP_ID, APP_NAME, __version__
from rejection_desktop.crash import install_excepthook
from rejection_desktop.logging_setup import setup_logging
from rejection_desktop.paths import DataPaths, resolve_data_dir, secure_dir
from rejection_desktop.resources import resource
from rejection_desktop.single_instance import SingleInstance
from rejection_desktop.ui.first_paint import FirstPaint
from rejection_desktop.ui.main_window import LOOK_KEY, MainWindow
from rejection_desktop.ui.theme import apply_look

if TYPE_CHECKING:
    from rejection_desktop.app import Running

log = logging.getLogger(__name__)

EXIT_WHEN_SHOWN = "REJECTION_DESKTOP_EXIT_WHEN_SHOWN"
"""Benchmarks set this: the app prints ``shown ...`` after the window's first paint, then
``ready ...`` once the Today page shows the journal's figures, and quits."""


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


def report_probe(stage: str) -> None:
    """Benchmark probe: one line on stdout (see ``EXIT_WHEN_SHOWN``)."""
    print(f"{stage} rss_kb={peak_rss_kb()}", flush=True)


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
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - only when needed

    QMessageBox.critical(
        None,
        APP_NAME,
        QCoreApplication.translate(
            "crash",
            "Something went wrong and Rejection Desktop could not finish what it was doing. "
            "Everything you saved is safe.\n\nDetails were written to the log file.\n\n{0}",
        ).format(summary[:300]),
    )


def fail(message: str, *, smoke: bool) -> int:
    """Report a start-up failure in one readable line (and a dialog unless smoke); exit 1."""
    log.error("start-up failed: %s", message)
    if sys.stderr is not None:
        print(f"{APP_EXECUTABLE}: {message}", file=sys.stderr)
    if not smoke:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - only when needed

        QMessageBox.critical(None, APP_NAME, message)
    return 1


class JournalCheck:
    """The journal's read-only health check, on a worker thread once ``start`` is called."""

    def __init__(self, database: Path) -> None:
        self._database = database
        self._problem: str | None = None
        self._thread = threading.Thread(target=self._run, name="journal-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        from rejection_desktop.db.files import check_database_file  # noqa: PLC0415

        self._problem = check_database_file(self._database)

    def result(self) -> str | None:
        """None when the journal is healthy (or new), else what is wrong; waits for the check
        (or runs it here when it was not started)."""
        if self._thread.ident is not None:  # started
            self._thread.join()
        else:
            self._run()
        return self._problem


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
        if instance.held_by_command():
            return fail(f"a {APP_EXECUTABLE} command is using the journal in {data_dir}; try "
                        "again when it has finished", smoke=args.smoke)
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
    """Everything after the instance lock is held: the window first, then the journal."""
    ui_state = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
    apply_look(app, dark=ui_state.value(LOOK_KEY) == "dark")  # checked against the setting later
    window = MainWindow(ui_state)
    window.restore_state()
    instance.activation_requested.connect(window.bring_to_front)
    instance.activation_requested.connect(
        lambda: log.info("activation requested by a second launch"))
    window.quit_requested.connect(app.quit)
    start = JournalStart(app, window, args=args, paths=paths, instance=instance)
    if args.smoke:
        return start.run_now()
    if args.hidden:  # at login: the tray comes first, the window only if there is no tray
        QTimer.singleShot(0, start.after_first_paint)
    else:
        window.show()
        log.info("main window shown")
        FirstPaint(window, start.after_first_paint)
    try:
        return app.exec()
    finally:
        start.close()


class JournalStart:
    """The second half of start-up, after the first paint (``app.open_journal``).

    The journal's check starts first, on a thread: its ``quick_check`` reads the file while
    the rest of the app is imported.
    """

    def __init__(self, app: QApplication, window: MainWindow, *, args: argparse.Namespace,
                 paths: DataPaths, instance: SingleInstance) -> None:
        self.app, self.window, self.args = app, window, args
        self.paths, self.instance = paths, instance
        self.check = JournalCheck(paths.database)
        self.running: Running | None = None

    def run_now(self) -> int:
        """Open the journal without an event loop (``--smoke``); returns the exit code."""
        from rejection_desktop.app import open_journal  # noqa: PLC0415

        result = open_journal(self)
        assert isinstance(result, int)
        return result

    def after_first_paint(self) -> None:
        """Start the journal's check, then open it (also the first step of a hidden start)."""
        if os.environ.get(EXIT_WHEN_SHOWN) and self.window.isVisible():
            report_probe("shown")
        self.check.start()  # reads the journal while the rest of the app is imported
        self.open_journal()

    def open_journal(self) -> None:
        """Load the app, open the journal and fill the window in; exit when that fails."""
        try:
            from rejection_desktop.app import open_journal  # noqa: PLC0415

            result = open_journal(self)
        except Exception:
            log.exception("start-up failed")
            show_crash_dialog("Rejection Desktop could not open your journal.")
            result = 1
        if isinstance(result, int):
            self.app.exit(result)
            return
        self.running = result
        if os.environ.get(EXIT_WHEN_SHOWN):  # the Today page has its figures by now
            report_probe("ready")
            self.app.quit()

    def close(self) -> None:
        """Close the journal (after the event loop has ended)."""
        if self.running is not None:
            self.running.close()
