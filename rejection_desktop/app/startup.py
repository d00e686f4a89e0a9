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

import gc
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
from rejection_desktop.platform.logs import log_qt_messages, setup_logging
from rejection_desktop.platform.paths import (
    DataPaths,
    folder_problem,
    make_private_dir,
    resolve_data_dir,
)
from rejection_desktop.platform.resources import resource
from rejection_desktop.platform.single_instance import SingleInstance
from rejection_desktop.ui.first_paint import FirstPaint
from rejection_desktop.ui.i18n import install_translators, stored_language
from rejection_desktop.ui.main_window import LOOK_KEY, MainWindow
from rejection_desktop.ui.theme import apply_look

if TYPE_CHECKING:
    import argparse

    from rejection_desktop.app.steps import Running
    from rejection_desktop.db.faults import Fault
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


def fail(message: str, *, smoke: bool, exit_code: int = 1, shown: str | None = None) -> int:
    """Report a start-up failure: one English line on the terminal and in the log, and unless
    smoke a dialog saying ``shown`` (the same in the user's language, ``app.stop_text``; the
    English line when there is none). Returns the exit code (1, or a disk fault's or a busy
    data folder's own: see ``db.faults``)."""
    log.error("start-up failed: %s", message)
    if sys.stderr is not None:
        print(f"{APP_EXECUTABLE}: {message}", file=sys.stderr)
    if not smoke:
        from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - only when needed

        QMessageBox.critical(None, APP_NAME, shown or message)
    return exit_code


def fail_on_disk(exc: BaseException, folder: Path, what: str, *, smoke: bool,
                 shown: Callable[[Fault, Path], str]) -> int | None:
    """``fail`` with the disk fault behind ``exc`` (its own exit code), or None if none;
    ``shown`` words it for the dialog."""
    from rejection_desktop.db.faults import fault_of  # noqa: PLC0415 - only on failure

    fault = fault_of(exc, folder)
    if fault is None:
        return None
    return fail(f"{what}: {fault.text} ({folder})", smoke=smoke, exit_code=fault.exit_code,
                shown=shown(fault, folder))


def fail_without_lock(instance: SingleInstance, data_dir: Path, *, smoke: bool) -> int:
    """The lock is taken, or cannot be written: hand over to the running app, or say why not
    (a command holding it, a full or read-only disk)."""
    from rejection_desktop.app import stop_text  # noqa: PLC0415 - only on failure
    from rejection_desktop.app.commands import HANDLERS  # noqa: PLC0415
    from rejection_desktop.db.faults import EXIT_BUSY, Fault, probe  # noqa: PLC0415
    from rejection_desktop.platform.single_instance import holder_command  # noqa: PLC0415

    holder = instance.holder()
    if holder is None:
        fault = probe(data_dir) or Fault.PERMISSION
        return fail(f"cannot start: {fault.text} ({data_dir})", smoke=smoke,  # not-user-facing
                    exit_code=fault.exit_code, shown=stop_text.locked_text(fault, data_dir))
    other = holder_command(holder, tuple(HANDLERS))
    if other is not None:
        command = f"{APP_EXECUTABLE} {other}"
        # not-user-facing: the terminal's one English line, as the command line writes
        busy = f"the command `{command}` (process {holder}) is using the"
        # not-user-facing
        return fail(f"{busy} journal in {data_dir}; try again when it has finished",
                    smoke=smoke, exit_code=EXIT_BUSY,
                    shown=stop_text.busy_text(command, holder, data_dir))
    if smoke:
        # not-user-facing
        using = f"Rejection Desktop (process {holder}) is using the journal in {data_dir}"
        return fail(using, smoke=True, exit_code=EXIT_BUSY)
    reached = instance.activate_running()
    log.info("another instance is running; hand-over %s", "sent" if reached else "failed")
    return 0 if reached else fail("Rejection Desktop is already running but did not answer.",
                                  smoke=False, exit_code=EXIT_BUSY,
                                  shown=stop_text.no_answer_text())


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
    today_shown: Callable[[], None] = field(default=nothing)
    """The journal is open and the current page (Today) painted with its figures; reminders,
    tray and backups are wired next, then ``ready``."""
    ready: Callable[[Running], None] = field(default=nothing)


