"""The start-up question when the journal is damaged: restore the newest good backup, choose
another backup, or quit. Nothing is changed until the user chooses to restore."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop import APP_NAME
from rejection_desktop.services.recovery import (
    GoodBackup,
    RecoveryDecision,
    RecoveryOffer,
    backup_problem,
)
from rejection_desktop.ui.problem_text import problem_text
from rejection_desktop.ui.widgets.common import button, label, primary_button
from rejection_desktop.ui.widgets.date_fields import local_date_time

translate = QCoreApplication.translate


def backup_description(backup: GoodBackup, parent: QWidget) -> str:
    """ "14 March 2026 18:02: 120 challenges, 342 attempts, 310 reflections" (local time)."""
    local = backup.info.created.astimezone().replace(tzinfo=None)
    when = QLocale().toString(local_date_time(local), QLocale.FormatType.LongFormat)
    counts = backup.contents.counts
    return translate("RecoveryDialog", "{0}: {1} challenges, {2} attempts, {3} reflections").format(
        when, counts["challenge"], counts["attempt"], counts["reflection"])


class RecoveryDialog(QDialog):
    """Explains the problem and offers the choices; ``decision`` holds the answer."""

    def __init__(self, offer: RecoveryOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self.decision = RecoveryDecision(None)
        self.setWindowTitle(self.tr("{0}: the journal needs attention").format(APP_NAME))
        self.setAccessibleName(self.tr("Journal recovery"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Your journal could not be opened safely"),
                               "sectionTitle", wrap=True))
        self.problem_label = label(self.tr(
            "A check at start-up found a problem with {0}:\n{1}\n\nNothing has been changed: "
            "the file is left exactly as it is.").format(offer.database, offer.problem),
            wrap=True)
        layout.addWidget(self.problem_label)
        if offer.backup is not None:
            text = self.tr(
                "The newest good backup is from {0}.\n\nRestoring it keeps the damaged file "
                "next to it under a dated name, so nothing is thrown away. Anything written "
                "after that backup is not in it.").format(backup_description(offer.backup, self))
        else:
            folders = "\n".join(str(f) for f in offer.searched)
            text = self.tr("No good backup was found in:\n{0}\n\nIf you keep backups elsewhere, "
                           "choose one. If you quit, the file stays as it is; the sqlite3 "
                           "tool's .recover command may be able to save parts of it.").format(
                folders)
        self.backup_label = label(text, wrap=True)
        layout.addWidget(self.backup_label)
        layout.addStretch(1)

        buttons = QHBoxLayout()
        self.quit_button = button(self.tr("&Quit"), self.tr("Quit without changing anything"))
        self.quit_button.clicked.connect(self.reject)
        self.choose_button = button(self.tr("&Choose a backup file…"))
        self.choose_button.clicked.connect(self.choose_file)
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        self.restore_button = primary_button(self.tr("&Restore this backup"))
        self.restore_button.clicked.connect(self.restore_newest)
        self.restore_button.setVisible(offer.backup is not None)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        default = self.restore_button if offer.backup is not None else self.choose_button
        default.setDefault(True)
        default.setFocus()

    def restore_newest(self) -> None:
        assert self.offer.backup is not None
        self.decision = RecoveryDecision(self.offer.backup.info.path)
        self.accept()

    def choose_file(self) -> None:
        start = str(self.offer.searched[0]) if self.offer.searched else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), start,
            self.tr("Journal backups (*.sqlite3);;All files (*)"))
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> bool:
        """Accept ``path`` when it is a good journal backup; otherwise say why and stay."""
        if path.resolve() == self.offer.database.resolve():
            QMessageBox.warning(self, APP_NAME, self.tr("That is the damaged journal itself."))
            return False
        problem = backup_problem(path)
        if problem is not None:
            QMessageBox.warning(self, APP_NAME, self.tr("This file cannot be restored: {0}")
                                .format(problem_text(problem)))
            return False
        self.decision = RecoveryDecision(path)
        self.accept()
        return True


def ask_recovery(offer: RecoveryOffer) -> RecoveryDecision:
    """Show the dialog modally and return the user's choice (quit when closed)."""
    dialog = RecoveryDialog(offer)
    dialog.exec()
    return dialog.decision
