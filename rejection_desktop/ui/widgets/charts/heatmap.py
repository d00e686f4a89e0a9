"""A calendar heatmap of asks per day: weeks left to right, Monday to Sunday top to bottom.

No QtCharts type fits a calendar, so it is painted by hand. ``draw_heatmap`` does the drawing
into any painter (the widget, a PNG, the PDF report); the widget adds size hints and tooltips.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rejection_desktop.domain.stats.calendar import heat_level
from rejection_desktop.ui.widgets.charts.style import (
    accent_colour,
    mix,
    muted_colour,
    text_colour,
)

MAX_WEEKS = 53
"""Weeks shown at most (a year); longer ranges show their last year."""

MAX_CELL = 24.0
MIN_CELL = 5.0
LEVELS = 4
LEVEL_SHADES = (0.0, 0.25, 0.5, 0.75, 1.0)
"""How far each level mixes from the empty-cell colour to the accent."""


translate = QCoreApplication.translate
"""Qt's translate; each call names the context "CalendarHeatmap" so lupdate extracts it."""


@dataclass(frozen=True)
class HeatmapData:
    """What the calendar shows: asks per local day from ``start`` to ``end`` (inclusive)."""

    daily: Mapping[date, int] = field(default_factory=dict)
    start: date = date(2000, 1, 3)
    end: date = date(2000, 1, 3)
    today: date | None = None

    @property
    def first_monday(self) -> date:
        """The Monday of the first week column (at most ``MAX_WEEKS`` weeks before the end)."""
        last_monday = self.end - timedelta(days=self.end.weekday())
        earliest = last_monday - timedelta(weeks=MAX_WEEKS - 1)
        return max(self.start - timedelta(days=self.start.weekday()), earliest)

    @property
    def first_day(self) -> date:
        """The first day drawn."""
        return max(self.start, self.first_monday)

    @property
    def weeks(self) -> int:
        return (self.end - self.first_monday).days // 7 + 1

    @property
    def is_cut(self) -> bool:
        """True when the range is longer than what the calendar shows."""
        return self.first_day > self.start

    def peak(self) -> int:
        first = self.first_day
        return max((n for d, n in self.daily.items() if first <= d <= self.end), default=0)


@dataclass(frozen=True)
class HeatmapGeometry:
    """Where things go for a given width: the cell pitch and the label margins."""

    cell: float
    gap: float
    left: float
    top: float
    legend: float

    @property
    def pitch(self) -> float:
        return self.cell + self.gap

    def height(self) -> float:
        return self.top + 7 * self.pitch + self.legend

    def cell_rect(self, origin: QPointF, column: int, row: int) -> QRectF:
        return QRectF(origin.x() + self.left + column * self.pitch,
                      origin.y() + self.top + row * self.pitch, self.cell, self.cell)


def geometry_for(width: float, weeks: int, font: QFont) -> HeatmapGeometry:
    metrics = QFontMetricsF(font)
    left = max(metrics.horizontalAdvance(name) for name in weekday_names()) + 8
    pitch = (width - left) / max(1, weeks)
    cell = max(MIN_CELL, min(MAX_CELL, pitch * 0.84))
    gap = min(4.0, max(1.0, pitch - cell)) if cell < MAX_CELL else 4.0
    return HeatmapGeometry(cell, gap, left, metrics.height() + 6, metrics.height() + 14)


def weekday_names() -> list[str]:
    """Labels for rows 0, 2 and 4 (Monday, Wednesday, Friday), short and translated."""
    locale = QLocale()
    return [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in (1, 3, 5)]


def shade(palette: QPalette, level: int) -> QColor:
    """The fill of a cell at ``level`` (0 = no asks)."""
    empty = mix(palette.color(QPalette.ColorRole.Base), text_colour(palette), 0.09)
    return mix(empty, accent_colour(palette), LEVEL_SHADES[level])


