"""The unlock screen: asks for the passphrase (or the recovery code) inside the main window,
before an encrypted journal is opened, and after "Lock now" or an automatic lock.

It sits on the window's page stack with the sidebar disabled, so no page or form can be seen
or reached while it shows. A wrong passphrase is said to be wrong (the key file tells, SQLite
is not touched); a damaged key file is said to be damaged.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.problems import Problem
from rejection_desktop.services import encryption
from rejection_desktop.ui.problem_text import problem_text

if TYPE_CHECKING:
    from rejection_desktop.platform.paths import DataPaths
    from rejection_desktop.services.encryption import JournalKey
    from rejection_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

Unlocker = Callable[["encryption.Secret"], "JournalKey"]


class UnlockPanel(QWidget):
    """Passphrase field, "use the recovery code instead", Unlock and Quit."""

    unlocked = Signal(object)  # the JournalKey
    quit_requested = Signal()

    def __init__(self, unlock: Unlocker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockPanel")
        self._unlock = unlock
        self.key: JournalKey | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        title = QLabel(self.tr("Your journal is locked"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        hint = QLabel(self.tr("Enter your passphrase to open it."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.returnPressed.connect(self.try_unlock)
        layout.addWidget(self.field)
        self.use_code = QCheckBox(self.tr("I forgot it: use my recovery code instead"))
        self.use_code.toggled.connect(self._on_mode)
        layout.addWidget(self.use_code)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.clicked.connect(self.quit_requested.emit)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        layout.addStretch(2)
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_mode(self, use_code: bool) -> None:
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if use_code
                               else QLineEdit.EchoMode.Password)
        label = self.tr("Recovery code") if use_code else self.tr("Passphrase")
        self.field.setPlaceholderText(label)
        self.field.setAccessibleName(label)
        self.field.setFocus()

    def try_unlock(self) -> None:
        text = self.field.text()
        if not text:
            return
        secret = encryption.Secret(recovery_code=text) if self.use_code.isChecked() \
            else encryption.Secret(passphrase=text)
        self.unlock_button.setEnabled(False)
        self.error.setText(self.tr("Unlocking…"))
        self.error.show()
        self.error.repaint()
        try:
            key = self._unlock(secret)
        except encryption.EncryptionError as exc:
            wrong = exc.problem in (Problem.WRONG_PASSPHRASE, Problem.WRONG_RECOVERY_CODE)
            self.error.setText(
                (self.tr("That recovery code is not right. Check it and try again.")
                 if self.use_code.isChecked() else
                 self.tr("That passphrase is not right. Try again."))
                if wrong else self.tr("The journal cannot be unlocked: {0}").format(
                    problem_text(exc)))
            self.field.selectAll()
            self.field.setFocus()
            return
        finally:
            self.unlock_button.setEnabled(True)
        self.field.clear()
        self.key = key
        self.unlocked.emit(key)


def show_locked(window: MainWindow, panel: UnlockPanel) -> Callable[[], None]:
    """Put ``panel`` over every page of ``window`` (sidebar, menus and their shortcuts off);
    returns the undo, which shows the page chosen last."""
    window.stack.addWidget(panel)
    window.stack.setCurrentWidget(panel)
    window.cover = panel
    window.navigation.setEnabled(False)
    window.menuBar().setEnabled(False)
    actions = [action for action in window.findChildren(QAction) if action.isEnabled()]
    for action in actions:  # Ctrl+1..5, Ctrl+L and the rest reach nothing while locked
        action.setEnabled(False)
    panel.field.setFocus()

    def undo() -> None:
        window.cover = None
        window.stack.removeWidget(panel)
        for action in actions:
            action.setEnabled(True)
        window.navigation.setEnabled(True)
        window.menuBar().setEnabled(True)
        key = window.current_page_key()
        if key:
            window.show_page(key)
        panel.deleteLater()

    return undo


def wait_for_unlock(window: MainWindow, paths: DataPaths, *, show: bool = True
                    ) -> JournalKey | None:
    """Show the unlock screen in ``window`` and wait; the key, or None when the user quits.

    ``show`` False (a hidden start with a tray to come back from) leaves the window hidden
    until the user opens it."""
    panel = UnlockPanel(lambda secret: encryption.unlock(paths, secret))
    undo = show_locked(window, panel)
    loop = QEventLoop()
    panel.unlocked.connect(loop.quit)
    panel.quit_requested.connect(loop.quit)
    window.quit_requested.connect(loop.quit)
    if show and not window.isVisible():
        window.show()
    loop.exec()
    key = panel.key
    undo()
    log.info("unlock screen closed (%s)", "unlocked" if key else "quit")
    return key

