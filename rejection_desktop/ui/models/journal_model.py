"""The journal as a lazily loaded list model: one page at a time through JournalService.

Views ask for more rows as they scroll (``canFetchMore``/``fetchMore``); each fetch continues
after the last loaded entry (keyset paging), so a 20,000-entry journal opens as fast as a short
one. A delegate draws each entry on two lines: outcome chip, challenge and date, then a preview.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rejection_desktop.services.journal import JournalEntry, JournalFilter, JournalService
from rejection_desktop.ui.journal_format import (
    PLANNED,
    format_when,
    outcome_colour,
    outcome_label,
    translate,
)

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 100

AnyIndex = QModelIndex | QPersistentModelIndex


def entry_title(entry: JournalEntry) -> str:
    if entry.is_attempt:
        return entry.challenge_title
    if entry.reflection_kind == "weekly_review":
        return translate("journal", "Weekly review")
    return translate("journal", "Reflection")


def entry_status(entry: JournalEntry) -> str:
    """"Rejected", "Planned"... for an attempt; "Written" for a lone reflection."""
    if not entry.is_attempt:
        return translate("journal", "Written")
    return outcome_label(entry.outcome)


class JournalModel(QAbstractListModel):
    """Entries matching a JournalFilter, newest first, loaded a page at a time."""

    def __init__(self, journal: JournalService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.filter = JournalFilter()
        self._entries: list[JournalEntry] = []
        self._exhausted = True

    # loading -----------------------------------------------------------------------------------
    def set_filter(self, where: JournalFilter) -> None:
        """Show entries matching ``where`` (loads the first page)."""
        self.filter = where
        self.reload()

    def reload(self) -> None:
        """Drop what is loaded and fetch the first page again."""
        self.beginResetModel()
        self._entries = self.journal.page(self.filter, limit=PAGE_SIZE)
        self._exhausted = len(self._entries) < PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or not self._entries:
            return
        more = self.journal.page(self.filter, after=self._entries[-1].cursor, limit=PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if not more:
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    # reading -----------------------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def entry(self, row: int) -> JournalEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_of(self, kind: str, entry_id: int) -> int:
        """The row of an entry already loaded, or -1."""
        for row, entry in enumerate(self._entries):
            if entry.kind == kind and entry.id == entry_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry_title(entry)
        if role == ENTRY_ROLE:
            return entry
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return translate("journal", "{0}: {1}, {2}. {3}").format(
                entry_status(entry), entry_title(entry), format_when(entry.at),
                entry.preview[:120])
        return None


class JournalDelegate(QStyledItemDelegate):
    """Two lines per entry: chip, title and date; then status and a one-line preview."""

    PADDING = 10
    CHIP = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.lineSpacing() + 2 * self.PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        entry = index.data(ENTRY_ROLE)
        if not isinstance(entry, JournalEntry):
            super().paint(painter, option, index)
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                                option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted = palette.color(text_role)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        rect = option.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()

        chip_top = rect.top() + (line - self.CHIP) // 2
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        colour = outcome_colour(entry.outcome if entry.is_attempt and entry.outcome else
                                PLANNED if entry.is_attempt else None)
        painter.setBrush(colour)
        painter.drawEllipse(rect.left(), chip_top, self.CHIP, self.CHIP)

        text_left = rect.left() + self.CHIP + 10
        when = format_when(entry.at)
        when_width = metrics.horizontalAdvance(when) + 4
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        title_rect = QRect(text_left, rect.top(), rect.right() - text_left - when_width - 8, line)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         bold_metrics.elidedText(entry_title(entry),
                                                 Qt.TextElideMode.ElideRight, title_rect.width()))
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - when_width, rect.top(), when_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)

        status = entry_status(entry)
        second = f"{status} · {entry.preview}" if entry.preview else status
        preview_rect = QRect(text_left, rect.top() + line + 4, rect.right() - text_left, line)
        painter.drawText(preview_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(second, Qt.TextElideMode.ElideRight,
                                            preview_rect.width()))
        painter.restore()
