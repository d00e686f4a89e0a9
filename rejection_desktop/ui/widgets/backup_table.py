"""The list of backups as a Qt table model: date, why it was taken, what it holds, size."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from rejection_desktop.services.backups import BackupInfo, BackupKind, DatabaseFileInfo
from rejection_desktop.ui.widgets.date_fields import date_time_text, local_date_time

Index = QModelIndex | QPersistentModelIndex
Details = Callable[[BackupInfo], DatabaseFileInfo | None]


def kind_label(kind: BackupKind) -> str:
    labels = {
        BackupKind.AUTO: QCoreApplication.translate("backups", "Automatic"),
        BackupKind.MANUAL: QCoreApplication.translate("backups", "Backed up by you"),
        BackupKind.BEFORE_RESTORE: QCoreApplication.translate("backups", "Before a restore"),
        BackupKind.BEFORE_IMPORT: QCoreApplication.translate("backups", "Before an import"),
        BackupKind.BEFORE_UPGRADE: QCoreApplication.translate("backups", "Before an upgrade"),
    }
    return labels[kind]


class BackupTableModel(QAbstractTableModel):
    """Backups, newest first. Row counts are read from each file on first display (cached)."""

    COLUMNS = ("when", "kind", "challenge", "attempt", "reflection", "size")

    def __init__(self, details: Details, zone: Callable[[], tzinfo]) -> None:
        super().__init__()
        self._details = details
        self._zone = zone
        self._backups: list[BackupInfo] = []
        self._headers = (self.tr("Date"), self.tr("Kind"), self.tr("Challenges"),
                         self.tr("Attempts"), self.tr("Reflections"), self.tr("Size"))

    def set_backups(self, backups: list[BackupInfo]) -> None:
        self.beginResetModel()
        self._backups = list(backups)
        self.endResetModel()

    def backup_at(self, row: int) -> BackupInfo:
        return self._backups[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._backups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._backups):
            return None
        backup = self._backups[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == "when":
            local = backup.created.astimezone(self._zone()).replace(tzinfo=None)
            return date_time_text(local_date_time(local))
        if column == "kind":
            return kind_label(backup.kind)
        if column == "size":
            return QLocale().formattedDataSize(backup.size)
        details = self._details(backup)
        if details is None:
            return self.tr("unreadable")
        return QLocale().toString(details.counts.get(column, 0))
