"""Wiring reminders into the running app: service, notifier chain, scheduler, tray, close-to-tray.

The composition root builds one ``ReminderRuntime`` after the main window; everything else
(``--hidden``, the Settings section, the missed badge) goes through it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

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
from rejection_desktop.domain.reminder_actions import OPEN_TODAY as OPEN_TODAY_KEY
from rejection_desktop.domain.reminder_actions import SNOOZE_PREFIX
from rejection_desktop.domain.schedule import plan, quiet_until
from rejection_desktop.domain.validation import ValidationError
from rejection_desktop.notifications.delivery import (
    DESKTOP_NOTIFIER,
    DESKTOP_NOTIFIER_PLATFORMS,
    SHOW_SECONDS,
    TARGET_ATTEMPT,
    Backend,
    BannerBackend,
    Delivery,
    Notice,
    NoticeAction,
    NotifierChain,
    PlyerBackend,
    TrayBackend,
)
from rejection_desktop.notifications.freedesktop import FreedesktopBackend, freedesktop_available
from rejection_desktop.notifications.macos import OsascriptBackend
from rejection_desktop.notifications.portal import PortalBackend, portal_available
from rejection_desktop.platform.autostart import launch_command
from rejection_desktop.platform.logs import LOG_FILE
from rejection_desktop.platform.paths import custom_data_dir
from rejection_desktop.services.clock import Clock
from rejection_desktop.services.local_text import clock, day_and_clock
from rejection_desktop.services.reminder_actions import (
    OPEN_LOG,
    OPEN_PLAN,
    OPEN_REVIEW,
    OPEN_SUGGESTION,
    OPEN_TODAY,
    OPEN_WHAT_STOPPED,
    ActionOutcome,
    PrivateTitles,
    ReminderActionService,
    action_label,
)
from rejection_desktop.services.reminder_history import (
    ACTION,
    CLOSED,
    HISTORY_FILE,
    SNOOZED,
    DiagnosticsInput,
    ReminderHistory,
    diagnostics_text,
    upcoming,
)
from rejection_desktop.services.reminders import MAX_LOOKBACK, ReminderService
from rejection_desktop.services.scheduler import ReminderScheduler
from rejection_desktop.services.start_at_login import StartAtLogin
from rejection_desktop.ui.dialogs.what_stopped import WhatStoppedDialog
from rejection_desktop.ui.main_window import MainWindow
from rejection_desktop.ui.tray import MAX_WAITING, ReminderTray
from rejection_desktop.ui.widgets.banner import BannerButton

if TYPE_CHECKING:
    from rejection_desktop.notifications.crossplatform import DesktopNotifierBackend
    from rejection_desktop.ui.widgets.reminder_settings import ReminderSettings

log = logging.getLogger(__name__)

SNOOZE_LINK = "rejection-desktop:snooze"
BACKEND_VARIABLE = "REJECTION_DESKTOP_NOTIFIER"
"""Set to ``desktop-notifier`` to send through desktop-notifier first on any platform."""


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "ReminderRuntime" so lupdate extracts it."""


def check_notice() -> Notice:
    """The test notification: one button, so the delivery says whether buttons show."""
    return Notice(translate("ReminderRuntime", "Test notification"),
                  translate("ReminderRuntime",
                            "If you can read this, your reminders will reach you."), kind="test",
                  actions=(NoticeAction(OPEN_TODAY_KEY, action_label(OPEN_TODAY_KEY)),))


