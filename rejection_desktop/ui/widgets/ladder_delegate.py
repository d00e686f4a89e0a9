"""Paints one rung of the ladder: a distress badge, the title, and what was done on it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from rejection_desktop.domain.ladder import Rung
from rejection_desktop.ui.models.challenge_model import RECORD_ROLE, category_label
from rejection_desktop.ui.widgets.date_fields import date_text

BAND_COLOURS = {"warm_up": "#6aa86f", "medium": "#d49a2a", "bold": "#c8553d"}
ROW_HEIGHT = 52


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "LadderDelegate" so lupdate extracts it."""


def rung_summary(rung: Rung) -> str:
    """One line on what the user has done on a rung."""
    if not rung.asks:
        return (
            translate("LadderDelegate", "Planned, not tried yet")
            if rung.planned
            else translate("LadderDelegate", "Not tried yet")
        )
    asks, tested = rung.asks, rung.predictions_tested  # lupdate extracts a plain-name count only
    parts = [
        translate("LadderDelegate", "asked once")
        if asks == 1
        else translate("LadderDelegate", "asked %n times", "", asks)
    ]
    parts.append(
        plural(
            translate("LadderDelegate", "%n prediction tested", "", tested),
            translate("LadderDelegate", "%n predictions tested", "", tested),
            tested,
        )
    )
    if rung.last_done:
        parts.append(translate("LadderDelegate", "last on {0}").format(date_text(rung.last_done)))
    return " · ".join(parts)


def plural(one: str, many: str, count: int) -> str:
    """English plurals without a translation file (a loaded translation gives its own forms
    through ``%n``; without one, Qt only fills in the number)."""
    return one if count == 1 else many


class LadderDelegate(QStyledItemDelegate):
    """Uniform-height rows, so 10,000 rungs scroll smoothly. Rows take the view's width (a
    width hint would be taken before the vertical scroll bar appears: a few pixels too wide)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(0, ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rung: Rung = index.data(RECORD_ROLE)
        if rung is None:
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(6, 3, -6, -3)
        background = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 8, 8)

        badge = QRect(rect.left() + 10, rect.top() + (rect.height() - 30) // 2, 38, 30)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAND_COLOURS.get(rung.band, "#888888")))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor("#ffffff"))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(rung.challenge.distress))

        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        left = badge.right() + 12
        mark_width = 70
        title_rect = QRect(left, rect.top() + 6, rect.right() - left - mark_width, 20)
        painter.setPen(text_colour)
        painter.setFont(bold if rung.done else option.font)
        metrics = painter.fontMetrics()
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(
                rung.challenge.title, Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        painter.setFont(option.font)
        detail = f"{category_label(rung.challenge.category)} · {rung_summary(rung)}"
        detail_rect = QRect(left, title_rect.bottom() + 2, title_rect.width(), 18)
        painter.setPen(muted)
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(
                detail, Qt.TextElideMode.ElideRight, detail_rect.width()
            ),
        )
        mark_rect = QRect(rect.right() - mark_width, rect.top(), mark_width - 10, rect.height())
        if rung.done:
            painter.setPen(text_colour)
            painter.drawText(
                mark_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                "✓ " + translate("LadderDelegate", "done"),
            )
        elif rung.asks:
            painter.setPen(muted)
            painter.drawText(
                mark_rect,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                translate("LadderDelegate", "{0} to go").format(rung.reps_to_go),
            )
        painter.restore()