def draw_heatmap(painter: QPainter, rect: QRectF, data: HeatmapData,
                 palette: QPalette, font: QFont) -> HeatmapGeometry:
    """Paint the calendar into ``rect`` (top-left aligned); returns the geometry used."""
    geo = geometry_for(rect.width(), data.weeks, font)
    origin = rect.topLeft()
    painter.save()
    painter.setFont(font)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(font)
    muted = muted_colour(palette)

    painter.setPen(muted)
    for row, name in zip((0, 2, 4), weekday_names(), strict=True):
        cell = geo.cell_rect(origin, 0, row)
        painter.drawText(QRectF(origin.x(), cell.top() - 4, geo.left - 6, cell.height() + 8),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)

    locale = QLocale()
    peak = data.peak()
    first, first_monday = data.first_day, data.first_monday
    last_label_end = -1.0
    radius = min(3.0, geo.cell / 4)
    for column in range(data.weeks):
        monday = first_monday + timedelta(weeks=column)
        label_day = max(monday, first)
        if column == 0 or label_day.day <= 7:
            x = origin.x() + geo.left + column * geo.pitch
            name = locale.monthName(label_day.month, QLocale.FormatType.ShortFormat)
            if x >= last_label_end:
                painter.setPen(muted)
                painter.drawText(QPointF(x, origin.y() + metrics.ascent()), name)
                last_label_end = x + metrics.horizontalAdvance(name) + 6
        for row in range(7):
            day = monday + timedelta(days=row)
            if day < first or day > data.end:
                continue
            cell = geo.cell_rect(origin, column, row)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade(palette, heat_level(data.daily.get(day, 0), peak, LEVELS)))
            painter.drawRoundedRect(cell, radius, radius)
            if day == data.today:
                painter.setPen(text_colour(palette))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(cell.adjusted(-1, -1, 1, 1), radius, radius)

    draw_legend(painter, QRectF(origin.x() + geo.left, origin.y() + geo.top + 7 * geo.pitch + 6,
                                rect.width() - geo.left, geo.legend - 6), palette, metrics)
    painter.restore()
    return geo


def draw_legend(painter: QPainter, rect: QRectF, palette: QPalette,
                metrics: QFontMetricsF) -> None:
    """"Fewer [] [] [] [] [] More" under the calendar, left aligned."""
    size = min(12.0, rect.height() - 2)
    x = rect.left()
    y = rect.top() + (rect.height() - size) / 2
    painter.setPen(muted_colour(palette))
    fewer, more = translate("CalendarHeatmap", "Fewer asks"), translate("CalendarHeatmap", "More")
    painter.drawText(QPointF(x, y + size / 2 + metrics.ascent() / 2 - 1), fewer)
    x += metrics.horizontalAdvance(fewer) + 6
    for level in range(LEVELS + 1):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(shade(palette, level))
        painter.drawRoundedRect(QRectF(x, y, size, size), 2, 2)
        x += size + 3
    painter.setPen(muted_colour(palette))
    painter.drawText(QPointF(x + 3, y + size / 2 + metrics.ascent() / 2 - 1), more)


class CalendarHeatmap(QWidget):
    """GitHub-style calendar of asks per day with a tooltip per day."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = HeatmapData()
        self.setAccessibleName(translate("CalendarHeatmap", "Calendar of asks per day"))
        size_policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        size_policy.setHeightForWidth(True)
        self.setSizePolicy(size_policy)
        self.setMouseTracking(True)

    def set_data(self, data: HeatmapData) -> None:
        self.data = data
        self.updateGeometry()
        self.update()

    # sizing ------------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(geometry_for(width, self.data.weeks, self.font()).height()) + 1

    def sizeHint(self) -> QSize:
        width = 640
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(200))

    # painting and tooltips ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        draw_heatmap(painter, QRectF(self.rect()), self.data, self.palette(), self.font())
        painter.end()

    def paint_into(self, painter: QPainter, target: QRectF) -> None:
        """Draw the calendar into ``target`` (for PNG export)."""
        draw_heatmap(painter, target, self.data, self.palette(), self.font())

    def day_at(self, pos: QPointF) -> date | None:
        """The day under ``pos``, or ``None`` outside the cells."""
        geo = geometry_for(self.width(), self.data.weeks, self.font())
        column = int((pos.x() - geo.left) // geo.pitch)
        row = int((pos.y() - geo.top) // geo.pitch)
        if not (0 <= column < self.data.weeks and 0 <= row < 7):
            return None
        if not geo.cell_rect(QPointF(0, 0), column, row).contains(pos):
            return None
        day = self.data.first_monday + timedelta(weeks=column, days=row)
        return day if self.data.first_day <= day <= self.data.end else None

    def tooltip_for(self, day: date) -> str:
        count = self.data.daily.get(day, 0)
        when = QLocale().toString(QDate(day.year, day.month, day.day),
                                  QLocale.FormatType.LongFormat)
        if not count:
            return translate("CalendarHeatmap", "No asks on {0}").format(when)
        if count == 1:
            return translate("CalendarHeatmap", "1 ask on {0}").format(when)
        return translate("CalendarHeatmap", "{0} asks on {1}").format(count, when)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(QPointF(event.pos()))
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(day), self)
            return True
        return super().event(event)
