"""The lock over the running app: every page and open form hidden behind the unlock screen.

``PrivacyService`` decides when the app is locked ("Lock now", idle time, the session locking);
this puts that on screen: drafts of open forms are written (into the encrypted journal), every
other window of the app (forms, their questions, dialogs) is hidden and the banner cleared,
and the unlock screen covers the pages, with the sidebar, menus and shortcuts off. Unlocking
brings the forms back as they were. Actions that would write (from the tray or a notice) wait
for the unlock: ``when_unlocked`` shows the unlock screen and runs them after.

``IdleLock`` locks after the user's chosen idle minutes: any key, click, wheel or touch in the
app counts as activity (an application-wide event filter; the timer restarts at most once a
second).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from rejection_desktop.services.privacy import PrivacyService
from rejection_desktop.services.settings import SettingsService
from rejection_desktop.ui.dialogs.unlock import UnlockPanel, show_locked
from rejection_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                      QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
                      QEvent.Type.TabletPress})


class LockScreen(QObject):
    """Covers ``window`` while ``privacy`` is locked (a child of the window)."""

    def __init__(self, window: MainWindow, privacy: PrivacyService,
                 flush_drafts: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.privacy = privacy
        self._flush_drafts = flush_drafts
        self.panel: UnlockPanel | None = None
        self._undo: Callable[[], None] | None = None
        self._hidden: list[QWidget] = []
        self._waiting: list[Callable[[], object]] = []
        privacy.locked_changed.connect(self._on_locked_changed)

    @property
    def locked(self) -> bool:
        return self.panel is not None

    def when_unlocked(self, action: Callable[[], object]) -> None:
        """Run ``action`` now, or, while locked, show the unlock screen and run it after."""
        if not self.privacy.locked:
            action()
            return
        self._waiting.append(action)
        self.window.bring_to_front()

    def _on_locked_changed(self, locked: bool) -> None:
        if locked:
            self._cover()
        else:
            self._uncover()

    def _cover(self) -> None:
        if self.panel is not None:
            return
        try:
            self._flush_drafts()
        except Exception:
            log.exception("drafts could not all be written before locking")
        self._hidden = [widget for widget in QApplication.topLevelWidgets()
                        if widget is not self.window and widget.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.window.banner.clear()
        panel = UnlockPanel(self.privacy.unlock)
        panel.quit_requested.connect(self.window.quit_requested.emit)
        self.panel = panel
        self._undo = show_locked(self.window, panel)
        log.info("window covered; %d other windows hidden", len(self._hidden))

    def _uncover(self) -> None:
        if self._undo is not None:
            self._undo()
        self._undo, self.panel = None, None
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            widget.show()
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()


class IdleLock(QObject):
    """Locks ``privacy`` after ``auto_lock_minutes`` without input in the app (0: never)."""

    def __init__(self, privacy: PrivacyService, settings: SettingsService, *,
                 minute_ms: int = MINUTE_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._settings = settings
        self._minute_ms = minute_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_idle)
        self._since_restart = QElapsedTimer()
        self._watching = False
        settings.setting_changed.connect(self._on_setting)
        privacy.encryption_changed.connect(lambda *_: self.restart())
        privacy.locked_changed.connect(lambda *_: self.restart())
        self.restart()

    def restart(self) -> None:
        """Count the idle time from now (stopped while locked, plain, or set to never)."""
        minutes = int(self._settings.get("auto_lock_minutes"))
        if minutes <= 0 or not self._privacy.encrypted or self._privacy.locked:
            self.timer.stop()
            self._watch(False)
            return
        self.timer.start(minutes * self._minute_ms)
        self._since_restart.start()
        self._watch(True)

    def _watch(self, on: bool) -> None:
        """Filter the app's events only while the idle time counts: every event through a
        Python filter waits for the GIL while a long job's worker holds it (a repaint burst
        during an import held the window for over 100 ms), so a plain journal has none."""
        app = QApplication.instance()
        if app is None or on == self._watching:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = on

    def _on_setting(self, key: str, _value: object) -> None:
        if key == "auto_lock_minutes":
            self.restart()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive() \
                and self._since_restart.elapsed() >= 1000:
            self.restart()
        return False

    def _on_idle(self) -> None:
        self._privacy.lock("idle")
