"""Wiring reminders into the running app: service, notifier chain, scheduler, tray, close-to-tray.

The composition root builds one ``ReminderRuntime`` after the main window; everything else
(``--hidden``, the Settings section, the missed badge) goes through it.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    SLOT,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from rejection_desktop import APP_EXECUTABLE, APP_NAME
from rejection_desktop.app.context import AppContext
from rejection_desktop.notifications.delivery import (
    SHOW_SECONDS,
    TARGET_ATTEMPT,
    Backend,
    BannerBackend,
    Delivery,
    Notice,
    NotifierChain,
    PlyerBackend,
    TrayBackend,
)
from rejection_desktop.platform.autostart import launch_command
from rejection_desktop.platform.paths import custom_data_dir
from rejection_desktop.services.clock import Clock
from rejection_desktop.services.reminders import ReminderService
from rejection_desktop.services.scheduler import ReminderScheduler
from rejection_desktop.services.start_at_login import StartAtLogin
from rejection_desktop.ui.main_window import MainWindow
from rejection_desktop.ui.tray import ReminderTray

if TYPE_CHECKING:
    from rejection_desktop.ui.widgets.reminder_settings import ReminderSettings

log = logging.getLogger(__name__)

SNOOZE_LINK = "rejection-desktop:snooze"


def tr(text: str) -> str:
    return QCoreApplication.translate("ReminderRuntime", text)


def check_notice() -> Notice:
    return Notice(tr("Test notification"),
                  tr("If you can read this, your reminders will reach you."), kind="test")


class ReminderRuntime(QObject):
    """Builds and wires the reminder parts for one main window (a child of that window).

    Signals for the shell: ``attempt_requested(id)`` when a follow-up is opened (connect it to
    the log dialog of that attempt), ``log_requested`` from the tray, ``missed_changed(count)``
    for a sidebar badge.
    """

    attempt_requested = Signal(int)
    log_requested = Signal()
    missed_changed = Signal(int)

    def __init__(self, app: QApplication, window: MainWindow, context: AppContext, *,
                 clock: Clock | None = None, start_at_login: StartAtLogin | None = None,
                 tray_available: bool | None = None, backends: list[Backend] | None = None,
                 sleep_bus: QDBusConnection | None = None,
                 reminders: ReminderService | None = None, start: bool = True,
                 told_until: datetime | None = None) -> None:
        super().__init__(window)
        self.app = app
        self.window = window
        self.settings = context.services.settings
        self.clock = clock or context.clock
        self.reminders = reminders or context.services.reminders
        self.tray_available = ReminderTray.available() if tray_available is None \
            else tray_available
        self.tray = ReminderTray(parent=self)
        if self.tray_available:
            self.tray.show()
        if backends is None:
            backends = [PlyerBackend(),
                        TrayBackend(lambda: self.tray.icon, lambda: self.tray_available)]
        self.chain = NotifierChain(backends, BannerBackend(self.show_banner),
                                   user_present=self._user_present, parent=self)
        self.private = False
        """While the app is locked: notices name no challenge, the tray shows no title."""
        self.guard: Callable[[Callable[[], None]], None] = lambda action: action()
        """Runs an action that writes (snooze, pause, log): after an unlock while locked."""
        self.scheduler = ReminderScheduler(self.reminders, self.chain.notify, clock=self.clock,
                                           today_title=lambda: self._today_title,
                                           private=lambda: self.private, parent=self)
        self.start_at_login = start_at_login or StartAtLogin(
            self.settings, command=launch_command(data_dir=custom_data_dir(context.paths.root)))
        self.close_explanation: QMessageBox | None = None
        self._today_title = ""
        self._quitting = False
        self._wire()
        self.watching_sleep = self._watch_sleep(sleep_bus)
        self.reminders.ensure_primary_nudge()
        self.start_at_login.refresh()
        if start:
            self.scheduler.start(told_until)
        self._update_tray()

    # wiring ------------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.reminders.reminders_changed.connect(self.scheduler.replan)
        self.reminders.reminders_changed.connect(self._update_tray)
        self.scheduler.round_done.connect(self._update_tray)
        self.chain.missed_changed.connect(self.missed_changed)
        self.chain.missed_changed.connect(self._update_tray)
        self.app.applicationStateChanged.connect(self._on_application_state)
        self.app.aboutToQuit.connect(self.shutdown)
        self.window.installEventFilter(self)
        self.window.set_close_handler(self._on_close)
        banner_text = self.window.banner.text
        banner_text.setTextInteractionFlags(
            banner_text.textInteractionFlags() | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        banner_text.linkActivated.connect(self._on_banner_link)
        tray = self.tray
        tray.today_requested.connect(self.open_today)
        tray.log_requested.connect(lambda: self.guard(self._on_log_requested))
        tray.snooze_requested.connect(lambda: self.guard(lambda: self.reminders.snooze(60)))
        tray.pause_requested.connect(lambda: self.guard(self.reminders.pause_for_today))
        tray.resume_requested.connect(lambda: self.guard(self.reminders.resume))
        tray.open_requested.connect(self.open_window)
        tray.quit_requested.connect(self.quit)
        tray.message_clicked.connect(self._on_message_clicked)

    def _watch_sleep(self, bus: QDBusConnection | None) -> bool:
        """On Linux, re-plan the moment logind says the machine woke up (else the resync does)."""
        if bus is None:
            if not sys.platform.startswith("linux"):
                return False
            bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            log.info("no system bus: resume from sleep is noticed by the resync")
            return False
        watching = bus.connect("", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                               "PrepareForSleep", self,  # type: ignore[call-overload]
                               SLOT("on_prepare_for_sleep(bool)"))  # stubs say bytes; str works
        if not watching:
            log.info("cannot watch logind for sleep: %s", bus.lastError().message())
        return bool(watching)

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if not going_to_sleep:
            self.scheduler.replan("resume")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.chain.acknowledge_missed()
        return False

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.scheduler.replan("activated")  # cheap; catches up at once after a resume

    # what the shell calls ----------------------------------------------------------------------
    def should_start_hidden(self, hidden: bool) -> bool:
        """``--hidden`` only hides the window when there is a tray to come back from."""
        return hidden and self.tray_available

    def set_today_title(self, title: str) -> None:
        """Today's challenge, for the daily notification and the tray menu."""
        self._today_title = title
        self.tray.set_today_title("" if self.private else title)

    def set_private(self, private: bool) -> None:
        """Locked: reminders and the tray name no challenge until unlocked."""
        self.private = private
        self.tray.set_today_title("" if private else self._today_title)

    def settings_section(self, parent: QWidget | None = None) -> ReminderSettings:
        """The Reminders section for the Settings page (imported when first asked for)."""
        from rejection_desktop.ui.widgets.reminder_settings import (  # noqa: PLC0415
            ReminderSettings,
        )

        return ReminderSettings(self.reminders, self.settings, self.start_at_login,
                                self.send_test_notification, clock=self.clock,
                                tray_available=self.tray_available, parent=parent)

    def send_test_notification(self) -> Delivery:
        return self.chain.notify(check_notice())

    def shutdown(self) -> None:
        """Stop the timer and remove the tray icon (before the window goes)."""
        self.scheduler.stop()
        self.tray.hide()

    # opening things ----------------------------------------------------------------------------
    def open_window(self) -> None:
        self.window.bring_to_front()
        self.chain.acknowledge_missed()

    def open_today(self) -> None:
        self.open_window()
        self.window.show_page("today")

    def open_target(self, notice: Notice) -> None:
        """Open what a notice is about: Today, or the attempt to log."""
        self.open_today()
        if notice.target == TARGET_ATTEMPT and notice.attempt_id is not None:
            self.attempt_requested.emit(notice.attempt_id)

    def _on_log_requested(self) -> None:
        self.open_today()
        self.log_requested.emit()

    def _on_message_clicked(self) -> None:
        last = self.chain.last
        if last is not None and last.backend == "tray":
            self.open_target(last.notice)
        else:
            self.open_window()

    # the banner --------------------------------------------------------------------------------
    def show_banner(self, notice: Notice) -> None:
        """Show ``notice`` in the window's banner with Open/Log and a Snooze link."""
        link_colour = self.window.palette().color(QPalette.ColorRole.HighlightedText).name()
        text = (f"<b>{escape(notice.title)}</b> — {escape(notice.message)} &nbsp;"
                f"<a href=\"{SNOOZE_LINK}\" style=\"color: {link_colour}\">"
                f"{escape(tr('Snooze 1 h'))}</a>")
        action = tr("Log it") if notice.target == TARGET_ATTEMPT else tr("Open Today")
        if notice.kind == "test":
            text = f"<b>{escape(notice.title)}</b> — {escape(notice.message)}"
            action = ""
        self.window.banner.show_message(text, action, lambda: self.open_target(notice))

    def _on_banner_link(self, link: str) -> None:
        if link == SNOOZE_LINK:
            self.guard(self._snooze_from_banner)

    def _snooze_from_banner(self) -> None:
        until = self.reminders.snooze(60)
        local = until.astimezone(self.settings.zone()).strftime("%H:%M")
        self.window.banner.show_message(tr("Reminders snoozed until {0}.").format(local))

    # close to tray -----------------------------------------------------------------------------
    def _on_close(self, event: QCloseEvent) -> bool:
        if not self._quitting and self.tray_available and self.settings.get("close_to_tray"):
            event.ignore()
            self.window.hide()
            if not self.settings.get("close_to_tray_explained"):
                self.settings.set("close_to_tray_explained", True)
                self._explain_tray()
            return False
        self.shutdown()
        self.window.quit_requested.emit()
        return True

    def quit(self) -> None:
        """Quit for real (the tray's Quit): close the window past the tray handler."""
        self._quitting = True
        if not self.window.close():
            self.window.quit_requested.emit()

    def _explain_tray(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, tr(
            "Rejection Desktop keeps running in the tray so your reminders can reach you. "
            "Open it again from the tray icon."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.addButton(tr("Keep running"), QMessageBox.ButtonRole.AcceptRole)
        quit_button = box.addButton(tr("Quit when I close the window"),
                                    QMessageBox.ButtonRole.DestructiveRole)
        box.buttonClicked.connect(
            lambda clicked: self._on_explained(clicked is quit_button))
        box.destroyed.connect(lambda: setattr(self, "close_explanation", None))
        self.close_explanation = box
        box.show()

    def _on_explained(self, quit_on_close: bool) -> None:
        if quit_on_close:
            self.settings.set("close_to_tray", False)
            self.quit()

    # status ------------------------------------------------------------------------------------
    def _user_present(self) -> bool:
        window = self.window
        return window.isVisible() and window.isActiveWindow() and not window.isMinimized()

    def _update_tray(self, *_: Any) -> None:
        status = self.reminders.status()
        self.tray.set_status(paused_until=status.paused_until,
                             snoozed_until=status.snoozed_until, missed=self.chain.missed,
                             now=self.clock(), zone=self.settings.zone())


def run_test_notification(context: AppContext | None = None) -> int:
    """``--test-notification``: send one notice through plyer and the tray; 0 if one took it.

    Prints which backend delivered it (stdout) or why none could (stderr). A tray message lives
    in this process, so the process then stays up while it shows. Needs the QApplication but
    not the journal (``context`` only names the data folder in the log), so it can run before
    the single-instance lock, while the app itself is running.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("run_test_notification needs the QApplication")
    backends: list[Backend] = [PlyerBackend()]
    tray: ReminderTray | None = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = ReminderTray()
        tray.show()
        backends.append(TrayBackend(lambda: tray.icon if tray else None, lambda: True))
    chain = NotifierChain(backends)
    delivery = chain.notify(check_notice())
    log.info("test notification%s: %s", f" for {context.paths.root}" if context else "",
             delivery.describe())
    if delivery.native:
        _say(sys.stdout, f"test notification {delivery.describe()}")
        if delivery.backend == "tray":
            loop = QEventLoop()
            QTimer.singleShot(SHOW_SECONDS * 1000, loop.quit)
            loop.exec()
        if tray is not None:
            tray.hide()
        return 0
    _say(sys.stderr, f"{APP_EXECUTABLE}: test notification {delivery.describe()}")
    return 1


def _say(stream: Any, line: str) -> None:
    if stream is not None:  # a windowed frozen app has no console
        print(line, file=stream, flush=True)
