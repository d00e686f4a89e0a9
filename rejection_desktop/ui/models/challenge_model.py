"""Item models for the challenge library: the table, its filter proxy, and the ladder list."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from rejection_desktop.domain.ladder import Rung, band_of
from rejection_desktop.domain.records import ChallengeRecord

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ASKS_ROLE = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


translate = QCoreApplication.translate


def category_labels() -> dict[str, str]:
    """The built-in categories' translated labels (the keys of ``domain.outcomes.CATEGORIES``)."""
    return {
        "everyday": translate("categories", "Everyday asks"),
        "shops": translate("categories", "Shops and service"),
        "social": translate("categories", "Social"),
        "work": translate("categories", "Work"),
        "family": translate("categories", "Friends and family"),
        "public": translate("categories", "Public dares"),
        "online": translate("categories", "Online and by message"),
    }


def category_label(key: str) -> str:
    """The translated label of a category key (custom categories show as typed)."""
    return category_labels().get(key, key)


def band_label(key: str) -> str:
    """The translated label of a distress band key (``domain.ladder.DISTRESS_BANDS``)."""
    return {"warm_up": translate("DistressBands", "Warm-up"),
            "medium": translate("DistressBands", "Medium"),
            "bold": translate("DistressBands", "Bold")}.get(key, key)


class Column(IntEnum):
    TITLE = 0
    CATEGORY = 1
    DISTRESS = 2
    ASKS = 3
    KIND = 4


def header_labels() -> dict[Column, str]:
    """The table's translated column headers."""
    return {
        Column.TITLE: translate("ChallengeTableModel", "Challenge"),
        Column.CATEGORY: translate("ChallengeTableModel", "Category"),
        Column.DISTRESS: translate("ChallengeTableModel", "Distress"),
        Column.ASKS: translate("ChallengeTableModel", "Asks"),
        Column.KIND: translate("ChallengeTableModel", "Kind"),
    }


class ChallengeTableModel(QAbstractTableModel):
    """Every challenge with how often the user asked it; rows are ``ChallengeRecord``s."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ChallengeRecord] = []
        self._asks: dict[int, int] = {}

    def reload(self, records: Sequence[ChallengeRecord], asks: dict[int, int]) -> None:
        """Replace the contents (one reset, cheap even for 10,000 rows)."""
        self.beginResetModel()
        self._rows = list(records)
        self._asks = dict(asks)
        self.endResetModel()

    def record(self, row: int) -> ChallengeRecord:
        return self._rows[row]

    def row_of(self, challenge_id: int) -> int:
        """The row of a challenge, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == challenge_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_labels()[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = Column(index.column())
        asks = self._asks.get(record.id, 0)
        if role == RECORD_ROLE:
            return record
        if role == ASKS_ROLE:
            return asks
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column, asks)
        if role == SORT_ROLE:
            return {Column.DISTRESS: record.distress, Column.ASKS: asks}.get(
                column, str(self._display(record, column, asks)).casefold())
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return "\n\n".join(t for t in (record.description, record.tip) if t)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.DISTRESS,
                                                                   Column.ASKS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and record.archived:
            return None
        return None

    @staticmethod
    def _display(record: ChallengeRecord, column: Column, asks: int) -> Any:
        if column == Column.TITLE:
            return record.title
        if column == Column.CATEGORY:
            return category_label(record.category)
        if column == Column.DISTRESS:
            return record.distress
        if column == Column.ASKS:
            return asks
        if record.is_builtin:
            return (translate("ChallengeTableModel", "Built-in, archived") if record.archived
                    else translate("ChallengeTableModel", "Built-in"))
        return (translate("ChallengeTableModel", "Yours, archived") if record.archived
                else translate("ChallengeTableModel", "Yours"))


class Status(IntEnum):
    """The status filter of the challenge list."""

    ACTIVE = 0
    NEVER_TRIED = 1
    DONE = 2
    ARCHIVED = 3
    ALL = 4


class ChallengeFilterProxy(QSortFilterProxyModel):
    """Search text, category, distress band and status filters over ``ChallengeTableModel``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._text = ""
        self._category = ""
        self._band = ""
        self._status = Status.ACTIVE

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.casefold().strip()
        self.endFilterChange()

    def set_category(self, category: str) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange()

    def set_band(self, band: str) -> None:
        self.beginFilterChange()
        self._band = band
        self.endFilterChange()

    def set_status(self, status: Status) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        record: ChallengeRecord = model.data(index, RECORD_ROLE)
        asks: int = model.data(index, ASKS_ROLE)
        if self._status == Status.ARCHIVED:
            if not record.archived:
                return False
        elif self._status != Status.ALL and record.archived:
            return False
        if self._status == Status.NEVER_TRIED and asks:
            return False
        if self._status == Status.DONE and not asks:
            return False
        if self._category and record.category != self._category:
            return False
        if self._band and band_of(record.distress) != self._band:
            return False
        if self._text:
            haystack = f"{record.title}\n{record.description}\n{record.tip}".casefold()
            return all(word in haystack for word in self._text.split())
        return True


class LadderModel(QAbstractListModel):
    """The user's ladder: one row per rung (challenge), ordered by their distress rating."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rungs: list[Rung] = []

    def reload(self, rungs: Sequence[Rung]) -> None:
        self.beginResetModel()
        self._rungs = list(rungs)
        self.endResetModel()

    def rung(self, row: int) -> Rung:
        return self._rungs[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rungs)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rungs):
            return None
        rung = self._rungs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return rung.challenge.title
        if role == RECORD_ROLE:
            return rung
        if role == Qt.ItemDataRole.AccessibleTextRole:
            asks = rung.asks  # lupdate extracts a plain-name count only
            return (translate("LadderModel", "{0}: {1}, asked %n time(s), done", "", asks)
                    if rung.done else
                    translate("LadderModel", "{0}: {1}, asked %n time(s)", "", asks)).format(
                rung.challenge.distress, rung.challenge.title)
        return None
