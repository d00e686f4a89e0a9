"""Settings > Data: export, import, the list of backups, restore, "Back up now", the folder.

Every action calls a service (DataTransferService, BackupService); the widget only asks the
user (file dialogs, confirmations). Exports, imports, backups and restores run as jobs on the
job runner (the window stays responsive): a panel under the card the user pressed shows the
progress with Cancel, then the result with "Show in folder". While a job runs, the buttons
that would start another one are disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
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
from shiboken6 import isValid

from rejection_desktop import APP_NAME
from rejection_desktop.services.backups import BackupFileError, BackupInfo, BackupService
from rejection_desktop.services.data_transfer import (
    DataTransferService,
    ImportFailedError,
    ImportFile,
    ImportMode,
    ImportRefusedError,
    ImportResult,
)
from rejection_desktop.services.export import ExportSummary
from rejection_desktop.services.export_format import MAX_IMPORT_BYTES
from rejection_desktop.services.jobs import Job, JobBusyError, JobRunner, JobState
from rejection_desktop.ui.problem_text import problem_text
from rejection_desktop.ui.record_counts import import_summary_text, records_text
from rejection_desktop.ui.widgets.backup_table import BackupTableModel, when_text
from rejection_desktop.ui.widgets.common import EmptyState, button, label, primary_button
from rejection_desktop.ui.widgets.flow_layout import FlowLayout
from rejection_desktop.ui.widgets.job_panel import JobPanel

KNOWN_FAILURES = (ImportRefusedError, ImportFailedError, BackupFileError, OSError)
"""Failures whose message is meant for the user; anything else is named by its type."""


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


MAIN_TABLES = ("challenges", "attempts", "reflections")
"""What the import question counts in the file."""


def megabytes(size: int) -> str:
    return QLocale().toString(size / (1024 * 1024), "f", 1)


class DataSettingsSection(QWidget):
    """The "Your data" part of the Settings page."""

    def __init__(self, transfer: DataTransferService, backups: BackupService,
                 zone: Callable[[], tzinfo], jobs: JobRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.transfer = transfer
        self.backups = backups
        self.jobs = jobs
        self._zone = zone
        self.panel = JobPanel()
        self.setAccessibleName(self.tr("Your data"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(20)
        self.export_card = self._export_card()
        self.import_card = self._import_card()
        self.backup_card = self._backup_card()
        for card in (self.export_card, self.import_card, self.backup_card):
            layout.addWidget(card)
        layout.addStretch(1)
        backups.backup_created.connect(self.refresh)
        backups.restored.connect(self.refresh)
        backups.folder_changed.connect(self.refresh)
        transfer.imported.connect(self.refresh)
        jobs.busy_changed.connect(self._update_buttons)
        self.refresh()

    # building ---------------------------------------------------------------------------------
    def _export_card(self) -> Group:
        card = Group(self.tr("Export your journal"))
        card.body.addWidget(label(self.tr(
            "Your data is yours. The JSON export holds everything and can be imported again, "
            "here or on another computer. CSV opens in spreadsheet programs; Markdown is a "
            "readable journal of your asks and reflections."), "muted", wrap=True))
        row = FlowLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for kind, (text, _) in self.export_labels().items():
            widget = button(text + "…", self.tr("Export: {0}").format(text))
            widget.clicked.connect(lambda _=False, k=kind: self.export(k))
            row.addWidget(widget)
            self.export_buttons[kind] = widget
        card.body.addLayout(row)
        return card

    def _import_card(self) -> Group:
        card = Group(self.tr("Import"))
        card.body.addWidget(label(self.tr(
            "Import a JSON export. You can add what is new to this journal, or replace the "
            "whole journal with the file (your current journal is backed up first). A file "
            "larger than {0} MB is imported only after you confirm it.").format(
            MAX_IMPORT_BYTES // (1024 * 1024)), "muted", wrap=True))
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

        self.folder_label = label("", wrap=True)
        self.folder_label.setAccessibleName(self.tr("Backup folder"))
        card.body.addWidget(self.folder_label)
        folder_row = FlowLayout()
        self.change_folder_button = button(self.tr("Change f&older…"),
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
        self.second_label = label("", wrap=True)
        self.second_label.setAccessibleName(self.tr("Second backup folder"))
        card.body.addWidget(self.second_label)
        second_row = FlowLayout()
        self.second_button = button(self.tr("Choose a second folder…"),
                                    self.tr("Choose a second backup folder"))
        self.second_button.setToolTip(self.tr(
            "Another disk or a synced folder: every backup is copied there too (backup files "
            "only, never the live journal)."))
        self.second_button.clicked.connect(self.choose_second_folder)
        self.no_second_button = button(self.tr("No second folder"),
                                       self.tr("Stop copying backups to a second folder"))
        self.no_second_button.clicked.connect(lambda: self.set_second_folder(None))
        for widget in (self.second_button, self.no_second_button):
            second_row.addWidget(widget)
        card.body.addLayout(second_row)

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
        self.restore_button = button(self.tr("Restore se&lected…"),
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
        second = self.backups.second_folder()
        self.second_label.setText(
            self.tr("Also copied to: {0}").format(second) if second is not None
            else self.tr("No second folder: every backup is on this computer's disk."))
        self.no_second_button.setEnabled(second is not None)
        warning = self.backups.live_location_warning()
        self.location_warning.setText(warning or "")
        self.location_warning.setVisible(bool(warning))
        self._update_buttons()

    def on_setting_changed(self, key: str, _value: object) -> None:
        """The backups' times are shown in the user's time zone: a new one shows at once."""
        if key == "timezone":
            self.refresh()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        idle = self.jobs.active is None
        for widget in (*self.export_buttons.values(), self.import_button,
                       self.backup_now_button):
            widget.setEnabled(idle)
        self.restore_button.setEnabled(idle and self.selected_backup() is not None)

    def report(self, text: str, path: Path | None = None) -> None:
        """Show the result of an action under the card it was started from."""
        self.panel.show_result(text, path)

    def when_text(self, info: BackupInfo) -> str:
        return when_text(info, self._zone())

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

    def confirm_large_file(self, size: int) -> bool:
        """Ask before importing a file over the usual limit (the command line's
        ``--max-size-mb``)."""
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr(
            "This file is {0} MB, larger than an export usually is (up to {1} MB).\n\nIf it "
            "is an export of a very large journal, it can be imported: checking it takes "
            "longer and needs about {2} MB of memory for a while. Nothing is changed until "
            "the whole file has been checked.").format(
            megabytes(size), MAX_IMPORT_BYTES // (1024 * 1024), megabytes(size * 6)),
            QMessageBox.StandardButton.Cancel, self)
        check = box.addButton(self.tr("Check and import it"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is check

    def ask_import_mode(self, merge: ImportResult) -> ImportMode | None:
        counts = merge.in_file
        box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, self.tr(
            "This file holds {0}.\n\nAdding what is new would: {1}.\n\nOr replace your whole "
            "journal with the file.\n\nEither way, your current journal is backed up first."
        ).format(records_text({table: counts.get(table, 0) for table in MAIN_TABLES})
                 or self.tr("no records"), import_summary_text(merge)),
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

    # running jobs -----------------------------------------------------------------------------
    def start_job(self, card: Group, job: Job, on_end: Callable[[Job], None]) -> None:
        """Run ``job`` with its progress under ``card``; ``on_end(job)`` when it ends."""
        self.panel.place(card.body)
        self.panel.watch(job)
        job.finished.connect(lambda: on_end(job) if isValid(self) else None,  # not once gone
                             Qt.ConnectionType.SingleShotConnection)  # then job and result go
        try:
            self.jobs.start(job)
        except JobBusyError as exc:
            job.finished.disconnect()
            self.panel.progress_row.hide()
            self.show_problem(str(exc))

    def failure_text(self, job: Job) -> str:
        """Why ``job`` failed, for people (the details of an unexpected error are logged)."""
        error = job.error
        if isinstance(error, KNOWN_FAILURES):
            return problem_text(error)
        return self.tr("an unexpected error ({0}); the details are in the log file").format(
            type(error).__name__)

    def ended_well(self, job: Job, failed: str) -> bool:
        """True after a success; otherwise says what happened (``failed``: "{0}" = why)."""
        self.refresh()
        if job.state is JobState.CANCELLED:
            self.report(self.tr("Stopped. Nothing was changed."))
        elif job.state is JobState.FAILED:
            self.panel.hide()
            self.show_problem(failed.format(self.failure_text(job)))
        return job.state is JobState.SUCCEEDED

    # actions ----------------------------------------------------------------------------------
    def export(self, kind: str) -> None:
        path = self.ask_save_path(kind)
        if path is not None:
            self.start_job(self.export_card, self.transfer.export_job(kind, path),
                           self._exported)

    def _exported(self, job: Job) -> None:
        if not self.ended_well(job, self.tr("The export could not be saved: {0}")):
            return
        summary: ExportSummary = job.result
        counts = records_text(summary.counts)
        self.report(" ".join(filter(None, (
            self.tr("Exported {0} to {1}.").format(counts or self.tr("nothing"), summary.path),
            summary.repair_note()))))
        if summary.problem:
            self.show_problem(summary.problem)

    def import_from_file(self) -> None:
        path = self.ask_open_path()
        if path is None:
            return
        size = self.transfer.oversized(path)
        if size is not None and not self.confirm_large_file(size):
            return
        self.start_job(self.import_card, self.transfer.load_job(path, max_bytes=size),
                       self._loaded)

    def _loaded(self, job: Job) -> None:
        if not self.ended_well(job, self.tr("This file cannot be imported: {0}")):
            return
        self.panel.hide()
        loaded: ImportFile = job.result
        mode = self.ask_import_mode(loaded.merge)
        if mode is ImportMode.REPLACE and not self.confirm(self.tr(
                "Replace your whole journal with this file?\n\nYour current journal is backed "
                "up first; you can bring it back from the list of backups."),
                self.tr("Replace")):
            mode = None
        if mode is None:
            self.transfer.discard(loaded)
            return
        self.start_job(self.import_card, self.transfer.import_job(loaded, mode), self._imported)

    def _imported(self, job: Job) -> None:
        if self.ended_well(job, self.tr("Nothing was imported: {0}")):
            result: ImportResult = job.result
            self.report(self.tr("Imported: {0}.").format(import_summary_text(result)),
                        result.backup)

    def back_up_now(self) -> None:
        self.start_job(self.backup_card, self.backups.backup_job(), self._backed_up)

    def _backed_up(self, job: Job) -> None:
        if self.ended_well(job, self.tr("The backup failed: {0}")):
            info: BackupInfo = job.result
            self.report(self.tr("Backed up to {0}.").format(info.path), info.path)

    def restore_selected(self) -> None:
        info = self.selected_backup()
        if info is None:
            return
        if not self.confirm(self.tr(
                "Restore the backup from {0}?\n\nYour journal goes back to how it was then. "
                "Your current journal is backed up first, so this can be undone.").format(
                self.when_text(info)), self.tr("Restore")):
            return
        self.start_job(self.backup_card, self.backups.restore_job(info.path),
                       lambda job: self._restored(job, info))

    def _restored(self, job: Job, info: BackupInfo) -> None:
        if self.ended_well(job, self.tr("Nothing was restored: {0}")):
            safety: BackupInfo = job.result
            self.report(self.tr("Restored the backup from {0}. The journal as it was before is "
                                "saved as {1}.").format(self.when_text(info), safety.path.name),
                        safety.path)

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.set_folder(folder)

    def set_folder(self, folder: Path | None) -> None:
        try:
            self.backups.set_folder(folder)
        except BackupFileError as exc:
            self.show_problem(problem_text(exc))
            return
        self.panel.place(self.backup_card.body)
        self.report(self.tr("Backups go to {0} from now on.").format(self.backups.folder()))

    def choose_second_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.set_second_folder(folder)

    def set_second_folder(self, folder: Path | None) -> None:
        try:
            self.backups.set_second_folder(folder)
        except BackupFileError as exc:
            self.show_problem(problem_text(exc))
            return
        self.panel.place(self.backup_card.body)
        self.report(self.tr("Every backup is also copied to {0}.").format(folder)
                    if folder is not None else self.tr("Backups are no longer copied to a "
                                                       "second folder."))

    def open_folder(self) -> None:
        folder = self.backups.folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