def default_backends(tray: Callable[[], ReminderTray | None],
                     tray_available: Callable[[], bool]) -> list[Backend]:
    """The desktop's own notifications with buttons (freedesktop on Linux, behind the portal in
    a Flatpak; desktop-notifier on Windows and macOS, or first anywhere with ``BACKEND_VARIABLE``),
    then the plain ones (osascript on macOS, plyer), then the tray message."""
    backends: list[Backend] = []
    forced = os.environ.get(BACKEND_VARIABLE) == DESKTOP_NOTIFIER
    if forced or sys.platform in DESKTOP_NOTIFIER_PLATFORMS:  # asyncio, only where it is used
        from rejection_desktop.notifications.crossplatform import (  # noqa: PLC0415
            DesktopNotifierBackend,
            desktop_notifier_available,
        )
    if forced:
        backends.append(DesktopNotifierBackend(force=True))  # also on Linux: tests, diagnosis
    if portal_available():  # a Flatpak sandbox: the desktop portal, then the server itself
        backends += [PortalBackend(), FreedesktopBackend()]
    elif freedesktop_available():
        backends.append(FreedesktopBackend())
    elif not forced and sys.platform in DESKTOP_NOTIFIER_PLATFORMS \
            and desktop_notifier_available():
        backends.append(DesktopNotifierBackend())
    if sys.platform == "darwin":
        backends.append(OsascriptBackend())
    backends.append(PlyerBackend())
    backends.append(TrayBackend(lambda: icon.icon if (icon := tray()) else None,
                                tray_available))
    return backends


def desktop_notifier(backend: Backend) -> DesktopNotifierBackend | None:
    """``backend`` as desktop-notifier's, or None (its module is imported only where used)."""
    return cast("DesktopNotifierBackend", backend) if backend.name == DESKTOP_NOTIFIER else None


def close_backends(backends: Sequence[Backend]) -> None:
    """Close the D-Bus connection or the asyncio thread of the backends that hold one."""
    for backend in backends:
        if isinstance(backend, FreedesktopBackend):
            backend.disconnect_bus()
        elif (native := desktop_notifier(backend)) is not None:
            native.close()


def buttons_of(backends: Sequence[Backend]) -> tuple[str, str]:
    """Which backend comes first and whether its server shows buttons, for diagnostics."""
    for backend in backends:
        if isinstance(backend, PortalBackend):
            # not-user-facing: diagnostics for a bug report
            state = f"version {backend.version}" if backend.version else "not reached yet"
            return f"desktop portal ({state})", ""  # not-user-facing
        if isinstance(backend, FreedesktopBackend):
            server = backend.server
            if server is None:
                return "freedesktop (not reached yet)", ""
            return (f"freedesktop ({server.describe()}, "  # not-user-facing
                    f"{'with' if server.actions else 'without'} buttons)",
                    ", ".join(sorted(server.capabilities)))
        if (native := desktop_notifier(backend)) is not None:
            if native.buttons_shown is None:
                return "desktop-notifier (not reached yet)", ""
            return (f"desktop-notifier ({native.kind}, "  # not-user-facing
                    f"{'with' if native.buttons_shown else 'without'} buttons)", "")
    return ", ".join(b.name for b in backends), ""


