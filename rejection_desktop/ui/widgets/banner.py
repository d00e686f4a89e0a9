"""An in-app banner: messages the user should see even when notifications cannot show, and the
short confirmation after a save ("Planned: ...", with Undo where it fits)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from rejection_desktop.ui.widgets.common import label

CONFIRMATION_MS = 15_000
"""How long a confirmation (with its Undo) stays before it goes by itself."""


@dataclass(frozen=True)
class BannerButton:
    """A button on the banner; with ``choices`` it also opens a menu of alternatives."""

    text: str
    run: Callable[[], None]
    choices: tuple[tuple[str, Callable[[], None]], ...] = ()


class Banner(QFrame):
    """A dismissable strip above the page with an optional action button (or several)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.text = label("", wrap=True)
        layout.addWidget(self.text, 1)
        self.buttons_row = QHBoxLayout()
        layout.addLayout(self.buttons_row)
        self.buttons: list[QAbstractButton] = []
        """The buttons of ``show_actions`` (a reminder's actions), in order."""
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._run_action)
        layout.addWidget(self.action_button)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self._action: Callable[[], object] | None = None
        self._expiry = QTimer(self)
        self._expiry.setSingleShot(True)
        self._expiry.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, action_text: str = "",
                     action: Callable[[], object] | None = None, *, timeout_ms: int = 0) -> None:
        """Show ``text``; with ``action_text`` and ``action``, also a button that runs it.

        With ``timeout_ms`` the banner goes away by itself after that long (a confirmation);
        otherwise it stays until dismissed (a problem the user must see).
        """
        self._clear_buttons()
        self._expiry.stop()
        if timeout_ms > 0:
            self._expiry.start(timeout_ms)
        self.text.setText(text)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setAccessibleName(action_text)
        self.action_button.setVisible(bool(action_text and action))
        self.show()

    def show_actions(self, text: str, buttons: Sequence[BannerButton]) -> None:
        """Show ``text`` with a row of buttons; any of them also dismisses the banner."""
        self.show_message(text)
        for spec in buttons:
            widget: QAbstractButton
            if spec.choices:
                tool = QToolButton()
                tool.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
                menu = QMenu(tool)
                for choice_text, run in spec.choices:
                    menu.addAction(choice_text).triggered.connect(
                        lambda _=False, r=run: self._run(r))
                tool.setMenu(menu)
                widget = tool
            else:
                widget = QPushButton()
            widget.setText(spec.text)
            widget.setAccessibleName(spec.text)
            widget.clicked.connect(lambda _=False, r=spec.run: self._run(r))
            self.buttons_row.addWidget(widget)
            self.buttons.append(widget)
            widget.show()

    def _clear_buttons(self) -> None:
        for widget in self.buttons:
            self.buttons_row.removeWidget(widget)
            widget.deleteLater()
        self.buttons = []

    def _run(self, run: Callable[[], None]) -> None:
        self.hide()
        run()

    def confirm(self, text: str, undo: Callable[[], None] | None = None) -> None:
        """A short confirmation of a save, with Undo when ``undo`` is given."""
        self.show_message(text, self.tr("Undo") if undo else "", undo,
                          timeout_ms=CONFIRMATION_MS)

    def _run_action(self) -> None:
        action = self._action
        self.hide()
        if action is not None:
            action()

    def clear(self) -> None:
        """Hide the banner and forget its text and action (the app is being locked)."""
        self.text.clear()
        self._action = None
        self.hide()
