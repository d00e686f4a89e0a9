"""Settings > Data: export, import, the list of backups, restore, "Back up now", the folder.

Every action calls a service (DataTransferService, BackupService); the widget only asks the
user (file dialogs, confirmations) and reports the result in a status line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rejection_desktop import APP_NAME
from rejection_desktop.db.backup import BackupFileError
from rejection_desktop.services.backups import BackupInfo, BackupService
from rejection_desktop.services.data_transfer import (
    DataTransferService,
    ImportFailedError,
    ImportMode,
    ImportRefusedError,
    ImportResult,
)
from rejection_desktop.services.export_format import MAX_IMPORT_BYTES
from rejection_desktop.ui.widgets.backup_table import BackupTableModel
from rejection_desktop.ui.widgets.common import EmptyState, button, label, primary_button


class Group(QWidget):
    """A titled group inside the section (the Settings page already draws the card)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(8)
        heading = label(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(title)
        self.body.addWidget(heading)


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a longer operation runs."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class DataSettingsSection(QWidget):
    """The "Your data" part of the Settings page."""

    def __init__(self, transfer: DataTransferService, backups: BackupService,
                 zone: Callable[[], tzinfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.transfer = transfer
        self.backups = backups
        self._zone = zone
        self.setAccessibleName(self.tr("Your data"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        layout.addWidget(self._export_card())
        layout.addWidget(self._import_card())
        layout.addWidget(self._backup_card())
        self.status = label("", "muted", wrap=True)
        self.status.setAccessibleName(self.tr("Result of the last action"))
        layout.addWidget(self.status)
        layout.addStretch(1)
        backups.backup_created.connect(self.refresh)
        backups.restored.connect(self.refresh)
        backups.folder_changed.connect(self.refresh)
        transfer.imported.connect(self.refresh)
        self.refresh()

    # building ---------------------------------------------------------------------------------
    def _export_card(self) -> Group:
        card = Group(self.tr("Export your journal"))
        card.body.addWidget(label(self.tr(
            "Your data is yours. The JSON export holds everything and can be imported again, "
            "here or on another computer. CSV opens in spreadsheet programs; Markdown is a "
            "readable journal of your reflections."), "muted", wrap=True))
        row = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for kind, (text, _) in self.export_labels().items():
            widget = button(text + "…", self.tr("Export: {0}").format(text))
            widget.clicked.connect(lambda _=False, k=kind: self.export(k))
            row.addWidget(widget)
            self.export_buttons[kind] = widget
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    def _import_card(self) -> Group:
        card = Group(self.tr("Import"))
        card.body.addWidget(label(self.tr(
            "Import a JSON export. You can add what is new to this journal, or replace the "
            "whole journal with the file (your current journal is backed up first). Files "
            "up to {0} MB are accepted.").format(MAX_IMPORT_BYTES // (1024 * 1024)),
            "muted", wrap=True))
        row = QHBoxLayout()
        self.import_button = button(self.tr("&Import from a file…"),
                                    self.tr("Import from a JSON export"))
        self.import_button.clicked.connect(self.import_from_file)
        row.addWidget(self.import_button)
        row.addStretch(1)
        card.body.addLayout(row)
        return card

    def _backup_card(self) -> Group:
        card = Group(self.tr("Backups"))
        card.body.addWidget(label(self.tr(
            "A backup is made automatically at most every 30 minutes while you make changes, "
            "and when you quit. Older automatic backups are thinned out: the newest 6, then "
            "one a day for 12 days, one a week for 10 weeks and one a month for 9 months. "
            "Backups you make yourself are never deleted by the app."), "muted", wrap=True))
        self.location_warning = label("", "error", wrap=True)
        self.location_warning.setAccessibleName(self.tr("Warning about the journal's folder"))
        card.body.addWidget(self.location_warning)

        folder_row = QHBoxLayout()
        self.folder_label = label("", wrap=True)
        self.folder_label.setAccessibleName(self.tr("Backup folder"))
        folder_row.addWidget(self.folder_label, 1)
        self.change_folder_button = button(self.tr("Change &folder…"),
                                           self.tr("Change the backup folder"))
        self.change_folder_button.clicked.connect(self.choose_folder)
        self.default_folder_button = button(self.tr("Use the default"),
                                            self.tr("Use the default backup folder"))
        self.default_folder_button.clicked.connect(lambda: self.set_folder(None))
        self.open_folder_button = button(self.tr("Open folder"),
                                         self.tr("Open the backup folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        for widget in (self.change_folder_button, self.default_folder_button,
                       self.open_folder_button):
            folder_row.addWidget(widget)
        card.body.addLayout(folder_row)

        self.model = BackupTableModel(self.backups.details, self._zone)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = EmptyState(self.tr("No backups yet"), self.tr(
            "The first one is made automatically soon after you change something, or now "
            "with Back up now."))
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.empty)
        self.list_stack.addWidget(self.table)
        self.list_stack.setMaximumHeight(300)
        card.body.addWidget(self.list_stack)

        actions = QHBoxLayout()
        self.backup_now_button = primary_button(self.tr("&Back up now"))
        self.backup_now_button.clicked.connect(self.back_up_now)
        self.restore_button = button(self.tr("&Restore selected…"),
                                     self.tr("Restore the selected backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        actions.addWidget(self.backup_now_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)
        card.body.addLayout(actions)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        return card

    # state ------------------------------------------------------------------------------------
    def refresh(self, *_args: object) -> None:
        """Re-read the backup list, the folder and the location warning."""
        backups = self.backups.list_backups()
        self.model.set_backups(backups)
        self.list_stack.setCurrentWidget(self.table if backups else self.empty)
        folder = self.backups.folder()
        self.folder_label.setText(self.tr("Folder: {0}").format(folder))
        self.default_folder_button.setEnabled(folder != self.backups.default_folder())
        warning = self.backups.live_location_warning()
        self.location_warning.setText(warning or "")
        self.location_warning.setVisible(bool(warning))
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def report(self, text: str) -> None:
        self.status.setText(text)

    def when_text(self, info: BackupInfo) -> str:
        local = info.created.astimezone(self._zone()).replace(tzinfo=None)
        return QLocale().toString(QDateTime(local), QLocale.FormatType.LongFormat)

    def export_labels(self) -> dict[str, tuple[str, str]]:
        """Export kind -> (button text, file dialog filter)."""
        return {
            "json": (self.tr("Everything (JSON)"), self.tr("JSON files (*.json)")),
            "csv": (self.tr("Attempts as a spreadsheet (CSV)"), self.tr("CSV files (*.csv)")),
            "md": (self.tr("Journal as Markdown"), self.tr("Markdown files (*.md)")),
        }

    # questions (separate methods so tests can answer them) ------------------------------------
    def ask_save_path(self, kind: str) -> Path | None:
        text, file_filter = self.export_labels()[kind]
        today = QDateTime.currentDateTime().toString("yyyy-MM-dd")
        suggested = str(Path.home() / f"rejection-desktop-{today}.{kind}")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export: {0}").format(text),
                                              suggested, file_filter)
        return Path(name) if name else None

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import from a JSON export"),
                                              str(Path.home()), self.tr("JSON files (*.json)"))
        return Path(name) if name else None

    def ask_folder(self) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"),
                                                str(self.backups.folder()))
        return Path(name) if name else None

    def ask_import_mode(self, merge: ImportResult) -> ImportMode | None:
        counts = merge.in_file
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr(
            "This file holds {0} challenges, {1} attempts and {2} reflections.\n\nAdding what "
            "is new would: {3}.\n\nOr replace your whole journal with the file.\n\nEither way, "
            "your current journal is backed up first.").format(
            counts["challenges"], counts["attempts"], counts["reflections"], merge.summary()),
            QMessageBox.StandardButton.Cancel, self)
        add = box.addButton(self.tr("Add what is new"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(self.tr("Replace everything…"),
                                QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(add)
        box.exec()
        if box.clickedButton() is add:
            return ImportMode.MERGE
        if box.clickedButton() is replace:
            return ImportMode.REPLACE
        return None

    def confirm(self, text: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                          QMessageBox.StandardButton.Cancel, self)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def show_problem(self, text: str) -> None:
        QMessageBox.warning(self, APP_NAME, text)

    # actions ----------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        path = self.ask_save_path(kind)
        if path is None:
            return
        try:
            with busy():
                summary = self.transfer.export(kind, path)
        except OSError as exc:
            self.show_problem(self.tr("The export could not be saved: {0}").format(
                exc.strerror or exc))
            return
        counts = ", ".join(f"{QLocale().toString(n)} {name}" for name, n in
                           summary.counts.items() if n)
        self.report(self.tr("Exported {0} to {1}.").format(counts or self.tr("nothing"),
                                                            summary.path))
        if summary.problem:
            self.show_problem(summary.problem)

    def import_from_file(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        try:
            with busy():
                merge = self.transfer.preview(path, ImportMode.MERGE)
        except ImportRefusedError as exc:
            self.show_problem(self.tr("This file cannot be imported: {0}").format(exc))
            return
        mode = self.ask_import_mode(merge)
        if mode is None:
            return
        if mode is ImportMode.REPLACE and not self.confirm(self.tr(
                "Replace your whole journal with this file?\n\nYour current journal is backed "
                "up first; you can bring it back from the list of backups."),
                self.tr("Replace")):
            return
        try:
            with busy():
                result = self.transfer.import_file(path, mode)
        except (ImportRefusedError, ImportFailedError, BackupFileError, OSError) as exc:
            self.show_problem(self.tr("Nothing was imported: {0}").format(exc))
            return
        self.report(self.tr("Imported: {0}.").format(result.summary()))

    def back_up_now(self) -> None:
        try:
            with busy():
                info = self.backups.back_up_now()
        except (OSError, BackupFileError) as exc:
            self.show_problem(self.tr("The backup failed: {0}").format(exc))
            return
        self.report(self.tr("Backed up to {0}.").format(info.path))

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        if not self.confirm(self.tr(
                "Restore the backup from {0}?\n\nYour journal goes back to how it was then. "
                "Your current journal is backed up first, so this can be undone.").format(
                self.when_text(info)), self.tr("Restore")):
            return
        try:
            with busy():
                safety = self.backups.restore(info.path)
        except (OSError, BackupFileError) as exc:
            self.show_problem(self.tr("Nothing was restored: {0}").format(exc))
            return
        self.report(self.tr("Restored the backup from {0}. The journal as it was before is "
                            "saved as {1}.").format(self.when_text(info), safety.path.name))

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.set_folder(folder)

    def set_folder(self, folder: Path | None) -> None:
        try:
            self.backups.set_folder(folder)
        except BackupFileError as exc:
            self.show_problem(str(exc))
            return
        self.report(self.tr("Backups go to {0} from now on.").format(self.backups.folder()))

    def open_folder(self) -> None:
        folder = self.backups.folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