class JournalCheck:
    """The journal's read-only health check, on a worker thread once ``start`` is called.

    An encrypted journal is checked only once it is unlocked: with ``key`` set, or by
    ``start(unlock)``, which derives the key on the same thread first (Argon2id and
    ``quick_check`` run in C without the GIL, so both overlap the import of the rest of the
    app); ``unlocked()`` then gives the key or raises what the unlock raised.
    """

    def __init__(self, database: Path) -> None:
        self._database = database
        self._problem: str | None = None
        self._unlock: Callable[[], object] | None = None
        self._unlock_error: BaseException | None = None
        self.key: object = None  # the JournalKey of an encrypted journal
        self._error: Exception | None = None
        self.full_check: bool | None = None  # whether quick_check ran (None: not yet)
        self._thread = threading.Thread(target=self._run, name="journal-check", daemon=True)

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    def start(self, unlock: Callable[[], object] | None = None) -> None:
        self._unlock = unlock
        self._thread.start()

    def _run(self) -> None:
        from rejection_desktop.db.clean_close import closed_cleanly  # noqa: PLC0415
        from rejection_desktop.db.files import check_database_file  # noqa: PLC0415

        if self._unlock is not None:
            try:
                self.key = self._unlock()
            except BaseException as exc:  # handed to the main thread by unlocked()
                self._unlock_error = exc
                return
        try:
            self.full_check = not closed_cleanly(self._database)
            if not self.full_check:
                log.info("journal as its clean close left it: schema read, quick_check skipped")
            self._problem = check_database_file(self._database, self.key,  # type: ignore[arg-type]
                                                full=self.full_check)
        except Exception as exc:  # a disk fault: raised again by ``result``
            self._error = exc

    @property
    def unlocks(self) -> bool:
        """True when the key comes from this check's thread (``start(unlock)``)."""
        return self._unlock is not None

    def unlocked(self) -> object:
        """The key derived on the thread (waits for it); raises what the unlock raised."""
        self._thread.join()
        if self._unlock_error is not None:
            raise self._unlock_error
        return self.key

    def result(self) -> str | None:
        """None when the journal is healthy (or new), else what is wrong; waits for the check
        (or runs it here when it was not started). Raises what the check raised (a disk
        fault, ``db.files.DiskFaultError``)."""
        if self.started:
            self._thread.join()
        else:
            self._run()
        if self._error is not None:
            raise self._error
        return self._problem


def stdin_unlock(options: Options, paths: DataPaths) -> Callable[[], object] | None:
    """For an encrypted journal with its secret on standard input (and no interrupted
    conversion to tidy first): reading it and deriving the key, to run on the check's thread.

    Only the key file's code is loaded before the key derivation starts; it raises
    ``WrongSecretError`` or ``KeyFileError`` (``unlocked()`` hands them over).
    """
    from rejection_desktop.db.files import has_plain_header  # noqa: PLC0415

    if not (options.passphrase_stdin or options.recovery_code_stdin) \
            or not paths.key_file.exists() or has_plain_header(paths.database) is not False \
            or Path(f"{paths.database}.previous").exists() \
            or Path(f"{paths.database}.converting").exists():
        return None

    def unlock() -> object:
        from rejection_desktop.app.commands import read_stdin_line  # noqa: PLC0415
        from rejection_desktop.db.keyfile import KeyFile  # noqa: PLC0415

        typed = read_stdin_line()
        key_file = KeyFile.read(paths.key_file)
        raw = key_file.unlock(passphrase=typed) if options.passphrase_stdin \
            else key_file.unlock(recovery_code=typed)
        from rejection_desktop.db.cipher import JournalKey  # noqa: PLC0415 - after the KDF

        return JournalKey(raw, key_file.key_id, key_file.to_bytes())

    return unlock


