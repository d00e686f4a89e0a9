"""Start-up, fast: the window is on screen before the journal is opened.

``run_app`` does only what must come first and is cheap: the QApplication, the data folder,
logging, the single-instance lock, and the main window with its sidebar, menus and each page's
title (in the look saved in ``ui-state.ini``). Right after the first paint a worker thread
starts checking the journal (``PRAGMA quick_check`` runs in SQLite without the GIL) while the
rest of the app is imported; then ``app.steps`` runs the remaining steps in order. A second
launch stops at the lock and never opens the journal. Keep this module's imports light: they
are the start-up time.

What start-up shows or reports (the crash dialog, the recovery question, the welcome, the
first paint, "ready") comes in through ``StartHooks``, so tests and benchmarks pass their own.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from rejection_desktop import APP_EXECUTABLE, APP_ID, APP_NAME, __version__
from rejection_desktop.platform.crash import install_excepthook
from rejection_desktop.platform.logs import setup_logging
from rejection_desktop.platform.paths import DataPaths, resolve_data_dir, secure_dir
from rejection_desktop.platform.resources import resource
from rejection_desktop.platform.single_instance import SingleInstance
from rejection_desktop.ui.first_paint import FirstPaint
from rejection_desktop.ui.i18n import LANGUAGE_KEY, install_translators
from rejection_desktop.ui.main_window import LOOK_KEY, MainWindow
from rejection_desktop.ui.theme import apply_look

if TYPE_CHECKING:
    import argparse

    from rejection_desktop.app.steps import Running
    from rejection_desktop.services.recovery import RecoveryDecision, RecoveryOffer
    from rejection_desktop.ui.shell import Shell

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class Options:
    """What the command line asked of the GUI (see ``app.cli``)."""

    data_dir: str | None = None
    smoke: bool = False
    test_notification: bool = False
    hidden: bool = False
    passphrase_stdin: bool = False  # an encrypted journal's secret comes from standard input
    recovery_code_stdin: bool = False

    @classmethod
    def from_namespace(cls, args: argparse.Namespace) -> Options:
        return cls(data_dir=args.data_dir, smoke=args.smoke,
                   test_notification=args.test_notification, hidden=args.hidden,
                   passphrase_stdin=args.passphrase_stdin,
                   recovery_code_stdin=args.recovery_code_stdin)


def welcome_when_first_shown(shell: Shell) -> None:
    """Onboarding for a new journal, then the offer of unsaved drafts, when the window is first
    shown (a start at login waits until the user opens it)."""
    shell.window.when_first_shown(shell.show_onboarding_if_new)
    shell.window.when_first_shown(shell.offer_drafts)


def nothing(*_: object) -> None:
    """A hook that does nothing."""


@dataclass
class StartHooks:
    """What start-up shows and reports; tests and benchmarks pass their own.

    ``ask_recovery`` None means the recovery dialog (loaded only when a journal is damaged);
    ``watch_signals`` lets SIGTERM and SIGINT end the app (a real process, not a test run).
    """

    show_crash: Callable[[str], None] = field(default=show_crash_dialog)
    ask_recovery: Callable[[RecoveryOffer], RecoveryDecision] | None = None
    welcome: Callable[[Shell], None] = field(default=welcome_when_first_shown)
    watch_signals: bool = True
    shown: Callable[[], None] = field(default=nothing)
    ready: Callable[[Running], None] = field(default=nothing)


class JournalCheck:
    """The journal's read-only health check, on a worker thread once ``start`` is called.

    An encrypted journal is checked only once it is unlocked (``key`` set, then ``result``)."""

    def __init__(self, database: Path) -> None:
        self._database = database
        self._problem: str | None = None
        self.key: object = None  # the JournalKey of an encrypted journal
        self._thread = threading.Thread(target=self._run, name="journal-check", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        from rejection_desktop.db.files import check_database_file  # noqa: PLC0415

        self._problem = check_database_file(self._database, self.key)  # type: ignore[arg-type]

    def result(self) -> str | None:
        """None when the journal is healthy (or new), else what is wrong; waits for the check
        (or runs it here when it was not started)."""
        if self._thread.ident is not None:  # started
            self._thread.join()
        else:
            self._run()
        return self._problem


def run_app(options: Options, hooks: StartHooks | None = None) -> int:
    """Start the GUI (or the ``--smoke`` check); returns the exit code."""
    hooks = hooks or StartHooks()
    if os.name == "posix":
        os.umask(0o077)
    headless = sys.platform.startswith("linux") and not os.environ.get("DISPLAY") \
        and not os.environ.get("WAYLAND_DISPLAY")
    if (options.smoke or options.test_notification) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application(sys.argv[:1])
    data_dir = resolve_data_dir(options.data_dir)
    try:
        secure_dir(data_dir)
    except OSError as exc:
        # The terminal's English, like the rest of the command line.
        message = f"cannot use the data folder {data_dir}: {exc.strerror}"  # not-user-facing
        return fail(message, smoke=options.smoke)
    paths = DataPaths(data_dir)
    setup_logging(paths.logs)
    install_excepthook(None if options.smoke else hooks.show_crash)
    log.info("%s %s starting, data dir %s", APP_NAME, __version__, data_dir)
    if options.test_notification:  # works while the app runs: needs no journal and no lock
        from rejection_desktop.app.reminders import run_test_notification  # noqa: PLC0415

        return run_test_notification()

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if options.smoke:
            return fail("another instance is using this data folder", smoke=True)
        reached = instance.activate_running()
        log.info("another instance is running; hand-over %s", "sent" if reached else "failed")
        return 0 if reached else fail(
            "Rejection Desktop is already running but did not answer.", smoke=False)
    try:
        return run_with_lock(JournalStart(app, frame_window(app, paths, instance), options=options,
                                          paths=paths, instance=instance, hooks=hooks))
    finally:
        instance.release()


def frame_window(app: QApplication, paths: DataPaths, instance: SingleInstance) -> MainWindow:
    """The main window's frame in the last look, raised by a second launch."""
    ui_state = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
    apply_look(app, dark=ui_state.value(LOOK_KEY) == "dark")  # checked against the setting later
    app.setProperty("translators", install_translators(str(ui_state.value(LANGUAGE_KEY, ""))))
    window = MainWindow(ui_state)
    window.restore_state()
    instance.activation_requested.connect(window.bring_to_front)
    instance.activation_requested.connect(
        lambda: log.info("activation requested by a second launch"))
    window.quit_requested.connect(app.quit)
    return window


