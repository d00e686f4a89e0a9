"""The list of backups as a Qt table model: date, why it was taken, what it holds, size."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from rejection_desktop.services.backups import BackupInfo, BackupKind, DatabaseFileInfo
from rejection_desktop.ui.widgets.date_fields import date_time_text, local_date_time

Details = Callable[[BackupInfo], DatabaseFileInfo | None]


def when_text(info: BackupInfo, zone: tzinfo) -> str:
    """When ``info`` was taken, in ``zone``, as the app writes a date and time."""
    return date_time_text(local_date_time(info.created.astimezone(zone).replace(tzinfo=None)))


def kind_label(kind: BackupKind) -> str:
    labels = {
        BackupKind.AUTO: QCoreApplication.translate("backups", "Automatic"),
        BackupKind.MANUAL: QCoreApplication.translate("backups", "Backed up by you"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate("backups", "Before a restore"),
        BackupKind.BEFORE_IMPORT: QCoreApplication.translate("backups", "Before an import"),
        BackupKind.BEFORE_UPGRADE: QCoreApplication.translate("backups", "Before an upgrade"),
    }
    return labels[kind]


class BackupTableModel(QStandardItemModel):
    """Backups, newest first, with the row counts read from each file (cached by the service).

    The cells are filled once per ``set_backups`` into Qt's own item model rather than
    answered by Python ``data()`` calls: the table sizes its columns to their contents, so
    every layout pass asked for every cell and header again, about a thousand calls into
    Python per repaint, and while a long job's worker thread holds the GIL each of those
    waits for it (a repaint of Settings during an import froze the window for 300-500 ms).
    """

    COLUMNS = ("when", "kind", "challenge", "attempt", "reflection", "size")

    def __init__(self, details: Details, zone: Callable[[], tzinfo]) -> None:
        super().__init__(0, len(self.COLUMNS))
        self._details = details
        self._zone = zone
        self._backups: list[BackupInfo] = []
        self.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Kind"), self.tr("Challenges"), self.tr("Attempts"),
            self.tr("Reflections"), self.tr("Size")])

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self._backups = list(backups)
        self.setRowCount(0)
        zone = self._zone()  # once: it reads the settings
        for backup in self._backups:
            self.appendRow(self._row(backup, zone))

    def backup_at(self, row: int) -> BackupInfo:
        return self._backups[row]

    def _row(self, backup: BackupInfo, zone: tzinfo) -> list[QStandardItem]:
        details = self._details(backup)
        counts = [self.tr("unreadable") if details is None
                  else QLocale().toString(details.counts.get(column, 0))
                  for column in self.COLUMNS[2:5]]
        texts = [when_text(backup, zone), kind_label(backup.kind), *counts,
                 QLocale().formattedDataSize(backup.size)]
        items = []
        for column, text in enumerate(texts):
            item = QStandardItem(text)
            item.setEditable(False)
            item.setToolTip(str(backup.path))
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items.append(item)
        return items
