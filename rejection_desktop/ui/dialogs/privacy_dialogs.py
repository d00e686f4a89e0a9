"""The dialogs of Settings > Privacy: turn encryption on (with the recovery code step), change
the passphrase, turn it off.

Turning it on takes two steps: the passphrase, typed twice, with a strength hint; then the
recovery code, shown once, with Copy, Save as… and Print…, and Finish only after "I saved my
recovery code" is ticked. Only then is the journal converted (through ``PrivacyService``, the
same crash-safe conversion as the command line). Nothing here writes the passphrase anywhere.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop.domain.passphrase import Strength, strength
from rejection_desktop.domain.problems import Problem
from rejection_desktop.platform.paths import write_private_file
from rejection_desktop.services.encryption import (
    MIN_PASSPHRASE,
    EncryptionError,
    NewKey,
    Secret,
    passphrase_problem,
)
from rejection_desktop.services.privacy import PrivacyService
from rejection_desktop.ui.problem_text import problem_text
from rejection_desktop.ui.widgets.common import button, label, primary_button

log = logging.getLogger(__name__)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a key is derived or the journal converted."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def secret_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    field.setPlaceholderText(name)
    return field


def error_text() -> QLabel:
    widget = label("", "error", wrap=True)
    widget.hide()
    return widget


def show_error(widget: QLabel, text: str) -> None:
    widget.setText(text)
    widget.show()


class NewPassphrase(QWidget):
    """A new passphrase typed twice, with a strength hint that follows the typing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first = secret_field(self.tr("New passphrase"))
        self.second = secret_field(self.tr("The same passphrase again"))
        self.hint = label("", "caption", wrap=True)
        self.hint.setAccessibleName(self.tr("Passphrase strength"))
        for widget in (self.first, self.second, self.hint):
            layout.addWidget(widget)
        self.first.textChanged.connect(self._show_strength)
        self._show_strength("")

    def _show_strength(self, text: str) -> None:
        if len(text.strip()) < MIN_PASSPHRASE:
            self.hint.setText(self.tr("Use at least {0} characters; four or more unrelated "
                                      "words are easy to remember and hard to guess.")
                              .format(MIN_PASSPHRASE))
            return
        self.hint.setText({
            Strength.WEAK: self.tr("Strength: weak. Add more words or characters."),
            Strength.FAIR: self.tr("Strength: fair. A few more words would make it strong."),
            Strength.GOOD: self.tr("Strength: good."),
            Strength.STRONG: self.tr("Strength: strong."),
        }[strength(text)])

    def problem(self) -> str | None:
        """Why the typed passphrase cannot be used (None when it can)."""
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        if passphrase_problem(self.first.text()) is not None:
            return self.tr("The passphrase must have at least {0} characters.").format(
                MIN_PASSPHRASE)
        return None

    def text(self) -> str:
        return self.first.text()