def run_with_lock(start: JournalStart) -> int:
    """Everything after the instance lock is held: the window first, then the journal."""
    if start.options.smoke:
        return start.run_now()
    if os.name == "posix" and start.hooks.watch_signals:
        from rejection_desktop.platform.signals import SignalWakeup  # noqa: PLC0415 - POSIX

        SignalWakeup(start.quit_on_signal, start.window)
    if start.options.hidden:  # at login: the tray comes first, the window only if no tray
        QTimer.singleShot(0, start.after_first_paint)
    else:
        start.window.show()
        log.info("main window shown")
        FirstPaint(start.window, start.after_first_paint)
    try:
        return start.app.exec()
    finally:
        start.close()


class JournalStart:
    """The second half of start-up, after the first paint (the steps in ``app.steps``).

    The journal's check starts first, on a thread: its ``quick_check`` reads the file while
    the rest of the app is imported.
    """

    def __init__(self, app: QApplication, window: MainWindow, *, options: Options,
                 paths: DataPaths, instance: SingleInstance,
                 hooks: StartHooks | None = None) -> None:
        self.app, self.window, self.options = app, window, options
        self.paths, self.instance = paths, instance
        self.hooks = hooks or StartHooks()
        self.check = JournalCheck(paths.database)
        self.running: Running | None = None

    def run_now(self) -> int:
        """Open the journal without an event loop (``--smoke``); returns the exit code."""
        from rejection_desktop.app.steps import open_journal  # noqa: PLC0415

        result = open_journal(self)
        assert isinstance(result, int)
        return result

    def after_first_paint(self) -> None:
        """Start the journal's check, then open it (also the first step of a hidden start)."""
        if self.window.isVisible():
            self.hooks.shown()
        if not self.paths.key_file.exists():  # an encrypted journal is checked once unlocked
            self.check.start()  # reads the journal while the rest of the app is imported
        self.open_journal()

    def open_journal(self) -> None:
        """Load the app, open the journal and fill the window in; exit when that fails."""
        try:
            from rejection_desktop.app.steps import open_journal  # noqa: PLC0415

            result = open_journal(self)
        except Exception:
            log.exception("start-up failed")
            self.hooks.show_crash("Rejection Desktop could not open your journal.")
            result = 1
        if isinstance(result, int):
            self.app.exit(result)
            return
        self.running = result
        self.hooks.ready(result)

    def quit_on_signal(self) -> None:
        """SIGTERM/SIGINT: write every open form's draft, then end every event loop, nested
        ones (a message box's ``exec()``) included, without asking any window to close."""
        if self.running is not None:
            self.running.shell.flush_drafts()
        QCoreApplication.exit(0)

    def close(self) -> None:
        """Close the journal (after the event loop has ended)."""
        if self.running is not None:
            self.running.close()
