"""The short question after "Didn't ask": what stopped me (one line, optional)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.validation import MAX_LINE, ValidationError
from rejection_desktop.ui.validation_text import error_text


class WhatStoppedDialog(QDialog):
    """Asks "What stopped you?" for an ask logged as not made; ``save(text)`` stores it."""

    def __init__(self, title: str, save: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("Logged as not asked"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Logged: you didn't ask ({0}). That happens, and noticing it "
                               "is part of the practice.").format(title) if title else
                       self.tr("Logged: you didn't ask. That happens, and noticing it is part "
                               "of the practice."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        question = QLabel(self.tr("What &stopped you? (optional)"))
        self.edit = QLineEdit()
        self.edit.setMaxLength(MAX_LINE)
        self.edit.setPlaceholderText(self.tr("No blame, just notice it"))
        self.edit.setAccessibleName(self.tr("What stopped me"))
        question.setBuddy(self.edit)
        layout.addWidget(question)
        layout.addWidget(self.edit)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = self.buttons.addButton(self.tr("Skip"),
                                                  QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.setFocus()

    def _accept(self) -> None:
        text = self.edit.text().strip()
        if text:
            try:
                self._save(text)
            except ValidationError as error:
                self.error.setText(error_text(error))
                self.error.show()
                return
        self.accept()