class CurrentSecret(QWidget):
    """The passphrase in use, or the recovery code instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.field = secret_field(self.tr("Current passphrase"))
        self.use_code = QCheckBox(self.tr("I forgot it: use my recovery code instead"))
        self.use_code.toggled.connect(self._on_mode)
        layout.addWidget(self.field)
        layout.addWidget(self.use_code)

    def _on_mode(self, use_code: bool) -> None:
        self.field.clear()
        self.field.setEchoMode(QLineEdit.EchoMode.Normal if use_code
                               else QLineEdit.EchoMode.Password)
        name = self.tr("Recovery code") if use_code else self.tr("Current passphrase")
        self.field.setPlaceholderText(name)
        self.field.setAccessibleName(name)

    def secret(self) -> Secret:
        text = self.field.text()
        return Secret(recovery_code=text) if self.use_code.isChecked() \
            else Secret(passphrase=text)

    def wrong_text(self, exc: EncryptionError) -> str:
        if exc.problem in (Problem.WRONG_PASSPHRASE, Problem.WRONG_RECOVERY_CODE):
            return self.tr("That recovery code is not right.") if self.use_code.isChecked() \
                else self.tr("That passphrase is not right.")
        return self.tr("This did not work: {0}").format(problem_text(exc))


class EnableEncryptionDialog(QDialog):
    """Turn encryption on: the passphrase, then the recovery code, then the conversion."""

    def __init__(self, privacy: PrivacyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypt your journal"))
        self.setMinimumWidth(520)
        self._privacy = privacy
        self.made: NewKey | None = None
        layout = QVBoxLayout(self)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps)
        self.steps.addWidget(self._passphrase_step())
        self.steps.addWidget(self._code_step())

    # step 1 ------------------------------------------------------------------------------------
    def _passphrase_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(self.tr(
            "Your journal, its backups and unsaved drafts will be encrypted with a passphrase. "
            "You will type it each time the app starts or after it locks. Exports stay plain "
            "files: they are your own copies."), wrap=True))
        self.new_passphrase = NewPassphrase()
        layout.addWidget(self.new_passphrase)
        self.passphrase_error = error_text()
        layout.addWidget(self.passphrase_error)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.next_button = primary_button(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.make_key)
        row.addWidget(cancel)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        return page

    def make_key(self) -> None:
        """Check the passphrase, then make the key and its recovery code (about a second)."""
        problem = self.new_passphrase.problem()
        if problem is not None:
            show_error(self.passphrase_error, problem)
            return
        self.passphrase_error.hide()
        try:
            with busy():
                self.made = self._privacy.new_key(self.new_passphrase.text())
        except EncryptionError as exc:
            show_error(self.passphrase_error, problem_text(exc))
            return
        self.code.setText(self.made.recovery_code)
        self.steps.setCurrentIndex(1)
        self.saved_check.setFocus()

    # step 2 ------------------------------------------------------------------------------------
    def _code_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(label(self.tr("Your recovery code"), "sectionTitle"))
        layout.addWidget(label(self.tr(
            "If you forget your passphrase, this code is the only way to open your journal "
            "and its backups. Nobody, not even the makers of this app, can open it without "
            "one of the two. Keep the code somewhere safe that is not this computer: printed, "
            "or in a password manager."), wrap=True))
        self.code = label("", "recoveryCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.Bold)
        self.code.setFont(font)
        self.code.setAccessibleName(self.tr("Recovery code"))
        layout.addWidget(self.code)
        actions = QHBoxLayout()
        self.copy_button = button(self.tr("Copy"), self.tr("Copy the recovery code"))
        self.copy_button.clicked.connect(self.copy_code)
        self.save_button = button(self.tr("Save as…"), self.tr("Save the recovery code"))
        self.save_button.clicked.connect(self.save_code)
        self.print_button = button(self.tr("Print…"), self.tr("Print the recovery code"))
        self.print_button.clicked.connect(self.print_code)
        for widget in (self.copy_button, self.save_button, self.print_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.code_status = label("", "caption", wrap=True)
        layout.addWidget(self.code_status)
        self.saved_check = QCheckBox(self.tr("I saved my recovery code"))
        layout.addWidget(self.saved_check)
        self.finish_error = error_text()
        layout.addWidget(self.finish_error)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.finish_button = primary_button(self.tr("Encrypt my journal"))
        self.finish_button.setEnabled(False)
        self.saved_check.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(cancel)
        row.addWidget(self.finish_button)
        layout.addLayout(row)
        return page

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.code_status.setText(self.tr("Copied. Paste it somewhere safe, then clear the "
                                         "clipboard."))

    def ask_save_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery code"),
                                              str(Path.home() / "rejection-desktop-recovery.txt"),
                                              self.tr("Text files (*.txt)"))
        return Path(name) if name else None

    def save_code(self) -> None:
        path = self.ask_save_path()
        if path is None:
            return
        text = self.tr("Rejection Desktop recovery code\n\n{0}\n\nIt opens your encrypted "
                       "journal and its backups if you forget your passphrase.\n").format(
            self.code.text())
        try:
            write_private_file(path, text.encode("utf-8"))
        except OSError as exc:
            self.code_status.setText(self.tr("Could not save it: {0}").format(
                exc.strerror or exc))
            return
        self.code_status.setText(self.tr("Saved to {0}. Move it off this computer.").format(
            path))

    def print_code(self) -> None:
        from PySide6.QtGui import QTextDocument  # noqa: PLC0415 - printing loads late
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # noqa: PLC0415

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.tr("Rejection Desktop recovery code\n\n{0}\n").format(
            self.code.text()))
        document.print_(printer)
        self.code_status.setText(self.tr("Sent to the printer."))

    def finish(self) -> None:
        """Encrypt the journal (only once the code is saved)."""
        if not self.saved_check.isChecked() or self.made is None:
            return
        self.finish_error.hide()
        try:
            with busy():
                self._privacy.enable(self.made)
        except (EncryptionError, OSError) as exc:
            show_error(self.finish_error, self.tr("Your journal was not encrypted: {0}")
                       .format(problem_text(exc)))
            return
        self.accept()


class PassphraseDialog(QDialog):
    """Asks for the current passphrase (or recovery code), and a new one when changing it."""

    def __init__(self, privacy: PrivacyService, *, change: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._change = change
        self.setWindowTitle(self.tr("Change your passphrase") if change
                            else self.tr("Turn encryption off"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr(
            "The journal is not rewritten: only the key file changes. Your recovery code "
            "stays the same.") if change else self.tr(
            "Your journal and its backups will be stored as plain files again: anyone who "
            "can read this computer's disk or your backup folder can read them."), wrap=True))
        self.current = CurrentSecret()
        layout.addWidget(self.current)
        self.new_passphrase = NewPassphrase() if change else None
        if self.new_passphrase is not None:
            layout.addWidget(self.new_passphrase)
        self.error = error_text()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.ok_button: QPushButton = primary_button(
            self.tr("Change passphrase") if change else self.tr("Turn encryption off"))
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self.apply)
        row.addWidget(cancel)
        row.addWidget(self.ok_button)
        layout.addLayout(row)

    def apply(self) -> None:
        if self.new_passphrase is not None \
                and (problem := self.new_passphrase.problem()) is not None:
            show_error(self.error, problem)
            return
        try:
            with busy():
                if self.new_passphrase is not None:
                    self._privacy.change_passphrase(self.current.secret(),
                                                    self.new_passphrase.text())
                else:
                    self._privacy.disable(self.current.secret())
        except EncryptionError as exc:
            show_error(self.error, self.current.wrong_text(exc))
            return
        except OSError as exc:
            show_error(self.error, self.tr("This did not work: {0}").format(
                exc.strerror or exc))
            return
        self.accept()