class ReminderRuntime(QObject):
    """Builds and wires the reminder parts for one main window (a child of that window).

    Signals for the shell: ``attempt_requested(id)`` when a follow-up is opened (connect it to
    the log dialog of that attempt), ``log_requested`` from the tray, ``missed_changed(count)``
    for a sidebar badge.
    """

    attempt_requested = Signal(int)
    log_requested = Signal()
    missed_changed = Signal(int)
    plan_requested = Signal(int)
    """Open the plan of this attempt (a planned-ask reminder's "Open")."""
    plan_ask_requested = Signal()
    """The tray's "Plan an ask…"."""
    suggestion_requested = Signal()
    """Show Today with its suggestion focused (the daily nudge's "Pick today's ask")."""
    review_requested = Signal()
    """Open the weekly review (its reminder's "Start the review")."""

    def __init__(self, app: QApplication, window: MainWindow, context: AppContext, *,
                 clock: Clock | None = None, start_at_login: StartAtLogin | None = None,
                 tray_available: bool | None = None, backends: list[Backend] | None = None,
                 sleep_bus: QDBusConnection | None = None,
                 reminders: ReminderService | None = None, start: bool = True,
                 history_path: Path | None = None, told_until: datetime | None = None) -> None:
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
            backends = default_backends(lambda: self.tray, lambda: self.tray_available)
        self.backends = list(backends)
        self.chain = NotifierChain(backends, BannerBackend(self.show_banner),
                                   user_present=self._user_present, parent=self)
        services = context.services
        self.actions = ReminderActionService(self.reminders, services.attempts, self.settings,
                                             self.clock, parent=self)
        self.attempts = services.attempts
        self.history = ReminderHistory(history_path or context.paths.root / HISTORY_FILE,
                                       parent=self)
        self.log_file = context.paths.logs / LOG_FILE
        self.scheduler = ReminderScheduler(
            PrivateTitles(self.reminders, self.actions, services.attempts), self.deliver,
            clock=self.clock, today_title=self._private_today_title,
            private=lambda: self.private, parent=self)
        self.what_stopped: WhatStoppedDialog | None = None
        self.private = False
        """While the app is locked: notices name no challenge, the tray shows no title."""
        self.guard: Callable[[Callable[[], object]], object] = lambda action: action()
        """Runs an action that writes (snooze, pause, log): after an unlock while locked."""
        self.start_at_login = start_at_login or StartAtLogin(
            self.settings, command=launch_command(data_dir=custom_data_dir(context.paths.root)))
        self.close_explanation: QMessageBox | None = None
        self._today_title = ""
        self._today_audience = ""
        self._quitting = False
        self._wire()
        self.watching_sleep = self._watch_sleep(sleep_bus)
        self.reminders.arm_open_plans()  # every open plan has its reminders
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
        self.scheduler.round_done.connect(self._note_held)
        for backend in self.backends:
            clickable = backend if isinstance(backend, FreedesktopBackend) \
                else desktop_notifier(backend)
            if clickable is not None:
                clickable.action_invoked.connect(self.perform)
                clickable.closed.connect(self._on_closed)
        attempts = self.attempts
        for signal in (attempts.attempt_planned, attempts.attempt_logged,
                       attempts.attempt_updated, attempts.attempt_deleted,
                       attempts.attempt_restored):
            signal.connect(self._update_tray)
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
        tray.plan_requested.connect(lambda: self.guard(self._on_plan_requested))
        tray.waiting_requested.connect(
            lambda attempt_id: self.guard(lambda: self._open_attempt(attempt_id)))
        tray.snooze_requested.connect(lambda: self.guard(lambda: self.reminders.snooze(60)))
        tray.pause_requested.connect(lambda: self.guard(self.reminders.pause_for_today))
        tray.resume_requested.connect(lambda: self.guard(self.reminders.resume))
        tray.open_requested.connect(self.open_window)
        tray.quit_requested.connect(self.quit)
        tray.crisis_requested.connect(self.show_crisis_resources)
        tray.review_requested.connect(lambda: self.guard(self.open_review))
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

    def show_crisis_resources(self) -> None:
        """The crisis lines from the tray, without opening the window first."""
        from rejection_desktop.ui.dialogs.help_dialogs import crisis_dialog  # noqa: PLC0415

        dialog = crisis_dialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

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

    def set_suggestion(self, suggestion: Any) -> None:
        """Today's suggested challenge (a ``ChallengeRecord`` or None), for its audience."""
        self._today_audience = getattr(suggestion, "audience", "") or ""
        self.set_today_title(getattr(suggestion, "title", "") or "")

    def _private_today_title(self) -> str:
        """Today's title for the daily nudge, unless the privacy setting hides its audience."""
        if self._today_title and self.actions.shows_title(self._today_audience or "anyone"):
            return self._today_title
        return ""

    def settings_section(self, parent: QWidget | None = None) -> ReminderSettings:
        """The Reminders section for the Settings page (imported when first asked for)."""
        from rejection_desktop.ui.widgets.reminder_settings import (  # noqa: PLC0415
            ReminderSettings,
        )

        return ReminderSettings(self.reminders, self.settings, self.start_at_login,
                                self.send_test_notification, clock=self.clock,
                                tray_available=self.tray_available,
                                history=self.history, diagnostics=self.diagnostics,
                                parent=parent)

    def send_test_notification(self) -> Delivery:
        return self.deliver(check_notice())

    # delivering --------------------------------------------------------------------------------
    def deliver(self, notice: Notice) -> Delivery:
        """Give ``notice`` its buttons, send it down the chain and note what happened.

        Where the desktop showed it without buttons (a plain server, a tray message), the
        in-app banner carries them as well.
        """
        if not notice.actions:
            notice = replace(notice, actions=tuple(
                NoticeAction(key, label, essential)
                for key, label, essential in self.actions.actions_for(notice.kind)))
        delivery = self.chain.notify(notice)
        self.history.delivered(delivery, self.clock())
        if delivery.native and not delivery.buttons and notice.actions:
            self.show_banner(notice)
        return delivery

    def perform(self, notice: Notice, key: str, activation_token: str = "") -> None:
        """Run a reminder's action (from the desktop, the tray message or the banner)."""
        if activation_token:  # Wayland: lets the compositor raise our window for this click
            os.environ["XDG_ACTIVATION_TOKEN"] = activation_token
        label = next((a.label for a in notice.actions if a.key == key), key)
        try:
            outcome = self.actions.perform(notice, key)
        except ValidationError as error:
            log.warning("reminder action %s refused: %s", key, error.message)
            self.open_window()
            self.window.banner.show_message(error.message)
            return
        self.history.add(self.clock(), notice.kind, ACTION, label)
        if outcome.until is not None:
            self.history.add(self.clock(), notice.kind, SNOOZED,
                             clock(outcome.until, self.settings.zone()))
        self._open_outcome(outcome)

    def _open_outcome(self, outcome: ActionOutcome) -> None:
        attempt_id = outcome.attempt_id
        if outcome.open == OPEN_LOG and attempt_id is not None:
            self._open_attempt(attempt_id)
        elif outcome.open == OPEN_PLAN and attempt_id is not None:
            self.open_window()
            self.plan_requested.emit(attempt_id)
        elif outcome.open == OPEN_WHAT_STOPPED and attempt_id is not None:
            self.open_window()
            self._ask_what_stopped(attempt_id)
        elif outcome.open == OPEN_SUGGESTION:
            self.open_today()
            self.suggestion_requested.emit()
        elif outcome.open == OPEN_TODAY:
            self.open_today()
        elif outcome.open == OPEN_REVIEW:
            self.open_review()
        if outcome.message:
            self.window.banner.show_message(escape(outcome.message))

    def _open_attempt(self, attempt_id: int) -> None:
        self.open_today()
        self.attempt_requested.emit(attempt_id)

    def _ask_what_stopped(self, attempt_id: int) -> None:
        try:
            title = self.attempts.get(attempt_id).challenge_title
        except KeyError:
            title = ""
        dialog = WhatStoppedDialog(
            title, lambda text: self.actions.save_what_stopped(attempt_id, text), self.window)
        dialog.destroyed.connect(lambda: setattr(self, "what_stopped", None))
        self.what_stopped = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_closed(self, notice: Notice, reason: str) -> None:
        if reason in ("expired", "dismissed"):
            self.history.add(self.clock(), notice.kind, CLOSED, reason)

    def _note_held(self, round_: Any) -> None:
        """Note in the history what quiet hours hold back in this round."""
        if round_.due:
            return
        try:
            inputs = self.reminders.schedule_inputs(round_.at)
            until = quiet_until(inputs.quiet, round_.at, inputs.zone)
            if until is None:
                return
            held = plan(inputs.specs, round_.at, inputs.zone,
                        paused_until=inputs.snoozed_until, max_lookback=MAX_LOOKBACK).due
        except Exception:
            log.warning("could not check what quiet hours hold", exc_info=True)
            return
        if held:
            kinds = {spec.id: spec.kind for spec in inputs.specs}
            ids = [reminder_id for reminder_id, _ in held]
            self.history.held(ids, [kinds[i] for i in ids], until, round_.at, inputs.zone)

    def diagnostics(self) -> str:
        """The text of "Copy diagnostics" (no titles, no journal text)."""
        backend, capabilities = buttons_of(self.backends)
        now = self.clock()
        try:
            next_reminders = upcoming(self.reminders.schedule_inputs(now), now)
        except Exception:
            log.warning("could not list the next reminders", exc_info=True)
            next_reminders = []
        return diagnostics_text(DiagnosticsInput(
            self.app.platformName(), backend, capabilities, self.tray_available,
            next_reminders, self.settings.zone(), self.log_file, self.history.entries()))

    def shutdown(self) -> None:
        """Stop the timer, close the notification connection and remove the tray icon."""
        self.scheduler.stop()
        close_backends(self.backends)
        self.tray.hide()

    # opening things ----------------------------------------------------------------------------
    def open_window(self) -> None:
        self.window.bring_to_front()
        self.chain.acknowledge_missed()

    def open_today(self) -> None:
        self.open_window()
        self.window.show_page("today")

    def open_review(self) -> None:
        """Bring the window up and ask for the weekly review (the shell opens it)."""
        self.open_window()
        self.review_requested.emit()

    def open_target(self, notice: Notice) -> None:
        """Open what a notice is about: Today, or the attempt to log."""
        self.open_today()
        if notice.target == TARGET_ATTEMPT and notice.attempt_id is not None:
            self.attempt_requested.emit(notice.attempt_id)

    def _on_log_requested(self) -> None:
        self.open_today()
        self.log_requested.emit()

    def _on_plan_requested(self) -> None:
        self.open_today()
        self.plan_ask_requested.emit()

    def _on_message_clicked(self) -> None:
        """A click on a tray message does what the notice's first button does."""
        last = self.chain.last
        if last is not None and last.backend == "tray":
            default = last.notice.default_action
            if default is not None:
                self.perform(last.notice, default.key)
            else:
                self.open_target(last.notice)
        else:
            self.open_window()

    # the banner --------------------------------------------------------------------------------
    def show_banner(self, notice: Notice) -> None:
        """Show ``notice`` in the window's banner with its buttons (the snooze choices share
        one button with a menu)."""
        if notice.actions:
            text = f"<b>{escape(notice.title)}</b> — {escape(notice.message)}"
            buttons: list[BannerButton] = []
            snoozes = [a for a in notice.actions if a.key.startswith(SNOOZE_PREFIX)]
            for choice in notice.actions:
                if choice.key.startswith(SNOOZE_PREFIX):
                    if choice is snoozes[0]:
                        buttons.append(BannerButton(choice.label, self._performer(
                            notice, choice.key), tuple(
                            (a.label, self._performer(notice, a.key)) for a in snoozes)
                            if len(snoozes) > 1 else ()))
                    continue
                buttons.append(BannerButton(choice.label, self._performer(notice, choice.key)))
            self.window.banner.show_actions(text, buttons)
            return
        link_colour = self.window.palette().color(QPalette.ColorRole.HighlightedText).name()
        text = (f"<b>{escape(notice.title)}</b> — {escape(notice.message)} &nbsp;"
                f"<a href=\"{SNOOZE_LINK}\" style=\"color: {link_colour}\">"
                + escape(translate("ReminderRuntime", "Snooze 1 h")) + "</a>")
        action = (translate("ReminderRuntime", "Log it") if notice.target == TARGET_ATTEMPT
                  else translate("ReminderRuntime", "Open Today"))
        if notice.kind == "test":
            text = f"<b>{escape(notice.title)}</b> — {escape(notice.message)}"
            action = ""
        self.window.banner.show_message(text, action, lambda: self.open_target(notice))

    def _performer(self, notice: Notice, key: str) -> Callable[[], None]:
        return lambda: self.perform(notice, key)

    def _on_banner_link(self, link: str) -> None:
        if link == SNOOZE_LINK:
            self.guard(self._snooze_from_banner)

    def _snooze_from_banner(self) -> None:
        until = self.reminders.snooze(60)
        self.window.banner.show_message(translate("ReminderRuntime", "Reminders snoozed until {0}.")
                                        .format(clock(until, self.settings.zone())))

    # close to tray -----------------------------------------------------------------------------
    def _on_close(self, event: QCloseEvent) -> bool:
        if not self._quitting and self.tray_available and self.settings.get("close_to_tray"):
            event.ignore()
            self.window.hide()
            if not self.settings.get("close_to_tray_explained"):
                self.settings.set("close_to_tray_explained", True)
                self._explain_tray()
            return False
        if not self._quitting and not self.tray_available \
                and not self.settings.get("close_without_tray_explained"):
            event.ignore()
            self.settings.set("close_without_tray_explained", True)
            self._explain_no_tray()
            return False
        self.shutdown()
        self.window.quit_requested.emit()
        return True

    def _explain_no_tray(self) -> None:
        """Said once: without a tray, reminders stop when the app quits."""
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, translate("ReminderRuntime",
            "This desktop has no system tray, so reminders stop when Rejection Desktop quits. "
            "They wait until you open it again. To keep them coming, keep the window open "
            "(minimised is fine), or let the app start at login in Settings."),
            parent=self.window)  # goes with the window
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keep = box.addButton(translate("ReminderRuntime",
                                       "Keep the window open"), QMessageBox.ButtonRole.RejectRole)
        box.addButton(translate("ReminderRuntime", "Quit"), QMessageBox.ButtonRole.AcceptRole)
        box.buttonClicked.connect(lambda clicked: self._after_no_tray(clicked is keep))
        box.destroyed.connect(lambda: setattr(self, "close_explanation", None))
        self.close_explanation = box
        box.show()

    def _after_no_tray(self, keep: bool) -> None:
        if keep:
            self.window.showMinimized()
        else:
            self.quit()

    def quit(self) -> None:
        """Quit for real (the tray's Quit): close the window past the tray handler."""
        self._quitting = True
        if not self.window.close():
            self.window.quit_requested.emit()

    def _explain_tray(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, translate("ReminderRuntime",
            "Rejection Desktop keeps running in the tray so your reminders can reach you. "
            "Open it again from the tray icon."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        keep = box.addButton(translate("ReminderRuntime",
                                       "Keep running"), QMessageBox.ButtonRole.AcceptRole)
        box.setEscapeButton(keep)  # Esc or the title bar's close keeps the app running
        quit_button = box.addButton(translate("ReminderRuntime", "Quit when I close the window"),
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
        now, zone = self.clock(), self.settings.zone()
        self.tray.set_status(paused_until=status.paused_until,
                             snoozed_until=status.snoozed_until, missed=self.chain.missed,
                             now=now, zone=zone)
        next_at = self.scheduler.next_at
        if next_at is None:
            self.tray.set_next(translate("ReminderRuntime", "No reminder planned"))
        else:
            same_day = next_at.astimezone(zone).date() == now.astimezone(zone).date()
            when = clock(next_at, zone) if same_day else day_and_clock(next_at, zone)
            self.tray.set_next(translate("ReminderRuntime", "Next reminder: {0}").format(when))
        try:
            self.tray.set_waiting(*self.actions.open_waiting(MAX_WAITING))
        except Exception:
            log.warning("could not list the waiting asks for the tray", exc_info=True)


def run_test_notification(context: AppContext | None = None) -> int:
    """``--test-notification``: send one notice down the chain; 0 if the desktop showed it.

    Prints which backend delivered it and whether with buttons (stdout), or why none could
    (stderr). A tray message lives in this process, so the process then stays up while it
    shows. Needs the QApplication but not the journal (``context`` only names the data folder
    in the log), so it can run before the single-instance lock, while the app itself runs.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("run_test_notification needs the QApplication")
    tray: ReminderTray | None = None
    if QSystemTrayIcon.isSystemTrayAvailable():
        tray = ReminderTray()
        tray.show()
    backends = default_backends(lambda: tray, lambda: tray is not None)
    delivery = NotifierChain(backends).notify(check_notice())
    close_backends(backends)
    log.info("test notification%s: %s", f" for {context.paths.root}" if context else "",
             delivery.describe())
    if delivery.native:
        _say(sys.stdout, f"test notification {delivery.describe()}")  # not-user-facing
        if delivery.backend == "tray":
            loop = QEventLoop()
            QTimer.singleShot(SHOW_SECONDS * 1000, loop.quit)
            loop.exec()
        if tray is not None:
            tray.hide()
        return 0
    failed = f"{APP_EXECUTABLE}: test notification {delivery.describe()}"  # not-user-facing
    _say(sys.stderr, failed)
    return 1


def _say(stream: Any, line: str) -> None:
    if stream is not None:  # a windowed frozen app has no console
        print(line, file=stream, flush=True)
