"""An in-app banner: messages the user should see even when notifications cannot show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from rejection_desktop.ui.widgets.common import label


class Banner(QFrame):
    """A dismissable strip above the page with an optional action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 8, 8)
        self.text = label("", wrap=True)
        layout.addWidget(self.text, 1)
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self._run_action)
        layout.addWidget(self.action_button)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self.hide()

    def show_message(self, text: str, action_text: str = "",
                     action: Callable[[], None] | None = None) -> None:
        """Show ``text``; with ``action_text`` and ``action``, also a button that runs it."""
        self.text.setText(text)
        self._action = action
        self.action_button.setText(action_text)
        self.action_button.setAccessibleName(action_text)
        self.action_button.setVisible(bool(action_text and action))
        self.show()

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