def run_app(options: Options, hooks: StartHooks | None = None) -> int:
    """Start the GUI (or the ``--smoke`` check); returns the exit code."""
    hooks = hooks or StartHooks()
    headless = sys.platform.startswith("linux") and not os.environ.get("DISPLAY") \
        and not os.environ.get("WAYLAND_DISPLAY")
    if (options.smoke or options.test_notification) and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application(sys.argv[:1])
    data_dir = resolve_data_dir(options.data_dir)
    paths = DataPaths(data_dir)
    speak_stored_language(paths)  # before anything can stop start-up: its dialog speaks it too
    try:
        make_private_dir(data_dir)
    except OSError as exc:
        from rejection_desktop.app import stop_text  # noqa: PLC0415 - only on failure

        what = f"cannot use the data folder {data_dir}"  # not-user-facing
        return fail_on_disk(exc, data_dir, what, smoke=options.smoke,
                            shown=stop_text.locked_text) or fail(
            folder_problem(data_dir, exc), smoke=options.smoke,
            shown=stop_text.folder_text(data_dir, exc))
    setup_logging(paths.logs, to_stderr=not options.smoke)  # --smoke reports in its own lines
    log_qt_messages()
    install_excepthook(None if options.smoke else hooks.show_crash)
    log.info("%s %s starting, data dir %s", APP_NAME, __version__, data_dir)
    if options.test_notification:  # works while the app runs: needs no journal and no lock
        from rejection_desktop.app.reminders import run_test_notification  # noqa: PLC0415

        return run_test_notification()

    instance = SingleInstance(data_dir)
    if not instance.acquire():
        return fail_without_lock(instance, data_dir, smoke=options.smoke)
    try:
        return run_with_lock(JournalStart(app, frame_window(app, paths, instance), options=options,
                                          paths=paths, instance=instance, hooks=hooks))
    finally:
        instance.release()


def speak_stored_language(paths: DataPaths) -> None:
    """Speak the language chosen in Settings (kept in ``ui-state.ini``; the system's when the
    data folder has none or cannot be read)."""
    install_translators(stored_language(paths.ui_state))


def frame_window(app: QApplication, paths: DataPaths, instance: SingleInstance) -> MainWindow:
    """The main window's frame in the last look, raised by a second launch."""
    ui_state = QSettings(str(paths.ui_state), QSettings.Format.IniFormat)
    apply_look(app, dark=ui_state.value(LOOK_KEY) == "dark")  # checked against the setting later
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

        gc.enable()
        self.start_check()
        result = open_journal(self)
        assert isinstance(result, int)
        return result

    def after_first_paint(self) -> None:
        """Start the journal's check, then open it (also the first step of a hidden start)."""
        if self.window.isVisible():
            self.hooks.shown()
        # The entry point holds the cyclic garbage collector back while start-up builds
        # objects that live as long as the app (it ran 80 times, 12 ms, before Today showed).
        # It is back on at the next event-loop turn: once Today shows, or as soon as an
        # unlock screen or a recovery question waits for the user.
        QTimer.singleShot(0, gc.enable)
        self.start_check()
        self.open_journal()

    def start_check(self) -> None:
        """Check the journal on a thread while the rest of the app is imported; an encrypted
        journal whose secret is on standard input is unlocked on that thread first (one
        waiting for the unlock screen is checked once unlocked)."""
        if self.check.started:
            return
        if not self.paths.key_file.exists():
            self.check.start()
        elif (unlock := stdin_unlock(self.options, self.paths)) is not None:
            self.check.start(unlock)

    def open_journal(self) -> None:
        """Load the app, open the journal and fill the window in; exit when that fails."""
        try:
            from rejection_desktop.app.steps import open_journal  # noqa: PLC0415

            result = open_journal(self)
        except Exception:
            log.exception("start-up failed")
            from rejection_desktop.app.stop_text import crash_text  # noqa: PLC0415

            self.hooks.show_crash(crash_text())
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
