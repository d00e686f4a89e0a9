"""The tray icon and its menu: today's challenge, log, snooze, pause, open, quit.

The tray only emits signals; ``ReminderRuntime`` (and the lead's shell) connect them.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from rejection_desktop import APP_NAME
from rejection_desktop.domain.text import shorten
from rejection_desktop.platform.resources import resource
from rejection_desktop.services.local_text import clock, day_and_clock
from rejection_desktop.ui.theme import ACCENT


def app_icon() -> QIcon:
    """The application icon: the window icon, the bundled SVG, or a drawn stand-in."""
    icon = QApplication.windowIcon()
    if not icon.isNull():
        return icon
    path = resource("icons/rejection-desktop.svg")
    if path.exists():
        icon = QIcon(str(path))
        if not icon.isNull():
            return icon
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(ACCENT))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 60, 60)
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setPixelSize(34)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "R")
    painter.end()
    return QIcon(pixmap)


MAX_WAITING = 5
TITLE_CHARS = 48


class ReminderTray(QObject):
    """A ``QSystemTrayIcon`` with the reminder actions. Shown only where a tray exists.

    The menu: the next reminder's time, Log an ask…, Plan an ask…, Weekly review…, the asks
    waiting to be
    logged (one click each), snooze, pause and resume, open and quit.
    """

    today_requested = Signal()
    log_requested = Signal()
    plan_requested = Signal()
    snooze_requested = Signal()
    pause_requested = Signal()
    resume_requested = Signal()
    open_requested = Signal()
    quit_requested = Signal()
    crisis_requested = Signal()
    review_requested = Signal()
    message_clicked = Signal()
    waiting_requested = Signal(int)
    """An attempt id from the waiting asks."""

    def __init__(self, icon: QIcon | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon = QSystemTrayIcon(icon or app_icon(), self)
        self.icon.setToolTip(APP_NAME)
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("{0} menu").format(APP_NAME))
        self.next_action = QAction(self.tr("No reminder planned"), self.menu)
        self.next_action.setEnabled(False)
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        self.log_action = self._add(self.tr("Log an ask…"), self.log_requested)
        self.plan_action = self._add(self.tr("Plan an ask…"), self.plan_requested)
        self.review_action = self._add(self.tr("Weekly review…"), self.review_requested)
        self.waiting_separator = self.menu.addSeparator()
        self.waiting_actions: list[QAction] = []
        self.snooze_action = self._add(self.tr("Snooze reminders 1 h"), self.snooze_requested)
        self.pause_action = self._add(self.tr("Pause until tomorrow"), self.pause_requested)
        self.resume_action = self._add(self.tr("Resume reminders"), self.resume_requested)
        self.resume_action.setVisible(False)
        self.menu.addSeparator()
        self.crisis_action = self._add(self.tr("If you need support now…"),
                                       self.crisis_requested)
        self.open_action = self._add(self.tr("Open {0}").format(APP_NAME),
                                     self.open_requested)
        self.quit_action = self._add(self.tr("Quit"), self.quit_requested)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.messageClicked.connect(self.message_clicked)
        self.destroyed.connect(self.menu.deleteLater)

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(lambda _=False: signal.emit())
        self.menu.addAction(action)
        return action

    @staticmethod
    def available() -> bool:
        """True when the desktop has a system tray to show an icon in."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def set_today_title(self, title: str) -> None:
        """Name today's suggestion on "Plan an ask…" (shown as its tooltip)."""
        self.plan_action.setToolTip(self.tr("Today: {0}").format(title) if title else "")

    def set_next(self, text: str) -> None:
        """The next reminder's line at the top of the menu."""
        self.next_action.setText(text)

    def set_waiting(self, waiting: list[tuple[int, str]], total: int | None = None) -> None:
        """The asks waiting to be logged, (attempt id, title) each, one menu entry apiece for
        the first ``MAX_WAITING``; ``total`` (default ``len(waiting)``) counts them all."""
        total = len(waiting) if total is None else total
        for action in self.waiting_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self.waiting_actions = []
        before = self.snooze_action
        for attempt_id, title in waiting[:MAX_WAITING]:
            text = self.tr("Log: {0}").format(shorten(title, TITLE_CHARS))
            action = QAction(text, self.menu)
            action.triggered.connect(
                lambda _=False, a=attempt_id: self.waiting_requested.emit(a))
            self.menu.insertAction(before, action)
            self.waiting_actions.append(action)
        shown = min(len(waiting), MAX_WAITING)
        if total > shown:
            more = QAction(self.tr("%n more waiting…", "", total - shown),
                           self.menu)
            more.triggered.connect(lambda _=False: self.today_requested.emit())
            self.menu.insertAction(before, more)
            self.waiting_actions.append(more)
        if self.waiting_actions:
            separator = QAction(self.menu)
            separator.setSeparator(True)
            self.menu.insertAction(before, separator)
            self.waiting_actions.append(separator)

    def set_status(self, *, paused_until: datetime | None, snoozed_until: datetime | None,
                   missed: int, now: datetime, zone: ZoneInfo) -> None:
        """Reflect pause, snooze and missed reminders in the menu and the tooltip."""
        paused = paused_until is not None and paused_until > now
        snoozed = snoozed_until is not None and snoozed_until > now
        self.resume_action.setVisible(paused or snoozed)
        self.pause_action.setVisible(not paused)
        self.snooze_action.setVisible(not paused)
        lines = [APP_NAME]
        if paused and paused_until is not None:
            lines.append(self.tr("Reminders paused until {0}").format(
                day_and_clock(paused_until, zone)))
        elif snoozed and snoozed_until is not None:
            lines.append(self.tr("Reminders snoozed until {0}").format(
                clock(snoozed_until, zone)))
        if missed:
            lines.append(self.tr("1 missed reminder") if missed == 1
                         else self.tr("%n missed reminders", "", missed))
        self.icon.setToolTip("\n".join(lines))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
